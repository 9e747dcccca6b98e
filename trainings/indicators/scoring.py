"""How an actual is scored against its target: % of target and "on track".

The direction belongs to the indicator (AL NAP List of Indicators, "Emphasise
the direction of change"): 2.1.13-b's cases in centres go 85 → 80 → 75 → 70,
so fewer is better, and "actual ÷ target" would call 78 cases a shortfall.

- increase: % = actual ÷ target × 100; on track when actual ≥ target.
- decrease: % = target ÷ actual × 100, so meeting the target or going below it
  reads as ≥ 100 % like an increase that met its target; on track when
  actual ≤ target. An actual of 0 has no ratio (None) but is on track.
- maintain (4 hotline operators trained every year): the level is kept when
  actual ≥ target; % as for an increase.
Without a numeric target or an actual, both are None: nothing to judge.
"""

from datetime import date

from .periods import Period, period_part

DECREASE = "decrease"


def score(actual, target, direction: str) -> tuple[float | None, bool | None]:
    """(% of target, on track) for one indicator row."""
    if actual is None or target is None:
        return None, None
    if direction == DECREASE:
        percent = round(target / actual * 100, 1) if actual else None
        return percent, actual <= target
    percent = round(actual / target * 100, 1) if target else None
    return percent, actual >= target


# What a row's target is for (report JSON `target_scope`).
YEAR, PART, NOT_COMPARED = "year", "period", "annual_not_compared"


def target_choose(targets, *, period: Period, cumulative: bool):
    """(target row or None, scope) for a report over `period`.

    The plans give annual targets (the AL NAP's semester reports have none of
    their own). A shorter period is scored only against a target the plan
    gives for exactly that half-year or quarter; otherwise the annual target
    is shown for reference and not scored (NOT_COMPARED). A pro-rata share
    (half the annual target for H1) was rejected: awareness work clusters in
    October, the anti-trafficking month, and trainings follow the school
    year, so an even share would report H1 as failing by design; a monitoring
    officer compares the half-year with the year's target by eye, knowing that.
    A cumulative figure ending on 31 December is the year's level, whatever
    the period's start.
    """
    part = period_part(period)
    year = period.end.year
    by_part = {(t.year, t.period): t for t in targets}
    if part and (year, part) in by_part:
        return by_part[(year, part)], PART
    annual = by_part.get((year, ""))
    whole_year = part == "" or (cumulative and period.end == date(year, 12, 31))
    return annual, YEAR if whole_year else NOT_COMPARED
