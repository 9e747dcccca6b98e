"""Anonymous visitors get cached public pages, and never an out-of-date or someone else's."""

import datetime
import secrets
from unittest import mock

import pytest
from django.core.cache import caches
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.models import PageViewRestriction

from campaigns.models import CampaignPage
from campaigns.page_cache import PAGE_CACHE
from campaigns.tasks import pages_publish_scheduled_task
from materials.demo import build_library_page
from materials.models import MaterialDownload
from tests.factories import (
    AgencyFactory,
    CampaignPageFactory,
    MaterialFactory,
    PublicationFactory,
)

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def page_cache(settings):
    """The page cache on (tests/settings.py turns it off for every other test)."""
    settings.CACHES = {
        **settings.CACHES,
        PAGE_CACHE: {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "LOCATION": "page-cache-tests",
        },
    }
    settings.PAGE_CACHE_SECONDS = 300
    caches[PAGE_CACHE].clear()
    yield
    caches[PAGE_CACHE].clear()


def queries_of(client: Client, url: str, **kwargs) -> tuple[str, int]:
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url, **kwargs)
    assert response.status_code == 200
    return response.content.decode(), len(queries)


def test_second_anonymous_visit_is_served_without_the_database(
    client, translated_campaign, django_assert_num_queries
):
    first = client.get(translated_campaign.url)

    with django_assert_num_queries(0):
        second = Client().get(translated_campaign.url)

    assert second.status_code == 200
    assert second.content == first.content
    # Browsers must come back: only the server's cache hears of a publish.
    assert "max-age=0" in second["Cache-Control"]


def test_published_edit_shows_at_once(
    client, translated_campaign, django_capture_on_commit_callbacks
):
    client.get(translated_campaign.url)

    # when an editor publishes a new title
    translated_campaign.title = "Java e re kundër trafikimit"
    with django_capture_on_commit_callbacks(execute=True):
        translated_campaign.save_revision().publish()

    # then the next visitor sees it
    content, queries = queries_of(Client(), translated_campaign.url)
    assert "Java e re kundër trafikimit" in content
    assert queries > 0


def test_unpublished_campaign_disappears_at_once(
    client, translated_campaign, django_capture_on_commit_callbacks
):
    client.get(translated_campaign.url)

    with django_capture_on_commit_callbacks(execute=True):
        translated_campaign.unpublish()

    assert Client().get(translated_campaign.url).status_code == 404


def test_page_made_private_is_no_longer_served_from_the_cache(
    client, translated_campaign, django_capture_on_commit_callbacks
):
    client.get(translated_campaign.url)

    with django_capture_on_commit_callbacks(execute=True):
        PageViewRestriction.objects.create(
            page=translated_campaign,
            restriction_type=PageViewRestriction.PASSWORD,
            password=secrets.token_hex(8),
        )

    response = Client().get(translated_campaign.url)
    assert "Java kundër trafikimit" not in response.content.decode()
    # and the password form's CSRF cookie is every visitor's own, never a shared copy
    assert "csrftoken" in response.cookies
    assert "csrftoken" in Client().get(translated_campaign.url).cookies


def test_campaign_scheduled_by_celery_beat_shows_on_the_index(
    client, campaign_index, django_capture_on_commit_callbacks
):
    page = campaign_index.add_child(
        instance=CampaignPage(title="Java e tetorit", slug="tetor", live=False)
    )
    go_live = timezone.now() + datetime.timedelta(hours=1)
    page.go_live_at = go_live
    page.save_revision().publish()
    assert "Java e tetorit" not in client.get(campaign_index.url).content.decode()

    # when Celery beat's task runs after the go-live time
    later = go_live + datetime.timedelta(minutes=1)
    with (
        mock.patch("django.utils.timezone.now", return_value=later),
        django_capture_on_commit_callbacks(execute=True),
    ):
        pages_publish_scheduled_task.delay()

    # then the cached index is replaced
    assert "Java e tetorit" in Client().get(campaign_index.url).content.decode()


def test_signed_in_partner_gets_own_page_and_it_is_never_shared(
    client, home_page, make_user
):
    library = build_library_page(home=home_page)
    public = PublicationFactory(title="Broshura")
    MaterialFactory(publication=public, title="Broshura 116 006")
    restricted = PublicationFactory(title="Manual SOP", partners_only=True)
    MaterialFactory(publication=restricted, title="Manual SOP")
    assert "Manual SOP" not in client.get(library.url).content.decode()

    # when a partner signs in, they get their own, uncached page
    partner = Client()
    partner.force_login(
        make_user("iom", "Partner", organisation=AgencyFactory(code="IOM", name="IOM"))
    )
    content, queries = queries_of(partner, library.url)
    assert "Manual SOP" in content
    assert "Partner sign-in" not in content
    assert queries > 0
    assert queries_of(partner, library.url)[1] > 0  # not kept for them either

    # and it was not stored for the next anonymous visitor
    assert "Manual SOP" not in Client().get(library.url).content.decode()


def test_post_is_neither_answered_from_nor_stored_into_the_cache(
    client, translated_campaign
):
    client.get(translated_campaign.url)

    with CaptureQueriesContext(connection) as queries:
        client.post(translated_campaign.url)

    assert len(queries) > 0


def test_each_language_keeps_its_own_page(client, translated_campaign):
    pages = {
        page.locale.language_code: page
        for page in translated_campaign.get_translations(inclusive=True)
    }

    for _ in range(2):  # the second round comes from the cache
        for language, page in pages.items():
            content = Client().get(page.url).content.decode()
            assert f"<title>{page.title} · Fener</title>" in content
            assert f'<html lang="{language}">' in content


def test_filters_each_keep_their_own_listing(client, campaign_index):
    CampaignPageFactory(
        parent=campaign_index,
        title="Fushata e vjetër",
        start_date=datetime.date(2015, 10, 1),
        end_date=datetime.date(2015, 10, 31),
    )
    CampaignPageFactory(
        parent=campaign_index,
        title="Fushata e ardhshme",
        start_date=timezone.localdate() + datetime.timedelta(days=30),
        end_date=None,
    )

    for _ in range(2):  # the second round comes from the cache
        finished = Client().get(f"{campaign_index.url}?status=finished")
        upcoming = Client().get(f"{campaign_index.url}?status=upcoming")
        assert "Fushata e vjetër" in finished.content.decode()
        assert "Fushata e ardhshme" not in finished.content.decode()
        assert "Fushata e ardhshme" in upcoming.content.decode()
        assert "Fushata e vjetër" not in upcoming.content.decode()


def test_every_download_is_counted(client, translated_campaign):
    brochure = MaterialFactory(title="Broshura 116 006")

    for _ in range(3):
        response = Client().get(brochure.url)
        assert response.status_code == 200
        b"".join(response.streaming_content)

    assert MaterialDownload.objects.filter(material=brochure).count() == 3


def test_a_saved_draft_keeps_the_cache(
    translated_campaign, django_capture_on_commit_callbacks
):
    Client().get(translated_campaign.url)

    # when an editor saves a draft (visitors see nothing new)
    translated_campaign.title = "Draft title"
    with django_capture_on_commit_callbacks(execute=True):
        translated_campaign.save_revision()

    # then the next visitor still gets the cached page
    content, queries = queries_of(Client(), translated_campaign.url)
    assert queries == 0
    assert "Draft title" not in content


def test_a_region_import_empties_the_cache(
    translated_campaign, django_capture_on_commit_callbacks
):
    from trainings.imports import reference_import

    Client().get(translated_campaign.url)

    # when the office imports regions (bulk writes send no signals)
    with django_capture_on_commit_callbacks(execute=True):
        reference_import("regions", b"code,name\nDR,Durr\xc3\xabs\n", filename="r.csv")

    # then the next visitor's page is built again
    _, queries = queries_of(Client(), translated_campaign.url)
    assert queries > 0
