"""Demo builders turn awareness rows into campaigns and materials, once."""

import random

import pytest
from wagtail.models import Page

from campaigns.demo import build_campaigns, build_vocabularies
from campaigns.models import CampaignActivity, CampaignPage
from materials.demo import build_library_page, build_materials
from materials.models import (
    Distribution,
    Material,
    MaterialDownload,
    PrintRun,
    Publication,
)
from tests.factories import RegionFactory

pytestmark = pytest.mark.django_db

CAMPAIGNS = [
    {
        "slug": "java-2022",
        "title_sq": "Java kundër trafikimit 2022",
        "title_en": "Anti-trafficking week 2022",
        "title_sr": "Недеља против трговине људима 2022",
        "year": 2022,
        "start": "2022-10-17",
        "end": "2022-10-23",
        "target_groups": ["pupils", "Roma and Egyptian communities"],
        "regions": ["KU"],
        "channels": ["tv", "schools"],
        "objectives": {"sq": "<p>Informim</p>", "en": "<p>Inform</p>"},
        "measures": ["AL-NAP-2021-2023:3.1.1"],
        "activities": [
            {
                "title": "Orë mësimi në Kukës",
                "date": "2022-10-18",
                "kind": "school_session",
                "region": "KU",
                "audience_total": 120,
                "audience_f": 64,
                "audience_m": 56,
            }
        ],
    }
]
MATERIALS = [
    {
        "title": "Manual on child trafficking",
        "kind": "leaflet",
        "audience": "general public, young people",
        "topic": "hotline 116-006",
        "languages": ["sq", "en", "sr"],
        "restricted": False,
        "campaign": "java-2022",
        "print_run": 5000,
        "measures": [],
        "distributions": [
            {
                "date": "2022-07-05",
                "quantity": 120,
                "place": "Han i Hotit",
                "region": "KU",
            }
        ],
    }
]


COUNTED = (Page, CampaignActivity, Material, PrintRun, Distribution, MaterialDownload)


def build(home_page):
    build_vocabularies()
    build_campaigns(CAMPAIGNS, home=home_page)
    build_library_page(home=home_page)
    build_materials(MATERIALS, rng=random.Random(42))


def test_campaign_is_published_in_three_languages_with_activities_once(home_page):
    RegionFactory(code="KU", name="Kukës")

    build(home_page)

    titles = set(CampaignPage.objects.live().values_list("title", flat=True))
    assert titles == {r["title_sq"] for r in CAMPAIGNS} | {
        "Anti-trafficking week 2022",
        "Недеља против трговине људима 2022",
    }
    english = CampaignPage.objects.get(locale__language_code="en")
    assert english.objectives == "<p>Inform</p>"
    assert {g.code for g in english.target_groups.all()} == {
        "pupils",
        "roma-and-egyptian-communities",
    }
    activity = CampaignActivity.objects.get()
    assert activity.campaign.locale.language_code == "sq"
    assert (activity.audience_total, activity.audience_female) == (120, 64)
    assert activity.region.code == "KU"


def test_material_has_a_generated_pdf_per_language(home_page):
    build(home_page)

    files = Material.objects.filter(publication__title="Manual on child trafficking")
    assert {f.language: f.title for f in files} == {
        "sq": "Manual për trafikimin e fëmijëve",
        "en": "Manual on child trafficking",
        "sr": "Приручник о трговини децом",
    }
    with files.get(language="sr").open_file() as handle:
        assert handle.read(4) == b"%PDF"
    assert PrintRun.objects.get().quantity == 5000
    publication = Publication.objects.get()
    assert publication.campaigns.get().slug == "java-2022"
    assert {a.code for a in publication.audiences.all()} == {
        "general-public",
        "young-people",
    }
    assert Distribution.objects.get().quantity == 120


def test_builders_are_idempotent(home_page):
    build(home_page)
    counts = [m.objects.count() for m in COUNTED]

    build(home_page)

    assert [m.objects.count() for m in COUNTED] == counts
