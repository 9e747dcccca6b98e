"""seed_demo's sessions feed the real plans' indicators (figures from demo_data);
the tests read the demo seeded once for them (tests/seeded_demo.py)."""

import io
import json

from django.core.management import call_command


def report(start: str, end: str, plan: str) -> dict:
    out = io.StringIO()
    call_command(
        "indicator_report", "--from", start, "--to", end, "--plan", plan, stdout=out
    )
    data = json.loads(out.getvalue())
    return data | {"rows": {r["code"]: r for r in data["indicators"]}}


def test_al_nap_2_2_5_professional_groups_in_2022(demo):
    rows = report("2022-01-01", "2022-12-31", "AL-NAP-2021-2023")["rows"]

    # AL-2022-019: 10 labour inspectors, 5 mental health workers, 4 consular staff.
    row = rows["2.2.5"]
    assert (row["baseline"], row["target"], row["actual"]) == (100, 120, 19)
    assert row["percent_of_target"] == 15.8
    assert row["breakdown"]["profession"] == {
        "LABOUR_INSPECTOR": 10,
        "MENTAL_HEALTH_WORKER": 5,
        "CONSULAR_STAFF": 4,
    }


def test_returning_prosecutors_and_judges_count_once(demo):
    from trainings.models import Participation

    data = report("2021-01-01", "2022-12-31", "AL-NAP-2021-2023")

    # 2.2.3-a counts judges and prosecutors trained under 2.2.3; the demo's
    # returning people (AL-2021-011, then AL-2022-014) must count once each.
    rows = Participation.objects.filter(
        session__measures__plan__code="AL-NAP-2021-2023",
        session__measures__code="2.2.3",
        session__start_date__year__in=[2021, 2022],
        profession__code__in=["PROSECUTOR", "JUDGE"],
    )
    people = rows.values("trainee").distinct().count()
    assert rows.count() > people
    assert data["rows"]["2.2.3-a"]["actual"] == people
    assert data["rows"]["2.2.3-b"]["actual"] == 2
    assert data["participants"] > data["unique_people"]


def test_head_count_rows_feed_unique_people(demo):
    rows = report("2022-01-01", "2022-12-31", "AL-NAP-2021-2023")["rows"]

    # AL-2022-027 was recorded as head-counts only: 22 + 6 + 8 + 5 + 7.
    assert rows["3.2.4"]["actual"] == 48


def test_kosovo_training_objective_6_1(demo):
    from trainings.models import Participation

    rows = report("2011-01-01", "2014-12-31", "XK-NSAP-2011-2014")["rows"]

    # The objective counts each person trained under any 6.1.x activity once,
    # however many of its sessions they attended.
    attended = Participation.objects.filter(
        session__measures__plan__code="XK-NSAP-2011-2014",
        session__measures__code__startswith="INV-6.1.",
    ).distinct()
    people = attended.values("trainee").distinct().count()
    assert people > 0
    assert rows["INV-6.1"]["actual"] == people
