"""What editors see in the admin: activities (listed, exported), missing translations."""

import pytest
from wagtail.models import Locale

from tests.factories import CampaignActivityFactory, CampaignPageFactory

pytestmark = pytest.mark.django_db


def test_editor_lists_and_exports_campaign_activities(editor_client, campaign_index):
    campaign = CampaignPageFactory(parent=campaign_index, title="Java 2022")
    CampaignActivityFactory(campaign=campaign, title="Spot në TVSH", broadcasts=12)

    listing = editor_client.get("/admin/campaignactivity/")
    export = editor_client.get("/admin/campaignactivity/?export=csv")

    assert "Spot në TVSH" in listing.content.decode()
    csv = b"".join(export.streaming_content).decode()
    assert "Spot në TVSH" in csv
    assert ",12," in csv


def test_activity_form_offers_only_albanian_campaign_pages(
    editor_client, translated_campaign
):
    response = editor_client.get("/admin/campaignactivity/new/")

    choices = response.context["form"].fields["campaign"].queryset
    assert list(choices) == [translated_campaign]


def test_missing_translations_report_lists_untranslated_pages(
    editor_client, campaign_index, translated_campaign
):
    # given a campaign only in Albanian, and one translated into en but not sr
    CampaignPageFactory(parent=campaign_index, title="Vetëm shqip")
    half = CampaignPageFactory(parent=campaign_index, title="Gjysmë")
    half.copy_for_translation(Locale.objects.get(language_code="en"))

    response = editor_client.get("/admin/reports/missing-translations/")

    html = response.content.decode()
    rows = {page.title: page.missing_languages for page in response.context["pages"]}
    # (the English copy is a draft: visitors have no English page yet)
    assert rows == {
        "Vetëm shqip": [("en", "missing"), ("sr", "missing")],
        "Gjysmë": [("en", "draft"), ("sr", "missing")],
    }
    assert "Java kundër trafikimit" not in html


def test_campaign_form_names_plan_measures_by_their_wording(
    editor_client, translated_campaign
):
    from trainings.models import Plan, PlanNode

    plan = Plan.objects.create(
        code="AL-NAP-2021-2023",
        title="NAP",
        country="AL",
        start_year=2021,
        end_year=2023,
    )
    PlanNode.objects.create(
        plan=plan, level=2, code="3.1.1", title="Massive awareness campaigns"
    )

    response = editor_client.get(f"/admin/pages/{translated_campaign.pk}/edit/")

    assert (
        "AL-NAP-2021-2023 3.1.1 – Massive awareness campaigns"
        in response.content.decode()
    )


def test_editor_may_translate_and_edit_the_english_and_serbian_trees(
    editor_client, translated_campaign
):
    from django.urls import reverse

    serbian = translated_campaign.get_translation(
        Locale.objects.get(language_code="sr")
    )
    translate = reverse(
        "wagtail_localize:submit_page_translation", args=[translated_campaign.pk]
    )

    # Wagtail answers a refused page with a redirect to the dashboard, not 200.
    assert editor_client.get(translate).status_code == 200
    assert editor_client.get(f"/admin/pages/{serbian.pk}/edit/").status_code == 200


def test_translate_makes_drafts_that_wait_for_someone_who_publishes(
    editor_client, campaign_index, django_capture_on_commit_callbacks
):
    from django.urls import reverse

    campaign = CampaignPageFactory(parent=campaign_index, title="Java e 116-006")
    serbian = Locale.objects.get(language_code="sr")
    # when the editor translates the live Albanian page into Serbian
    with django_capture_on_commit_callbacks(execute=True):
        response = editor_client.post(
            reverse("wagtail_localize:submit_page_translation", args=[campaign.pk]),
            {"locales": [serbian.pk]},
        )
    # then the Serbian page exists, but visitors do not see it yet
    assert response.status_code == 302
    assert not campaign.get_translation(serbian).live
