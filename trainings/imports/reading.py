"""Cell parsers, lookups and the Importer loop shared by every training import.

The file itself is read and checked by `table.table_read` (also used by the
plan import); this module turns checked cells into values and writes them.
"""

import datetime
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

from django.db import transaction
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from siteconf.bounds import SCORE, SESSIONS_IN_ONE_RECORD
from siteconf.formats import number_text

from ..models import Qualifier
from ..services.audit import import_run_record
from .table import Columns, ErrorList, RowError, Table, TableError, table_read

__all__ = ["Columns", "ErrorList", "RowError", "Table", "TableError", "table_read"]

ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
# Excel's day numbers (five digits: 1927 to 2173), from a date column saved as General.
EXCEL_SERIAL = re.compile(r"\d{5}(\.\d+)?")
EXCEL_EPOCH = datetime.date(1899, 12, 30)
SLASHED_DATE = re.compile(r"(\d{1,2})[./-](\d{1,2})[./-](\d{4})")


@dataclass
class ImportResult:
    """What an import did, or would do on a dry run; `errors` means nothing was written."""

    created: int = 0
    updated: int = 0
    dry_run: bool = False
    errors: ErrorList = field(default_factory=ErrorList)

    @property
    def ok(self) -> bool:
        return not self.errors

    def summary(self) -> str:
        if self.errors:
            return ngettext(
                "%(count)s error; nothing was imported.",
                "%(count)s errors; nothing was imported.",
                self.errors.total,
            ) % {"count": number_text(self.errors.total)}
        counts = {
            "created": number_text(self.created),
            "updated": number_text(self.updated),
        }
        if self.dry_run:
            return _("would create %(created)s, update %(updated)s.") % counts
        return _("created %(created)s, updated %(updated)s.") % counts


def parse_qualifier(cell: str) -> str:
    """exact (the default), about or at_least: how exact the row's count is."""
    value = (cell or Qualifier.EXACT).strip().lower()
    if value not in Qualifier.values:
        raise ValueError(
            _("'%(value)s' must be one of %(allowed)s")
            % {"value": cell, "allowed": ", ".join(Qualifier.values)}
        )
    return value


def parse_count(cell: str, default: int = 1) -> int:
    """A number of sessions a record stands for: a whole number in its bounds."""
    if not cell:
        return default
    try:
        count = int(cell)
    except ValueError:
        raise ValueError(
            _("'%(value)s' is not a whole number") % {"value": cell}
        ) from None
    return SESSIONS_IN_ONE_RECORD.check(count)


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


def parse_score(cell: str) -> Decimal | None:
    if not cell:
        return None
    return parse_number(cell, low=SCORE.low, high=SCORE.high)


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
                from siteconf.resources import did_you_mean  # imports this module

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


@dataclass(frozen=True)
class Importer:
    """One kind of file: its columns, how rows are checked, and how they are written.

    `check(table, errors)` returns the parsed rows and appends to `errors`;
    `write(parsed, **context)` returns (created, updated). `model` names the
    rows in the run's audit-log entry.
    """

    columns: Columns
    check: Callable
    write: Callable
    model: type

    def run(self, data: bytes, *, filename: str, dry_run: bool, **context):
        """Read, check every row, then write all rows in one transaction, or nothing.

        A dry run writes in a transaction that is rolled back, so its figures
        are the real ones. The run's audit-log entry is written in the same
        transaction, so it is kept exactly when the rows are.
        """
        result = ImportResult(dry_run=dry_run)
        try:
            table = table_read(data, filename=filename, columns=self.columns)
        except TableError as exc:
            result.errors = exc.errors
            return result
        parsed = self.check(table, result.errors)
        if result.errors:
            return result
        with transaction.atomic():
            result.created, result.updated = self.write(parsed, **context)
            if dry_run:
                transaction.set_rollback(True)
            else:
                import_run_record(
                    model=self.model,
                    filename=filename,
                    result=result,
                    user=context.get("user"),
                )
        return result
