"""Campaign fixtures: the demo tree plus a campaign translated into en and sr."""

import pytest
from wagtail.models import Locale

from campaigns.demo import publish_translation
from campaigns.models import CampaignIndexPage
from tests.factories import CampaignPageFactory


@pytest.fixture
def campaign_index(home_page):
    return CampaignIndexPage.objects.get(locale__language_code="sq")


@pytest.fixture
def translated_campaign(campaign_index):
    """A campaign published in sq, en and sr."""
    page = CampaignPageFactory(
        parent=campaign_index, title="Java kundër trafikimit", slug="java"
    )
    for code, title in (
        ("en", "Anti-trafficking week"),
        ("sr", "Недеља борбе против трговине"),
    ):
        publish_translation(
            page, Locale.objects.get(language_code=code), {"title": title}
        )
    return page
