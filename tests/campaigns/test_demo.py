"""Demo builders turn awareness rows into campaigns and materials, once."""

import random

import pytest
from wagtail.models import Page

from campaigns.demo import build_campaigns, build_vocabularies
from campaigns.models import CampaignActivity, CampaignPage
from materials.demo import build_library_page, build_materials
from materials.models import Material, PrintRun, Publication
from tests.factories import RegionFactory

pytestmark = pytest.mark.django_db

CAMPAIGNS = [
    {
        "slug": "java-2022",
        "title_sq": "Java kundër trafikimit 2022",
        "title_en": "Anti-trafficking week 2022",
        "title_sr": "Nedelja protiv trgovine ljudima 2022",
        "year": 2022,
        "start": "2022-10-17",
        "end": "2022-10-23",
        "target_groups": ["pupils", "roma-egyptian"],
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
                "audience_female": 64,
                "audience_male": 56,
            }
        ],
    }
]
MATERIALS = [
    {
        "title": {
            "sq": "Linja 116 006",
            "en": "Hotline 116 006",
            "sr": "Linija 116 006",
        },
        "kind": "leaflet",
        "audience": ["general-public"],
        "topic": "hotline",
        "languages": ["sq", "en", "sr"],
        "restricted": False,
        "campaign": "java-2022",
        "print_run": {"date": "2022-09-30", "quantity": 5000},
        "measures": [],
    }
]


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
        "Nedelja protiv trgovine ljudima 2022",
    }
    english = CampaignPage.objects.get(locale__language_code="en")
    assert english.objectives == "<p>Inform</p>"
    assert {g.code for g in english.target_groups.all()} == {"pupils", "roma-egyptian"}
    activity = CampaignActivity.objects.get()
    assert activity.campaign.locale.language_code == "sq"
    assert (activity.audience_total, activity.region.code) == (120, "KU")


def test_material_has_a_generated_pdf_per_language(home_page):
    build(home_page)

    files = Material.objects.filter(publication__title="Linja 116 006")
    assert {f.language: f.title for f in files} == {
        "sq": "Linja 116 006",
        "en": "Hotline 116 006",
        "sr": "Linija 116 006",
    }
    with files.get(language="sr").open_file() as handle:
        assert handle.read(4) == b"%PDF"
    assert PrintRun.objects.get().quantity == 5000
    assert Publication.objects.get().campaigns.get().slug == "java-2022"


def test_builders_are_idempotent(home_page):
    build(home_page)
    counts = [m.objects.count() for m in (Page, CampaignActivity, Material, PrintRun)]

    build(home_page)

    assert [
        m.objects.count() for m in (Page, CampaignActivity, Material, PrintRun)
    ] == counts
