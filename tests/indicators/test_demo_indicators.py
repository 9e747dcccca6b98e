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


def test_al_nap_campaign_indicators_count_campaigns_not_activities(demo):
    year_2021 = report("2021-01-01", "2021-12-31", "AL-NAP-2021-2023")["rows"]
    year_2022 = report("2022-01-01", "2022-12-31", "AL-NAP-2021-2023")["rows"]

    # 2021: the Roma and Egyptian community meetings (4 activities, 1 campaign)
    # against a target of 1 campaign.
    assert (year_2021["3.1.1-a"]["actual"], year_2021["3.1.1-a"]["target"]) == (1, 1)
    assert year_2021["3.1.1-a"]["percent_of_target"] == 100.0
    # 2022: October anti-trafficking month (7 activities, 1 campaign) against 2.
    row = year_2022["3.1.1-a"]
    assert (row["actual"], row["target"], row["percent_of_target"]) == (1, 2, 50.0)
    assert row["breakdown"]["channel"] == {
        "tv_spot": 1,
        "social_media": 1,
        "radio_spot": 1,
        "event": 1,
        "community_meeting": 1,
    }
    # 3.1.2-d: the hotline campaign (5 activities), no numeric target ("-").
    assert year_2022["3.1.2-d"]["actual"] == 1
    assert year_2022["3.1.2-d"]["percent_of_target"] is None


def test_al_nap_2_1_5_b_counts_persons_informed_not_copies(demo):
    year_2022 = report("2022-01-01", "2022-12-31", "AL-NAP-2021-2023")["rows"]
    year_2023 = report("2023-01-01", "2023-12-31", "AL-NAP-2021-2023")["rows"]

    # 2022: the regional committee meeting, 85 people (650 brochures).
    assert year_2022["2.1.5-b"]["actual"] == 85
    assert year_2022["2.1.5-b"]["percent_of_target"] == round(85 / 2020 * 100, 1)
    # 2023: mobile unit briefings (140) and consular staff (62), 800 brochures.
    assert year_2023["2.1.5-b"]["actual"] == 140 + 62
    # The brochures themselves still count under 2.1.5-a's printed copies.
    assert year_2022["2.1.5-a"]["actual"] == 7000


def test_each_countrys_report_counts_its_own_sessions(demo):
    albania = report("2014-01-01", "2014-12-31", "AL-STRAT-2014-2017")
    kosovo = report("2014-01-01", "2014-12-31", "XK-NSAP-2011-2014")

    # XK-2014-003 in Prizren (24 people) is Kosovo's, not Albania's.
    assert (kosovo["sessions"], kosovo["participants"]) == (1, 24)
    assert set(kosovo["by_region"]) == {"XK-PZ-PRIZREN"}
    assert "XK-PZ-PRIZREN" not in albania["by_region"]


def test_the_2014_report_records_come_back_as_the_report_states_them(demo):
    """The demo's ONAC 2014 records (demo_data.trainings.REPORT_2014), Albania's
    (Kosovo's XK-2014-003 is not): 3 + 5 + 1 + 1 = 10 sessions, and 62 (the
    series, once) + 320 + "around 470" + "more than 250" = about 1,102 people."""
    # when
    data = report("2014-01-01", "2014-12-31", "AL-STRAT-2014-2017")
    # then
    assert (data["sessions"], data["participants"]) == (10, 1102)
    assert data["qualifiers"]["participants"] == "about"
    assert data["by_event_type"] == {
        "TRAINING": 3,
        "SEMINAR": 5,
        "CONFERENCE": 1,
        "WORKSHOP": 1,
    }


def test_al_nap_2_2_share_passing_the_post_test(demo, settings):
    from trainings.models import Participation

    settings.LEARNING_PASS_MARK = 70
    row = report("2022-01-01", "2022-12-31", "AL-NAP-2021-2023")["rows"]["2.2-L"]

    # Every 2022 session under objective 2.2 (its measures 2.2.1-2.2.5) once,
    # counted here row by row: people with a post-test score of 70 or more.
    scored = Participation.objects.filter(
        session__start_date__year=2022,
        session__in=Participation.objects.filter(
            session__measures__parent__code="2.2",
            session__measures__plan__code="AL-NAP-2021-2023",
        ).values("session"),
        post_score__isnull=False,
    )
    people = list(scored.values_list("post_score", "count"))
    passed = sum(count for score, count in people if score >= 70)
    tested = sum(count for _score, count in people)
    assert tested > 20
    assert row["actual"] == round(100 * passed / tested, 1)
    assert row["unit"] == "%"


def test_2022_training_plan_against_sessions_held(demo):
    lines = {
        line["ref"]: (
            line["held_sessions"],
            line["held_people"],
            line["people_percent"],
        )
        for line in report("2022-01-01", "2022-12-31", "AL-NAP-2021-2023")[
            "training_plan"
        ]["lines"]
    }

    # AL-2022-019 (Tiranë municipality, in qark AL-11; ID-REF): 10 labour
    # inspectors of 40, 5 mental health workers of 20. AL-2022-014 (HARM-COMP):
    # 12 prosecutors of 18, 9 judges of 18 (AL-2022-009's HARM-COMP had only
    # lawyers). No patrol officers' training in October.
    assert lines == {
        "TP-2022-01": (1, 10, 25.0),
        "TP-2022-02": (1, 5, 25.0),
        "TP-2022-03": (1, 12, 66.7),
        "TP-2022-04": (1, 9, 50.0),
        "TP-2022-05": (0, 0, 0.0),
    }
