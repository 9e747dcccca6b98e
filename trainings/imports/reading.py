"""Reading CSV/XLSX files into checked rows, and the error report shared by all imports."""

import csv
import datetime
import io
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path

from django.db import transaction
from openpyxl import load_workbook


@dataclass(frozen=True)
class RowError:
    """One problem, at a spreadsheet row (header = row 1) and column."""

    row: int | None
    column: str
    reason: str

    def __str__(self):
        if self.row is None:
            return f"file: {self.reason}"
        return f"row {self.row}, column {self.column}: {self.reason}"


@dataclass
class ImportResult:
    """What an import did, or would do on a dry run; `errors` means nothing was written."""

    created: int = 0
    updated: int = 0
    dry_run: bool = False
    errors: list[RowError] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.errors

    def summary(self) -> str:
        if self.errors:
            return f"{len(self.errors)} error(s); nothing was imported."
        verb = "would create" if self.dry_run else "created"
        return f"{verb} {self.created}, updated {self.updated}."


class TableError(Exception):
    """The file cannot be read as a table at all (encoding, format, header)."""

    def __init__(self, errors: list[RowError]):
        super().__init__("; ".join(str(e) for e in errors))
        self.errors = errors


@dataclass
class Table:
    """A header and its data rows, each row a dict keyed by lower-case column name."""

    columns: list[str]
    rows: list[tuple[int, dict[str, str]]]


def table_read(
    data: bytes, *, filename: str, required: set[str], optional: set[str]
) -> Table:
    """Parse CSV or XLSX bytes; refuse unknown or missing columns up front."""
    if Path(filename).suffix.lower() == ".xlsx":
        raw_rows = _xlsx_rows(data)
    else:
        raw_rows = _csv_rows(data)
    if not raw_rows:
        raise TableError([RowError(None, "", "the file is empty")])
    columns = [str(c).strip().lower() for c in raw_rows[0]]
    errors = [
        RowError(1, name, "required column is missing")
        for name in sorted(required - set(columns))
    ]
    errors += [
        RowError(1, name, "unknown column")
        for name in columns
        if name and name not in required | optional
    ]
    if errors:
        raise TableError(errors)
    rows = []
    for number, values in enumerate(raw_rows[1:], start=2):
        cells = {name: _text(v) for name, v in zip(columns, values, strict=False)}
        if any(cells.values()):
            rows.append((number, cells))
    return Table(columns=columns, rows=rows)


def _csv_rows(data: bytes) -> list[list[str]]:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        reason = f"not UTF-8 text (byte {data[exc.start]:#04x} at offset {exc.start}); save it as CSV UTF-8"
        raise TableError([RowError(None, "", reason)]) from exc
    return list(csv.reader(io.StringIO(text)))


def _xlsx_rows(data: bytes) -> list[tuple]:
    try:
        book = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds for a corrupt file
        raise TableError(
            [RowError(None, "", f"not a readable XLSX file ({exc})")]
        ) from exc
    return list(book.worksheets[0].iter_rows(values_only=True))


def _text(value) -> str:
    """Spreadsheet cell to text: dates as ISO, whole numbers without '.0'."""
    if value is None:
        return ""
    if isinstance(value, datetime.datetime):
        value = value.date()
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def split_list(cell: str) -> list[str]:
    """Semicolon-separated list inside one cell."""
    return [part.strip() for part in cell.split(";") if part.strip()]


def parse_date(cell: str) -> datetime.date:
    try:
        return datetime.date.fromisoformat(cell)
    except ValueError:
        raise ValueError(f"'{cell}' is not a date as YYYY-MM-DD") from None


def parse_score(cell: str) -> Decimal | None:
    if not cell:
        return None
    try:
        score = Decimal(cell)
    except InvalidOperation:
        raise ValueError(f"'{cell}' is not a number") from None
    if not Decimal(0) <= score <= Decimal("999.99"):
        raise ValueError(f"{cell} is out of range (0 to 999.99)")
    return score.quantize(Decimal("0.01"))


class Lookup:
    """Code (or name) → id for one reference model, loaded once per import."""

    def __init__(self, pairs, *, label: str):
        self.label = label
        self.ids: dict[str, int] = {}
        for key, pk in pairs:
            if key:
                self.ids.setdefault(key.strip().casefold(), pk)

    def get(self, cell: str) -> int:
        try:
            return self.ids[cell.strip().casefold()]
        except KeyError:
            raise ValueError(f"unknown {self.label} '{cell}'") from None


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
            self.fail(column, "required")
        elif value in seen:
            self.fail(column, f"'{value}' is already on row {seen[value]}")
        seen.setdefault(value, self.row)
        return value

    def required(self, column: str, cells: dict) -> str:
        value = cells.get(column, "")
        if not value:
            self.fail(column, "required")
        return value


def chunks(items: list, size: int = 5000):
    """Slices small enough for SQLite's limit on query parameters."""
    for start in range(0, len(items), size):
        yield items[start : start + size]


@dataclass(frozen=True)
class Importer:
    """One kind of file: its columns, how rows are checked, and how they are written.

    `check(table, errors)` returns the parsed rows and appends to `errors`;
    `write(parsed, **context)` returns (created, updated).
    """

    required: set[str]
    optional: set[str]
    check: Callable
    write: Callable

    def run(self, data: bytes, *, filename: str, dry_run: bool, **context):
        """Read, check every row, then write all rows in one transaction, or nothing.

        A dry run writes in a transaction that is rolled back, so its figures
        are the real ones.
        """
        result = ImportResult(dry_run=dry_run)
        try:
            table = table_read(
                data, filename=filename, required=self.required, optional=self.optional
            )
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
        return result
