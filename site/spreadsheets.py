"""Spreadsheets Fener hands out: no cell runs as a formula, and Excel reads the
CSV as UTF-8 (ë, ç, Cyrillic).

Names, places and titles come from users and imported files; a cell starting
with "=", "+", "-" or "@" is a formula to Excel and LibreOffice
(`=HYPERLINK(...)` phishing, `+cmd|' /C calc'!A0` DDE). Such a cell gets a
leading apostrophe and stays text. Wagtail's exports only stop openpyxl from
typing "=..." as a formula in XLSX, and django-import-export only strips a
leading "=", so both formats go through `cell_safe` here.
"""

import csv
import io
import re
from collections.abc import Iterable

from wagtail.admin.views import generic

CSV_CONTENT_TYPE = "text/csv; charset=utf-8"
# Without the byte-order mark Excel opens a CSV in the system's code page.
UTF8_BOM = "\ufeff"
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
# "-5", "+3.5", "1e-3", "+10%" are numbers to every spreadsheet and nothing more,
# and a lone "-" (the plan files' "empty") is text.
_PLAIN_NUMBER = re.compile(r"[+-]?(?:\d+(?:[.,]\d*)?|[.,]\d+)(?:[eE][+-]?\d+)?%?|-")


def formula_like(text: str) -> bool:
    """Would a spreadsheet run this text as a formula? The one rule of exports
    (escaped by `cell_safe`) and imports (refused by siteconf.import_table)."""
    return text.startswith(FORMULA_START) and not _PLAIN_NUMBER.fullmatch(text)


def cell_safe(value):
    """The value, or, for text a spreadsheet would run as a formula, that text
    behind an apostrophe. Numbers and dates pass unchanged."""
    if isinstance(value, str) and formula_like(value):
        return "'" + value
    return value


def csv_text(rows: Iterable[Iterable]) -> str:
    """A CSV document of these rows: safe cells, UTF-8 byte-order mark first."""
    out = io.StringIO()
    out.write(UTF8_BOM)
    csv.writer(out).writerows([cell_safe(cell) for cell in row] for row in rows)
    return out.getvalue()


def xlsx_bytes(sheets: dict[str, Iterable[Iterable]]) -> bytes:
    """An XLSX workbook with one sheet per entry (title → rows), cells safe."""
    from openpyxl import (
        Workbook,
    )  # here, not at start-up (tests/siteconf/test_startup.py)

    book = Workbook(write_only=True)
    for title, rows in sheets.items():
        sheet = book.create_sheet(title[:31])
        for row in rows:
            sheet.append([cell_safe(cell) for cell in row])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


class SafeSpreadsheetExportMixin:
    """Wagtail's CSV/XLSX list export (`list_export`) with safe cells and a
    UTF-8 CSV; goes before `generic.IndexView` in a view's bases."""

    def preprocess_field_value(self, field, value, export_format):
        return cell_safe(super().preprocess_field_value(field, value, export_format))

    def stream_csv(self, queryset):
        yield UTF8_BOM
        yield from super().stream_csv(queryset)

    def write_csv_response(self, queryset):
        response = super().write_csv_response(queryset)
        response["Content-Type"] = CSV_CONTENT_TYPE
        return response


class SpreadsheetIndexView(SafeSpreadsheetExportMixin, generic.IndexView):
    """The index view of every admin listing that exports (`index_view_class`)."""
