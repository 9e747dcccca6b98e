"""Open data, version 1: the office's aggregate figures as datasets (docs/open-data.md).

Every figure is counted as the indicator report counts it (report.py's
training_summary and awareness_summary), and every count below
PUBLIC_MIN_COUNT is published as "<N" (siteconf.disclosure), totals too, as in
the public summary. Only aggregates: no names, no organisers (a small
organiser's figure could point at its few staff), no sessions one by one.
"""

from calendar import monthrange
from datetime import date

from django.conf import settings
from django.utils.formats import date_format
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from siteconf.disclosure import small_count_suppressed

from ..models.reference import Country
from .periods import Period
from .report import awareness_summary, codes_named, training_summary
from .selectors import UNKNOWN

VERSION = 1
TOTALS = ("sessions", "participants", "unique_people")
# dataset → (summary key, what it counts, the breakdown's labels)
BREAKDOWNS = {
    "training/profession": ("by_profession", "participants", "profession"),
    "training/gender": ("by_gender", "participants", "gender"),
    "training/region": ("by_region", "participants", "region"),
    "training/module": ("by_module", "participants", "module"),
    "training/event-type": ("by_event_type", "sessions", "event_type"),
    "awareness/activity-kind": ("by_activity_kind", "activities", "activity_kind"),
}
# Datasets of one row per period or country, with the three totals.
SERIES = ("training/month", "training/country")
SUMMARY = "training/summary"
DATASETS = (SUMMARY, *SERIES, *BREAKDOWNS)
# What each dataset holds, for the index page (/api/v1/).
TITLES = {
    SUMMARY: _("Sessions, participants and unique people of the period"),
    "training/month": _("Sessions, participants and unique people by month"),
    "training/country": _("Sessions, participants and unique people by country"),
    "training/profession": _("Participants by profession"),
    "training/gender": _("Participants by gender"),
    "training/region": _("Participants by region"),
    "training/module": _("Participants by training module"),
    "training/event-type": _("Sessions by event type"),
    "awareness/activity-kind": _("Awareness activities by kind"),
}
# A month is one summary (4 queries): a longer period is asked year by year.
MAX_MONTHS = 36


def dataset_build(name: str, *, period: Period, country: str | None) -> dict:
    """The dataset `name` for the period (and country, or every country), names
    in the active language, small counts suppressed."""
    data = {
        "dataset": name,
        "version": VERSION,
        "period": {"from": period.start.isoformat(), "to": period.end.isoformat()},
        "country": country,
        "suppressed_below": settings.PUBLIC_MIN_COUNT,
    }
    if name == SUMMARY:
        summary = training_summary(period=period, country=country)
        return data | {key: _safe(summary[key]) for key in TOTALS}
    if name == "training/month":
        rows = [
            {"code": month.start.strftime("%Y-%m"), "name": month.label}
            | _totals(month, country)
            for month in _months(period)
        ]
    elif name == "training/country":
        rows = [
            {"code": code, "name": str(label)} | _totals(period, None, code)
            for code, label in Country.choices
        ]
    else:
        rows = _breakdown_rows(name, period, country)
    return data | {"rows": rows}


def dataset_columns(name: str) -> list[str]:
    """The CSV's columns: a row's keys."""
    if name in SERIES:
        return ["code", "name", *TOTALS]
    return ["code", "name", BREAKDOWNS[name][1]]


def _breakdown_rows(name: str, period: Period, country: str | None) -> list[dict]:
    key, counted, dimension = BREAKDOWNS[name]
    if name.startswith("awareness/"):
        summary = awareness_summary(period=period, country=country)
    else:
        summary = training_summary(period=period, country=country)
    shares = {code: n for code, n in summary[key].items() if n}
    names = codes_named(dimension, set(shares)) | {UNKNOWN: gettext("unknown")}
    return [
        {"code": code, "name": names.get(code, ""), counted: _safe(shares[code])}
        for code in sorted(shares, key=lambda code: (code == UNKNOWN, code))
    ]


def _totals(period: Period, country: str | None, only: str | None = None) -> dict:
    summary = training_summary(period=period, country=only or country)
    return {key: _safe(summary[key]) for key in TOTALS}


def months_in(period: Period) -> int:
    return (period.end.year - period.start.year) * 12 + (
        period.end.month - period.start.month + 1
    )


def _months(period: Period) -> list[Period]:
    """Every month the period touches, empty ones too, cut to the period."""
    months, year, month = [], period.start.year, period.start.month
    while date(year, month, 1) <= period.end:
        first = max(date(year, month, 1), period.start)
        last = min(date(year, month, monthrange(year, month)[1]), period.end)
        label = date_format(date(year, month, 1), "YEAR_MONTH_FORMAT")
        months.append(Period(first, last, label))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return months


def _safe(value):
    return small_count_suppressed(value)
