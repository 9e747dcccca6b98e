"""`manage.py indicator_report` in its three formats."""

import csv
import io
import json

import pytest
from django.core.management import CommandError, call_command
from openpyxl import load_workbook

from tests.indicators.xlsx_table import table

YEAR_2022 = ("--from", "2022-01-01", "--to", "2022-12-31", "--plan", "TP")


def run(*args) -> str:
    out = io.StringIO()
    call_command("indicator_report", *args, stdout=out)
    return out.getvalue()


def test_json_has_every_key_the_office_relies_on(world):
    data = json.loads(run("--from", "2022-01-01", "--to", "2022-12-31", "--plan", "TP"))

    assert data["sessions"] == 3
    assert data["participants"] == 15
    assert data["unique_people"] == 13
    assert data["by_gender"] == {"F": 7, "M": 5, "unknown": 3}
    for key in ("by_profession", "by_organiser", "by_module", "by_region"):
        assert isinstance(data[key], dict)
    row = next(r for r in data["indicators"] if r["code"] == "1.1-a")
    assert {k: row[k] for k in ("baseline", "target", "actual")} == {
        "baseline": 8,
        "target": 10,
        "actual": 12,
    }
    assert set(row) >= {"code", "name", "baseline", "target", "actual", "breakdown"}


def test_csv_is_the_plans_table(world):
    # headings in LANGUAGE_CODE (Albanian) by default; level names are the plan's
    out = run(*YEAR_2022, "--format", "csv")
    assert out.startswith("\ufeff")  # so Excel reads it as UTF-8
    rows = list(csv.reader(io.StringIO(out.removeprefix("\ufeff"))))

    heading = rows[0]
    assert heading[:4] == [
        "Nr.",
        "Measure",
        "Institucioni përgjegjës",
        "Institucioni kontribues",
    ]
    assert "Vlera bazë 2020" in heading and "Vlera e synuar 2022" in heading
    # Goal G1 comes first; measure 1.1's first indicator is 1.1-a.
    first = next(dict(zip(heading, r, strict=True)) for r in rows if r[0] == "1.1")
    assert first["Realizimi 2022-01-01 – 2022-12-31"] == "12"
    assert first["Vlera e synuar e arritur (%)"] == "120.0"


@pytest.mark.parametrize(
    ("language", "headings"),
    [
        (
            "sr",
            ["Одговорна институција", "Полазна вредност 2020", "Циљна вредност 2022"],
        ),
        ("en", ["Responsible institution", "Baseline 2020", "Target 2022"]),
    ],
)
def test_language_option_chooses_the_headings_language(world, language, headings):
    out = run(*YEAR_2022, "--format", "csv", "--language", language)

    heading = next(csv.reader(io.StringIO(out.removeprefix("\ufeff"))))
    assert set(headings) <= set(heading)


def test_xlsx_opens_with_the_plans_heading(world, tmp_path):
    target = tmp_path / "report.xlsx"

    run(
        *YEAR_2022,
        "--format",
        "xlsx",
        "-o",
        str(target),
    )

    sheet = load_workbook(target).active
    heading, rows = table(sheet)
    assert sheet.title == "TP"
    assert heading[0] == "Nr."
    actual = heading.index("Realizimi 2022-01-01 – 2022-12-31")
    row = next(r for r in rows if r[0].value == "1.1")
    assert row[actual].value == 12


def test_unknown_plan_is_a_clear_error(world):
    with pytest.raises(CommandError, match='Nuk ka plan "NOPE"'):
        run("--from", "2022-01-01", "--to", "2022-12-31", "--plan", "NOPE")


def test_reversed_dates_are_refused(db):
    with pytest.raises(CommandError, match="para se të fillojë"):
        run("--from", "2022-12-31", "--to", "2022-01-01")
