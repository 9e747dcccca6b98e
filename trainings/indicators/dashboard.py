"""Selectors for the monitoring dashboard: a few grouped queries, shaped for CSS charts."""

from collections import Counter
from datetime import date, timedelta

from django.db.models import Sum
from django.db.models.functions import TruncMonth
from django.utils.formats import date_format
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from campaigns.models import CampaignActivity
from siteconf.formats import number_text
from siteconf.translated import label_expression

from ..models import Participation, SeriesAttendance, TrainingSession
from .countries import in_country
from .learning import learning_labels, learning_summary, learning_tables
from .periods import period_range
from .report import codes_named, training_summary
from .selectors import UNKNOWN

# Each chart: its key in dashboard_data, and the CSV's two headings.
CHARTS = {
    "month": ("per_month", _("Month"), _("Sessions")),
    "profession": ("by_profession", _("Profession"), _("People")),
    "gender": ("by_gender", _("Gender"), _("People")),
    "region": ("by_region", _("Region"), _("People")),
    "module": ("by_module", _("Module"), _("People")),
    "event-type": ("by_event_type", _("Event type"), _("Sessions")),
    "reach": ("reach", _("Campaign"), _("People reached")),
}


def dashboard_data(*, start: date, end: date, country: str | None = None) -> dict:
    """Everything the dashboard draws for [start, end], each bar with its % of the max.

    With a country, only that country's sessions and activities (countries.py).
    """
    sessions = TrainingSession.objects.filter(start_date__range=(start, end))
    people = Participation.objects.filter(
        session__start_date__range=(start, end), trained=True
    )
    activities = CampaignActivity.objects.filter(date__range=(start, end))
    if country:
        sessions = sessions.filter(
            in_country(country, region="region", agency="organiser")
        )
        people = people.filter(
            in_country(country, region="session__region", agency="session__organiser")
        )
        activities = activities.filter(
            in_country(country, region="region", agency="organiser")
        )
    per_month = (
        sessions.annotate(month=TruncMonth("start_date"))
        .values("month")
        .annotate(n=Sum("sessions_count"))  # a record of 5 seminars is 5
        .order_by("month")
    )
    by_profession = _people_by_profession(sessions, people)
    reach = (
        activities.values("campaign__title")
        .annotate(n=Sum("audience_total"))
        .order_by("-n")
    )
    sessions_in = {r["month"].replace(day=1): r["n"] for r in per_month}
    summary = training_summary(period=period_range(start, end), country=country)
    return {
        # Every month, an empty one too: a gap in the chart is a month without.
        "per_month": _bars(
            (date_format(month, "YEAR_MONTH_FORMAT"), sessions_in.get(month, 0))
            for month in _months(start, end)
        ),
        "by_profession": _bars(
            (label or gettext("Unknown"), n) for label, n in by_profession
        ),
        "reach": _bars((r["campaign__title"], r["n"] or 0) for r in reach),
        # Counted as the indicator report counts them (series once, head-counts).
        **{
            f"by_{dimension}": _bars(_named_shares(summary, dimension))
            for dimension in ("gender", "region", "module", "event_type")
        },
        "heatmap": _heatmap(people),
        "learning": _learning(start, end, country),
    }


def _learning(start: date, end: date, country: str | None) -> dict:
    """Pre/post results of the year by module and profession (learning.py)."""
    summary = learning_summary(
        period=period_range(start, end),
        country=country,
        dimensions=("module", "profession"),
    )
    return {
        "summary": summary,
        "tables": learning_tables(summary, learning_labels(summary)),
    }


def _people_by_profession(sessions, people) -> list[tuple]:
    """Attendance rows, and the head-counts of the series with a session in the
    period (once, as the report counts them), by profession, most first."""
    label = {"profession_label": label_expression("profession__name")}
    series = SeriesAttendance.objects.filter(
        series__in=sessions.exclude(series="").values("series")
    )
    totals: Counter = Counter()
    for rows in (people, series):
        for row in rows.values(**label).annotate(n=Sum("count")).order_by():
            totals[row["profession_label"]] += row["n"]
    return sorted(totals.items(), key=lambda pair: (-pair[1], pair[0] or ""))


def _months(start: date, end: date) -> list[date]:
    months, month = [], start.replace(day=1)
    while month <= end:
        months.append(month)
        month = (month + timedelta(days=32)).replace(day=1)
    return months


def _named_shares(summary: dict, dimension: str) -> list[tuple[str, int]]:
    """(name, count) of a summary breakdown, most first, "unknown" last."""
    shares = {code: n for code, n in summary[f"by_{dimension}"].items() if n}
    names = codes_named(dimension, set(shares) - {UNKNOWN})
    names[UNKNOWN] = gettext("unknown")
    ordered = sorted(shares.items(), key=lambda kv: (kv[0] == UNKNOWN, -kv[1]))
    return [(names.get(code) or code, n) for code, n in ordered]


def _bars(pairs) -> list[dict]:
    rows = [{"label": label, "value": value} for label, value in pairs]
    top = max((r["value"] for r in rows), default=0) or 1
    for row in rows:
        row["percent"] = round(row["value"] * 100 / top)
        row["text"] = number_text(row["value"])
    return rows


def _heatmap(people) -> dict:
    """SOP module coverage: rows region × profession, a column per module."""
    cells = (
        people.exclude(session__modules=None)
        .values(
            "session__modules__code",
            region_label=label_expression("session__region__name"),
            profession_label=label_expression("profession__name"),
        )
        .annotate(n=Sum("count"))
        .order_by()
    )
    grid: dict[tuple[str, str], dict[str, int]] = {}
    modules: set[str] = set()
    for cell in cells:
        key = (
            cell["region_label"] or gettext("Unknown"),
            cell["profession_label"] or gettext("Unknown"),
        )
        grid.setdefault(key, {})[cell["session__modules__code"]] = cell["n"]
        modules.add(cell["session__modules__code"])
    columns = sorted(modules)
    top = max((n for row in grid.values() for n in row.values()), default=0) or 1
    rows = [
        {
            "region": region,
            "profession": profession,
            "cells": [
                {
                    "value": values.get(m, 0),
                    "shade": round(values.get(m, 0) * 100 / top),
                }
                for m in columns
            ],
        }
        for (region, profession), values in sorted(grid.items())
    ]
    return {"modules": columns, "rows": rows}
