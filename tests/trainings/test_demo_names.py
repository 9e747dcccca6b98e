"""The demo's Albanian and Serbian names come from data files; English is the fallback."""

import csv
from pathlib import Path

import pytest

from tests import factories
from trainings import demo, demo_names
from trainings.models import (
    SOP,
    Agency,
    Indicator,
    IndicatorTarget,
    Module,
    Plan,
    Profession,
    Region,
)

FIXTURE = Path(__file__).resolve().parent.parent / "data" / "names"


@pytest.fixture
def names_folder(monkeypatch):
    monkeypatch.setattr(demo_names, "NAMES", FIXTURE)


def test_reference_lists_are_the_files_an_office_would_import(db):
    demo.build_reference()

    counts = [
        model.objects.count() for model in (Agency, Profession, Region, SOP, Module)
    ]
    assert counts == [142, 54, 118, 10, 25]  # the real lists' sizes
    mi = Agency.objects.get(code="MI")
    assert (mi.name, mi.name_en, mi.name_sr) == (
        "Ministria e Brendshme",
        "Ministry of Interior",
        "Министарство унутрашњих послова",
    )
    town = Region.objects.get(code="AL-07-KUKES")
    assert (town.name, town.kind, town.parent.code) == (
        "Kukës",
        "municipality",
        "AL-07",
    )
    assert Module.objects.get(code="AVR").sop.code == "AL-SOP-AVR"


@pytest.mark.parametrize("kind", demo.REFERENCE_FILES)
def test_each_reference_file_is_what_its_export_gives_back(db, kind):
    from siteconf.import_kinds import REFERENCE_KINDS

    demo.build_reference()

    exported = REFERENCE_KINDS[kind].resource().export()
    path = demo.REFERENCE_DATA / f"{kind}.csv"
    header, *rows = csv.reader(path.read_text(encoding="utf-8").splitlines())
    assert exported.headers == header
    assert {tuple(map(str, row)) for row in exported} == set(map(tuple, rows))


def test_plan_names_levels_indicators_and_target_notes(db, names_folder):
    demo.build_reference()
    demo.build_plans()

    plan = Plan.objects.get(code="AL-NAP-2021-2023")
    assert plan.title == "Plani Kombëtar i Veprimit 2021-2023"
    assert plan.level_names == ["Qëllim politik", "Objektiv specifik", "Masë"]
    assert plan.level_names_en == ["Policy goal", "Specific objective", "Measure"]
    assert plan.level_names_sr[-1] == "Мера"
    indicator = Indicator.objects.get(node__plan=plan, code="OUT-2")
    assert (indicator.name_sr, indicator.unit, indicator.unit_sr) == (
        "Однос упућених случајева",
        "%",
        "",
    )
    note = IndicatorTarget.objects.get(indicator=indicator, year=2022)
    assert (note.note, note.note_en, note.note_sr) == (
        "rritje 1%",
        "1% increase",
        "повећање од 1%",
    )


def test_vocabularies_named_in_english_get_their_translations(db):
    from campaigns.models import TargetGroup

    factories.TargetGroupFactory(
        code="pupils", name="Pupils", name_en="Pupils", name_sr=""
    )

    changed = demo_names.vocabulary_names_apply(
        TargetGroup, "target_groups.csv", folder=FIXTURE
    )

    group = TargetGroup.objects.get(code="pupils")
    assert (changed, group.name, group.name_sr) == (1, "Nxënës", "Ученици")


def test_a_missing_file_changes_nothing(tmp_path):
    assert demo_names.names(
        "agencies.csv", ("MI",), "name", english="Ministry", folder=tmp_path
    ) == {
        "name": "Ministry",
        "name_en": "Ministry",
        "name_sr": "",
    }


def test_the_demos_files_name_every_reference_row_and_plan_text(demo):
    """With the real files (the demo seeded once, tests/seeded_demo.py): no agency,
    profession, region, SOP, module, plan, measure, indicator or target note is
    left untranslated."""
    from siteconf.selectors import (
        missing_translation_counts,
        rows_missing_translation,
        vocabulary_models,
    )

    lacking = {
        c["model"]._meta.model_name: (c["en"], c["sr"])
        for c in missing_translation_counts(
            [m for m in vocabulary_models() if m._meta.app_label == "trainings"]
        )
    }
    assert lacking == dict.fromkeys(lacking, (0, 0))
    assert not rows_missing_translation(Indicator).exists()
    mi = Agency.objects.get(code="MI")
    assert (mi.name, mi.name_en) == ("Ministria e Brendshme", "Ministry of Interior")


def test_the_demos_files_name_every_audience_and_topic():
    """Target groups and topics the demo takes from its English awareness data all
    have an Albanian and a Serbian name in the files."""
    from campaigns.demo import TARGET_GROUPS
    from trainings.demo_data.awareness import MATERIALS

    named = {english for english, _sq, _sr in TARGET_GROUPS}
    named |= {key[0] for key in demo_names.names_file("target_groups.csv")}
    audiences = {
        audience.strip()
        for row in MATERIALS
        for audience in (row.get("audience") or "").split(",")
        if audience.strip()
    }
    topics = {row["topic"] for row in MATERIALS if row.get("topic")}
    assert audiences <= named
    assert topics <= {key[0] for key in demo_names.names_file("topics.csv")}
