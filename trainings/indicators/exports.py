"""Indicator reports as files: CSV and XLSX in the plan's own column layout, and PDF.

The columns follow the plan's table (AL NAP annex: Nr. | Activity and
sub-activity | Responsible institution | ... | Baseline 2020 | Target 2022):
headings come from `Plan.level_names` and `Plan.report_labels`, and columns a
plan does not use (budget, timeframe, years) are left out. Default headings are
in the active language (the requesting user's, or the command's --language);
the screen and the PDF write figures and budgets as that language does
("50 677 784 lekë" in sq, "1.250.000 €" in sr), while CSV and XLSX keep plain
numbers for spreadsheets to compute with (XLSX budgets carry their currency in
the cell's number format).
"""

import io
from collections import Counter
from collections.abc import Callable
from datetime import date
from decimal import Decimal

from django.template.loader import render_to_string
from django.utils.translation import get_language, gettext
from django.utils.translation import gettext_lazy as _

from siteconf.formats import money_number_format, money_text, number_text
from siteconf.spreadsheets import cell_safe, csv_text

from ..models import Indicator
from ..models.plans import PeriodPart
from .report import qualified_text
from .selectors import UNKNOWN
from .sources import BREAKDOWN_LABELS

# Heading, how to read a row, and what the cell holds: text (""), a "figure" or
# "money" in the plan's currency (both written as the language does on screen).
Column = tuple[str, Callable[[dict], object], str]
TEXT, FIGURE, MONEY = "", "figure", "money"
# A figure with its qualifier: a number in files, "about 470" on screen and PDF.
ACTUAL = "actual"

DEFAULT_LABELS = {
    "nr": _("Nr."),
    "node": _("Activity"),
    "lead": _("Responsible institution"),
    "contributing": _("Contributing institution"),
    "start": _("Start date"),
    "end": _("Deadline"),
    "timeframe": _("Timeframe"),
    "budget": _("Budget"),
    "indicator": _("Indicators"),
    "unit": _("Unit"),
    "direction": _("Direction"),
    "baseline": _("Baseline"),
    "target": _("Target"),
    "actual": _("Actual"),
    "share_of": _("Counted of the denominator"),
    "percent": _("Target reached (%)"),
    "on_track": _("On track"),
    "target_scope": _("Target applies to"),
    "breakdown": _("Breakdown"),
}


def report_columns(report: dict) -> list[Column]:
    """The table's columns for this report: heading and how to read a row."""
    rows, labels = report["indicators"], _labels(report)
    names = report.get("labels") or {}

    def used(key: str) -> bool:
        return any(row.get(key) not in (None, "", []) for row in rows)

    period = report["period"]["label"]
    columns: list[Column] = [
        (labels["nr"], lambda r: r["node"] if r["first_of_node"] else "", TEXT),
        (
            labels["node"],
            lambda r: r["node_title"] if r["first_of_node"] else "",
            TEXT,
        ),
        (labels["lead"], lambda r: ", ".join(r["lead"]), TEXT),
        (labels["contributing"], lambda r: ", ".join(r["contributing"]), TEXT),
    ]
    optional = [
        ("start_year", (labels["start"], lambda r: r["start_year"], TEXT)),
        ("end_year", (labels["end"], lambda r: r["end_year"], TEXT)),
        ("timeframe", (labels["timeframe"], lambda r: r["timeframe"], TEXT)),
        ("budget", (labels["budget"], lambda r: r["budget"], MONEY)),
    ]
    columns += [column for key, column in optional if used(key)]
    baseline_year = _common(row["baseline_year"] for row in rows)
    target_year = rows[0]["target_year"] if rows else ""
    return columns + [
        (labels["indicator"], lambda r: r["name"], TEXT),
        (labels["unit"], lambda r: r["unit"], TEXT),
        (labels["direction"], _direction_text, TEXT),
        (_join(labels["baseline"], baseline_year), lambda r: r["baseline"], FIGURE),
        (
            _join(labels["target"], target_year),
            lambda r: r["target"] if r["target"] is not None else r["target_note"],
            FIGURE,
        ),
        (_join(labels["actual"], period), lambda r: r["actual"], ACTUAL),
        *([(labels["share_of"], share_text, TEXT)] if used("share_of") else []),
        *(
            []
            if report["period"].get("whole_year", True)
            else [(labels["target_scope"], _target_scope_text, TEXT)]
        ),
        (labels["percent"], lambda r: r["percent_of_target"], FIGURE),
        (labels["on_track"], _on_track_text, TEXT),
        (labels["breakdown"], lambda r: breakdown_text(r["breakdown"], names), TEXT),
    ]


def report_table(
    report: dict, *, localise: bool = False
) -> tuple[list[str], list[list]]:
    """Heading and rows; a measure's code and title only on its first indicator.

    `localise` writes figures and money as the active language does (screen, PDF).
    """
    columns = report_columns(report)
    rows = [
        [
            _localised(read(row), kind, row) if localise else read(row)
            for _, read, kind in columns
        ]
        for row in _rows(report)
    ]
    return [str(heading) for heading, _, _ in columns], rows


def _rows(report: dict) -> list[dict]:
    seen, rows = set(), []
    for row in report["indicators"]:
        key = (row["plan"], row["node"])
        rows.append(row | {"first_of_node": key not in seen})
        seen.add(key)
    return rows


def _localised(value: object, kind: str, row: dict) -> object:
    if kind == MONEY:
        return money_text(value, row["currency"])
    if kind == ACTUAL:
        return qualified_text(value, row.get("qualifier", ""))
    return number_text(value) if kind == FIGURE else value


def report_figures(report: dict) -> dict[str, object]:
    """The office-wide totals written for the screen and the PDF."""
    keys = ("sessions", "participants", "unique_people")
    qualifiers = report.get("qualifiers", {})
    return {key: qualified_text(report[key], qualifiers.get(key, "")) for key in keys}


def report_csv(report: dict) -> str:
    heading, rows = report_table(report)
    return csv_text([heading, *rows])


def report_xlsx(report: dict) -> bytes:
    """One sheet, the plan's table with this period's actuals."""
    # openpyxl (about 0.4 s) is imported for a spreadsheet, not at start-up.
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    heading, rows = report_table(report)
    kinds = [kind for _, _, kind in report_columns(report)]
    book = Workbook()
    sheet = book.active
    sheet.title = ((report["plan"] or {}).get("code") or gettext("Indicators"))[:31]
    sheet.append(heading)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    for row, data in zip(rows, _rows(report), strict=True):
        sheet.append([cell_safe(value) for value in row])
        for cell, kind in zip(sheet[sheet.max_row], kinds, strict=True):
            # Budgets stay numbers Excel can add up, shown with their currency.
            if kind == MONEY and isinstance(cell.value, int | float):
                cell.number_format = money_number_format(cell.value, data["currency"])
    sheet.freeze_panes = "A2"
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def report_pdf(report: dict) -> bytes:
    """A printable report (A4 landscape) through WeasyPrint."""
    from weasyprint import HTML  # slow import, only when a PDF is asked for

    heading, rows = report_table(report, localise=True)
    # Numbers stay on one line; text wraps (a target given in words too).
    numeric = [
        [isinstance(v, int | float | Decimal) for v in row]
        for row in report_table(report)[1]
    ]
    html = render_to_string(
        "trainings/indicators/report_pdf.html",
        {
            "report": report,
            "start": date.fromisoformat(report["period"]["from"]),
            "end": date.fromisoformat(report["period"]["to"]),
            "figures": report_figures(report),
            "heading": heading,
            "rows": [
                list(zip(*pair, strict=True))
                for pair in zip(rows, numeric, strict=True)
            ],
            "language": get_language(),
        },
    )
    return HTML(string=html).write_pdf()


def breakdown_text(breakdown: dict, names: dict | None = None) -> str:
    """ "profession: Gjyqtarë 3, Inspektorë 1; gender: Femër 7" for one cell, in the
    active language: `names` (report_build's "labels") per dimension and code."""
    names = names or {}
    return "; ".join(
        f"{BREAKDOWN_LABELS.get(dimension, dimension)}: "
        + (
            ", ".join(
                f"{_share_name(k, names.get(dimension, {}))} {v}"
                for k, v in shares.items()
            )
            or "—"
        )
        for dimension, shares in breakdown.items()
    )


def _direction_text(row: dict) -> str:
    return str(Indicator.Direction(row["direction"]).label)


def share_text(row: dict) -> str:
    """A percent indicator's parts: "85 of 200 health staff (2015)"."""
    share = row.get("share_of")
    if not share:
        return ""
    parts = {
        "counted": number_text(share["numerator"]),
        "denominator": number_text(share["denominator"]),
        "label": share["denominator_label"],
        "year": share["denominator_year"],
    }
    if share["denominator"] is None:
        return gettext("%(counted)s counted; no denominator for %(year)s") % parts
    return gettext("%(counted)s of %(denominator)s %(label)s (%(year)s)") % parts


def _on_track_text(row: dict) -> str | None:
    """Yes / No in the reader's language; None (shown "—") without a target."""
    if row["on_track"] is None:
        return None
    return gettext("Yes") if row["on_track"] else gettext("No")


def _target_scope_text(row: dict) -> str:
    """What the Target cell is for, when the period is not one calendar year."""
    year = row["target_year"]
    if row["target_scope"] == "period":
        part = PeriodPart(row["target_period"]).label
        return gettext("target: %(part)s %(year)s") % {
            "part": part,
            "year": year,
        }
    if row["target_scope"] == "year":
        return gettext("annual target %(year)s") % {"year": year}
    return gettext("annual target %(year)s, not compared") % {"year": year}


def _share_name(code: str, names: dict[str, str]) -> str:
    # A code without a row (a manual value's own word) is shown as written.
    return gettext("unknown") if code == UNKNOWN else names.get(code) or code


def _labels(report: dict) -> dict[str, str]:
    plan = report["plan"] or {}
    levels = plan.get("level_names") or []
    derived = {"node": levels[-1]} if levels else {}
    return DEFAULT_LABELS | derived | (plan.get("report_labels") or {})


def _common(values) -> object:
    counted = Counter(v for v in values if v)
    return counted.most_common(1)[0][0] if counted else ""


def _join(label: str, suffix) -> str:
    return f"{label} {suffix}".strip()
