"""Reads for implementation status: each measure's status as of a date, rolled up.

Rules (also in the README):
- A measure's status as of a date is the latest one set for a reporting period
  ending on or before it (a year's report reads the second half-year's status).
- The roll-up counts the plan's measures: its leaves, nodes with nothing below.
  A measure with no status yet counts as "no status reported", so percentages
  are of every measure, as the plans count them ("125 of 143 measures, 87.4 %").
- "By goal" groups measures under their top-level node (policy goal, pillar, area).
"""

from datetime import date

from django.db.models import Count, F, OuterRef, Subquery, Value
from django.db.models.functions import Coalesce
from django.utils.translation import gettext

from siteconf.formats import number_text

from ..models import ImplementationStatus, NodeStatus, Plan, PlanNode

UNREPORTED = "unreported"
STATUSES = [*ImplementationStatus.values, UNREPORTED]


def status_labels() -> dict[str, str]:
    """Each status code in the reader's language."""
    labels = {code: str(label) for code, label in ImplementationStatus.choices}
    return labels | {UNREPORTED: gettext("No status reported")}


def _latest(as_of: date, field: str):
    """The latest status row's `field` for the outer node, as of `as_of`."""
    rows = NodeStatus.objects.filter(node=OuterRef("pk"), period_end__lte=as_of)
    return Subquery(rows.order_by("-period_end", "-set_at").values(field)[:1])


def _top_ancestor():
    # Plans are at most five levels deep (AL strategy: area > aim > objective >
    # activity); the first non-empty of the ancestors' ids is the top one.
    chain = ["parent__parent__parent__parent_id", "parent__parent__parent_id"]
    chain += ["parent__parent_id", "parent_id", "id"]
    return Coalesce(*(F(name) for name in chain))


def status_rollup(*, plan: Plan, as_of: date) -> dict:
    """Counts and per cent of measures per status, for the plan and per goal."""
    leaves = PlanNode.objects.filter(plan=plan, children__isnull=True)
    grouped = (
        leaves.annotate(
            goal=_top_ancestor(),
            state=Coalesce(_latest(as_of, "status"), Value(UNREPORTED)),
        )
        .values("goal", "state")
        .annotate(n=Count("id", distinct=True))
    )
    per_goal: dict[int, dict[str, int]] = {}
    for row in grouped:
        per_goal.setdefault(row["goal"], {})[row["state"]] = row["n"]
    goals = PlanNode.objects.filter(plan=plan, parent=None).order_by("position")
    by_goal = [
        {"code": goal.code, "title": goal.label, **_shares(per_goal[goal.pk])}
        for goal in goals
        if goal.pk in per_goal
    ]
    total: dict[str, int] = {}
    for counts in per_goal.values():
        for state, n in counts.items():
            total[state] = total.get(state, 0) + n
    plan_shares = _shares(total)
    return {
        "as_of": as_of.isoformat(),
        "goal_level": (plan.translation("level_names") or [""])[0],
        **plan_shares,
        "headline": headline(plan_shares),
        "by_goal": by_goal,
    }


def _shares(counts: dict[str, int]) -> dict:
    total = sum(counts.values())
    return {
        "total": total,
        "counts": {state: counts.get(state, 0) for state in STATUSES},
        "percent": {
            state: round(100 * counts.get(state, 0) / total, 1) if total else None
            for state in STATUSES
        },
    }


def headline(shares: dict) -> str:
    """ "87.4 % fully implemented (125 of 143 measures)", in the reader's language."""
    if not shares["total"]:
        return gettext("No measures in this plan yet.")
    full = ImplementationStatus.FULL
    return gettext(
        "%(percent)s %% fully implemented (%(count)s of %(total)s measures)"
    ) % {
        "percent": number_text(shares["percent"][full], 1),
        "count": shares["counts"][full],
        "total": shares["total"],
    }


def node_statuses(*, plan: Plan | None, as_of: date) -> dict[int, NodeStatus]:
    """Each node's latest status row as of `as_of` (two queries in one: the ids
    by a subquery, then the rows)."""
    nodes = PlanNode.objects.filter(plan=plan) if plan else PlanNode.objects.all()
    latest = nodes.annotate(latest=_latest(as_of, "pk")).values("latest")
    rows = NodeStatus.objects.filter(pk__in=latest)
    return {row.node_id: row for row in rows}


def plans_status(*, country: str, as_of: date) -> list[dict]:
    """The dashboard's status bars: each plan of `country` running in `as_of`'s
    year, its headline and one bar per status (per cent of its measures)."""
    plans = Plan.objects.filter(
        country=country, start_year__lte=as_of.year, end_year__gte=as_of.year
    )
    labels, found = status_labels(), []
    for plan in plans:  # a country runs one or two plans at a time
        rollup = status_rollup(plan=plan, as_of=as_of)
        bars = [
            {
                "label": labels[state],
                "percent": rollup["percent"][state] or 0,
                "text": f"{rollup['counts'][state]} · "
                f"{number_text(rollup['percent'][state], 1)} %",
            }
            for state in STATUSES
            if rollup["counts"][state]
        ]
        found.append(
            {"title": plan.label, "headline": rollup["headline"], "bars": bars}
        )
    return found
