"""The public site on a phone: nothing scrolls sideways from 320 px up, the hotline
and the languages stay on screen, body images come in sizes for the screen."""

import io

import pytest
from django.core.files.images import ImageFile
from PIL import Image as PillowImage
from wagtail.images import get_image_model

from materials.models import MaterialLibraryPage
from tests.factories import (
    CampaignActivityFactory,
    CampaignPageFactory,
    MaterialFactory,
    PublicationFactory,
)

WIDTHS = (320, 375, 768, 1280)
LONG_TITLE = "Tetori 2022 – Muaji i luftës kundër trafikimit të qenieve njerëzore"


def wide_image(width: int = 1600, height: int = 800):
    buffer = io.BytesIO()
    PillowImage.new("RGB", (width, height), "#14593b").save(buffer, format="PNG")
    return get_image_model().objects.create(
        title="Plakati", file=ImageFile(buffer, name="plakati.png")
    )


def campaign_with_everything(index):
    """A campaign as editors make them: long title, a wide poster, a table."""
    poster = wide_image()
    page = CampaignPageFactory(
        parent=index,
        title=LONG_TITLE,
        slug="tetori-2022",
        body=[
            ("paragraph", "<p>Informacion për publikun.</p>"),
            ("image", poster),
        ],
    )
    for n in range(3):
        CampaignActivityFactory(
            campaign=page,
            title=f"Ditë informimi në tregun e Peshkopisë nr. {n}",
            place="Peshkopi, sheshi kryesor",
            audience_total=1610,
        )
    return page


@pytest.fixture
def public_site(live_home_page):
    from campaigns.models import CampaignIndexPage

    index = CampaignIndexPage.objects.get(locale__language_code="sq")
    campaign = campaign_with_everything(index)
    library = live_home_page.add_child(
        instance=MaterialLibraryPage(title="Materiale", slug="materiale")
    )
    MaterialFactory(publication=PublicationFactory(title="Broshura 116 006"))
    return [
        "/sq/",
        "/en/",
        "/sr/",
        index.url,
        campaign.url,
        library.url,
        "/sq/search/?q=trafikim",
        "/sr/accounts/login/",
    ]


@pytest.mark.browser
def test_no_page_scrolls_sideways_and_the_hotline_stays_in_reach(
    public_site, live_server, page, screenshot
):
    for width in WIDTHS:
        page.set_viewport_size({"width": width, "height": 740})
        for path in public_site:
            page.goto(live_server.url + path)
            # then the document is no wider than the screen
            document_width = page.evaluate("document.documentElement.scrollWidth")
            assert document_width <= width, f"{path} at {width} px: {document_width}"
            # and the hotline and every language are whole, on screen, in one tap
            hotline = page.locator(".site-header a[href='tel:116006']")
            for link in [hotline, *page.locator(".languages a").all()]:
                box = link.bounding_box()
                assert box and box["x"] >= 0 and box["x"] + box["width"] <= width
                assert box["y"] + box["height"] <= 120, f"{path}: below the header"
        if width == 375:
            screenshot(page, "phone-375-campaign")


@pytest.mark.browser
def test_a_phone_loads_the_small_rendition_of_a_wide_poster(
    public_site, live_server, page
):
    page.set_viewport_size({"width": 375, "height": 740})
    page.goto(live_server.url + public_site[4])

    poster = page.locator(".body-image img")
    # then the browser picked a rendition near the screen's width, not the original
    source = poster.evaluate("img => img.currentSrc")
    assert ".width-400" in source or ".width-800" in source, source
    assert poster.evaluate("img => img.getBoundingClientRect().width") <= 375


@pytest.mark.django_db
def test_body_images_carry_sizes_and_the_editors_alt_text(client, home_page):
    from campaigns.models import CampaignIndexPage

    index = CampaignIndexPage.objects.get(locale__language_code="sq")
    page = campaign_with_everything(index)

    html = client.get(page.url).content.decode()

    assert 'sizes="(min-width: 70rem) 68rem, 100vw"' in html
    assert "400w" in html and "1200w" in html
    assert 'alt="Plakati"' in html  # the image's title when no alt text was given


@pytest.mark.django_db
def test_a_decorative_image_gets_an_empty_alt(client, home_page):
    from campaigns.models import CampaignIndexPage

    index = CampaignIndexPage.objects.get(locale__language_code="sq")
    page = CampaignPageFactory(
        parent=index,
        body=[("image", {"image": wide_image(), "decorative": True, "alt_text": ""})],
    )

    html = client.get(page.url).content.decode()

    assert 'alt=""' in html and 'alt="Plakati"' not in html


@pytest.mark.browser
def test_the_site_remembers_the_language_the_visitor_chose(
    public_site, live_server, page
):
    # given a visitor whose browser asks for English, reading the Serbian site
    page.goto(live_server.url + "/sr/")

    # when they come back to the bare address, or tap the logo
    page.goto(live_server.url + "/")
    assert page.url == live_server.url + "/sr/"
    page.get_by_role("link", name="Fener", exact=True).click()

    # then they stay in Serbian
    assert page.url == live_server.url + "/sr/"
