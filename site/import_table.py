"""A file's header and rows, checked once for every import (trainings and plans).

`table_read` refuses, with `row N, column X: reason`, what no import could use:
unknown or missing columns, merged cells, formulas, HTML, dates where text is
expected, over-long text, values right of the header, and repeated rows.
"""

import datetime
import difflib
import re
from dataclasses import dataclass, field

from django.conf import settings
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from siteconf.formats import number_text
from siteconf.spreadsheets import formula_like

from .import_files import FileRefused, sheet_read
from .import_sheet import column_letter

HTML_TAG = re.compile(r"<\s*[a-zA-Z!/?]")
# Invisible characters no text needs; PostgreSQL refuses NUL outright.
CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
# A row's cells joined with a control character, to spot at once a cell
# starting with a formula sign, a "<" or another control character.
CELL_SEPARATOR = "\x1f"
SUSPECT = re.compile(CELL_SEPARATOR + "'?[=+@-]|[<\x00-\x08\x0b\x0c\x0e-\x1e\x7f]")


@dataclass(frozen=True)
class RowError:
    """One problem, at a spreadsheet row (header = row 1) and column."""

    row: int | None
    column: str
    reason: str

    def __str__(self):
        if self.row is None:
            return _("file: %(reason)s") % {"reason": self.reason}
        if not self.column:
            return _("row %(row)s: %(reason)s") % {
                "row": self.row,
                "reason": self.reason,
            }
        return _("row %(row)s, column %(column)s: %(reason)s") % {
            "row": self.row,
            "column": self.column,
            "reason": self.reason,
        }


class ErrorList(list):
    """The errors of one file: the first IMPORT_MAX_ERRORS kept, every one counted.

    A file of 100,000 bad rows must not become a 10 MB page (or 1 GB of
    RowErrors): what is past the limit is only counted, in `total`, and
    `report()` ends with "… and N more errors".
    """

    def __init__(self, errors=()):
        super().__init__()
        self.limit = max(settings.IMPORT_MAX_ERRORS, 1)
        self.total = 0
        self.extend(errors)

    def append(self, error: RowError) -> None:
        self.total += 1
        if len(self) < self.limit:
            super().append(error)

    def extend(self, errors) -> None:
        for error in errors:
            self.append(error)

    def __iadd__(self, errors):
        self.extend(errors)
        return self

    def report(self) -> list[str]:
        """What the user reads: one line per kept error, then how many more."""
        lines = [str(e) for e in self]
        if more := self.total - len(self):
            lines.append(
                ngettext(
                    "… and %(count)s more error", "… and %(count)s more errors", more
                )
                % {"count": number_text(more)}
            )
        return lines


class TableError(Exception):
    """The reader refused the file (before any import's own checks); see `errors`."""

    def __init__(self, errors: list[RowError]):
        self.errors = errors if isinstance(errors, ErrorList) else ErrorList(errors)
        super().__init__("; ".join(self.errors.report()))


@dataclass(frozen=True)
class Columns:
    """What a file's header may hold, and what its cells may be."""

    required: frozenset[str]
    optional: frozenset[str] = frozenset()
    # Columns whose XLSX cells may be real dates (elsewhere a date is Excel's doing).
    dates: frozenset[str] = frozenset()
    # More allowed names, e.g. target_<year>, and how the error message names them.
    pattern: re.Pattern | None = None
    pattern_name: str = ""
    # Column → longest text the database keeps.
    lengths: dict[str, int] = field(default_factory=dict)

    def allows(self, name: str) -> bool:
        return (
            name in self.required
            or name in self.optional
            or bool(self.pattern and self.pattern.fullmatch(name))
        )


@dataclass
class Table:
    """A header and its data rows, each row a dict keyed by lower-case column name."""

    columns: list[str]
    rows: list[tuple[int, dict[str, str]]]


def table_read(data: bytes, *, filename: str, columns: Columns) -> Table:
    """Parse CSV or XLSX bytes and check them; raise TableError listing every problem."""
    try:
        sheet = sheet_read(data, filename=filename)
    except FileRefused as refused:
        raise TableError(
            [RowError(refused.row, refused.column, str(refused))]
        ) from None
    if not any(_filled(v) for row in sheet.rows for v in row):
        raise TableError([RowError(None, "", _("the file is empty"))])
    header = _header(sheet.rows, columns)
    if sheet.merged:
        errors = ErrorList(_merged_error(ref, header) for ref in sheet.merged)
        errors.total = sheet.merged_total
        raise TableError(errors)
    errors = ErrorList()
    cells_per_row = None if sheet.padded else len(sheet.rows[0])
    rows = _rows(sheet.rows, header, columns, errors, cells_per_row)
    if errors:
        raise TableError(errors)
    if not rows:
        raise TableError([RowError(None, "", _("there are no rows below the header"))])
    return Table(columns=header, rows=rows)


def _filled(value) -> bool:
    return value is not None and str(value).strip() != ""


def _header(raw_rows: list[list], columns: Columns) -> list[str]:
    names = [_text(v).lower() for v in raw_rows[0]]
    while names and not names[-1]:
        names.pop()
    errors = [
        RowError(1, column_letter(i), _("a column without a name"))
        for i, name in enumerate(names, start=1)
        if not name
    ]
    errors += [
        RowError(1, name, _("is in the header twice"))
        for i, name in enumerate(names)
        if name and name in names[:i]
    ]
    missing = sorted(columns.required - set(names))
    if missing and (below := _header_row_below(raw_rows, columns)):
        reason = _(
            "the header must be on row 1, not row %(row)s: delete the rows above it"
        ) % {"row": below}
        raise TableError([RowError(None, "", reason)])
    errors += [RowError(1, n, _("required column is missing")) for n in missing]
    errors += [
        RowError(1, name, _unknown_column(name, columns))
        for name in dict.fromkeys(names)
        if name and not columns.allows(name)
    ]
    if errors:
        raise TableError(errors)
    return names


def _header_row_below(raw_rows: list[list], columns: Columns) -> int | None:
    """The row number of a proper header under title rows, as Excel reports have."""
    for number, row in enumerate(raw_rows[1:10], start=2):
        if columns.required <= {_text(v).lower() for v in row}:
            return number
    return None


def _unknown_column(name: str, columns: Columns) -> str:
    known = sorted(columns.required | columns.optional) + [columns.pattern_name]
    close = difflib.get_close_matches(name, known, n=1, cutoff=0.75)
    if close:
        return _("unknown column (did you mean %(column)s?)") % {"column": close[0]}
    return _("unknown column (the columns are %(columns)s)") % {
        "columns": ", ".join(filter(None, known))
    }


def _merged_error(ref: str, header: list[str]) -> RowError:
    from openpyxl.utils.cell import range_boundaries  # not at start-up (sheet.py)

    min_col, min_row, _max_col, _max_row = range_boundaries(ref)
    column = header[min_col - 1] if min_col <= len(header) else ""
    return RowError(
        min_row,
        column or column_letter(min_col),
        _("cells %(range)s are merged: unmerge them and fill in every cell")
        % {"range": ref},
    )


def _rows(
    raw_rows, header, columns: Columns, errors, cells_per_row: int | None
) -> list[tuple[int, dict]]:
    """Rows as {column: text}, blank rows left out; problems go to `errors`.

    `cells_per_row` is the CSV header's length: a longer CSV row had a comma
    inside a cell, which moved every later cell one column to the right.
    """
    width = len(header)
    limits = [
        (i, columns.lengths[n]) for i, n in enumerate(header) if n in columns.lengths
    ]
    first_seen: dict[tuple, int] = {}
    rows = []
    for number, values in enumerate(raw_rows[1:], start=2):
        if cells_per_row and len(values) > cells_per_row:
            errors.append(_too_many_cells(number, len(values), cells_per_row))
            continue
        errors += [
            _beyond_header(number, index)
            for index in range(width, len(values))
            if _filled(values[index])
        ]
        texts = [_text(v) for v in values[:width]]
        if not any(texts):
            continue
        # One C-speed test per row instead of several per cell (20,000-row files).
        joined = CELL_SEPARATOR + CELL_SEPARATOR.join(texts)
        if (
            cells_per_row is None  # XLSX: cells may be dates, formulas
            or SUSPECT.search(joined)
            or _too_long(texts, limits)
        ):
            errors += _cell_errors(number, header, values, texts, columns)
        key = tuple(texts)
        if key in first_seen:
            errors.append(
                RowError(
                    number,
                    "",
                    _("duplicates row %(row)s (same cells)") % {"row": first_seen[key]},
                )
            )
        first_seen.setdefault(key, number)
        rows.append((number, dict(zip(header, texts, strict=False))))
    return rows


def _too_long(texts: list[str], limits: list[tuple[int, int]]) -> bool:
    return any(i < len(texts) and len(texts[i]) > n for i, n in limits)


def _cell_errors(number, header, values, texts, columns) -> list[RowError]:
    return [
        RowError(number, name, problem)
        for name, value, text in zip(header, values, texts, strict=False)
        if text and (problem := _cell_problem(text, value, name, columns))
    ]


def _too_many_cells(number: int, found: int, expected: int) -> RowError:
    return RowError(
        number,
        "",
        _(
            "%(found)s cells, but the header has %(expected)s: a comma inside a "
            'cell needs quotes around the cell ("Training, part 2")'
        )
        % {"found": found, "expected": expected},
    )


def _beyond_header(number: int, index: int) -> RowError:
    return RowError(
        number,
        column_letter(index + 1),
        _("a value right of the header's columns"),
    )


def _cell_problem(text: str, value, column: str, columns: Columns) -> str | None:
    """Why a non-empty cell can never be imported, whatever the column means."""
    if isinstance(value, datetime.date) and column not in columns.dates:
        return _(
            "is a date cell (%(value)s) but this column is not a date: Excel turns "
            "codes like 2.2 into dates; format the column as Text and type it again"
        ) % {"value": text}
    # The exports' rule (siteconf.spreadsheets), also behind the apostrophe the
    # exports put before such a cell: a formula is not data, escaped or not.
    if formula_like(text.removeprefix("'")):
        return _(
            "'%(value)s' is a formula, or would become one when opened in "
            "Excel (it starts with =, +, - or @): enter the plain value"
        ) % {"value": _short(text)}
    if "<" in text and (tag := HTML_TAG.search(text)):
        return _(
            "contains HTML ('%(value)s'): names, titles and "
            "codes are plain text, remove the <...> markup"
        ) % {"value": _short(text[tag.start() :])}
    if control := CONTROL.search(text):
        return _(
            "contains an invisible control character (%(character)s): "
            "type the cell again"
        ) % {"character": f"U+{ord(control[0]):04X}"}
    limit = columns.lengths.get(column)
    if limit and len(text) > limit:
        return _("is %(length)s characters long; at most %(limit)s are kept") % {
            "length": len(text),
            "limit": limit,
        }
    return None


def _short(text: str, size: int = 30) -> str:
    return text if len(text) <= size else text[: size - 1] + "…"


def _text(value) -> str:
    """Spreadsheet cell to text: dates as ISO, whole numbers without '.0'."""
    if value.__class__ is str:  # every CSV cell
        return value.strip()
    if value is None:
        return ""
    if isinstance(value, datetime.datetime):
        value = value.date()
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()
