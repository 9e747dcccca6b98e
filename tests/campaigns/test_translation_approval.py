"""An editor's translation goes through the office's approval without help: the
translation editor offers "send for approval" (never Delete) as its main action,
moderators hear of it, and the office sees which translations wait."""

import json

import pytest
from django.core import mail
from django.urls import reverse
from wagtail.models import Locale

from campaigns.demo import build_workflow
from siteconf.roles import roles_grant_content
from tests.factories import CampaignPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def people(make_user, home_page):
    roles_grant_content(home_page=home_page)
    build_workflow(home=home_page)
    editor = make_user("editor", "Campaign editor", email="editor@onac.gov.al")
    moderator = make_user("drita", "Moderator", email="drita@onac.gov.al")
    return editor, moderator


@pytest.fixture
def serbian_draft(campaign_index, client, people, django_capture_on_commit_callbacks):
    """A live Albanian campaign the editor has started translating into Serbian."""
    campaign = CampaignPageFactory(parent=campaign_index, title="Java e 116-006")
    serbian = Locale.objects.get(language_code="sr")
    client.force_login(people[0])
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            reverse("wagtail_localize:submit_page_translation", args=[campaign.pk]),
            {"locales": [serbian.pk]},
        )
    mail.outbox.clear()
    return campaign.get_translation(serbian)


def _editor_props(response) -> dict:
    html = response.content.decode()
    start = html.index('data-props="') + len('data-props="')
    import html as html_module

    return json.loads(html_module.unescape(html[start : html.index('"', start)]))


def test_the_translation_editor_offers_an_editor_send_for_approval(
    client, serbian_draft
):
    response = client.get(f"/admin/pages/{serbian_draft.pk}/edit/")

    # the footer's main action is the last one the editor may take: sending,
    # which the editor's own catalogue labels "Send for approval", not Delete
    assert _editor_props(response)["perms"]["canPublish"] is True
    catalog = response.content.decode()
    assert reverse("translation_approval_catalog") in catalog
    labels = client.get(reverse("translation_approval_catalog")).content.decode()
    assert json.dumps("Dërgo për miratim: ") in labels  # as the catalogue escapes it


def test_a_publisher_keeps_wagtail_localizes_publish_button(
    client, serbian_draft, make_user
):
    client.force_login(make_user("admin", None))

    response = client.get(f"/admin/pages/{serbian_draft.pk}/edit/")

    assert reverse("translation_approval_catalog") not in response.content.decode()


def test_sending_a_translation_waits_for_approval_and_tells_the_moderators(
    client, serbian_draft, people, django_capture_on_commit_callbacks
):
    _, moderator = people
    # when the editor presses the main button of the translation editor
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            f"/admin/pages/{serbian_draft.pk}/edit/", {"action": "publish"}
        )

    # then the Serbian page is not live but in the office's approval task
    assert response.status_code == 302
    serbian_draft.refresh_from_db()
    assert not serbian_draft.live
    assert serbian_draft.current_workflow_task.name == "Miratimi i Zyrës"
    # the moderator is told by e-mail
    assert "drita@onac.gov.al" in [message.to[0] for message in mail.outbox]
    # and the editor reads that it was sent
    page = client.get(response.url)
    assert "u dërgua për miratim" in page.content.decode()

    # when the moderator approves it, visitors see the Serbian page
    serbian_draft.current_workflow_task.on_action(
        serbian_draft.current_workflow_task_state, moderator, "approve"
    )
    serbian_draft.refresh_from_db()
    assert serbian_draft.live


def test_a_returned_translation_is_sent_again_into_the_same_approval(
    client, serbian_draft, people, django_capture_on_commit_callbacks
):
    _, moderator = people
    client.post(f"/admin/pages/{serbian_draft.pk}/edit/", {"action": "publish"})
    serbian_draft.refresh_from_db()
    state = serbian_draft.current_workflow_task_state
    serbian_draft.current_workflow_task.on_action(state, moderator, "reject")

    client.post(f"/admin/pages/{serbian_draft.pk}/edit/", {"action": "publish"})

    serbian_draft.refresh_from_db()
    assert serbian_draft.current_workflow_task.name == "Miratimi i Zyrës"
    assert serbian_draft.workflow_states.count() == 1


def test_pending_translations_lists_drafts_and_those_awaiting_approval(
    client, serbian_draft, translated_campaign
):
    response = client.get(reverse("pending_translations"))
    rows = {
        (page.title, page.locale.language_code): page.translation_state
        for page in response.context["pages"]
    }
    assert rows == {("Java e 116-006", "sr"): "draft"}

    client.post(f"/admin/pages/{serbian_draft.pk}/edit/", {"action": "publish"})

    response = client.get(reverse("pending_translations"))
    assert "Pret miratimin" in response.content.decode()
    [page] = response.context["pages"]
    assert page.translation_state == "in_moderation"


def test_missing_translations_counts_a_draft_as_not_yet_translated(
    client, serbian_draft
):
    response = client.get(reverse("missing_translations"))

    rows = {page.title: page.missing_languages for page in response.context["pages"]}
    assert rows["Java e 116-006"] == [("en", "missing"), ("sr", "draft")]
    html = response.content.decode()
    assert "Српски (draft)" not in html
    assert "Српски: skicë" in html
