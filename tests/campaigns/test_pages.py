"""Campaign pages: where editors may create them, and what visitors see in each language."""

import datetime

import pytest
from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase

from campaigns.models import CampaignIndexPage, CampaignPage, HomePage
from materials.models import MaterialLibraryPage
from tests.factories import (
    CampaignActivityFactory,
    CampaignPageFactory,
    RegionFactory,
    TargetGroupFactory,
)

pytestmark = pytest.mark.django_db


class TestPageTree(WagtailPageTestCase):
    def test_campaigns_live_only_under_the_campaign_index(self):
        self.assertCanCreateAt(CampaignIndexPage, CampaignPage)
        self.assertCanNotCreateAt(HomePage, CampaignPage)
        self.assertCanNotCreateAt(CampaignPage, CampaignPage)
        self.assertCanNotCreateAt(Page, CampaignPage)

    def test_home_holds_the_index_and_the_library(self):
        self.assertAllowedSubpageTypes(
            HomePage, {CampaignIndexPage, MaterialLibraryPage}
        )
        self.assertAllowedParentPageTypes(CampaignPage, {CampaignIndexPage})


@pytest.mark.parametrize(
    ("language", "title"),
    [
        ("sq", "Java kundër trafikimit"),
        ("en", "Anti-trafficking week"),
        ("sr", "Недеља борбе"),
    ],
)
def test_campaign_renders_in_each_language(
    client, translated_campaign, language, title
):
    page = translated_campaign.get_translation(
        translated_campaign.locale.__class__.objects.get(language_code=language)
    )

    html = client.get(page.url).content.decode()

    assert title in html
    assert f'<html lang="{language}">' in html
    assert "tel:116006" in html


def test_campaign_page_shows_facts_activities_and_open_graph(client, campaign_index):
    # given a campaign with a target group, a region and one activity
    group = TargetGroupFactory(name="Nxënës", name_en="Pupils")
    region = RegionFactory(code="SH", name="Shkodër")
    page = CampaignPageFactory(
        parent=campaign_index, title="Shkollat", target_groups=[group], regions=[region]
    )
    CampaignActivityFactory(campaign=page, title="Orë në shkollën Ismail Qemali")

    # when a visitor opens it
    html = client.get(page.url).content.decode()

    # then
    assert "Nxënës" in html
    assert "Shkodër" in html
    assert "Orë në shkollën Ismail Qemali" in html
    assert '<meta property="og:title" content="Shkollat">' in html
    assert '<meta property="og:type" content="article">' in html


def test_translated_page_lists_activities_of_the_albanian_page(
    client, translated_campaign
):
    CampaignActivityFactory(campaign=translated_campaign, title="Takim me komunitetin")
    english = translated_campaign.get_translation(
        translated_campaign.locale.__class__.objects.get(language_code="en")
    )

    html = client.get(english.url).content.decode()

    assert "Takim me komunitetin" in html
    assert english.specific.activities.count() == 0  # stored once, on the sq page


def test_language_switcher_links_to_the_serbian_translation(
    client, translated_campaign
):
    html = client.get(translated_campaign.url).content.decode()

    assert 'hreflang="sr"' in html
    assert "/sr/kampanje/java/" in html


class TestIndexFilters:
    @pytest.fixture
    def campaigns(self, campaign_index):
        pupils = TargetGroupFactory(code="pupils")
        kukes = RegionFactory(code="KU", name="Kukës")
        today = datetime.date.today()
        return {
            "old": CampaignPageFactory(
                parent=campaign_index,
                title="Java 2021",
                start_date=datetime.date(2021, 10, 1),
                end_date=datetime.date(2021, 10, 31),
                target_groups=[pupils],
            ),
            "now": CampaignPageFactory(
                parent=campaign_index,
                title="Linja 116 006",
                start_date=today - datetime.timedelta(days=5),
                end_date=today + datetime.timedelta(days=5),
                regions=[kukes],
            ),
            "next": CampaignPageFactory(
                parent=campaign_index,
                title="Fushata e ardhshme",
                start_date=today + datetime.timedelta(days=30),
                end_date=today + datetime.timedelta(days=60),
            ),
        }

    @pytest.mark.parametrize(
        ("query", "expected"),
        [
            ("year=2021", {"Java 2021"}),
            ("target_group=pupils", {"Java 2021"}),
            ("region=KU", {"Linja 116 006"}),
            ("status=ongoing", {"Linja 116 006"}),
            ("status=upcoming", {"Fushata e ardhshme"}),
            ("status=finished", {"Java 2021"}),
            ("", {"Java 2021", "Linja 116 006", "Fushata e ardhshme"}),
        ],
    )
    def test_filter(self, client, campaign_index, campaigns, query, expected):
        response = client.get(f"{campaign_index.url}?{query}")

        assert {c.title for c in response.context["campaigns"]} == expected

    def test_unknown_filter_value_shows_everything_not_an_error(
        self, client, campaign_index, campaigns
    ):
        response = client.get(f"{campaign_index.url}?region=NOPE")

        assert response.status_code == 200
        assert len(response.context["campaigns"]) == 3


@pytest.mark.parametrize(
    ("stored", "shown"),
    [
        # pages saved when the default was English, or by an Albanian editor
        (
            "Call 116 006, free and confidential",
            "Позовите 116 006, бесплатно и поверљиво",
        ),
        (
            "Telefononi 116 006, falas dhe konfidenciale",
            "Позовите 116 006, бесплатно и поверљиво",
        ),
        # an editor's own words are theirs
        ("Позовите нас", "Позовите нас"),
    ],
)
def test_call_to_action_default_text_speaks_the_readers_language(
    client, translated_campaign, stored, shown
):
    from wagtail.models import Locale

    serbian = translated_campaign.get_translation(
        Locale.objects.get(language_code="sr")
    )
    serbian.body = [("call_to_action", {"text": stored, "url": "tel:080011111"})]
    serbian.save_revision().publish()

    response = client.get(serbian.url)

    assert f'<a class="button" href="tel:080011111">{shown}</a>' in response.text


@pytest.mark.parametrize(
    ("language", "group", "region"),
    [
        ("sq", "Nxënës", "Shkodër"),
        ("en", "Pupils", "Shkodër"),  # no English name: the Albanian one
        ("sr", "Ученици", "Скадар"),
    ],
)
def test_campaign_page_names_groups_and_regions_in_the_visitors_language(
    client, campaign_index, language, group, region
):
    from wagtail.models import Locale

    from campaigns.demo import publish_translation

    pupils = TargetGroupFactory(name="Nxënës", name_en="Pupils", name_sr="Ученици")
    shkoder = RegionFactory(code="SH", name="Shkodër", name_sr="Скадар")
    page = CampaignPageFactory(
        parent=campaign_index,
        title="Shkollat",
        target_groups=[pupils],
        regions=[shkoder],
    )
    for code in ("en", "sr"):
        publish_translation(page, Locale.objects.get(language_code=code), {})
    shown = page.get_translation(Locale.objects.get(language_code=language))

    html = client.get(shown.url).content.decode()

    assert f'<span class="tag">{group}</span>' in html
    assert f"<dd>{region}</dd>" in html
