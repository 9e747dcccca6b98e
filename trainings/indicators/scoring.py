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
