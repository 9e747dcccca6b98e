"""Site search, the campaign feeds and the sitemap."""

import pytest

pytestmark = pytest.mark.django_db


def test_search_finds_a_campaign_in_the_visitor_language(client, translated_campaign):
    response = client.get("/en/search/", {"q": "week"})

    assert [page.title for page in response.context["results"]] == [
        "Anti-trafficking week"
    ]


def test_search_without_match_says_so(client, home_page):
    html = client.get("/sq/search/", {"q": "xyzzy"}).content.decode()

    assert "xyzzy" in html
    assert "<li><a" not in html


def test_rss_feed_lists_campaigns_in_its_language(client, translated_campaign):
    response = client.get("/sr/feed/")

    xml = response.content.decode()
    assert response["Content-Type"].startswith("application/rss+xml")
    assert "Недеља борбе против трговине" in xml
    assert "<title>Java kundër trafikimit</title>" not in xml


def test_atom_feed_is_served(client, translated_campaign):
    response = client.get("/en/feed/atom/")

    assert response["Content-Type"].startswith("application/atom+xml")
    assert "Anti-trafficking week" in response.content.decode()


def test_sitemap_lists_every_language_version(client, translated_campaign):
    xml = client.get("/sitemap.xml").content.decode()

    for path in ("/sq/fushatat/java/", "/en/campaigns/java/", "/sr/kampanje/java/"):
        assert path in xml
