"""A period shorter than a year is never scored against the full-year target.

The AL NAP asks for 6-month reports but gives annual targets: H1 2022's
actual is shown beside the 2022 target, labelled, with no % (issue 14, item 4).
A target the plan gives for the half-year or quarter itself is used and scored.

World (conftest): 1.1-a counts participants of S1 (2022-02-10, 7) and S2
(2022-05-20, 5); target 2022 = 10.
"""

import datetime
import io

import pytest
from django.utils import translation

from trainings.indicators.exports import report_table
from trainings.indicators.periods import (
    period_half,
    period_quarter,
    period_range,
    period_year,
)
from trainings.indicators.plan_import import plan_import
from trainings.indicators.report import report_build
from trainings.models import Indicator, IndicatorTarget

D = datetime.date

pytestmark = pytest.mark.usefixtures("language_restored")


def row(world, period, code="1.1-a") -> dict:
    report = report_build(period=period, plan=world.plan)
    return next(r for r in report["indicators"] if r["code"] == code)


def test_half_year_shows_the_annual_target_without_scoring_it(world):
    found = row(world, period_half(2022, 1))

    assert found["actual"] == 12
    assert (found["target"], found["target_year"]) == (10, 2022)
    assert found["target_scope"] == "annual_not_compared"
    # 12 of an annual 10 by June is not "120 %", nor is 5 "50 %": no score.
    assert (found["percent_of_target"], found["on_track"]) == (None, None)


def test_a_target_the_plan_gives_for_the_half_year_is_scored(world):
    IndicatorTarget.objects.create(
        indicator=world.people, year=2022, period="H1", value=8
    )

    first = row(world, period_half(2022, 1))
    second_quarter = row(world, period_quarter(2022, 2))

    assert (first["target"], first["target_scope"]) == (8, "period")
    assert (first["percent_of_target"], first["on_track"]) == (150.0, True)  # 12/8
    # Q2 is not H1: the half-year's target does not apply to it.
    assert second_quarter["target_scope"] == "annual_not_compared"
    assert second_quarter["percent_of_target"] is None


def test_whole_year_is_scored_against_the_annual_target(world):
    found = row(world, period_year(2022))

    assert (found["target_scope"], found["percent_of_target"]) == ("year", 120.0)


def test_per_period_range_over_two_years_is_not_scored(world):
    found = row(world, period_range(D(2021, 7, 1), D(2023, 6, 30)))

    # 15 participants over two years against 2023's 12 says nothing.
    assert (found["target"], found["target_scope"]) == (12, "annual_not_compared")
    assert found["percent_of_target"] is None


def test_cumulative_indicator_ending_on_31_december_is_scored(world):
    IndicatorTarget.objects.create(indicator=world.cumulative, year=2022, value=28)

    found = row(world, period_range(D(2022, 7, 1), D(2022, 12, 31)), "G1-b")

    # Cumulative counts from the plan's start whatever the period's start:
    # S4 (2) + S1 (7) + S2 (5) = 14 by the end of 2022, target 28.
    assert (found["actual"], found["target_scope"]) == (14, "year")
    assert found["percent_of_target"] == 50.0


def test_files_say_what_the_target_applies_to_in_the_language(world):
    translation.activate("sr")
    report = report_build(period=period_half(2022, 1), plan=world.plan)

    heading, rows = report_table(report, localise=True)

    column = heading.index("Циљ се односи на")
    cells = {r[column] for r in rows}
    assert "годишњи циљ 2022, није упоређено" in cells
    assert report["period"]["whole_year"] is False


def test_plan_import_reads_half_year_and_quarter_targets(empty_plan):
    content = (
        "code,level,title,indicator_code,indicator_name,target_2022,"
        "target_2022_h1,target_2022_Q3\n"
        "II,Policy goal,Mbrojtja,II-a,Raste,10,4,3\n"
    )

    plan_import(plan=empty_plan, name="plan.csv", content=content.encode())

    indicator = Indicator.objects.get(code="II-a")
    targets = indicator.targets.values_list("year", "period", "value")
    assert sorted((y, p, int(v)) for y, p, v in targets) == [
        (2022, "", 10),
        (2022, "H1", 4),
        (2022, "Q3", 3),
    ]


def test_report_json_carries_the_scope(world):
    from django.core.management import call_command

    out = io.StringIO()
    call_command(
        "indicator_report",
        "--from",
        "2022-01-01",
        "--to",
        "2022-06-30",
        "--plan",
        world.plan.code,
        stdout=out,
    )

    assert '"target_scope": "annual_not_compared"' in out.getvalue()
