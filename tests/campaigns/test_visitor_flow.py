"""A visitor finds a campaign, switches to Serbian and downloads the brochure (chromium)."""

from pathlib import Path

import pytest
from playwright.sync_api import Page as BrowserPage
from wagtail.models import Locale

from campaigns.demo import publish_translation
from campaigns.models import CampaignIndexPage
from materials.models import MaterialDownload
from tests.factories import CampaignPageFactory, MaterialFactory, PublicationFactory

ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"


@pytest.fixture
def campaign_with_brochure(live_home_page):
    index = CampaignIndexPage.objects.get(locale__language_code="sq")
    campaign = CampaignPageFactory(
        parent=index, title="Java kundër trafikimit", slug="java"
    )
    publish_translation(
        campaign,
        Locale.objects.get(language_code="sr"),
        {"title": "Nedelja borbe protiv trgovine ljudima"},
    )
    publication = PublicationFactory(title="Broshura 116 006")
    publication.campaigns.add(campaign)
    for language in ("sq", "en", "sr"):
        MaterialFactory(
            publication=publication, language=language, title=f"116 006 {language}"
        )
    return campaign


@pytest.mark.browser
def test_visitor_reads_a_campaign_in_serbian_and_downloads_the_brochure(
    page: BrowserPage, live_server, campaign_with_brochure
):
    # given a visitor on the Albanian home page
    page.goto(f"{live_server.url}/sq/")

    # when they open the campaigns, the campaign, then switch to Serbian
    page.get_by_role("link", name="Fushatat").first.click()
    page.get_by_role("link", name="Java kundër trafikimit").click()
    page.locator("nav.languages").get_by_role("link", name="Srpski").click()

    # then the Serbian page is shown
    page.wait_for_url("**/sr/kampanje/java/")
    assert page.locator("h1").inner_text() == "Nedelja borbe protiv trgovine ljudima"
    assert page.locator("html").get_attribute("lang") == "sr"

    # when they download the Serbian brochure
    with page.expect_download() as download_info:
        page.locator('a[hreflang="sr"][download]').click()

    # then they get the PDF, and the download is counted for the Serbian file
    download = download_info.value
    assert download.suggested_filename.endswith(".pdf")
    assert Path(download.path()).read_bytes().startswith(b"%PDF")
    assert MaterialDownload.objects.get().material.language == "sr"
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(
        path=ARTIFACTS / "visitor-flow-serbian-campaign.png", full_page=True
    )
