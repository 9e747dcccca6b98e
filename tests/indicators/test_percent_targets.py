"""Percent targets (issue 13, item 7): an indicator with a denominator per year.

AL strategy PREV-1.(d).1: "At least 50% of health staff trained". Plan PT
(2014-2017), measure P1 with indicator "health" = unique health workers
trained, denominator 200 health staff in 2015, target 50 (%) in 2015.
2015: one session with 80 health workers (head-count) and 5 named ones = 85.
Actual 85 / 200 = 42.5 %; of target 42.5 / 50 = 85.0 %; not on track.
"""

import datetime

import pytest
from auditlog.models import LogEntry

from tests import factories as f
from trainings.indicators.exports import report_csv
from trainings.indicators.periods import period_year
from trainings.indicators.plan_import import PlanImportError, plan_import
from trainings.indicators.report import report_build
from trainings.models import Indicator, IndicatorDenominator, IndicatorTarget

D = datetime.date
PAGE = "/admin/indicators/{pk}/denominators/"


@pytest.fixture
def health(db):
    plan = f.PlanFactory(code="PT", start_year=2014, end_year=2017)
    node = f.PlanNodeFactory(plan=plan, level=0, code="P1")
    health = f.ProfessionFactory(code="HEALTH")
    session = f.TrainingSessionFactory(start_date=D(2015, 3, 4), measures=[node])
    f.ParticipationFactory(session=session, trainee=None, count=80, profession=health)
    for _ in range(5):
        f.ParticipationFactory(session=session, trainee=f.TraineeFactory())
    indicator = f.IndicatorFactory(
        node=node,
        code="health",
        source=Indicator.Source.TRAINING_UNIQUE_PEOPLE,
        denominator_label="health staff",
        unit="%",
    )
    IndicatorTarget.objects.create(indicator=indicator, year=2015, value=50)
    IndicatorDenominator.objects.create(
        indicator=indicator, year=2015, value=200, source="MoH register"
    )
    return indicator


def row_of(plan, year: int) -> dict:
    return report_build(period=period_year(year), plan=plan)["indicators"][0]


def test_actual_is_the_share_of_the_year_s_denominator(health):
    row = row_of(health.node.plan, 2015)

    assert row["actual"] == 42.5
    assert row["target"] == 50
    assert row["percent_of_target"] == 85.0
    assert row["on_track"] is False
    assert row["share_of"] == {
        "numerator": 85,
        "denominator": 200,
        "denominator_year": 2015,
        "denominator_label": "health staff",
        "denominator_source": "MoH register",
    }


def test_direction_aware_scoring_stays(health):
    health.direction = Indicator.Direction.DECREASE
    health.save()

    row = row_of(health.node.plan, 2015)

    # Fewer is better: 50 / 42.5 = 117.6 %, on track.
    assert (row["percent_of_target"], row["on_track"]) == (117.6, True)


def test_a_year_without_a_denominator_has_no_actual(health):
    row = row_of(health.node.plan, 2016)

    assert row["actual"] is None
    assert row["share_of"]["numerator"] == 0
    assert row["share_of"]["denominator"] is None


def test_a_count_indicator_is_unchanged(health):
    health.denominators.all().delete()

    row = row_of(health.node.plan, 2015)

    assert (row["actual"], row["share_of"]) == (85, None)


def test_the_report_shows_the_denominator(health):
    report = report_build(period=period_year(2015), plan=health.node.plan)

    # "85 of 200 health staff (2015)", in the office's language.
    assert "85 nga 200 health staff (2015)" in report_csv(report)


CSV = (
    "code,parent,level,title,indicator_code,indicator_name,unit,source,"
    "professions,target_2015,denominator_label,denominator_2015,denominator_2016\n"
    "P1,,0,Health staff,P1-a,Health staff trained,%,training_unique_people,"
    "HEALTH,50,health staff,200,{d2016}\n"
)


def test_plan_import_reads_denominator_columns(health):
    plan = health.node.plan

    plan_import(plan=plan, name="plan.csv", content=CSV.format(d2016="210").encode())

    indicator = Indicator.objects.get(code="P1-a")
    assert indicator.denominator_label == "health staff"
    assert {d.year: d.value for d in indicator.denominators.all()} == {
        2015: 200,
        2016: 210,
    }


def test_plan_import_refuses_a_zero_denominator(health):
    with pytest.raises(PlanImportError) as refused:
        plan_import(
            plan=health.node.plan,
            name="plan.csv",
            content=CSV.format(d2016="0").encode(),
        )

    assert "column denominator_2016" in str(refused.value).replace("kolona", "column")
    assert not Indicator.objects.filter(code="P1-a").exists()


def test_office_sets_a_denominator_on_its_screen(health, make_user, client):
    client.force_login(make_user("office", "Office administrator"))
    page = PAGE.format(pk=health.pk)

    client.post(page, {"label": "family doctors", "year": 2016, "value": "150"})
    client.post(page, {"label": "family doctors", "year": 2016, "value": "160"})

    health.refresh_from_db()
    assert health.denominator_label == "family doctors"
    assert {d.year: d.value for d in health.denominators.all()} == {
        2015: 200,
        2016: 160,  # the same year again replaces its number
    }
    assert "160" in client.get(page).content.decode()
    # Who changed the number, before and after, like a target's.
    changes = LogEntry.objects.get_for_model(IndicatorDenominator).filter(
        action=LogEntry.Action.UPDATE
    )
    assert changes.get().changes_dict["value"] == ["150.00", "160"]


def test_monitoring_officer_cannot_change_denominators(health, make_user, client):
    client.force_login(make_user("officer", "Monitoring officer"))

    response = client.post(
        PAGE.format(pk=health.pk), {"label": "x", "year": 2016, "value": "1"}
    )

    assert response.status_code in (302, 403)
    assert health.denominators.count() == 1
