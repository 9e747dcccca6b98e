"""An editor publishes a campaign with its brochure in sq/en/sr; a visitor downloads
the Serbian file and the count rises (chromium, the admin's real screens)."""

import re
from pathlib import Path

import pytest
from playwright.sync_api import expect

from campaigns.demo import build_workflow
from campaigns.models import CampaignIndexPage
from materials.models import Material, MaterialDownload
from siteconf.roles import roles_grant_content
from tests.factories import CampaignPageFactory, pdf_bytes

pytestmark = pytest.mark.browser
TITLE = {
    "sq": "Java kundër trafikimit",
    "en": "Anti-trafficking week",
    "sr": "Недеља борбе против трговине људима",
}
HOMES = {
    "sq": ("Fener: kundër trafikimit të qenieve njerëzore", "Fushatat"),
    "en": ("Fener: against trafficking in human beings", "Campaigns"),
    "sr": ("Fener: против трговине људима", "Кампање"),
}
LANGUAGE_NAMES = {"en": "English", "sr": "Српски"}


def open_campaign_in_admin(page, live_server, language: str) -> None:
    """Pages → a language's home → its campaigns → the campaign's editor (the
    listing shows the title of the latest draft)."""
    home_title, index_title = HOMES[language]
    page.goto(f"{live_server.url}/admin/pages/")
    page.get_by_role("link", name=f"Explore child pages of '{home_title}'").click()
    page.get_by_role("link", name=f"Explore child pages of '{index_title}'").click()
    page.get_by_role("link", name=TITLE[language], exact=True).click()


def translate_segment(page, heading: str, text: str) -> None:
    """Type one segment's translation in wagtail-localize's editor and save it.

    By keyboard: scrolled into view, the top segment sits under the sticky header,
    which takes the mouse's clicks.
    """
    segment = page.locator(
        "li", has=page.get_by_role("heading", name=heading, exact=True)
    )
    segment.get_by_role("button", name="Translate").press("Enter")
    segment.get_by_role("textbox").fill(text)
    segment.get_by_role("button", name="Save").press("Enter")
    expect(segment.get_by_text(text)).to_be_visible()


@pytest.fixture
def newsroom(live_home_page, make_user, tmp_path):
    """seed_demo's set-up: content roles on every language's tree, the approval workflow."""
    roles_grant_content(home_page=live_home_page)
    build_workflow(home=live_home_page)
    make_user("editor", "Campaign editor")
    make_user("moderator", "Moderator")
    files = {}
    for language in TITLE:
        files[language] = tmp_path / f"broshura-116006-{language}.pdf"
        files[language].write_bytes(pdf_bytes())
    return files


def test_editor_publishes_a_campaign_a_visitor_downloads_it_in_serbian(
    newsroom, live_server, page, other_person, admin_sign_in, screenshot
):
    # given the editor signed in
    admin_sign_in(page, "editor")

    # when they write the campaign page in Albanian under "Fushatat", as a draft
    page.goto(f"{live_server.url}/admin/pages/")
    page.get_by_role("link", name="Explore child pages of 'Fener: kundër").click()
    page.get_by_role("button", name="More options for 'Fushatat'").click()
    page.get_by_role("link", name="Add child page").last.click()
    page.get_by_role("textbox", name="Title").fill(TITLE["sq"])
    page.get_by_role("textbox", name="Title").press("Tab")
    # the Promote tab's slug follows the title (script, on a busy machine: wait)
    expect(page.locator("#id_slug")).to_have_value(re.compile("^java-kund"))
    page.get_by_role("textbox", name="Start date").fill("2026-10-12")
    page.get_by_role("textbox", name="End date").fill("2026-10-18")
    page.get_by_role("textbox", name="Summary").fill(
        "Një javë takimesh në shkolla dhe komunitete."
    )
    page.get_by_role("button", name="Save draft").click()
    expect(page.get_by_text(f"Page '{TITLE['sq']}' created.")).to_be_visible()

    # and describe the brochure, made for this campaign
    page.get_by_role("button", name="Materials").click()
    page.get_by_role("link", name="Publications").click()
    page.get_by_role("link", name="Add publication").click()
    page.get_by_role("textbox", name="Title").fill("Broshura 116 006")
    page.get_by_role("combobox", name="Type").select_option("brochure")
    page.get_by_role("listbox", name="Campaigns").select_option(label=TITLE["sq"])
    page.get_by_role("button", name="Create").click()
    expect(page.get_by_text("Publication 'Broshura 116 006' created.")).to_be_visible()

    # and upload its file in each language
    page.get_by_role("link", name="Documents").click()
    page.get_by_role("link", name="Add a document").click()
    page.locator("#fileupload").set_input_files(list(newsroom.values()))
    uploads = page.locator("#upload-list > li")
    expect(uploads.locator("form")).to_have_count(3)
    for left in (2, 1, 0):  # each updated file leaves the list
        upload = uploads.first
        title = upload.get_by_role("textbox", name="Title")
        language = title.input_value().removesuffix(".pdf")[-2:]  # the file's name
        title.fill(f"116 006 ({language})")
        upload.get_by_role("combobox", name="Publication").select_option(
            label="Broshura 116 006"
        )
        upload.get_by_role("combobox", name="Language").select_option(language)
        upload.get_by_role("button", name="Update").click()
        expect(uploads).to_have_count(left)

    # and send the page for approval
    open_campaign_in_admin(page, live_server, "sq")
    page.get_by_role("button", name="More actions").click()
    page.get_by_role("button", name="Submit to Miratimi i Zyrës").click()
    expect(page.get_by_text("has been submitted for moderation")).to_be_visible()

    # when a moderator, in their own browser, opens their dashboard
    moderator = other_person()
    admin_sign_in(moderator, "moderator")
    review = moderator.locator("tr", has_text=TITLE["sq"])  # "Awaiting your review"
    review.get_by_role("button", name="Actions").click()
    review.get_by_role("button", name="Approve", exact=True).click()
    expect(moderator.get_by_text("Awaiting your review")).to_be_hidden()

    # when the editor asks for the English and Serbian versions ("Translate": for a
    # live page, wagtail-localize publishes the copies at once, still in Albanian)
    page.get_by_role("button", name=f"More options for '{TITLE['sq']}'").click()
    page.get_by_role("link", name="Translate this page").click()
    page.get_by_label("English").check()
    page.get_by_label("Српски").check()
    page.get_by_role("button", name="Submit").click()
    expect(page.get_by_text("submitted for translation into 2 locales")).to_be_visible()
    page.get_by_role("link", name=TITLE["sq"]).click()
    page.get_by_role("button", name="Toggle status").click()
    page.get_by_role("button", name="Switch locales").click()
    page.get_by_role("link", name="Српски", exact=True).click()
    translate_segment(page, "Title", TITLE["sr"])
    translate_segment(page, "Summary", "Недеља састанака у школама и заједницама.")
    page.get_by_role("button", name="Switch locales").click()
    page.get_by_role("link", name="English", exact=True).click()
    translate_segment(page, "Title", TITLE["en"])  # the summary stays untranslated

    # then only someone who may publish can put the translations live: the
    # editor's main button sends the translation for approval (Delete is not it)
    expect(page.get_by_role("button", name="Publish in English")).to_have_count(0)
    screenshot(page, "editor-translation-send-for-approval")
    page.get_by_role("button", name="Send for approval: English").click()
    expect(page.get_by_text("was sent for approval in English")).to_be_visible()

    # when the moderator approves the English one from their dashboard, and
    # publishes the Serbian one from the same editor (allowed with segments left
    # untranslated: those keep the Albanian text)
    moderator.goto(f"{live_server.url}/admin/")
    review = moderator.locator("tr", has_text=TITLE["en"])
    review.get_by_role("button", name="Actions").click()
    review.get_by_role("button", name="Approve", exact=True).click()
    expect(moderator.locator("tr", has_text=TITLE["en"])).to_have_count(0)
    open_campaign_in_admin(moderator, live_server, "sr")
    moderator.get_by_role("button", name=f"Publish in {LANGUAGE_NAMES['sr']}").click()
    expect(moderator.get_by_text(f"Published '{TITLE['sr']}' in")).to_be_visible()

    # given the editor's download counts: nobody has the Serbian file yet
    page.get_by_role("button", name="Reports").click()
    page.get_by_role("link", name="Material downloads").click()
    assert serbian_downloads(page) == "0"

    # when a visitor goes from the home page to the campaign, then to Serbian
    visitor = other_person()
    visitor.goto(f"{live_server.url}/sq/")
    visitor.get_by_role("link", name="Fushatat").first.click()
    visitor.get_by_role("link", name=TITLE["sq"]).click()
    visitor.locator("nav.languages").get_by_role("link", name="Српски").click()

    # then the Serbian page is shown, with the brochure in three languages
    visitor.wait_for_url("**/sr/kampanje/**")
    expect(visitor.locator("h1")).to_have_text(TITLE["sr"])
    expect(visitor.locator("ul.downloads a")).to_have_count(3)

    # when they download the Serbian file
    with visitor.expect_download() as download:
        visitor.locator('a[hreflang="sr"][download]').click()

    # then they get the PDF, and the editor sees one more download of that file
    assert Path(download.value.path()).read_bytes().startswith(b"%PDF")
    screenshot(visitor, "visitor-serbian-campaign")
    page.reload()
    assert serbian_downloads(page) == "1"
    assert MaterialDownload.objects.get().material.language == "sr"
    screenshot(page, "editor-material-downloads")


def serbian_downloads(page) -> str:
    """The Downloads cell of the Serbian file in Reports → Material downloads."""
    row = page.locator("tr", has_text="116 006 (sr)")
    return row.locator("td").last.inner_text()


def test_editor_uploads_a_brochure_without_leaving_the_campaign_page(
    newsroom, live_server, page, admin_sign_in, screenshot
):
    # given the editor on a saved campaign page's editor
    campaign = CampaignPageFactory(
        parent=CampaignIndexPage.objects.get(locale__language_code="sq"),
        title=TITLE["sq"],
    )
    admin_sign_in(page, "editor")
    page.goto(f"{live_server.url}/admin/pages/{campaign.pk}/edit/")

    # when they upload the brochure's three language files from its Brochures panel
    page.get_by_role("button", name="Upload a brochure").click()
    modal = page.locator("form[data-brochure-upload-form]")
    modal.get_by_role("textbox", name="Title").fill("Broshura 116 006")
    for language, name in (("sq", "Shqip"), ("en", "English"), ("sr", "Српски")):
        modal.get_by_label(name, exact=True).set_input_files(newsroom[language])
    screenshot(page, "editor-brochure-upload-modal")
    modal.get_by_role("button", name="Upload").click()

    # then the panel lists it with its three files, still on the page editor
    brochures = page.locator("[data-brochure-list]")
    expect(brochures).to_contain_text("Broshura 116 006")
    expect(
        brochures.get_by_role("link", name="Broshura 116 006 (Српски)")
    ).to_be_visible()
    assert page.url.endswith(f"/admin/pages/{campaign.pk}/edit/")
    screenshot(page, "editor-brochure-panel")
    assert Material.objects.filter(publication__campaigns=campaign).count() == 3
