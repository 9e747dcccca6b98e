"""Public pages rendered afresh (the page cache empty) ask the database little and
the same whatever the language: locales are looked up once per request, not by
every template tag and Wagtail helper (6 look-ups per page before)."""

import pytest
from django.core.cache import caches
from django.db import connection
from django.test.utils import CaptureQueriesContext

from campaigns.models import CampaignIndexPage
from tests.factories import CampaignPageFactory

pytestmark = pytest.mark.django_db
# What a fresh render may cost at most (this fixture, savepoints included),
# measured when this test was written: home 27 → 22, a campaign list 24 → 20 and
# a campaign 24 → 20 queries before → after.
BUDGET = {"/sq/": 22, "/sr/kampanje/": 20, "/en/campaigns/java/": 20}


@pytest.fixture
def site(home_page):
    campaign = CampaignPageFactory(
        parent=CampaignIndexPage.objects.get(locale__language_code="sq"), slug="java"
    )
    from wagtail.models import Locale

    from campaigns.demo import publish_translation

    for code in ("en", "sr"):
        publish_translation(campaign, Locale.objects.get(language_code=code), {})
    return campaign


def _fresh(client, url: str) -> list[str]:
    caches["pages"].clear()
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200, url
    return [query["sql"] for query in captured]


@pytest.mark.parametrize("url", BUDGET)
def test_a_fresh_public_page_looks_its_locale_up_once(client, site, url):
    _fresh(client, url)  # the first request fills process-wide caches

    queries = _fresh(client, url)

    locale_lookups = [sql for sql in queries if 'FROM "wagtailcore_locale"' in sql]
    assert len(locale_lookups) <= 1, locale_lookups
    assert len(queries) <= BUDGET[url]
