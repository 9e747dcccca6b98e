"""Reporting periods as the plans speak of them: a year, a half-year, a quarter, a range."""

import re
from calendar import monthrange
from dataclasses import dataclass
from datetime import date

from django.utils.translation import gettext

_QUARTER = re.compile(r"^(\d{4})-?Q([1-4])$", re.IGNORECASE)
_HALF = re.compile(r"^(\d{4})-?H([12])$", re.IGNORECASE)
_YEAR = re.compile(r"^(\d{4})$")


@dataclass(frozen=True)
class Period:
    """An inclusive date range with the label reports print for it."""

    start: date
    end: date
    label: str

    @property
    def slug(self) -> str:
        """For file names: "2022-Q3" or "2022-01-01_2022-03-31"."""
        if self.label.isascii():
            return self.label.replace(" ", "-")
        return f"{self.start.isoformat()}_{self.end.isoformat()}"

    def __post_init__(self):
        if self.end < self.start:
            raise ValueError(
                gettext("The period ends (%(end)s) before it starts (%(start)s).")
                % {"end": self.end, "start": self.start}
            )


def period_year(year: int) -> Period:
    return Period(date(year, 1, 1), date(year, 12, 31), str(year))


def period_half(year: int, half: int) -> Period:
    """H1 = January-June, H2 = July-December (the AL NAP's 6-month reports)."""
    if half not in (1, 2):
        raise ValueError(gettext("A half-year is 1 or 2."))
    start = date(year, 1 if half == 1 else 7, 1)
    end = date(year, 6, 30) if half == 1 else date(year, 12, 31)
    return Period(start, end, f"{year} H{half}")


def period_quarter(year: int, quarter: int) -> Period:
    """Calendar quarters (the KS IMWG and ATIPS report quarterly)."""
    if quarter not in (1, 2, 3, 4):
        raise ValueError(gettext("A quarter is 1, 2, 3 or 4."))
    last_month = 3 * quarter
    start = date(year, last_month - 2, 1)
    end = date(year, last_month, monthrange(year, last_month)[1])
    return Period(start, end, f"{year} Q{quarter}")


def period_range(start: date, end: date) -> Period:
    return Period(start, end, f"{start.isoformat()} – {end.isoformat()}")


def period_part(period: Period) -> str | None:
    """ "" for a calendar year, "H1".."H2" or "Q1".."Q4" for exactly that part
    of one year, None for any other range (from the dates, not the label)."""
    year = period.start.year
    if (period.start, period.end) == _dates(period_year(year)):
        return ""
    for half in (1, 2):
        if (period.start, period.end) == _dates(period_half(year, half)):
            return f"H{half}"
    for quarter in (1, 2, 3, 4):
        if (period.start, period.end) == _dates(period_quarter(year, quarter)):
            return f"Q{quarter}"
    return None


def _dates(period: Period) -> tuple[date, date]:
    return period.start, period.end


def period_parse(text: str) -> Period:
    """Read "2022", "2022-H1", "2022Q3" or "2022-01-01..2022-03-31"."""
    text = text.strip()
    if match := _YEAR.match(text):
        return period_year(int(match[1]))
    if match := _HALF.match(text):
        return period_half(int(match[1]), int(match[2]))
    if match := _QUARTER.match(text):
        return period_quarter(int(match[1]), int(match[2]))
    if ".." in text:
        first, last = text.split("..", 1)
        return period_range(date.fromisoformat(first), date.fromisoformat(last))
    raise ValueError(
        gettext(
            '"%(text)s" is not a period: use 2022, 2022-H1, 2022-Q3 or '
            "2022-01-01..2022-03-31."
        )
        % {"text": text}
    )
