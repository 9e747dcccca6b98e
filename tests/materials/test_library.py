"""The public library: visitors filter, search and download; partners see more."""

import pytest
from wagtail.models import Locale

from materials.demo import build_library_page
from tests.factories import MaterialFactory, PublicationFactory, TargetGroupFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def library(home_page):
    return build_library_page(home=home_page)


@pytest.fixture
def poster(db):
    health = TargetGroupFactory(code="health-staff", name_en="Health staff")
    publication = PublicationFactory(title="Poster për mjekët", kind="poster")
    publication.audiences.add(health)
    return MaterialFactory(publication=publication, title="Poster për mjekët")


def titles(response) -> set[str]:
    return {p.title for p in response.context["publications"]}


def test_library_lists_public_materials_with_a_download_per_language(
    client, library, brochure
):
    html = client.get(library.url).content.decode()

    for material in brochure.values():
        assert f'href="{material.url}"' in html
    assert "Српски" in html


def test_english_library_shows_the_english_title(client, library, brochure):
    english = library.get_translation(Locale.objects.get(language_code="en"))

    html = client.get(english.url).content.decode()

    assert "116 006 (en)" in html


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("kind=poster", {"Poster për mjekët"}),
        ("language=sr", {"Broshura 116 006"}),
        ("audience=health-staff", {"Poster për mjekët"}),
        ("q=mjek", {"Poster për mjekët"}),
        ("q=116", {"Broshura 116 006"}),
        ("", {"Broshura 116 006", "Poster për mjekët"}),
    ],
)
def test_library_filters(client, library, brochure, poster, query, expected):
    assert titles(client.get(f"{library.url}?{query}")) == expected


def test_campaign_filter_and_campaign_page_list_its_materials(
    client, library, brochure, home_page
):
    from campaigns.models import CampaignIndexPage
    from tests.factories import CampaignPageFactory

    index = CampaignIndexPage.objects.get(locale__language_code="sq")
    campaign = CampaignPageFactory(parent=index, title="Linja 116 006")
    brochure["sq"].publication.campaigns.add(campaign)

    assert titles(client.get(f"{library.url}?campaign={campaign.pk}")) == {
        "Broshura 116 006"
    }
    assert brochure["sq"].url in client.get(campaign.url).content.decode()


def test_partners_only_manual_is_hidden_from_visitors_shown_to_partners(
    client, library, manual, partner
):
    assert "Manual SOP" not in titles(client.get(library.url))

    client.force_login(partner)

    assert "Manual SOP" in titles(client.get(library.url))


@pytest.mark.parametrize(
    ("language", "topic"),
    [("sq", "linja 116-006"), ("en", "hotline 116-006"), ("sr", "линија 116-006")],
)
def test_library_names_the_topic_in_the_visitors_language(
    client, library, poster, language, topic
):
    page = library.get_translation(Locale.objects.get(language_code=language))

    html = client.get(page.url).content.decode()

    assert f"· {topic}" in html
