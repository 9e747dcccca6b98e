"""Wagtail's moderation workflow and scheduled publishing, as the office configures them."""

import datetime
from unittest import mock

import pytest
from django.core.management import call_command
from django.utils import timezone

from campaigns.demo import build_workflow
from campaigns.models import CampaignPage
from campaigns.tasks import pages_publish_scheduled_task
from siteconf.roles import roles_grant_content

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor_and_moderator(make_user, home_page):
    roles_grant_content(home_page=home_page)
    build_workflow(home=home_page)
    return make_user("editor", "Campaign editor"), make_user("moderator", "Moderator")


def test_editor_submission_goes_live_only_after_approval(
    client, campaign_index, editor_and_moderator
):
    editor, moderator = editor_and_moderator
    client.force_login(editor)

    # when the editor creates a campaign and submits it for moderation
    response = client.post(
        f"/admin/pages/add/campaigns/campaignpage/{campaign_index.pk}/",
        {
            "title": "Fushata në Kukës",
            "slug": "kukes",
            "summary": "Takime me komunitetin.",
            "body-count": "0",
            "action-submit": "Submit",
        },
    )

    # then it waits, not live, in the office's approval task
    assert response.status_code == 302, response.context["form"].errors
    page = CampaignPage.objects.get(slug="kukes")
    assert not page.live
    assert page.current_workflow_task.name == "Miratimi i Zyrës"

    # when a moderator approves it
    page.current_workflow_task.on_action(
        page.current_workflow_task_state, moderator, "approve"
    )

    # then the campaign is published
    page.refresh_from_db()
    assert page.live
    assert client.get(page.url).status_code == 200


def test_editor_cannot_publish_directly(client, campaign_index, editor_and_moderator):
    editor, _ = editor_and_moderator
    client.force_login(editor)

    client.post(
        f"/admin/pages/add/campaigns/campaignpage/{campaign_index.pk}/",
        {"title": "Direkt", "slug": "direkt", "body-count": "0", "action-publish": "1"},
    )

    assert not CampaignPage.objects.get(slug="direkt").live


def test_scheduled_campaign_goes_live_when_publish_scheduled_runs(campaign_index):
    # given a campaign approved to go live in an hour
    page = campaign_index.add_child(
        instance=CampaignPage(title="Java e tetorit", slug="tetor", live=False)
    )
    go_live = timezone.now() + datetime.timedelta(hours=1)
    page.go_live_at = go_live
    page.save_revision().publish()
    page.refresh_from_db()
    assert not page.live

    # when the scheduler runs before that time, then after it
    call_command("publish_scheduled")
    page.refresh_from_db()
    assert not page.live
    later = go_live + datetime.timedelta(minutes=1)
    with mock.patch("django.utils.timezone.now", return_value=later):
        pages_publish_scheduled_task.delay()  # what Celery beat runs

    # then it is live
    page.refresh_from_db()
    assert page.live


def test_an_earlier_english_named_workflow_is_renamed_not_doubled(home_page, roles):
    from wagtail.models import GroupApprovalTask, Workflow

    from campaigns.demo import build_workflow

    Workflow.objects.create(name="Office approval")
    GroupApprovalTask.objects.create(name="Office approval")
    # when the demo is seeded again on that installation
    build_workflow(home=home_page)
    # then there is one workflow and one task, named in Albanian (beside Wagtail's
    # own "Moderators approval", which its migrations create)
    names = ["Office approval", "Miratimi i Zyrës"]
    workflows = Workflow.objects.filter(name__in=names).values_list("name", flat=True)
    tasks = GroupApprovalTask.objects.filter(name__in=names)
    assert list(workflows) == ["Miratimi i Zyrës"]
    assert list(tasks.values_list("name", flat=True)) == ["Miratimi i Zyrës"]
