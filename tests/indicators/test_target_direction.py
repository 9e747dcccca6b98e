"""% of target and "on track" follow the indicator's direction (issue 14, item 4).

AL NAP 2.1.13-b: cases in centres 85 (2020) → 80 → 75 → 70, a decreasing
target: 78 cases in 2021 is better than the target of 80, not 97.5 % of it.
"""

import datetime
import io

import pytest
from django.utils import translation
from openpyxl import load_workbook

from tests.indicators.xlsx_table import table
from trainings.indicators.exports import report_table, report_xlsx
from trainings.indicators.periods import period_year
from trainings.indicators.report import report_build
from trainings.models import Indicator, IndicatorTarget, ManualValue

D = datetime.date
Direction = Indicator.Direction

pytestmark = pytest.mark.usefixtures("language_restored")


def manual_2022(world, direction, target, value) -> dict:
    ind = world.manual
    ind.direction = direction
    ind.save()
    IndicatorTarget.objects.create(indicator=ind, year=2022, value=target)
    ManualValue.objects.create(
        indicator=ind,
        period_start=D(2022, 1, 1),
        period_end=D(2022, 12, 31),
        value=value,
    )
    report = report_build(period=period_year(2022), plan=world.plan)
    return report, next(r for r in report["indicators"] if r["code"] == "2.1-a")


@pytest.mark.parametrize(
    ("direction", "target", "actual", "percent", "on_track"),
    [
        # Decrease: target ÷ actual, so reaching 80 or going below it is ≥ 100 %.
        (Direction.DECREASE, 80, 78, 102.6, True),  # 80 / 78
        (Direction.DECREASE, 80, 80, 100.0, True),
        (Direction.DECREASE, 80, 85, 94.1, False),  # 80 / 85
        # Nothing left to decrease: no ratio, but the target is met.
        (Direction.DECREASE, 80, 0, None, True),
        # Increase: actual ÷ target, as before.
        (Direction.INCREASE, 80, 78, 97.5, False),
        (Direction.INCREASE, 80, 96, 120.0, True),
        # Maintain (AL NAP 3.1.2-b, 4 operators every year): at least the level.
        (Direction.MAINTAIN, 4, 4, 100.0, True),
        (Direction.MAINTAIN, 4, 3, 75.0, False),
    ],
)
def test_percent_and_on_track_follow_the_direction(
    world, direction, target, actual, percent, on_track
):
    _report, row = manual_2022(world, direction, target, actual)

    assert row["direction"] == direction
    assert (row["percent_of_target"], row["on_track"]) == (percent, on_track)


def test_without_a_numeric_target_nothing_is_on_track_or_not(world):
    rows = report_build(period=period_year(2022), plan=world.plan)["indicators"]

    cumulative = next(r for r in rows if r["code"] == "G1-b")
    assert (cumulative["percent_of_target"], cumulative["on_track"]) == (None, None)


def test_screen_and_files_show_direction_and_on_track_in_the_language(world):
    report, _row = manual_2022(world, Direction.DECREASE, 80, 78)
    translation.activate("sr")
    report = report_build(period=period_year(2022), plan=world.plan)

    heading, rows = report_table(report, localise=True)
    row = next(r for r in rows if "Смањење" in r)

    assert "Смер" in heading and "На путу ка циљу" in heading
    assert row[heading.index("На путу ка циљу")] == "Да"
    sheet = load_workbook(io.BytesIO(report_xlsx(report))).active
    cells, _rows = table(sheet)
    assert "Смер" in cells and "На путу ка циљу" in cells
