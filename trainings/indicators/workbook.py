"""The indicator report as a workbook a donor can read and compute with.

First sheet (named by the plan's code): title rows (plan, period, the office's
totals, the day it was made, in the reader's language), then the plan's table
under a frozen heading, columns as wide as the PDF's, text wrapped, figures as
numbers with number formats (budgets with their currency, % of target as a
percentage), institutions and breakdowns by name. Then one sheet per office-wide
breakdown (profession, gender, region...): name, count, share, total.
"""

import io
from datetime import date

from django.utils.formats import date_format
from django.utils.text import capfirst
from django.utils.translation import gettext

from siteconf.formats import money_number_format
from siteconf.spreadsheets import cell_safe

from .exports import (
    MONEY,
    PERCENT,
    column_widths,
    report_cells,
    report_figures,
    report_rows,
    shown_cells,
    status_reported,
    status_table,
)
from .selectors import UNKNOWN
from .sources import BREAKDOWN_LABELS

# Title rows, a blank row, then the heading: the pane freezes everything above
# the first row of figures.
HEADING_ROW = 5
# Columns sized as the PDF's (exports.column_widths), for a screen about 250
# characters wide; a long text wraps in a column of at most 50.
SCREEN_ROOM, WIDEST = 250, 50
# Office-wide breakdowns and what they count (report_build's keys).
BREAKDOWNS = [
    ("profession", "participants"),
    ("gender", "participants"),
    ("region", "participants"),
    ("module", "participants"),
    ("organiser", "participants"),
    ("event_type", "sessions"),
    ("activity_kind", "activities"),
]
# Sheet names may not hold these, and hold at most 31 characters.
SHEET_NAME_FORBIDDEN = str.maketrans(dict.fromkeys("[]:*?/\\", " "))


def report_workbook(report: dict, *, today: date) -> bytes:
    # openpyxl (about 0.4 s) is imported for a spreadsheet, not at start-up.
    from openpyxl import Workbook

    book = Workbook()
    _table_sheet(book.active, report, today)
    for dimension, counted in BREAKDOWNS:
        shares = report.get(f"by_{dimension}") or {}
        if any(shares.values()):
            sheet = book.create_sheet(_sheet_name(BREAKDOWN_LABELS[dimension]))
            _breakdown_sheet(sheet, report, today, dimension, counted)
    if status_reported(report):
        _status_sheet(book, report["status"])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _table_sheet(sheet, report: dict, today: date) -> None:
    from openpyxl.utils import get_column_letter

    sheet.title = _sheet_name((report["plan"] or {}).get("code") or "") or (
        _sheet_name(gettext("Indicators"))
    )
    columns, rows = report_cells(report)
    _titles(sheet, report, today)
    _heading(sheet, [column.heading for column in columns])
    for values, data in zip(rows, report_rows(report), strict=True):
        sheet.append(
            [_cell_value(v, c.kind) for v, c in zip(values, columns, strict=True)]
        )
        for cell, column in zip(sheet[sheet.max_row], columns, strict=True):
            cell.alignment = _wrapped()
            if isinstance(cell.value, int | float):
                cell.number_format = _number_format(cell.value, column.kind, data)
    headings = [str(column.heading) for column in columns]
    widths = column_widths(shown_cells(report)[1], headings, room=SCREEN_ROOM)
    for index, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = min(width, WIDEST)


def _breakdown_sheet(sheet, report, today, dimension: str, counted: str) -> None:
    from openpyxl.styles import Font

    names = (report.get("labels") or {}).get(dimension, {})
    shares = {k: v for k, v in report[f"by_{dimension}"].items() if v}
    total = sum(shares.values())
    # Largest first; "unknown" last, whatever its count.
    ordered = sorted(shares.items(), key=lambda kv: (kv[0] == UNKNOWN, -kv[1]))
    _titles(sheet, report, today)
    _heading(
        sheet,
        [
            capfirst(BREAKDOWN_LABELS[dimension]),
            _count_heading(counted),
            gettext("Share"),
        ],
    )
    for code, count in ordered:
        name = gettext("unknown") if code == UNKNOWN else names.get(code) or code
        sheet.append([cell_safe(name), count, count / total])
    sheet.append([gettext("Total"), total, 1])
    for row in sheet.iter_rows(min_row=HEADING_ROW + 1):
        row[1].number_format, row[2].number_format = "#,##0", "0.0%"
    for cell in sheet[sheet.max_row]:
        cell.font = Font(bold=True)
    for letter, width in zip("ABC", (40, 14, 10), strict=True):
        sheet.column_dimensions[letter].width = width


def _titles(sheet, report: dict, today: date) -> None:
    """Plan, period, totals and the day the file was made, above the table."""
    from openpyxl.styles import Font

    plan = report["plan"]
    period = report["period"]
    figures = report_figures(report)
    lines = [
        plan["title"] if plan else gettext("Training figures"),
        gettext("Period: %(start)s – %(end)s (%(label)s)")
        % {
            "start": date_format(date.fromisoformat(period["from"]), "DATE_FORMAT"),
            "end": date_format(date.fromisoformat(period["to"]), "DATE_FORMAT"),
            "label": period["label"],
        },
        gettext("Generated %(date)s") % {"date": date_format(today, "DATE_FORMAT")},
        " · ".join(
            f"{label}: {figures[key]}"
            for key, label in (
                ("sessions", gettext("Sessions")),
                ("participants", gettext("Participants")),
                ("unique_people", gettext("Unique people")),
            )
        ),
    ]
    for row, line in enumerate(lines, start=1):
        sheet.cell(row=row, column=1, value=cell_safe(line))
    sheet["A1"].font = Font(bold=True, size=14)


def _heading(sheet, labels: list) -> None:
    from openpyxl.styles import Font, PatternFill

    for column, label in enumerate(labels, start=1):
        cell = sheet.cell(row=HEADING_ROW, column=column, value=str(label))
        cell.font = Font(bold=True)
        cell.alignment = _wrapped()
        cell.fill = PatternFill("solid", fgColor="EEEEEE")
    sheet.freeze_panes = f"A{HEADING_ROW + 1}"


def _wrapped():
    from openpyxl.styles import Alignment

    return Alignment(wrap_text=True, vertical="top")


def _cell_value(value, kind: str):
    # % of target is written 120 on screen, 1.2 shown as 120 % in a spreadsheet.
    if kind == PERCENT and isinstance(value, int | float):
        return value / 100
    return cell_safe(value)


def _number_format(value, kind: str, row: dict) -> str:
    if kind == MONEY:
        # Budgets stay numbers Excel can add up, shown with their currency.
        return money_number_format(value, row["currency"])
    if kind == PERCENT:
        return "0%"
    return "#,##0" if value == int(value) else "#,##0.0#"


def _count_heading(counted: str) -> str:
    return {
        "participants": gettext("Participants"),
        "sessions": gettext("Sessions"),
        "activities": gettext("Activities"),
    }[counted]


def _sheet_name(text) -> str:
    return capfirst(str(text)).translate(SHEET_NAME_FORBIDDEN)[:31].strip()


def _status_sheet(book, rollup: dict) -> None:
    """The measures' implementation status, for the plan and each goal."""
    from openpyxl.styles import Font

    sheet = book.create_sheet(_sheet_name(gettext("Status")))
    sheet.append([rollup["headline"]])
    heading, rows = status_table(rollup)
    sheet.append(heading)
    for cell in sheet[2]:
        cell.font = Font(bold=True)
    for row in rows:
        sheet.append([cell_safe(value) for value in row])
