"""A shared campaign link shows its picture; campaign cards carry it too."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.campaigns.test_phone import wide_image
from tests.factories import CampaignPageFactory

pytestmark = pytest.mark.django_db


def test_a_shared_campaign_names_its_picture_and_language(client, campaign_index):
    page = CampaignPageFactory(parent=campaign_index, image=wide_image())

    html = client.get(page.url).content.decode()

    # the picture as a social network wants it: absolute, 1200 × 630
    assert '<meta property="og:image" content="http://testserver/media/' in html
    assert ".fill-1200x630" in html
    assert '<meta property="og:image:width" content="1200">' in html
    assert '<meta name="twitter:card" content="summary_large_image">' in html
    # the language with its country, the others as alternates
    assert '<meta property="og:locale" content="sq_AL">' in html
    assert '<meta property="og:locale:alternate" content="sr_RS">' in html


def test_a_page_without_picture_claims_none(client, campaign_index):
    page = CampaignPageFactory(parent=campaign_index)

    assert "og:image" not in client.get(page.url).content.decode()


def queries_for_list(client, url) -> int:
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def test_campaign_cards_show_pictures_in_a_fixed_number_of_queries(
    client, campaign_index
):
    CampaignPageFactory(parent=campaign_index, image=wide_image())
    client.get(campaign_index.url)  # renditions made once, as on a live site
    few = queries_for_list(client, campaign_index.url)
    for _ in range(5):
        CampaignPageFactory(parent=campaign_index, image=wide_image())
    client.get(campaign_index.url)

    html = client.get(campaign_index.url).content.decode()

    assert html.count('class="card-image"') == 6
    assert "400w" in html and ".fill-800x420" in html
    assert queries_for_list(client, campaign_index.url) == few
