"""The first worksheet of an XLSX file, read only once it is known to be small.

A 100 KB XLSX can declare A1:XFD1048576, hold a row of a million cells or a
million rows, or unpack to gigabytes. So before openpyxl reads a row: the
sizes the ZIP's parts declare are checked, the shared texts counted, and one
streaming pass over the sheet's XML (`_Survey`) counts rows, columns and cells
and refuses at the first past a limit, keeping nothing in memory.
"""

import io
import itertools
import zipfile
from string import digits as DIGITS
from xml.parsers import expat

from django.conf import settings
from django.utils.translation import gettext as _
from openpyxl.reader.excel import ExcelReader
from openpyxl.styles.stylesheet import apply_stylesheet
from openpyxl.utils import column_index_from_string
from openpyxl.utils.cell import range_boundaries
from openpyxl.worksheet._read_only import ReadOnlyWorksheet
from openpyxl.worksheet.formula import ArrayFormula, DataTableFormula
from openpyxl.xml.constants import SHEET_MAIN_NS

from .import_sheet import SAVE_AS_XLSX, FileRefused, Limits, Sheet

# Element names as expat gives them (namespace, "}", local name).
MERGE_CELL = f"{SHEET_MAIN_NS}}}mergeCell"
ROW = f"{SHEET_MAIN_NS}}}row"
CELL = f"{SHEET_MAIN_NS}}}c"
SHEET_DATA = f"{SHEET_MAIN_NS}}}sheetData"
SHARED_STRING = f"{SHEET_MAIN_NS}}}si"
DIMENSION = f"{SHEET_MAIN_NS}}}dimension"
# XML elements a sheet may hold besides its cells: a cell is <c> with <v>, <f>
# or <is><t> (rich text adds a few per run). openpyxl builds an object for each
# element before the rows (at most one <col> per column: 16,384) and holds a
# whole row in memory, so both are bounded too.
ELEMENTS_PER_CELL = 4
ELEMENTS_BEFORE_ROWS = 20_000
ELEMENTS_PER_ROW_CELL = 50
# Parts openpyxl reads whole, as one XML tree and then objects: the package's
# manifest, the workbook and its relationships, the styles. An office's
# workbook keeps each well under a megabyte.
WHOLE_PARTS = ("[content_types].xml", "workbook.xml", "workbook.xml.rels", "styles.xml")
WHOLE_PART_BYTES = 16 * 1024 * 1024


def xlsx_sheet(data: bytes) -> Sheet:
    """The first worksheet, read only once its real size is known to be within limits.

    openpyxl's load_workbook is not used: it would size every sheet of the
    workbook by parsing it (all of it when the sheet declares no size).
    """
    try:
        # Read-only streams the sheet; formulas are kept (data_only=False) to refuse them.
        reader = ExcelReader(io.BytesIO(data), read_only=True, data_only=False)
        try:
            _unzipped_check(reader.archive)
            _shared_strings_check(reader.archive)
            reader.read_manifest()
            reader.read_workbook()
            name, path = _first_worksheet(reader)
            with reader.archive.open(path) as source:
                survey = _Survey(source)
            reader.read_strings()
            apply_stylesheet(reader.archive, reader.wb)  # which numbers are dates
            cells = _SurveyedSheet(
                reader.wb, name, path, reader.shared_strings
            ).iter_rows(
                max_row=survey.rows or None,
                max_col=survey.columns or None,
                values_only=True,
            )
            rows = [
                [_formula_text(v) for v in row]
                for row in itertools.islice(cells, survey.rows)
            ]
        finally:
            reader.archive.close()
    except FileRefused:
        raise
    except Exception as error:  # openpyxl raises many kinds for a damaged file
        raise FileRefused(
            _("not a readable XLSX file (%(error)s): %(advice)s")
            % {"error": error, "advice": SAVE_AS_XLSX}
        ) from None
    return Sheet(
        rows=rows, merged=survey.merged, merged_total=survey.merged_total, padded=True
    )


def _first_worksheet(reader: ExcelReader) -> tuple[str, str]:
    """The name and the part of the workbook's first worksheet (chart sheets skipped)."""
    for sheet, rel in reader.parser.find_sheets():
        if rel.target in reader.valid_files and "chartsheet" not in rel.Type:
            return sheet.name, rel.target
    raise ValueError(_("the workbook has no worksheet"))


class _SurveyedSheet(ReadOnlyWorksheet):
    """openpyxl's streaming sheet, without its search for the declared size.

    That search parses the sheet up to its <dimension>, which is the whole
    sheet (kept in memory) when there is none; the survey knows the real size.
    """

    def _get_size(self):
        pass


def _unzipped_check(archive: zipfile.ZipFile) -> None:
    """A ZIP bomb, by the sizes its parts declare (zipfile never unpacks more)."""
    size = 0
    for item in archive.infolist():
        size += item.file_size
        if item.file_size > WHOLE_PART_BYTES and item.filename.lower().endswith(
            WHOLE_PARTS
        ):
            raise _structure_refused()
    if size > settings.IMPORT_MAX_UNZIPPED_MB * 1024 * 1024:
        raise FileRefused(
            _(
                "the workbook unpacks to %(size).1f MB; the limit is %(limit)s MB "
                "(IMPORT_MAX_UNZIPPED_MB): split it into smaller files"
            )
            % {"size": size / 1024 / 1024, "limit": settings.IMPORT_MAX_UNZIPPED_MB}
        )


def _shared_strings_check(archive: zipfile.ZipFile) -> None:
    """openpyxl loads the workbook's whole table of texts first: count it before."""
    for name in archive.namelist():
        if name.lower().endswith("sharedstrings.xml"):
            with archive.open(name) as source:
                _SharedTexts(source)


class _Stream:
    """A part's XML streamed through expat: a call per element, no element kept.

    Cheaper than iterparse (no tree, no objects) and stoppable at any element
    by raising. A DOCTYPE, which no XLSX part has, is refused: it is how XML
    entity bombs come.
    """

    def __init__(self, source):
        parser = expat.ParserCreate(namespace_separator="}")
        parser.StartElementHandler = self.start
        parser.EndElementHandler = self.end
        parser.StartDoctypeDeclHandler = _no_doctype
        parser.ParseFile(source)

    def start(self, tag: str, attributes: dict) -> None:
        raise NotImplementedError

    def end(self, tag: str) -> None:
        pass


def _no_doctype(*args):
    raise ValueError("an XML document type declaration")


class _SharedTexts(_Stream):
    def __init__(self, source):
        self.left = settings.IMPORT_MAX_CELLS
        super().__init__(source)

    def start(self, tag: str, attributes: dict) -> None:
        if tag == SHARED_STRING:
            self.left -= 1
            if self.left < 0:
                raise FileRefused(
                    _(
                        "the workbook holds more than %(limit)s different texts "
                        "(IMPORT_MAX_CELLS): copy the sheet to import into a new "
                        "workbook"
                    )
                    % {"limit": settings.IMPORT_MAX_CELLS}
                )


def _dimension_check(ref: str) -> None:
    """The size the sheet declares (it may lie, or be missing: the survey counts)."""
    columns, rows = range_boundaries(ref)[2:]
    if rows <= settings.IMPORT_MAX_ROWS + 1 and columns <= settings.IMPORT_MAX_COLUMNS:
        return
    raise FileRefused(
        _(
            "the sheet gives its size as %(ref)s (%(rows)s rows, %(columns)s "
            "columns); the limits are %(max_rows)s rows below the header "
            "(IMPORT_MAX_ROWS) and %(max_columns)s columns (IMPORT_MAX_COLUMNS): "
            "copy the cells with data into a new workbook"
        )
        % {
            "ref": ref,
            "rows": rows,
            "columns": columns,
            "max_rows": settings.IMPORT_MAX_ROWS,
            "max_columns": settings.IMPORT_MAX_COLUMNS,
        }
    )


def _structure_refused() -> FileRefused:
    return FileRefused(
        _(
            "the sheet holds far more formatting or structure than a table of "
            "%(limit)s cells needs (IMPORT_MAX_CELLS): copy the cells with data "
            "into a new workbook"
        )
        % {"limit": settings.IMPORT_MAX_CELLS}
    )


class _Survey(_Stream):
    """One streaming pass over the sheet's XML before openpyxl reads a row.

    Checks the size the sheet declares, then numbers rows and columns as
    openpyxl will (by their `r`, or one after the previous), refusing at the
    first row, column or cell past a limit, so openpyxl only ever reads a sheet
    known to be small: `rows` and `columns` are its real extent. Also collects
    the merged ranges, which read-only openpyxl does not expose (a merged range
    keeps its value in its first cell only, so its other cells would be read
    as blank).
    """

    def __init__(self, source):
        self.limits = Limits()
        self.rows = self.columns = 0
        self.merged: list[str] = []
        self.merged_total = 0
        self.elements_left = ELEMENTS_PER_CELL * settings.IMPORT_MAX_CELLS
        self.before_rows = ELEMENTS_BEFORE_ROWS
        self.per_row = ELEMENTS_PER_ROW_CELL * settings.IMPORT_MAX_COLUMNS
        self.in_rows = False
        self.row = self.column = self.cells_in_row = self.row_elements = 0
        super().__init__(source)
        self._merged_keep()

    def start(self, tag: str, attributes: dict) -> None:
        self.elements_left -= 1
        if self.in_rows:
            self.row_elements += 1
            if tag == CELL:
                self._cell(attributes.get("r"))
            elif tag == ROW:
                self._row(attributes.get("r"))
        elif tag == MERGE_CELL:
            self._merged(attributes["ref"])
        elif tag == SHEET_DATA:
            self.in_rows = True
        elif not self.row:
            self.before_rows -= 1
            if tag == DIMENSION:
                _dimension_check(attributes["ref"])
        if (
            self.elements_left < 0
            or self.before_rows < 0
            or self.row_elements > self.per_row
        ):
            raise _structure_refused()

    def end(self, tag: str) -> None:
        if tag == SHEET_DATA:
            self.in_rows = False

    def _row(self, r: str | None) -> None:
        self.row = _row_number(r, self.row)
        self.limits.row(self.row)
        self.rows = max(self.rows, self.row)
        self.column = self.cells_in_row = self.row_elements = 0

    def _cell(self, r: str | None) -> None:
        self.column = _cell_column(r, self.column)
        self.cells_in_row += 1
        self.limits.cell(self.row, max(self.column, self.cells_in_row))
        self.columns = max(self.columns, self.column)

    def _merged(self, ref: str) -> None:
        self.merged.append(ref)
        self.merged_total += 1
        if len(self.merged) > 2 * settings.IMPORT_MAX_ERRORS:
            self._merged_keep()

    def _merged_keep(self) -> None:
        """The first ranges in reading order (by first row, then first column)."""
        self.merged.sort(key=lambda ref: range_boundaries(ref)[1::-1])
        del self.merged[max(settings.IMPORT_MAX_ERRORS, 1) :]


def _row_number(r: str | None, previous: int) -> int:
    """A row's number as openpyxl reads it ("2", or "2.0" from some writers)."""
    if r is None:
        return previous + 1
    return int(r) if r.isdigit() else int(float(r))


def _cell_column(r: str | None, previous: int) -> int:
    if r is None:
        return previous + 1
    return column_index_from_string(r.rstrip(DIGITS))  # "AB12" → 28


def _formula_text(value):
    """Array and data-table formulas arrive as objects: show their text like "=…"."""
    if isinstance(value, ArrayFormula):
        return value.text
    if isinstance(value, DataTableFormula):
        return "=TABLE()"
    return value
