"""The Content-Security-Policy blocks nothing the site and the admin need (chromium)."""

import pytest
from playwright.sync_api import Page as BrowserPage
from wagtail.models import Locale
from wagtail_localize.operations import translate_object

from campaigns.models import CampaignIndexPage
from materials.demo import build_library_page
from tests.factories import CampaignPageFactory, TrainingSessionFactory

pytestmark = pytest.mark.browser

# Chromium reports every blocked script, style, image or frame on the console, and
# fires `securitypolicyviolation` on the document; the init script keeps the events.
RECORD_VIOLATIONS = """
window.__cspViolations = [];
document.addEventListener("securitypolicyviolation", (e) => {
  window.__cspViolations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`);
});
"""


@pytest.fixture
def watched_page(page: BrowserPage):
    """A browser page that collects the CSP violations of every document it loads."""
    page.console_violations = []
    page.on(
        "console",
        lambda message: (
            "Content Security Policy" in message.text
            and page.console_violations.append(message.text)
        ),
    )
    page.add_init_script(RECORD_VIOLATIONS)
    return page


def assert_no_violation(page: BrowserPage, where: str) -> None:
    page.wait_for_load_state("networkidle")
    events = page.evaluate("window.__cspViolations")
    assert not page.console_violations and not events, (
        where,
        page.console_violations,
        events,
    )
    assert page.locator("body").is_visible()


@pytest.fixture
def site_content(live_home_page):
    index = CampaignIndexPage.objects.get(locale__language_code="sq")
    campaign = CampaignPageFactory(parent=index, title="Java kundër trafikimit")
    build_library_page(home=live_home_page)
    # A translation made the wagtail-localize way, so its editor opens.
    translate_object(campaign, [Locale.objects.get(language_code="en")])
    session = TrainingSessionFactory(ref="AL-2023-001", title="SOP training")
    return campaign, session


def test_public_site_and_admin_load_without_csp_violations(
    watched_page: BrowserPage, live_server, site_content, make_user
):
    page, url = watched_page, live_server.url
    campaign, session = site_content

    # the public site, strict policy (no inline script or style)
    for path in ("/sq/", campaign.url, "/sq/materiale/", "/sq/accounts/login/"):
        response = page.goto(f"{url}{path}")
        csp = response.header_value("content-security-policy")
        assert "unsafe-inline" not in csp and "script-src 'self'" in csp, path
        assert "unsafe-eval" not in csp
        assert_no_violation(page, path)

    # the admin, its own policy (inline scripts and styles, never inline handlers);
    # in English, whatever language the public pages left in the cookie
    make_user("office", admin_language="en")
    page.goto(f"{url}/admin/login/")
    assert_no_violation(page, "admin login")
    page.fill("#id_username", "office")
    page.fill("#id_password", "pass")
    page.click("form[action*=login] button[type=submit]")
    page.wait_for_url(f"{url}/admin/")
    assert_no_violation(page, "admin dashboard")

    # a session form: a person typed into the attendance table, and the funders'
    # type-ahead (a vendored script) opened
    page.goto(f"{url}/admin/trainings/sessions/edit/{session.pk}/")
    page.locator("input[name=participations-0-full_name]").fill("Arta Hoxha")
    page.locator("#id_funders-ts-control").fill("Pol")
    assert_no_violation(page, "session edit form")

    # a page edit form (StreamField, rich text, chooser panels)
    page.goto(f"{url}/admin/pages/{campaign.pk}/edit/")
    page.wait_for_selector("[data-contentpath=body]")
    assert_no_violation(page, "page edit form")
    # adding an image block and opening its chooser runs the modal's scripts
    page.locator("[data-contentpath=body] button[title='Insert a block']").first.click()
    page.get_by_role("option", name="Image").first.click()
    page.get_by_role("button", name="Choose an image").first.click()
    page.wait_for_selector(".modal-content input[name=q]")
    assert_no_violation(page, "page edit form, image chooser")

    # wagtail-localize's translation editor (a React app) on the English copy
    english = campaign.get_translation(Locale.objects.get(language_code="en"))
    page.goto(f"{url}/admin/pages/{english.pk}/edit/")
    page.get_by_role("button", name="Upload PO file").wait_for()
    assert_no_violation(page, "translation editor")
