"""Demo implementation statuses: AL NAP 2021-2023's measures in 2022, so the
report and the dashboard show a roll-up. Idempotent (one row per measure and period)."""

from ..models import NodeStatus, Plan, PlanNode

DEMO_PLAN = "AL-NAP-2021-2023"
# Ten measures in a row get these statuses for 2022-H2, then the cycle repeats:
# six of ten fully implemented, one partially, one in progress, one not started,
# one with no report yet.
CYCLE = ["full"] * 6 + ["partial", "in_progress", "not_started", None]
# The office's own words, in Albanian as the institutions write them.
ACHIEVEMENTS = {
    "full": "Masa u zbatua sipas planit; raporti i institucionit u dorëzua.",
    "partial": "U zhvilluan dy nga katër aktivitetet e planifikuara.",
    "in_progress": "Aktivitetet kanë filluar; përfundimi pritet në 2023.",
}
PROBLEMS = {
    "partial": "Fondet u lëvruan me vonesë.",
    "not_started": "Mungon linja buxhetore.",
}


def build_statuses() -> None:
    plan = Plan.objects.filter(code=DEMO_PLAN).first()
    if plan is None:
        return
    measures = PlanNode.objects.filter(plan=plan, children__isnull=True)
    for index, node in enumerate(measures.order_by("position")):
        status = CYCLE[index % len(CYCLE)]
        if status is None:
            continue
        NodeStatus.objects.update_or_create(
            node=node,
            period="2022-H2",
            defaults={
                "status": status,
                "achievements": ACHIEVEMENTS.get(status, ""),
                "problems": PROBLEMS.get(status, ""),
            },
        )
        if status == "full" and index % 3 == 0:  # some were under way by June
            NodeStatus.objects.update_or_create(
                node=node,
                period="2022-H1",
                defaults={
                    "status": "in_progress",
                    "achievements": ACHIEVEMENTS["in_progress"],
                },
            )


# Institutions' reports on AL NAP 2022, one of each state the tracker shows:
# (institution, period, state, comment of the office).
SUBMISSIONS = [
    ("MHSP", "2022-H1", "accepted", ""),
    ("MHSP", "2022-H2", "submitted", ""),
    ("MES", "2022-H2", "returned", "Shtoni numrin e mësuesve të trajnuar."),
    ("GDSP", "2022-H2", "draft", ""),
]


REPORTED = ["full", "partial", "in_progress", "full"]


def build_submissions() -> None:
    """Through the services, as a reporter and the monitoring officer would;
    a report already there is left as it is."""
    from django.contrib.auth import get_user_model

    from ..models import Agency, Submission
    from .reporting import measures_for
    from .schedule import reporting_period
    from .services import (
        submission_accept,
        submission_for,
        submission_return,
        submission_save,
    )

    plan = Plan.objects.filter(code=DEMO_PLAN).first()
    users = get_user_model().objects.in_bulk(
        ["reporter", "monitor"], field_name="username"
    )
    if plan is None or len(users) < 2:
        return
    for code, period_code, state, comment in SUBMISSIONS:
        agency = Agency.objects.filter(code=code).first()
        if (
            agency is None
            or Submission.objects.filter(
                plan=plan, agency=agency, period=period_code
            ).exists()
        ):
            continue
        period = reporting_period(plan, period_code)
        measures = list(measures_for(plan=plan, agency=agency))
        statuses = [REPORTED[index % len(REPORTED)] for index in range(len(measures))]
        entries = {
            node.pk: {
                "status": status,
                "achievements": ACHIEVEMENTS.get(status, ""),
                "problems": PROBLEMS.get(status, ""),
            }
            for node, status in zip(measures, statuses, strict=True)
        }
        submission = submission_save(
            submission=submission_for(plan=plan, agency=agency, period=period),
            # The demo has one reporter, MHSP's; the others' reports are unsigned.
            user=users["reporter"] if code == "MHSP" else None,
            entries=entries,
            values={},
            submit=state != "draft",
        )
        if state == "accepted":
            submission_accept(submission=submission, user=users["monitor"])
        elif state == "returned":
            submission_return(
                submission=submission, user=users["monitor"], comment=comment
            )
