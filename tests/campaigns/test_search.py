"""Site search as visitors type: word endings, missing accents, typos, materials."""

import pytest

from tests.factories import CampaignPageFactory, MaterialFactory, PublicationFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def findable(campaign_index):
    CampaignPageFactory(
        parent=campaign_index,
        title="Java kundër trafikimit",
        summary="Takime informuese në Kukës dhe Dibër.",
    )
    for title, partners_only in (
        ("Broshura 116 006", False),
        ("Broshura për partnerët", True),
    ):
        publication = PublicationFactory(title=title, partners_only=partners_only)
        MaterialFactory(publication=publication, title=title)


def search(client, words: str) -> str:
    return client.get("/sq/search/", {"q": words}).content.decode()


@pytest.mark.parametrize("words", ["trafikim", "trafikimi", "Kukës", "Kukes"])
def test_search_forgives_word_endings_and_missing_accents(client, findable, words):
    assert "Java kundër trafikimit" in search(client, words)


def test_search_finds_materials_the_visitor_may_see(client, findable):
    html = search(client, "broshura")

    assert "<h2>Materiale</h2>" in html
    assert "Broshura 116 006" in html
    assert "Broshura për partnerët" not in html  # partners only


def test_search_forgives_a_typo_on_postgresql(client, findable, postgres):
    assert "Java kundër trafikimit" in search(client, "trafkimi")
