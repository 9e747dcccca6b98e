"""When a plan's institutions report: the period's length and the deadline.

A plan's `ReportingSchedule` says it; without one the plan follows its country:
Albania's NAP asks for "unified 6-month reports", Kosovo's institutions report
"every quarter". Reports are due DEFAULT_DEADLINE_DAYS after the period ends.
"""

from dataclasses import dataclass
from datetime import date, timedelta

from ..indicators.periods import Period, period_half, period_parse, period_quarter
from ..models import Cadence, Plan, ReportingSchedule

BY_COUNTRY = {"AL": Cadence.HALF, "XK": Cadence.QUARTER}
DEFAULT_DEADLINE_DAYS, DEFAULT_REMINDER_DAYS = 30, 7


@dataclass(frozen=True)
class Schedule:
    cadence: str
    deadline_days: int
    reminder_days: int


def schedule_for(plan: Plan) -> Schedule:
    row = ReportingSchedule.objects.filter(plan=plan).first()
    if row:
        return Schedule(row.cadence, row.deadline_days, row.reminder_days)
    cadence = BY_COUNTRY.get(plan.country, Cadence.HALF)
    return Schedule(cadence, DEFAULT_DEADLINE_DAYS, DEFAULT_REMINDER_DAYS)


def period_code(period: Period) -> str:
    """ "2022-H1", "2022-Q3": how submissions and statuses name a period."""
    return period.label.replace(" ", "-")


def period_containing(day: date, cadence: str) -> Period:
    if cadence == Cadence.QUARTER:
        return period_quarter(day.year, (day.month - 1) // 3 + 1)
    return period_half(day.year, 1 if day.month <= 6 else 2)


def periods_of(plan: Plan, *, until: date) -> list[Period]:
    """The plan's reporting periods from its start to the one holding `until`,
    latest first."""
    cadence = schedule_for(plan).cadence
    found, day = [], period_containing(until, cadence).start
    first = date(plan.start_year, 1, 1)
    while day >= first:
        period = period_containing(day, cadence)
        found.append(period)
        day = period.start - timedelta(days=1)
    return found


def due_date(plan: Plan, period: Period, schedule: Schedule | None = None) -> date:
    schedule = schedule or schedule_for(plan)
    return period.end + timedelta(days=schedule.deadline_days)


def reporting_period(plan: Plan, code: str) -> Period:
    """A period of the plan's cadence, inside its years, from its code
    (ValueError otherwise)."""
    period = period_parse(code)
    if period_containing(period.start, schedule_for(plan).cadence) != period:
        raise ValueError(code)
    if not plan.start_year <= period.start.year <= plan.end_year:
        raise ValueError(code)
    return period
