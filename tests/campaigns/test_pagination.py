"""Public lists come in pages of twelve; the page links keep the visitor's filters."""

import pytest

from materials.demo import build_library_page
from tests.factories import CampaignPageFactory, MaterialFactory, PublicationFactory

pytestmark = pytest.mark.django_db


def test_the_campaign_list_shows_twelve_and_links_the_next_page(client, campaign_index):
    for n in range(14):
        CampaignPageFactory(parent=campaign_index, title=f"Fushata {n:02}")

    first = client.get(campaign_index.url).content.decode()
    second = client.get(campaign_index.url, {"page": 2}).content.decode()

    assert first.count('class="card"') == 12
    assert "Faqja 1 nga 2" in first and 'href="?page=2"' in first and "Tjetra" in first
    assert second.count('class="card"') == 2
    assert "E mëparshmja" in second and "Tjetra" not in second


def test_a_page_number_out_of_range_shows_the_last_page(client, campaign_index):
    for n in range(13):
        CampaignPageFactory(parent=campaign_index, title=f"Fushata {n:02}")

    response = client.get(campaign_index.url, {"page": "99"})

    assert response.status_code == 200
    assert "Faqja 2 nga 2" in response.content.decode()


def test_library_pages_keep_the_filter(client, home_page):
    library = build_library_page(home=home_page)
    for n in range(13):
        MaterialFactory(
            publication=PublicationFactory(title=f"Poster {n}", kind="poster")
        )
    MaterialFactory(publication=PublicationFactory(title="Broshura", kind="brochure"))

    html = client.get(library.url, {"kind": "poster"}).content.decode()

    assert 'href="?kind=poster&amp;page=2"' in html
    second = client.get(library.url, {"kind": "poster", "page": 2})
    # 13 posters: one left for page 2, and the brochure on neither
    assert [p.kind for p in second.context["publications"]] == ["poster"]


def test_search_results_come_in_pages(client, campaign_index):
    for n in range(13):
        CampaignPageFactory(parent=campaign_index, title=f"Trafikimi në shkolla {n}")

    html = client.get("/sq/search/", {"q": "shkolla"}).content.decode()

    assert 'href="?q=shkolla&amp;page=2"' in html
