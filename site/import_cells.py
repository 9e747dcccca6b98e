"""From a checked cell to a value, and each row's errors: what every import shares.

The file itself is read and checked by `import_table.table_read`; these turn its
cells into dates, numbers and ids, and collect `row N, column X: reason` for every
bad cell of every row (`RowChecker`), so a file is refused once, with all its
problems.
"""

import datetime
import difflib
import re
from decimal import Decimal, InvalidOperation

from django.utils.translation import gettext as _

from .import_table import RowError

ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
# Excel's day numbers (five digits: 1927 to 2173), from a date column saved as General.
EXCEL_SERIAL = re.compile(r"\d{5}(\.\d+)?")
EXCEL_EPOCH = datetime.date(1899, 12, 30)
SLASHED_DATE = re.compile(r"(\d{1,2})[./-](\d{1,2})[./-](\d{4})")


def closest(value: str, choices, *, n: int = 2) -> list[str]:
    """The choices closest to `value` (case-insensitive), best first."""
    folded = {str(c).casefold(): str(c) for c in choices if c}
    found = difflib.get_close_matches(value.casefold(), folded, n=n, cutoff=0.6)
    return [folded[f] for f in found]


def did_you_mean(reason: str, value: str, choices) -> str:
    """`reason`, followed by "(did you mean X or Y?)" when something is close."""
    close = closest(value, choices)
    if not close:
        return reason
    if len(close) == 2:
        close = [
            _("%(first)s or %(second)s")
            % dict(zip(("first", "second"), close, strict=True))
        ]
    return _("%(reason)s (did you mean %(choices)s?)") % {
        "reason": reason,
        "choices": close[0],
    }


def split_list(cell: str) -> list[str]:
    """Semicolon-separated list inside one cell."""
    return [part.strip() for part in cell.split(";") if part.strip()]


def parse_date(cell: str) -> datetime.date:
    """A date written YYYY-MM-DD (an XLSX date cell arrives in that form)."""
    try:
        if ISO_DATE.fullmatch(cell):
            return datetime.date.fromisoformat(cell)
    except ValueError:
        pass
    raise ValueError(_date_advice(cell)) from None


def _date_advice(cell: str) -> str:
    """Why `cell` is not taken as a date, naming what Excel or a person meant."""
    if EXCEL_SERIAL.fullmatch(cell):
        meant = EXCEL_EPOCH + datetime.timedelta(days=int(float(cell)))
        return _(
            "'%(cell)s' is an Excel day number (%(meant)s in Excel), not a date: "
            "format the column as Date, or write dates as YYYY-MM-DD"
        ) % {"cell": cell, "meant": meant}
    if match := SLASHED_DATE.fullmatch(cell):
        first, second, year = (int(g) for g in match.groups())
        candidates = (_date(year, second, first), _date(year, first, second))
        readings = sorted({d for d in candidates if d})
        if len(readings) == 2:
            return _(
                "'%(cell)s' could be %(first)s or %(second)s (day and month "
                "order differs between countries): write dates as YYYY-MM-DD"
            ) % {"cell": cell, "first": readings[0], "second": readings[1]}
        if readings:
            return _("'%(cell)s' is not a date as YYYY-MM-DD: write %(date)s") % {
                "cell": cell,
                "date": readings[0],
            }
    return _("'%(cell)s' is not a date as YYYY-MM-DD") % {"cell": cell}


def _date(year: int, month: int, day: int) -> datetime.date | None:
    try:
        return datetime.date(year, month, day)
    except ValueError:
        return None


def parse_number(cell: str, *, low: Decimal, high: Decimal, places: int = 2) -> Decimal:
    """A finite decimal in [low, high], rounded to `places` (what the column keeps)."""
    try:
        number = Decimal(cell.replace(" ", ""))
    except InvalidOperation:
        number = None
    if number is None or not number.is_finite():  # "nan" from pandas, "inf"
        raise ValueError(_("'%(cell)s' is not a number") % {"cell": cell})
    if number < low:
        raise ValueError(
            _("%(cell)s must be %(low)s or more") % {"cell": cell, "low": low}
        )
    if number > high:
        raise ValueError(
            _("%(cell)s is out of range (%(low)s to %(high)s)")
            % {"cell": cell, "low": low, "high": high}
        )
    return number.quantize(Decimal(1).scaleb(-places))


def max_lengths(model, **fields: str) -> dict[str, int]:
    """File column → the max_length of the model field it fills (text fields only)."""
    found = {c: model._meta.get_field(name).max_length for c, name in fields.items()}
    return {column: length for column, length in found.items() if length}


class Lookup:
    """Code (or name) → id for one reference model, loaded once per import.

    `unknown` is the reason given for a cell that matches nothing, with
    `%(value)s` for the cell (a whole sentence, so each language words it).
    """

    def __init__(self, pairs, *, unknown: str, suggest: bool = False):
        self.unknown = unknown
        self.suggest = suggest  # add "did you mean ..." with the closest keys
        self.ids: dict[str, int] = {}
        self.keys: list[str] = []
        for key, pk in pairs:
            if key:
                self.ids.setdefault(key.strip().casefold(), pk)
                self.keys.append(key)

    def get(self, cell: str) -> int:
        try:
            return self.ids[cell.strip().casefold()]
        except KeyError:
            reason = str(self.unknown) % {"value": cell}
            if self.suggest:
                reason = did_you_mean(reason, cell, self.keys)
            raise ValueError(reason) from None


class RowChecker:
    """Collects errors for one row so every bad cell of every row is reported."""

    def __init__(self, errors: list[RowError], row: int):
        self.errors = errors
        self.row = row

    def check(self, column: str, parse, *args):
        """Return parse(*args), or None after recording its ValueError."""
        try:
            return parse(*args)
        except ValueError as exc:
            self.errors.append(RowError(self.row, column, str(exc)))
            return None

    def fail(self, column: str, reason: str) -> None:
        self.errors.append(RowError(self.row, column, reason))

    def key(self, column: str, cells: dict, seen: dict[str, int]) -> str:
        """The row's natural key: required, and once per file."""
        value = cells.get(column, "")
        if not value:
            self.fail(column, _("required"))
        elif value in seen:
            self.fail(
                column,
                _("duplicates row %(row)s (%(column)s '%(value)s' again)")
                % {"row": seen[value], "column": column, "value": value},
            )
        seen.setdefault(value, self.row)
        return value

    def required(self, column: str, cells: dict) -> str:
        value = cells.get(column, "")
        if not value:
            self.fail(column, _("required"))
        return value


def chunks(items: list, size: int = 5000):
    """Slices small enough for SQLite's limit on query parameters."""
    for start in range(0, len(items), size):
        yield items[start : start + size]
