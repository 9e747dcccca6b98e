"""What reading a file gives (a Sheet) or refuses (FileRefused), and the limits it counts.

The CSV and XLSX readers count rows, columns and cells with one `Limits` while
they stream a file, so both refuse in the same words, naming the row, the
column and the setting (IMPORT_MAX_ROWS, IMPORT_MAX_COLUMNS, IMPORT_MAX_CELLS).
"""

from dataclasses import dataclass, field

from django.conf import settings
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

SAVE_AS_XLSX = gettext_lazy("save it from Excel or LibreOffice as .xlsx (or CSV UTF-8)")


def column_letter(number: int) -> str:
    """Excel's name of a column: 1 → A, 28 → AB."""
    # openpyxl (about 0.4 s to import) is loaded by an import, not at start-up.
    from openpyxl.utils import get_column_letter

    return get_column_letter(number)


class FileRefused(Exception):
    """The file cannot be read as a table at all; the message says why and what to do.

    `row` and `column` say where, when a limit was passed at a cell.
    """

    def __init__(self, message: str, *, row: int | None = None, column: str = ""):
        super().__init__(message)
        self.row = row
        self.column = column


@dataclass
class Sheet:
    """Raw rows (header first) and, for XLSX, the merged ranges such as "A2:A4"."""

    rows: list[list]
    merged: list[str] = field(default_factory=list)
    # All merged ranges, of which `merged` keeps the first IMPORT_MAX_ERRORS.
    merged_total: int = 0
    # CSV rows are as long as the cells written; XLSX rows are padded to the widest.
    padded: bool = False


class Limits:
    """Rows, columns and cells counted as a file streams, refused at the first too many.

    Row numbers are the spreadsheet's (the header is row 1); the refusal says
    where the limit was passed, and which setting sets it.
    """

    def __init__(self):
        self.max_rows = settings.IMPORT_MAX_ROWS + 1  # and the header
        self.max_columns = settings.IMPORT_MAX_COLUMNS
        self.cells_left = settings.IMPORT_MAX_CELLS

    def row(self, number: int) -> None:
        if number > self.max_rows:
            raise FileRefused(
                _(
                    "more than %(limit)s rows below the header (IMPORT_MAX_ROWS): "
                    "split the file into smaller ones"
                )
                % {"limit": settings.IMPORT_MAX_ROWS},
                row=number,
            )

    def row_cells(self, row: int, count: int) -> None:
        """A (CSV) row of `count` cells."""
        self.column(row, min(count, self.max_columns + 1))
        if count > self.cells_left:
            self._too_many_cells(row, self.cells_left + 1)
        self.cells_left -= count

    def cell(self, row: int, column: int) -> None:
        """One (XLSX) cell."""
        self.column(row, column)
        self.cells_left -= 1
        if self.cells_left < 0:
            self._too_many_cells(row, column)

    def column(self, row: int, column: int) -> None:
        if column > self.max_columns:
            raise FileRefused(
                _(
                    "more than %(limit)s columns (IMPORT_MAX_COLUMNS): delete the "
                    "columns right of the data, or split the file"
                )
                % {"limit": self.max_columns},
                row=row,
                column=column_letter(column) if column <= 18278 else "",
            )

    def _too_many_cells(self, row: int, column: int):
        raise FileRefused(
            _(
                "more than %(limit)s cells (IMPORT_MAX_CELLS): split the file into "
                "smaller ones"
            )
            % {"limit": settings.IMPORT_MAX_CELLS},
            row=row,
            column=column_letter(column),
        )
