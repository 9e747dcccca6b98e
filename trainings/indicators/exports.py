"""Indicator reports as files: CSV and XLSX in the plan's own column layout, and PDF.

The columns follow the plan's table (AL NAP annex: Nr. | Activity and
sub-activity | Responsible institution | ... | Baseline 2020 | Target 2022):
headings come from `Plan.level_names` and `Plan.report_labels`, and columns a
plan does not use (budget, timeframe, years) are left out.
"""

import io
from collections import Counter
from collections.abc import Callable

from django.template.loader import render_to_string
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

from siteconf.spreadsheets import cell_safe, csv_text

Column = tuple[str, Callable[[dict], object]]

DEFAULT_LABELS = {
    "nr": "Nr.",
    "node": "Activity",
    "lead": "Responsible institution",
    "contributing": "Contributing institution",
    "start": "Start date",
    "end": "Deadline",
    "timeframe": "Timeframe",
    "budget": "Budget",
    "indicator": "Indicators",
    "unit": "Unit",
    "baseline": "Baseline",
    "target": "Target",
    "actual": "Actual",
    "percent": "% of target",
    "breakdown": "Breakdown",
}


def report_columns(report: dict) -> list[Column]:
    """The table's columns for this report: heading and how to read a row."""
    rows, labels = report["indicators"], _labels(report)

    def used(key: str) -> bool:
        return any(row.get(key) not in (None, "", []) for row in rows)

    period = report["period"]["label"]
    columns: list[Column] = [
        (labels["nr"], lambda r: r["node"] if r["first_of_node"] else ""),
        (labels["node"], lambda r: r["node_title"] if r["first_of_node"] else ""),
        (labels["lead"], lambda r: ", ".join(r["lead"])),
        (labels["contributing"], lambda r: ", ".join(r["contributing"])),
    ]
    optional = [
        ("start_year", (labels["start"], lambda r: r["start_year"])),
        ("end_year", (labels["end"], lambda r: r["end_year"])),
        ("timeframe", (labels["timeframe"], lambda r: r["timeframe"])),
        ("budget", (labels["budget"], lambda r: r["budget"])),
    ]
    columns += [column for key, column in optional if used(key)]
    baseline_year = _common(row["baseline_year"] for row in rows)
    target_year = rows[0]["target_year"] if rows else ""
    return columns + [
        (labels["indicator"], lambda r: r["name"]),
        (labels["unit"], lambda r: r["unit"]),
        (_join(labels["baseline"], baseline_year), lambda r: r["baseline"]),
        (
            _join(labels["target"], target_year),
            lambda r: r["target"] if r["target"] is not None else r["target_note"],
        ),
        (_join(labels["actual"], period), lambda r: r["actual"]),
        (labels["percent"], lambda r: r["percent_of_target"]),
        (labels["breakdown"], lambda r: breakdown_text(r["breakdown"])),
    ]


def report_table(report: dict) -> tuple[list[str], list[list]]:
    """Heading and rows; a measure's code and title only on its first indicator."""
    columns = report_columns(report)
    seen, rows = set(), []
    for row in report["indicators"]:
        key = (row["plan"], row["node"])
        row = row | {"first_of_node": key not in seen}
        seen.add(key)
        rows.append([read(row) for _, read in columns])
    return [heading for heading, _ in columns], rows


def report_csv(report: dict) -> str:
    heading, rows = report_table(report)
    return csv_text([heading, *rows])


def report_xlsx(report: dict) -> bytes:
    """One sheet, the plan's table with this period's actuals."""
    heading, rows = report_table(report)
    book = Workbook()
    sheet = book.active
    sheet.title = ((report["plan"] or {}).get("code") or "Indicators")[:31]
    sheet.append(heading)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    for row in rows:
        sheet.append([cell_safe(value) for value in row])
    sheet.freeze_panes = "A2"
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def report_pdf(report: dict) -> bytes:
    """A printable report (A4 landscape) through WeasyPrint."""
    from weasyprint import HTML  # slow import, only when a PDF is asked for

    heading, rows = report_table(report)
    html = render_to_string(
        "trainings/indicators/report_pdf.html",
        {"report": report, "heading": heading, "rows": rows},
    )
    return HTML(string=html).write_pdf()


def breakdown_text(breakdown: dict) -> str:
    """ "profession: JUD 3, LAB 1; gender: F 7, M 4" for one cell."""
    return "; ".join(
        f"{dimension}: " + (", ".join(f"{k} {v}" for k, v in shares.items()) or "—")
        for dimension, shares in breakdown.items()
    )


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
