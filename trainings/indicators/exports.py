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

from collections import Counter
from collections.abc import Callable
from datetime import date
from decimal import Decimal
from typing import NamedTuple

from django.template.loader import render_to_string
from django.utils.timezone import localdate
from django.utils.translation import get_language, gettext
from django.utils.translation import gettext_lazy as _

from siteconf.formats import money_text, number_text
from siteconf.spreadsheets import csv_text

from ..models import CertificateTemplate, Indicator
from ..models.plans import PeriodPart
from ..monitoring.selectors import STATUSES, UNREPORTED, status_labels
from ..services.certificates import logo_data_uri
from .report import qualified_text
from .selectors import UNKNOWN
from .sources import BREAKDOWN_LABELS


class Column(NamedTuple):
    """A report column: its heading, how to read a row, and what the cell holds:
    text (""), a "figure" or "money" in the plan's currency (both written as the
    language does on screen and in the PDF)."""

    heading: str
    read: Callable[[dict], object]
    kind: str = ""


TEXT, FIGURE, MONEY = "", "figure", "money"
# A figure with its qualifier: a number in files, "about 470" on screen and PDF.
ACTUAL = "actual"
# "% of target": a ratio, written "120" on screen and 120 % in a spreadsheet.
PERCENT = "percent"

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
    "status": _("Status"),
    "achievements": _("Achievements"),
    "problems": _("Problems encountered"),
}


def report_columns(report: dict) -> list[Column]:
    """The table's columns for this report: heading and how to read a row."""
    rows, labels = report["indicators"], _labels(report)
    names = report.get("labels") or {}
    institutions = names.get("agency", {})

    def used(key: str) -> bool:
        return any(row.get(key) not in (None, "", []) for row in rows)

    def named(key: str) -> Callable[[dict], str]:
        # The institution's name in the reader's language, not its code.
        return lambda r: ", ".join(institutions.get(c) or c for c in r[key])

    period = report["period"]["label"]
    columns = [
        Column(labels["nr"], lambda r: r["node"] if r["first_of_node"] else ""),
        Column(labels["node"], lambda r: r["node_title"] if r["first_of_node"] else ""),
        Column(labels["lead"], named("lead")),
        Column(labels["contributing"], named("contributing")),
    ]
    optional = [
        (
            "start_year",
            Column(labels["start"], lambda r: r["start_year"]),
        ),
        ("end_year", Column(labels["end"], lambda r: r["end_year"])),
        ("timeframe", Column(labels["timeframe"], lambda r: r["timeframe"])),
        ("budget", Column(labels["budget"], lambda r: r["budget"], MONEY)),
    ]
    columns += [column for key, column in optional if used(key)]
    baseline_year = _common(row["baseline_year"] for row in rows)
    target_year = rows[0]["target_year"] if rows else ""
    return columns + [
        Column(labels["indicator"], lambda r: r["name"]),
        Column(labels["unit"], lambda r: r["unit"]),
        Column(labels["direction"], _direction_text),
        Column(
            _join(labels["baseline"], baseline_year), lambda r: r["baseline"], FIGURE
        ),
        Column(
            _join(labels["target"], target_year),
            lambda r: r["target"] if r["target"] is not None else r["target_note"],
            FIGURE,
        ),
        Column(_join(labels["actual"], period), lambda r: r["actual"], ACTUAL),
        *([Column(labels["share_of"], share_text)] if used("share_of") else []),
        *(
            []
            if report["period"].get("whole_year", True)
            else [Column(labels["target_scope"], _target_scope_text)]
        ),
        Column(labels["percent"], lambda r: r["percent_of_target"], PERCENT),
        Column(labels["on_track"], _on_track_text),
        Column(labels["breakdown"], lambda r: breakdown_text(r["breakdown"], names)),
        *_status_columns(report, labels, used),
    ]


def report_cells(report: dict) -> tuple[list[Column], list[list]]:
    """The columns and every row's raw values, read once (the files format them)."""
    columns = report_columns(report)
    rows = [[column.read(row) for column in columns] for row in report_rows(report)]
    return columns, rows


def _status_columns(report: dict, labels: dict, used) -> list[Column]:
    """A plan's measures' status, and their story where any was told."""
    if not status_reported(report):
        return []
    names = status_labels()
    columns = [Column(labels["status"], lambda r: names.get(r["status"], ""))]
    for key in ("achievements", "problems"):
        if used(key):
            columns.append(Column(labels[key], lambda r, key=key: r[key]))
    return columns


def status_reported(report: dict) -> bool:
    """A plan's report with any measure's status set: the status block and
    columns show (a plan no one has reported on yet keeps its plain table)."""
    rollup = report.get("status")
    return bool(rollup) and rollup["counts"][UNREPORTED] < rollup["total"]


def status_table(rollup: dict) -> tuple[list[str], list[list]]:
    """The roll-up as a table: the plan, then each goal; per status "4 (50,0 %)"
    in the active language."""
    names = status_labels()
    heading = [rollup["goal_level"] or gettext("Goal"), gettext("Measures")]
    heading += [names[state] for state in STATUSES]

    def line(code: str, title: str, shares: dict) -> list:
        cells = [
            f"{shares['counts'][state]} ({number_text(shares['percent'][state], 1)} %)"
            if shares["total"]
            else "0"
            for state in STATUSES
        ]
        return [f"{code} {title}".strip(), shares["total"], *cells]

    rows = [line("", gettext("Whole plan"), rollup)]
    rows += [line(goal["code"], goal["title"], goal) for goal in rollup["by_goal"]]
    return heading, rows


def report_table(
    report: dict, *, localise: bool = False
) -> tuple[list[str], list[list]]:
    """Heading and rows; a measure's code and title only on its first indicator.

    `localise` writes figures and money as the active language does (screen, PDF).
    """
    columns, rows = report_cells(report)
    if localise:
        rows = _localised_rows(columns, rows, report_rows(report))
    return [str(column.heading) for column in columns], rows


def _localised_rows(columns: list[Column], rows: list[list], data: list[dict]):
    return [
        [
            _localised(value, column.kind, row)
            for value, column in zip(values, columns, strict=True)
        ]
        for values, row in zip(rows, data, strict=True)
    ]


def report_rows(report: dict) -> list[dict]:
    """The report's indicator rows, each knowing whether it opens its measure."""
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
    return number_text(value) if kind in (FIGURE, PERCENT) else value


def report_figures(report: dict) -> dict[str, object]:
    """The office-wide totals written for the screen and the PDF."""
    keys = ("sessions", "participants", "unique_people")
    qualifiers = report.get("qualifiers", {})
    return {key: qualified_text(report[key], qualifiers.get(key, "")) for key in keys}


def report_csv(report: dict) -> str:
    heading, rows = report_table(report)
    return csv_text([heading, *rows])


def report_xlsx(report: dict, *, today: date | None = None) -> bytes:
    """The plan's table under title rows, then one sheet per breakdown
    (trainings.indicators.workbook)."""
    from .workbook import report_workbook

    return report_workbook(report, today=today or localdate())


def report_pdf(report: dict) -> bytes:
    """A printable report (A4 landscape) through WeasyPrint.

    Built in about a second for the 15 pages of the AL NAP 2022 report
    (bench/bench_report_pdf.py): the columns have fixed widths (column_widths),
    so WeasyPrint lays each cell out once instead of measuring every word of the
    table to size them, and words are not hyphenated (a dictionary look-up per
    word).
    """
    from weasyprint import HTML  # slow import, only when a PDF is asked for

    columns, rows = shown_cells(report)
    widths = column_widths(rows, [str(c.heading) for c in columns], room=PDF_ROOM)
    html = render_to_string(
        "trainings/indicators/report_pdf.html",
        {
            "report": report,
            "start": date.fromisoformat(report["period"]["from"]),
            "end": date.fromisoformat(report["period"]["to"]),
            "figures": report_figures(report),
            "columns": [
                (str(c.heading), f"{w * 100 / sum(widths):.2f}%")
                for c, w in zip(columns, widths, strict=True)
            ],
            "rows": rows,
            "language": get_language(),
            "status": status_table(report["status"])
            if status_reported(report)
            else None,
            "logo": logo_data_uri(CertificateTemplate.load()),
        },
    )
    return HTML(string=html).write_pdf()


def shown_cells(report: dict) -> tuple[list[Column], list[list[tuple]]]:
    """The columns, and each cell as (text in the active language, whole): a
    number is kept whole on one line, text wraps (a target given in words too)."""
    columns, values = report_cells(report)
    texts = _localised_rows(columns, values, report_rows(report))
    return columns, [
        [
            (text, isinstance(value, int | float | Decimal))
            for text, value in zip(shown, raw, strict=True)
        ]
        for shown, raw in zip(texts, values, strict=True)
    ]


# The PDF's table is 277 mm wide (A4 landscape less the margins): about 235
# characters of its 7.5 pt text.
PDF_ROOM = 235
# Widths in characters of the cells' text: a heading's letters (bold, 7 pt) and
# digits are wider, and so are Cyrillic letters; a cell's padding. A
# longer run without a space ("VT/VMT/të"), rare, is left to break where it
# reaches the column's edge rather than widen its column.
HEADING, DIGIT, PADDING, LONG_WORD, CYRILLIC_EXTRA = 1.25, 1.3, 1, 12, 0.2


def column_widths(rows: list[list[tuple]], headings: list[str], *, room: float):
    """Each column's width in characters, counted here once instead of by
    WeasyPrint for every word of every cell: at least its longest word (a
    heading's, a cell's) or, for a number, its whole text, so nothing is cut in
    two; the room left shared in proportion to the column's text, so the long
    texts get the lines they need and the table the fewest pages.

    `rows` are shown_cells' (text, whole) pairs.
    """
    least, volume = [], []
    for i, heading in enumerate(headings):
        texts = [(str(r[i][0]), r[i][1]) for r in rows if r[i][0] not in (None, "")]
        longest = [
            len(t) if whole else _longest_word(t, LONG_WORD) for t, whole in texts
        ]
        least.append(max([_longest_word(heading) * HEADING] + longest) + PADDING)
        volume.append(sum(len(t) for t, _ in texts))
    spare = room - sum(least)
    if spare <= 0 or not sum(volume):
        return least
    return [n + spare * v / sum(volume) for n, v in zip(least, volume, strict=True)]


def _longest_word(text: str, at_most: int = 40) -> float:
    return min(max((_letters(word) for word in text.split()), default=0), at_most)


def _letters(text: str) -> float:
    """The text's width in Latin letters: Cyrillic ones are wider."""
    return len(text) + CYRILLIC_EXTRA * sum("\u0400" <= ch <= "\u04ff" for ch in text)


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
