"""The indicator report against figures worked out by hand (see conftest.py)."""

import datetime

import pytest

from trainings.indicators.periods import period_quarter, period_range, period_year
from trainings.indicators.report import report_build
from trainings.models import Indicator, ManualValue

D = datetime.date


def by_code(report) -> dict:
    return {row["code"]: row for row in report["indicators"]}


def test_summary_counts_sessions_participants_and_unique_people(world):
    report = report_build(period=period_year(2022), plan=world.plan)

    assert report["sessions"] == 3
    assert report["participants"] == 15  # 7 + 5 + 3, head-counts included
    # A, B and C once each, plus 5 + 3 + 2 people from head-count rows.
    assert report["unique_people"] == 13


def test_summary_breakdowns(world):
    report = report_build(period=period_year(2022), plan=world.plan)

    assert report["by_profession"] == {"POL": 4, "JUD": 5, "LAB": 6}
    assert report["by_gender"] == {"F": 7, "M": 5, "unknown": 3}
    assert report["by_organiser"] == {"GDSP": 10, "SM": 5}
    # S3 recorded no module; a session with two modules counts under both.
    assert report["by_module"] == {"M1": 12, "M2": 5, "unknown": 3}
    assert report["by_region"] == {"TR": 10, "SH": 5}


def test_indicator_counts_sessions_linked_to_its_measure(world):
    row = by_code(report_build(period=period_year(2022), plan=world.plan))["1.1-a"]

    # S1 (7) + S2 (5); S3 is not linked, S4 and S5 are outside 2022.
    assert row["actual"] == 12
    assert row["baseline"] == 8
    assert row["target"] == 10
    assert row["percent_of_target"] == 120.0
    assert row["breakdown"] == {
        "profession": {"POL": 2, "JUD": 4, "LAB": 6},
        "gender": {"F": 7, "M": 4, "unknown": 1},
    }
    assert row["lead"] == ["GDSP"]
    assert row["contributing"] == ["SM"]


def test_goal_indicator_counts_each_person_once_across_its_measures(world):
    row = by_code(report_build(period=period_year(2022), plan=world.plan))["G1-a"]

    # S2 is linked to 1.1 and 1.2 but counted once: A, B, C + 5 + 3.
    assert row["actual"] == 11
    assert row["percent_of_target"] == 50.0


def test_cumulative_indicator_counts_from_the_plan_start(world):
    rows = by_code(report_build(period=period_year(2022), plan=world.plan))

    assert rows["G1-b"]["actual"] == 14  # S4 (2) + S1 (7) + S2 (5)
    assert rows["G1-b"]["target"] is None
    assert rows["G1-b"]["percent_of_target"] is None


def test_profession_filtered_indicator_counts_only_those_professions(world):
    row = by_code(report_build(period=period_year(2022), plan=world.plan))["1.2-a"]

    # S2 only: C (labour inspector) and 3 judges; A (police) is left out.
    assert row["actual"] == 4
    assert row["breakdown"] == {"profession": {"JUD": 3, "LAB": 1}}


def test_sessions_indicator_counts_linked_sessions(world):
    row = by_code(report_build(period=period_year(2022), plan=world.plan))["1.1-b"]

    assert row["actual"] == 2


def test_quarter_holds_only_its_sessions(world):
    report = report_build(period=period_quarter(2022, 2), plan=world.plan)

    assert report["sessions"] == 1
    assert report["participants"] == 5
    assert report["unique_people"] == 5  # A, C and 3 judges
    assert by_code(report)["1.1-a"]["actual"] == 5


def test_range_over_two_years_uses_the_last_years_target(world):
    period = period_range(D(2021, 7, 1), D(2023, 6, 30))

    row = by_code(report_build(period=period, plan=world.plan))["1.1-a"]

    assert row["actual"] == 2 + 7 + 5 + 1
    assert row["target"] == 12
    assert row["target_year"] == 2023


def test_manual_per_period_indicator_sums_values_inside_the_period(world):
    for start, end, value in [
        (D(2021, 10, 1), D(2021, 12, 31), 10),
        (D(2022, 1, 1), D(2022, 3, 31), 3),
        (D(2022, 7, 1), D(2022, 9, 30), 4),
    ]:
        ManualValue.objects.create(
            indicator=world.manual, period_start=start, period_end=end, value=value
        )

    row = by_code(report_build(period=period_year(2022), plan=world.plan))["2.1-a"]

    assert row["actual"] == 7


def test_manual_cumulative_indicator_takes_the_latest_running_total(world):
    world.manual.counting = Indicator.Counting.CUMULATIVE
    world.manual.save()
    for end, value in [
        (D(2022, 6, 30), 20),
        (D(2022, 12, 31), 35),
        (D(2023, 3, 31), 50),
    ]:
        ManualValue.objects.create(
            indicator=world.manual,
            period_start=D(2021, 1, 1),
            period_end=end,
            value=value,
        )

    row = by_code(report_build(period=period_year(2022), plan=world.plan))["2.1-a"]

    assert row["actual"] == 35


def test_manual_indicator_without_values_has_no_actual(world):
    row = by_code(report_build(period=period_year(2022), plan=world.plan))["2.1-a"]

    assert row["actual"] is None
    assert row["percent_of_target"] is None


@pytest.mark.parametrize("sessions", [2, 12])
def test_query_count_does_not_grow_with_data(
    world, sessions, django_assert_num_queries
):
    from tests.factories import ParticipationFactory, TrainingSessionFactory

    for n in range(sessions):
        session = TrainingSessionFactory(
            start_date=D(2022, 1 + n % 12, 3), measures=[world.nodes.m11]
        )
        ParticipationFactory.create_batch(3, session=session)
        ParticipationFactory(session=session, trainee=None, count=4)

    # 7 to load the indicators (targets, denominators, professions, event types,
    # institutions),
    # 1 for the tree; training figures (summary and indicators, with every
    # breakdown): 1 per source (participants, unique people, sessions) + 1 per
    # code list (professions, agencies, regions, modules); 1 for manual values;
    # 1 per labelled breakdown for its names in the reader's language. The same
    # for 2 or 12 sessions.
    # + 2 for the awareness figures (one aggregate, one GROUP BY activity kind).
    # + 1 for the names of the measures' institutions.
    # + 3 for the measures' implementation status (the statuses, each measure's
    # goal, the goals' titles).
    # + 5 for the learning results (totals, by session, module, profession,
    # quarter); + 1 for the denominators of percent targets; + 1 for the training
    # plan against the sessions held.
    with django_assert_num_queries(32):
        report_build(period=period_year(2022), plan=world.plan)


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("sq", ["Gjyqtarë 3", "Inspektorë pune 1", "Femër"]),
        # No Serbian name for labour inspectors: the Albanian one.
        ("sr", ["Судије 3", "Inspektorë pune 1", "Женско"]),
    ],
)
def test_breakdowns_and_names_read_in_the_officers_language(world, language, expected):
    from django.utils import translation

    from trainings.indicators.exports import report_csv

    world.professions.jud.name, world.professions.jud.name_sr = "Gjyqtarë", "Судије"
    world.professions.jud.save()
    world.professions.lab.name = "Inspektorë pune"
    world.professions.lab.save()
    world.professional.name, world.professional.name_sr = (
        "Gjyqtarë të trajnuar",
        "Обучене судије",
    )
    world.professional.save()

    with translation.override(language):
        text = report_csv(report_build(period=period_year(2022), plan=world.plan))

    assert all(word in text for word in expected), text
    assert ("Обучене судије" in text) == (language == "sr")
    assert "JUD 3" not in text
