"""Names in three languages: the label a reader gets, in Python and in SQL."""

import pytest
from django.utils import translation

from siteconf.translated import label_expression
from tests import factories
from trainings.models import Agency, Indicator, Profession


@pytest.fixture
def police(db):
    return factories.ProfessionFactory(
        code="POL", name="Punonjës policie", name_en="Police officers", name_sr=""
    )


@pytest.mark.parametrize(
    ("language", "label"),
    [("sq", "Punonjës policie"), ("en", "Police officers"), ("sr", "Punonjës policie")],
)
def test_label_is_the_readers_language_or_albanian(police, language, label):
    with translation.override(language):
        assert police.label == label
        assert str(police) == label


def test_database_label_matches_the_python_label(police):
    factories.ProfessionFactory(code="JUD", name="Gjyqtarë", name_sr="Судије")
    for language in ("sq", "en", "sr"):
        with translation.override(language):
            rows = Profession.objects.annotate(shown=label_expression("name"))
            assert {p.shown for p in rows} == {p.label for p in rows}


def test_database_label_follows_relations(police):
    agency = factories.AgencyFactory(code="GDSP", name="Policia e Shtetit")
    factories.TraineeFactory(profession=police, agency=agency)
    from trainings.models import Trainee

    with translation.override("en"):
        shown = Trainee.objects.values_list(
            label_expression("profession__name"), label_expression("agency__name")
        ).get()
    assert shown == ("Police officers", "Policia e Shtetit")


def test_every_translated_field_gets_a_column_per_other_language(db):
    fields = {f.name for f in Indicator._meta.get_fields()}
    assert {"name_en", "name_sr", "unit_en", "unit_sr"} <= fields
    with translation.override("sr"):
        heading = str(Agency._meta.get_field("name_sr").verbose_name)
    assert heading == "назив (српски)"


def test_missing_languages_ignore_empty_base_text(db):
    indicator = factories.IndicatorFactory(
        name="Numri i viktimave",
        name_en="Number of victims",
        name_sr="Број жртава",
        unit="",
    )
    assert indicator.missing_languages() == []
    indicator.unit = "persona"
    assert indicator.missing_languages() == ["en", "sr"]
