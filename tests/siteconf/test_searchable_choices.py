"""Long lists in admin forms (regions, plan measures, agencies) are type-aheads, and
each choice says what it is: "Kukës (qark)" and "Kukës (bashki)" are two choices
an editor can tell apart."""

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from playwright.sync_api import expect

from campaigns.models import CampaignIndexPage, CampaignPage
from tests.factories import CampaignPageFactory, PlanNodeFactory, RegionFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def kukes(db):
    county = RegionFactory(code="AL-07", name="Kukës", kind="qark")
    town = RegionFactory(
        code="AL-07-KUKES", name="Kukës", kind="municipality", parent=county
    )
    return county, town


@pytest.fixture
def campaign(home_page):
    index = CampaignIndexPage.objects.get(locale__language_code="sq")
    return CampaignPageFactory(parent=index, title="Java e 116-006")


def _select(html: str, name: str) -> str:
    return re.search(rf'<select name="{name}".*?</select>', html, re.S).group(0)


def test_a_county_and_its_town_are_two_choices_an_editor_tells_apart(
    editor_client, campaign, kukes
):
    html = editor_client.get(f"/admin/pages/{campaign.pk}/edit/").content.decode()

    regions = _select(html, "regions")
    assert "data-searchable" in regions
    assert ">Kukës (qark)</option>" in regions
    assert ">Kukës (bashki)</option>" in regions
    assert "tom-select.complete.min.js" in html


def test_activity_form_offers_searchable_measures_and_labelled_regions(
    editor_client, kukes
):
    PlanNodeFactory(plan__code="AL-NAP-2021-2023", code="3.1.1", title="Fushata")

    html = editor_client.get("/admin/campaignactivity/new/").content.decode()

    assert "data-searchable" in _select(html, "measures")
    assert ">AL-NAP-2021-2023 3.1.1 – Fushata</option>" in _select(html, "measures")
    assert ">Kukës (bashki)</option>" in _select(html, "region")


def test_measure_labels_cost_the_same_queries_for_400_measures_as_for_2(
    editor_client, campaign
):
    def queries() -> int:
        with CaptureQueriesContext(connection) as captured:
            editor_client.get(f"/admin/pages/{campaign.pk}/edit/")
        return len(captured)

    PlanNodeFactory.create_batch(2, plan__code="AL-NAP")
    queries()  # the first request fills caches (locales, site)
    few = queries()
    PlanNodeFactory.create_batch(398, plan__code="KS-SAP")

    assert queries() == few


@pytest.mark.browser
def test_editor_finds_the_town_by_typing_and_saves_it(
    live_home_page, make_user, live_server, page, admin_sign_in, screenshot
):
    from siteconf.roles import roles_grant_content

    roles_grant_content(home_page=live_home_page)
    make_user("redaktore", "Campaign editor", admin_language="sq")
    county = RegionFactory(code="AL-07", name="Kukës", kind="qark")
    RegionFactory(code="AL-07-KUKES", name="Kukës", kind="municipality", parent=county)
    RegionFactory(code="AL-11", name="Tiranë", kind="qark")
    index = CampaignIndexPage.objects.get(locale__language_code="sq")
    campaign = CampaignPageFactory(parent=index, title="Java në Kukës")
    admin_sign_in(page, "redaktore")
    page.goto(f"{live_server.url}/admin/pages/{campaign.pk}/edit/")

    # when the editor types "kuk" in the regions and picks the town
    regions = page.locator(".ts-wrapper", has=page.locator("#id_regions-ts-control"))
    page.locator("#id_regions-ts-control").fill("kuk")
    options = page.locator(".ts-dropdown .option")
    expect(options).to_have_text(["Kukës (qark)", "Kukës (bashki)"])
    screenshot(page, "editor-region-type-ahead")
    options.get_by_text("Kukës (bashki)").click()
    expect(regions.locator(".item")).to_have_count(1)
    page.get_by_role("button", name="Ruaj draftin").click()
    expect(page.locator(".messages .success")).to_be_visible()

    # then the town, not the county, is the campaign's region
    saved = CampaignPage.objects.get(pk=campaign.pk).get_latest_revision_as_object()
    assert [region.code for region in saved.regions.all()] == ["AL-07-KUKES"]
