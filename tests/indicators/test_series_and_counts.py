"""Figures of records stated as the ONAC 2014 report states them (hand-computed):

RATC-2014 series: 3 sessions (Shkodër, Kukës, Lezhë), TRAINING, no rows of
    their own; "62 persons were trained in all three districts" (series)
AL-2014-SEM: "Seminars: 5 in total, with the participation of 320 persons"
    (one record, sessions_count 5, SEMINAR)
AL-2014-470: "attended by around 470 specialists" (about)
AL-2014-250: "more than 250 people" (at least)

sessions 3 + 5 + 1 + 1 = 10; participants 62 + 320 + 470 + 250 = 1102 (about)
"""

import datetime

import pytest

from tests.factories import (
    EventTypeFactory,
    IndicatorFactory,
    ParticipationFactory,
    PlanFactory,
    PlanNodeFactory,
    TrainingSessionFactory,
)
from trainings.indicators.exports import report_figures
from trainings.indicators.periods import period_year
from trainings.indicators.report import report_build
from trainings.models import Indicator, SeriesAttendance

D = datetime.date
Source = Indicator.Source


@pytest.fixture
def report_2014(db):
    training = EventTypeFactory(code="TRAINING")
    seminar = EventTypeFactory(code="SEMINAR")
    plan = PlanFactory(code="AL-2014", start_year=2014, end_year=2017)
    one = PlanNodeFactory(plan=plan, code="1.(b).1.3", position=0)
    most = PlanNodeFactory(plan=plan, code="1.(a).3", position=1)
    for day, ref in ((4, "SH"), (11, "KU"), (18, "LE")):
        TrainingSessionFactory(
            ref=f"AL-2014-{ref}",
            start_date=D(2014, 3, day),
            series="RATC-2014",
            event_type=training,
            measures=[one] if ref == "KU" else [most],
        )
    SeriesAttendance.objects.create(series="RATC-2014", count=62)
    seminars = TrainingSessionFactory(
        ref="AL-2014-SEM",
        start_date=D(2014, 5, 5),
        sessions_count=5,
        event_type=seminar,
    )
    ParticipationFactory(session=seminars, trainee=None, count=320)
    about = TrainingSessionFactory(ref="AL-2014-470", start_date=D(2014, 9, 1))
    ParticipationFactory(session=about, trainee=None, count=470, qualifier="about")
    least = TrainingSessionFactory(
        ref="AL-2014-250", start_date=D(2014, 10, 1), measures=[most]
    )
    ParticipationFactory(session=least, trainee=None, count=250, qualifier="at_least")
    for node, code, source in (
        (one, "one-p", Source.TRAINING_PARTICIPANTS),
        (one, "one-s", Source.TRAINING_SESSIONS),
        (most, "most-p", Source.TRAINING_PARTICIPANTS),
        (most, "most-s", Source.TRAINING_SESSIONS),
    ):
        IndicatorFactory(node=node, code=code, source=source)
    return plan


def _row(report, code):
    return next(r for r in report["indicators"] if r["code"] == code)


def test_the_report_gives_back_the_2014_figures(report_2014):
    # when
    report = report_build(period=period_year(2014))
    # then
    assert report["sessions"] == 10
    assert report["participants"] == 1102
    assert report["unique_people"] == 1102
    assert report["qualifiers"] == {
        "sessions": "exact",
        "participants": "about",
        "unique_people": "about",
    }
    assert report["by_event_type"] == {"TRAINING": 3, "SEMINAR": 5, "unknown": 2}


def test_a_series_count_counts_once_for_any_window_covering_the_series(
    report_2014,
):
    # when
    report = report_build(period=period_year(2014), plan=report_2014)
    # then: "one" covers Kukës only: the series' 62, one session held
    assert _row(report, "one-p")["actual"] == 62
    assert _row(report, "one-s")["actual"] == 1
    # "most" covers Shkodër, Lezhë and the 250: 62 once, plus "more than 250"
    most = _row(report, "most-p")
    assert (most["actual"], most["qualifier"]) == (312, "at_least")
    assert most["actual_text"] == "të paktën 312"
    assert _row(report, "most-s")["actual"] == 3


def test_screen_figures_say_how_exact_they_are(report_2014, settings):
    report = report_build(period=period_year(2014))
    report |= {"sessions": 10, "participants": 470, "unique_people": 250}
    report["qualifiers"] = {
        "sessions": "exact",
        "participants": "about",
        "unique_people": "at_least",
    }
    # when
    figures = report_figures(report)
    # then
    assert figures == {
        "sessions": "10",
        "participants": "rreth 470",
        "unique_people": "të paktën 250",
    }


def test_dashboard_counts_a_record_of_five_and_the_series_once(report_2014):
    from trainings.indicators.dashboard import dashboard_data

    # when
    data = dashboard_data(start=D(2014, 1, 1), end=D(2014, 12, 31))
    # then: March the three district sessions, May the five seminars; the
    # months without a session are on the chart too, at zero
    months = [(b["label"], b["value"]) for b in data["per_month"]]
    assert [month for month in months if month[1]] == [
        ("mars 2014", 3),
        ("maj 2014", 5),
        ("shtator 2014", 1),
        ("tetor 2014", 1),
    ]
    assert len(months) == 12 and months[0] == ("janar 2014", 0)
    # no profession recorded: 62 (series, once) + 320 + 470 + 250
    assert [(b["label"], b["value"]) for b in data["by_profession"]] == [
        ("E panjohur", 1102)
    ]
