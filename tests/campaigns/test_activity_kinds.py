"""Activity kinds as a list the office extends: the 2014 report's "conference" and
"exhibition" are kinds like any other, named in the reader's language."""

import io
import re

import pytest
from django.core.management import call_command
from django.utils import translation

from campaigns.demo import build_activity_kinds
from campaigns.models import ActivityKind

pytestmark = pytest.mark.django_db
CYRILLIC = re.compile(r"[\u0400-\u04FF]")


def test_import_reference_adds_kinds_with_three_names(tmp_path):
    path = tmp_path / "kinds.csv"
    path.write_text(
        "code,name,name_en,name_sr\n"
        "exhibition,Ekspozitë,Exhibition,Изложба\n"
        "conference,Konferencë,Conference,Конференција\n"
    )

    call_command("import_reference", "activity_kinds", str(path), stdout=io.StringIO())

    exhibition = ActivityKind.objects.get(code="exhibition")
    with translation.override("sr"):
        assert exhibition.label == "Изложба"
    with translation.override("en"):
        assert exhibition.label == "Exhibition"
    with translation.override("sq"):
        assert exhibition.label == "Ekspozitë"
    assert ActivityKind.objects.filter(code="conference").exists()


def test_demo_kinds_are_the_reports_kinds_named_in_three_languages():
    build_activity_kinds()

    kinds = {k.code: k for k in ActivityKind.objects.all()}
    report_kinds = {
        "information_session",
        "discussion_forum",
        "exhibition",
        "conference",
        "roundtable",
        "summer_camp",
        "information_corner",
        "billboard",
        "tv_programme",
        "tv_spot",
        "radio_spot",
        "press_article",
        "social_media",
        "distribution_point",
    }
    assert report_kinds <= set(kinds)
    for kind in kinds.values():
        assert kind.name and kind.name_en, kind.code
        assert CYRILLIC.search(kind.name_sr), kind.code


def test_demo_kinds_load_twice_without_doubling():
    build_activity_kinds()
    count = ActivityKind.objects.count()

    build_activity_kinds()

    assert ActivityKind.objects.count() == count == 17
