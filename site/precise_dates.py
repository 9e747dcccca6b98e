"""Dates as precise as the reports give them: a year, a month or a day.

"In April 2014" must not become 1 April 2014 in what people read, nor a day
someone invented. A record keeps its first day (so periods, ordering and
indexes work on a plain date column) and a precision; text goes in and out as
`YYYY`, `YYYY-MM` or `YYYY-MM-DD`. Model-agnostic: activities use it, sessions
may later.
"""

import calendar
import datetime
import re
from dataclasses import dataclass

from django.db import models
from django.utils.formats import date_format
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _


class Precision(models.TextChoices):
    YEAR = "year", _("Year")
    MONTH = "month", _("Month")
    DAY = "day", _("Day")


PATTERNS = {
    Precision.YEAR: re.compile(r"(\d{4})"),
    Precision.MONTH: re.compile(r"(\d{4})-(\d{1,2})"),
    Precision.DAY: re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})"),
}


@dataclass(frozen=True)
class PreciseDate:
    first_day: datetime.date
    precision: str = Precision.DAY

    @property
    def last_day(self) -> datetime.date:
        """The last day the date may mean (31 December for a year)."""
        year, month = self.first_day.year, self.first_day.month
        if self.precision == Precision.YEAR:
            return datetime.date(year, 12, 31)
        if self.precision == Precision.MONTH:
            return datetime.date(year, month, calendar.monthrange(year, month)[1])
        return self.first_day

    def __str__(self) -> str:
        return precise_date_text(self.first_day, self.precision)


def precise_date_parse(text) -> PreciseDate:
    """`2014`, `2014-04` or `2014-04-12` (or a date) → PreciseDate; ValueError
    with a translated reason otherwise."""
    if isinstance(text, datetime.date):
        return PreciseDate(text, Precision.DAY)
    text = str(text or "").strip()
    for precision, pattern in PATTERNS.items():
        if match := pattern.fullmatch(text):
            parts = [int(p) for p in match.groups()] + [1, 1]
            try:
                return PreciseDate(datetime.date(*parts[:3]), precision)
            except ValueError:
                break
    raise ValueError(
        _("'%(value)s' is not a date: write 2014, 2014-04 or 2014-04-12.")
        % {"value": text}
    )


def precise_date_text(day: datetime.date | None, precision: str) -> str:
    """The import and export form: `2014`, `2014-04` or `2014-04-12`."""
    if day is None:
        return ""
    if precision == Precision.YEAR:
        return f"{day.year:04d}"
    if precision == Precision.MONTH:
        return f"{day.year:04d}-{day.month:02d}"
    return day.isoformat()


def precise_date_display(day: datetime.date | None, precision: str) -> str:
    """What a reader sees, in the active language: "2014", "Prill 2014",
    "12.04.2014" (a day as listings show dates)."""
    if day is None:
        return ""
    if precision == Precision.YEAR:
        return str(day.year)
    if precision == Precision.MONTH:
        return capfirst(date_format(day, "YEAR_MONTH_FORMAT"))
    return date_format(day, "SHORT_DATE_FORMAT")


def precise_range_display(
    start: datetime.date | None, end: datetime.date | None, precision: str
) -> str:
    """A start and an optional end at the same precision: "Prill 2014 – Qershor 2014"."""
    first = precise_date_display(start, precision)
    if not end or end == start:
        return first
    return f"{first} – {precise_date_display(end, precision)}"
