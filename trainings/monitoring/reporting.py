"""Reads for institutions' reports: what an institution reports on, and the
office's tracker of who reported, who is late and the per cent reporting.

- An institution reports on the measures (leaves) where it is lead or contributing.
- An institution counts as reporting for a period once it has submitted
  (submitted, returned for changes or accepted); a draft is not a report.
- It is late when the deadline (schedule.py) has passed and it has not
  submitted, or when it submitted after the deadline.
"""

from datetime import date

from django.db.models import F, OuterRef, Q, QuerySet, Subquery

from ..indicators.periods import Period
from ..models import Agency, Indicator, Plan, PlanNode, Submission
from .schedule import due_date, period_code, periods_of

REPORTED = (
    Submission.State.SUBMITTED,
    Submission.State.RETURNED,
    Submission.State.ACCEPTED,
)


def _involved(agency) -> Q:
    return Q(lead_agencies=agency) | Q(contributing_agencies=agency)


def measures_for(*, plan: Plan, agency: Agency) -> QuerySet[PlanNode]:
    """The plan's measures the institution leads or contributes to."""
    ids = PlanNode.objects.filter(_involved(agency), plan=plan, children__isnull=True)
    return PlanNode.objects.filter(pk__in=ids.values("pk")).order_by("position")


def manual_indicators_for(*, plan: Plan, agency: Agency) -> QuerySet[Indicator]:
    """Indicators of those measures that Fener cannot compute: the institution
    gives their values."""
    nodes = measures_for(plan=plan, agency=agency).values("pk")
    return (
        Indicator.objects.filter(node__in=nodes, source=Indicator.Source.MANUAL)
        .select_related("node")
        .order_by("node__position", "position")
    )


def plans_for(*, agency: Agency) -> QuerySet[Plan]:
    ids = PlanNode.objects.filter(_involved(agency), children__isnull=True)
    return Plan.objects.filter(pk__in=ids.values("plan_id")).order_by("-start_year")


def reporter_periods(*, agency: Agency, today: date) -> list[dict]:
    """The reporter's home: per plan, each reporting period up to today's (latest
    first) with its due date and the institution's report, if any."""
    found = []
    for plan in plans_for(agency=agency):  # an institution is in one or two plans
        submissions = {
            s.period: s for s in Submission.objects.filter(plan=plan, agency=agency)
        }
        until = min(today, date(plan.end_year, 12, 31))
        periods = [
            {
                "code": period_code(period),
                "period": period,
                "due": due_date(plan, period),
                "submission": submissions.get(period_code(period)),
            }
            for period in periods_of(plan, until=until)
        ]
        found.append({"plan": plan, "periods": periods})
    return found


def expected_agencies(plan: Plan) -> QuerySet[Agency]:
    """Every institution named lead or contributing on one of the plan's measures."""
    nodes = PlanNode.objects.filter(plan=plan, children__isnull=True)
    return Agency.objects.filter(
        Q(led_nodes__in=nodes) | Q(contributed_nodes__in=nodes)
    ).distinct()


def tracker(*, plan: Plan, period: Period, today: date) -> dict:
    """Per institution: its report's state, when it was submitted, late or not;
    and the per cent of institutions reporting (the strategy's "number and per
    cent of actors that report")."""
    due = due_date(plan, period)
    mine = Submission.objects.filter(
        plan=plan, period=period_code(period), agency=OuterRef("pk")
    )
    rows = list(
        expected_agencies(plan)
        .annotate(
            submission_id=Subquery(mine.values("pk")[:1]),
            state=Subquery(mine.values("state")[:1]),
            submitted_at=Subquery(mine.values("submitted_at")[:1]),
        )
        # Those who wrote something first, the report's state in its order.
        .order_by(F("state").asc(nulls_last=True), "code")
    )
    for row in rows:
        row.reported = row.state in REPORTED
        submitted_on = row.submitted_at.date() if row.submitted_at else None
        row.late = (not row.reported and today > due) or bool(
            submitted_on and submitted_on > due
        )
    expected, reporting = len(rows), sum(row.reported for row in rows)
    return {
        "plan": plan,
        "period": period,
        "code": period_code(period),
        "due": due,
        "rows": rows,
        "expected": expected,
        "reporting": reporting,
        "late": sum(row.late for row in rows),
        "percent": round(100 * reporting / expected, 1) if expected else None,
    }


def agencies_to_remind(*, plan: Plan, period: Period) -> QuerySet[Agency]:
    """Institutions of the plan that have not submitted this period's report."""
    reported = Submission.objects.filter(
        plan=plan, period=period_code(period), state__in=REPORTED
    ).values("agency_id")
    return expected_agencies(plan).exclude(pk__in=reported)
