"""Importing a plan's measures and indicators: good, bad and repeated files."""

import io

import pytest
from django.core.management import CommandError, call_command
from openpyxl import Workbook

from trainings.indicators.plan_import import PlanImportError, plan_import
from trainings.models import Indicator, IndicatorTarget, Plan, PlanNode

from .conftest import PLAN_FILES as DATA


def run(*args) -> str:
    out = io.StringIO()
    call_command("import_plan", *args, stdout=out)
    return out.getvalue()


def test_good_file_builds_the_tree_with_indicators_and_targets(empty_plan):
    output = run(str(DATA / "good.csv"), "--plan", "AL-NAP")

    assert (
        "u importuan 5 masa (5 të reja, 0 të përditësuara), "
        "4 tregues (4 të rinj, 0 të përditësuar)" in output
    )
    measure = PlanNode.objects.get(plan=empty_plan, code="2.2.5")
    assert measure.parent.code == "2.2" and measure.parent.parent.code == "II"
    assert measure.level_name == "Measure"
    assert [a.code for a in measure.lead_agencies.all()] == ["MB"]
    assert sorted(a.code for a in measure.contributing_agencies.all()) == ["ONAC", "SM"]
    indicator = Indicator.objects.get(node=measure, code="2.2.5")
    assert indicator.baseline == 100
    assert indicator.source == "training_participants"
    assert indicator.breakdowns == ["profession"]
    assert sorted(p.code for p in indicator.professions.all()) == ["LAB", "SOC"]
    assert {t.year: t.value for t in indicator.targets.all()} == {
        2021: 60,
        2022: 120,
        2023: 160,
    }
    # Two indicators under one measure, from a continuation row.
    assert list(
        Indicator.objects.filter(node__code="2.2.3").values_list("code", flat=True)
    ) == ["2.2.3-a", "2.2.3-b"]
    # A non-numeric target is kept as a note.
    note = IndicatorTarget.objects.get(indicator__code="3.1.1", year=2022)
    assert (note.value, note.note) == (None, "10% above baseline")


def test_reimport_creates_no_duplicates(empty_plan):
    run(str(DATA / "good.csv"), "--plan", "AL-NAP")
    counts = (
        PlanNode.objects.count(),
        Indicator.objects.count(),
        IndicatorTarget.objects.count(),
    )

    output = run(str(DATA / "good.csv"), "--plan", "AL-NAP")

    assert (
        "5 masa (0 të reja, 5 të përditësuara), 4 tregues (0 të rinj, 4 të përditësuar)"
        in output
    )
    assert counts == (
        PlanNode.objects.count(),
        Indicator.objects.count(),
        IndicatorTarget.objects.count(),
    )


def test_bad_file_reports_every_bad_cell_and_imports_nothing(empty_plan):
    with pytest.raises(CommandError) as caught:
        run(str(DATA / "bad.csv"), "--plan", "AL-NAP")

    message = str(caught.value)
    for expected in [
        # the "row N, column X:" frame is the shared reader's; the reasons are
        # the plan import's own, in the command's language (sq by default)
        "parent: '9.9' nuk është kod i një rreshti më sipër apo i planit",
        "lead: kod i panjohur XYZ",
        "start_year: 'twenty' nuk është vit (1990 deri 2100)",
        "baseline: 'lots' nuk është numër",
        "counting: 'weekly' nuk është një nga per_period, cumulative",
        "breakdowns: e panjohur: shoe_size",
        "code: është e detyrueshme",
        "level: 'Chapter' nuk është nivel i këtij plani",
        "indicator_name: është e detyrueshme",
        "source: 'guesswork' nuk është një nga",
    ]:
        assert expected in message
    assert not PlanNode.objects.exists()


def test_dry_run_checks_without_saving(empty_plan):
    output = run(str(DATA / "good.csv"), "--plan", "AL-NAP", "--dry-run")

    assert "do të importoheshin 5 masa" in output
    assert not PlanNode.objects.exists()


def test_xlsx_file_imports_like_csv(empty_plan):
    book = Workbook()
    sheet = book.active
    sheet.append(
        [
            "code",
            "parent",
            "level",
            "title",
            "indicator_code",
            "indicator_name",
            "baseline",
            "target_2022",
        ]
    )
    sheet.append(
        ["2.2", None, "Specific objective", "Professionalism", None, None, None, None]
    )
    sheet.append(
        [
            "2.2.1",
            "2.2",
            "Measure",
            "Police training",
            "2.2.1",
            "Police trained",
            61,
            61,
        ]
    )
    content = io.BytesIO()
    book.save(content)

    plan_import(plan=empty_plan, name="plan.xlsx", content=content.getvalue())

    indicator = Indicator.objects.get(code="2.2.1")
    assert indicator.baseline == 61
    assert indicator.targets.get(year=2022).value == 61


def test_other_file_types_are_refused(empty_plan):
    with pytest.raises(PlanImportError, match="vetëm skedarë .csv dhe .xlsx"):
        plan_import(plan=empty_plan, name="plan.pdf", content=b"%PDF")


NEW_PLAN = [
    "--create",
    "--title",
    "National Action Plan 2024-2026",
    "--country",
    "AL",
    "--start-year",
    "2024",
    "--end-year",
    "2026",
    "--levels",
    "Policy goal; Specific objective; Measure",
]


def test_create_option_makes_the_plan_and_imports_into_it(empty_plan):
    output = run(str(DATA / "good.csv"), "--plan", "AL-NAP-2024", *NEW_PLAN)

    assert "u importuan 5 masa (5 të reja" in output
    plan = Plan.objects.get(code="AL-NAP-2024")
    assert plan.level_names == ["Policy goal", "Specific objective", "Measure"]
    assert (plan.start_year, plan.end_year, plan.country) == (2024, 2026, "AL")
    assert plan.nodes.count() == 5


def test_create_with_a_bad_file_leaves_no_empty_plan(empty_plan):
    with pytest.raises(CommandError, match="code: është e detyrueshme"):
        run(str(DATA / "bad.csv"), "--plan", "AL-NAP-2024", *NEW_PLAN)

    assert not Plan.objects.filter(code="AL-NAP-2024").exists()


def test_create_refuses_an_existing_code_and_bad_plan_fields(empty_plan):
    with pytest.raises(CommandError, match="ekziston; importoni pa --create"):
        run(str(DATA / "good.csv"), "--plan", "AL-NAP", *NEW_PLAN)
    with pytest.raises(CommandError, match="--country"):
        run(str(DATA / "good.csv"), "--plan", "NEW", "--create", "--title", "T")
    assert not Plan.objects.filter(code="NEW").exists()


def test_translation_columns_fill_the_other_languages_and_keep_them_when_absent(
    empty_plan,
):
    header = "code,level,title,title_sr,indicator_code,indicator_name,unit"
    with_sr = (
        f"{header},indicator_name_en,indicator_name_sr,unit_sr\n"
        "II,Policy goal,Mbrojtja,Заштита,II-a,Viktima të identifikuara,persona,"
        "Identified victims,Идентификоване жртве,особе\n"
    )
    plan_import(plan=empty_plan, name="plan.csv", content=with_sr.encode())
    # A later file in Albanian only changes the Albanian texts.
    albanian = (
        "code,level,title,indicator_code,indicator_name,unit\n"
        "II,Policy goal,Mbrojtja e qytetarëve,II-a,Viktima,persona\n"
    )
    plan_import(plan=empty_plan, name="plan.csv", content=albanian.encode())

    node = PlanNode.objects.get(plan=empty_plan, code="II")
    indicator = Indicator.objects.get(node=node)
    assert (node.title, node.title_sr) == ("Mbrojtja e qytetarëve", "Заштита")
    assert (indicator.name, indicator.name_en, indicator.name_sr) == (
        "Viktima",
        "Identified victims",
        "Идентификоване жртве",
    )
    assert (indicator.unit_sr, indicator.unit_en) == ("особе", "")


def test_a_level_may_be_named_in_any_of_the_plans_languages(empty_plan):
    empty_plan.level_names_sr = ["Циљ политике", "Специфични циљ", "Мера"]
    empty_plan.save()
    rows = "code,level,title\nII,Циљ политике,Mbrojtja\nII.1,Measure,Masa 1\n"

    plan_import(plan=empty_plan, name="plan.csv", content=rows.encode())

    assert dict(PlanNode.objects.values_list("code", "level")) == {"II": 0, "II.1": 2}


def test_a_decreasing_target_is_imported_with_its_direction(empty_plan):
    content = (
        "code,level,title,indicator_code,indicator_name,unit,baseline,"
        "target_2021,target_2022,direction\n"
        "II,Policy goal,Mbrojtja,2.1.13-b,Raste në qendra,raste,85,80,75,decrease\n"
        "III,Policy goal,Parandalimi,III-a,Operatorë,operatorë,4,4,4,\n"
    )

    plan_import(plan=empty_plan, name="plan.csv", content=content.encode())

    directions = dict(Indicator.objects.values_list("code", "direction"))
    # An empty cell keeps the default: more is better.
    assert directions == {"2.1.13-b": "decrease", "III-a": "increase"}


def test_an_unknown_direction_is_a_cell_error(empty_plan):
    content = (
        "code,level,title,indicator_code,indicator_name,direction\n"
        "II,Policy goal,Mbrojtja,II-a,Raste,down\n"
    )

    with pytest.raises(PlanImportError) as refused:
        plan_import(plan=empty_plan, name="plan.csv", content=content.encode())

    assert "direction: 'down' nuk është një nga increase, decrease, maintain" in str(
        refused.value
    )
