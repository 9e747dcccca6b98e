"""Sessions by event type: `by_event_type` in the report, and indicators that count
only some event types ("seminars", "study visits"). Figures from conftest's world:

    S1 2022-02-10 → 1.1        A, B, 5 × LAB F     here: seminar
    S2 2022-05-20 → 1.1, 1.2   A, C, 3 × JUD M     here: study visit
    S3 2022-08-01 → -          B, 2 × POL          here: no type
"""

import datetime

import pytest

from tests.factories import EventTypeFactory, IndicatorFactory
from trainings.indicators.periods import period_year
from trainings.indicators.report import report_build
from trainings.models import Indicator, TrainingSession

D = datetime.date


@pytest.fixture
def typed(world):
    seminar = EventTypeFactory(code="SEMINAR", name="Seminar")
    visit = EventTypeFactory(code="STUDY_VISIT", name="Vizitë studimore")
    TrainingSession.objects.filter(start_date=D(2022, 2, 10)).update(event_type=seminar)
    TrainingSession.objects.filter(start_date=D(2022, 5, 20)).update(event_type=visit)
    return seminar, visit


def _row(report, code):
    return next(r for r in report["indicators"] if r["code"] == code)


def test_report_counts_sessions_by_event_type(typed):
    # when
    report = report_build(period=period_year(2022))
    # then: S1 seminar, S2 study visit, S3 untyped
    assert report["by_event_type"] == {"SEMINAR": 1, "STUDY_VISIT": 1, "unknown": 1}
    assert report["sessions"] == 3
    assert report["labels"]["event_type"] == {
        "SEMINAR": "Seminar",
        "STUDY_VISIT": "Vizitë studimore",
    }


def test_an_indicator_counts_only_its_event_types(world, typed):
    seminar, _visit = typed
    sessions = IndicatorFactory(
        node=world.nodes.goal, code="G1-s", source=Indicator.Source.TRAINING_SESSIONS
    )
    people = IndicatorFactory(
        node=world.nodes.goal,
        code="G1-p",
        source=Indicator.Source.TRAINING_PARTICIPANTS,
        breakdowns=["event_type"],
    )
    sessions.event_types.set([seminar])
    people.event_types.set([seminar])
    # when
    report = report_build(period=period_year(2022), plan=world.plan)
    # then: of S1 and S2 (under G1 in 2022) only S1 is a seminar: A, B and 5 LAB
    assert _row(report, "G1-s")["actual"] == 1
    assert _row(report, "G1-p")["actual"] == 7
    assert _row(report, "G1-p")["breakdown"] == {"event_type": {"SEMINAR": 7}}
    # an indicator without event types still counts both sessions
    assert _row(report, "1.1-b")["actual"] == 2


def test_plan_import_sets_an_indicators_event_types(empty_plan):
    from trainings.indicators.plan_import import plan_import

    EventTypeFactory(code="SEMINAR")
    EventTypeFactory(code="STUDY_VISIT")
    text = (
        "code,title,level,indicator_code,indicator_name,source,event_types\n"
        "1.(a).3,Exchange of experience,Measure,1.(a).3-a,"
        "Seminars and study tours,training_sessions,SEMINAR;STUDY_VISIT\n"
    )
    # when
    plan_import(plan=empty_plan, name="plan.csv", content=text.encode())
    # then
    indicator = Indicator.objects.get(code="1.(a).3-a")
    assert sorted(t.code for t in indicator.event_types.all()) == [
        "SEMINAR",
        "STUDY_VISIT",
    ]


def test_plan_import_refuses_an_unknown_event_type(empty_plan):
    from trainings.indicators.plan_import import PlanImportError, plan_import

    text = (
        "code,title,level,indicator_code,indicator_name,source,event_types\n"
        "1.1,Trainings,Measure,1.1-a,Seminars held,training_sessions,SEMINAR\n"
    )
    # when
    with pytest.raises(PlanImportError) as refused:
        plan_import(plan=empty_plan, name="plan.csv", content=text.encode())
    # then
    assert [str(e) for e in refused.value.errors] == [
        "rreshti 2, kolona event_types: kod i panjohur SEMINAR"
    ]
