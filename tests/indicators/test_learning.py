"""Learning results (issue 13, item 5): pre/post scores summarised by hand.

Pass mark 70. In 2022:
    S1 2022-02-10 M1     → 1.1   A POL 40→80, B JUD 60→65, 4 × JUD 50→75,
                                 F POL (no scores)
    S2 2022-08-01 M1 M2  → 1.1   C POL –→90, D POL 70→–
    S3 2021-05-05 M1     → 1.1   E POL 10→100 (outside 2022)
Totals: pre (40 + 60 + 4×50 + 70) / 7 = 52.857; post (80 + 65 + 4×75 + 90) / 7
= 76.43; gain (40 + 5 + 4×25) / 6 = 24.17; passed A, 4, C = 6 of 7 = 85.71 %.
"""

import datetime
import json
from io import StringIO
from types import SimpleNamespace

import pytest
from django.core.management import call_command

from tests import factories as f
from trainings.indicators.learning import learning_summary
from trainings.indicators.periods import period_year
from trainings.indicators.report import public_summary, report_build
from trainings.models import Indicator, IndicatorTarget, SeriesAttendance

D = datetime.date
SOURCE = Indicator.Source


@pytest.fixture
def scores(db, settings):
    settings.LEARNING_PASS_MARK = 70
    settings.PUBLIC_MIN_COUNT = 5
    pol, jud = f.ProfessionFactory(code="POL"), f.ProfessionFactory(code="JUD")
    m1, m2 = f.ModuleFactory(code="M1"), f.ModuleFactory(code="M2")
    plan = f.PlanFactory(code="LP", start_year=2021, end_year=2023, country="AL")
    node = f.PlanNodeFactory(plan=plan, level=0, code="1.1")

    def session(ref, day, modules, series=""):
        s = f.TrainingSessionFactory(
            ref=ref, start_date=day, measures=[node], series=series
        )
        s.modules.set(modules)
        return s

    def named(s, profession, pre, post):
        trainee = f.TraineeFactory(profession=profession)
        f.ParticipationFactory(
            session=s, trainee=trainee, pre_score=pre, post_score=post
        )

    s1 = session("S1", D(2022, 2, 10), [m1], series="C1")
    named(s1, pol, 40, 80)
    named(s1, jud, 60, 65)
    f.ParticipationFactory(
        session=s1, trainee=None, count=4, profession=jud, pre_score=50, post_score=75
    )
    named(s1, pol, None, None)
    # A series head-count has no scores: it changes nothing here.
    SeriesAttendance.objects.create(series="C1", count=30, profession=pol)
    s2 = session("S2", D(2022, 8, 1), [m1, m2])
    named(s2, pol, None, 90)
    named(s2, pol, 70, None)
    named(session("S3", D(2021, 5, 5), [m1]), pol, 10, 100)

    def indicator(code, source, target, **extra):
        professions = extra.pop("professions", [])
        ind = f.IndicatorFactory(node=node, code=code, source=source, **extra)
        ind.professions.set(professions)
        IndicatorTarget.objects.create(indicator=ind, year=2022, value=target)
        return ind

    indicator("pass", SOURCE.LEARNING_PASS_SHARE, 80, breakdowns=["profession"])
    indicator("gain", SOURCE.LEARNING_AVERAGE_GAIN, 20)
    indicator("pass-jud", SOURCE.LEARNING_PASS_SHARE, 90, professions=[jud])
    return SimpleNamespace(plan=plan)


def test_totals_weigh_head_counts_and_skip_missing_scores(scores):
    summary = learning_summary(period=period_year(2022))

    assert summary["pass_mark"] == 70
    assert summary["tested"] == 7
    assert summary["average_pre"] == 52.9
    assert summary["average_post"] == 76.4
    assert summary["average_gain"] == 24.2
    assert summary["passed"] == 6
    assert summary["pass_share"] == 85.7


def test_by_profession_module_quarter_and_session(scores):
    summary = learning_summary(period=period_year(2022))

    # POL: pre A 40, D 70; post A 80, C 90; gain A only; both pass.
    assert summary["by_profession"]["POL"] == {
        "tested": 2,
        "average_pre": 55.0,
        "average_post": 85.0,
        "average_gain": 40.0,
        "pass_share": 100.0,
        "passed": 2,
    }
    # JUD: B and 4 people: (60 + 200) / 5, (65 + 300) / 5, (5 + 100) / 5, 4 of 5.
    assert summary["by_profession"]["JUD"] == {
        "tested": 5,
        "average_pre": 52.0,
        "average_post": 73.0,
        "average_gain": 21.0,
        "pass_share": 80.0,
        "passed": 4,
    }
    # S2 has both modules: M1 is every row, M2 only C and D (no row with both).
    assert summary["by_module"]["M1"]["pass_share"] == 85.7
    assert summary["by_module"]["M2"] == {
        "tested": 1,
        "average_pre": 70.0,
        "average_post": 90.0,
        "average_gain": None,
        "pass_share": 100.0,
        "passed": 1,
    }
    # Q1 = S1: post 445 / 6 = 74.17, 5 of 6 pass.
    assert summary["by_quarter"]["2022-Q1"]["average_post"] == 74.2
    assert summary["by_quarter"]["2022-Q1"]["pass_share"] == 83.3
    assert set(summary["by_quarter"]) == {"2022-Q1", "2022-Q3"}
    assert summary["by_session"]["S2"]["tested"] == 1


def test_pass_mark_is_a_setting(scores, settings):
    settings.LEARNING_PASS_MARK = 80

    # A 80 and C 90 pass; the 4 people's 75 no longer does.
    assert learning_summary(period=period_year(2022))["pass_share"] == 28.6


def test_indicators_read_pass_share_and_gain(scores):
    report = report_build(period=period_year(2022), plan=scores.plan)
    rows = {row["code"]: row for row in report["indicators"]}

    assert rows["pass"]["actual"] == 85.7
    assert rows["pass"]["percent_of_target"] == 107.1  # 85.7 / 80
    assert rows["pass"]["on_track"] is True
    assert rows["pass"]["breakdown"] == {"profession": {"POL": 100.0, "JUD": 80.0}}
    assert rows["gain"]["actual"] == 24.2
    assert rows["gain"]["percent_of_target"] == 121.0
    # Judges only: 4 of 5, under the target of 90.
    assert rows["pass-jud"]["actual"] == 80.0
    assert rows["pass-jud"]["on_track"] is False
    assert report["learning"]["tested"] == 7


def test_indicator_without_scores_has_no_actual(scores):
    report = report_build(period=period_year(2023), plan=scores.plan)
    row = {row["code"]: row for row in report["indicators"]}["pass"]

    assert row["actual"] is None
    assert row["percent_of_target"] is None


def test_report_json_has_learning(scores):
    out = StringIO()
    call_command(
        "indicator_report", "--from", "2022-01-01", "--to", "2022-12-31", stdout=out
    )
    learning = json.loads(out.getvalue())["learning"]

    assert learning["pass_share"] == 85.7
    assert learning["by_profession"]["JUD"]["average_gain"] == 21.0


def test_public_summary_withholds_small_groups_and_sessions(scores):
    learning = public_summary(period=period_year(2022), country="AL")["learning"]

    assert learning["tested"] == 7
    assert learning["pass_share"] == 85.7
    assert "by_session" not in learning
    # 2 police officers tested: fewer than 5, so no averages.
    assert learning["by_profession"]["POL"] == {
        "tested": "<5",
        "average_pre": None,
        "average_post": None,
        "average_gain": None,
        "pass_share": None,
        "passed": None,
    }
    assert learning["by_profession"]["JUD"]["pass_share"] == 80.0


def test_learning_summary_query_count_is_fixed(scores, django_assert_num_queries):
    for n in range(10):
        f.ParticipationFactory(
            session=f.TrainingSessionFactory(start_date=D(2022, 1 + n, 2)),
            pre_score=50,
            post_score=70,
        )

    with django_assert_num_queries(5):  # totals + session, module, profession, quarter
        learning_summary(period=period_year(2022))


def test_report_and_dashboard_screens_show_learning(scores, admin_client):
    report = admin_client.get(
        "/admin/indicators/", {"kind": "year", "year": 2022, "plan": scores.plan.pk}
    )
    dashboard = admin_client.get("/admin/indicators/dashboard/", {"year": 2022})

    for response in (report, dashboard):
        text = response.content.decode()
        assert response.status_code == 200
        assert "85,7" in text or "85.7" in text
