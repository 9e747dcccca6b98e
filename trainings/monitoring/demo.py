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
