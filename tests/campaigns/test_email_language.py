"""E-mails reach officials in their own language: a moderator learns in Albanian or
Serbian that a page waits for approval, and a password reset arrives in the
language of the browser that asked for it."""

import pytest
from django.core import mail
from django.core.cache import cache
from wagtail.models import Page
from wagtail.users.models import UserProfile

from campaigns.demo import build_workflow
from campaigns.models import CampaignIndexPage
from siteconf.roles import roles_grant_content
from tests.factories import CampaignPageFactory

pytestmark = pytest.mark.django_db
EDIT_HERE = {
    "sq": "Mund ta ndryshoni faqen këtu:",
    "sr": "Страницу можете уредити овде:",
}


def _moderator(make_user, name: str, language: str):
    user = make_user(name, "Moderator", email=f"{name}@onac.gov.al")
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language
    profile.save()
    return user


def test_moderators_are_told_of_a_submitted_page_in_their_language(
    make_user, home_page
):
    roles_grant_content(home_page=home_page)
    _moderator(make_user, "drita", "sq")
    _moderator(make_user, "milos", "sr")
    editor = make_user("editor", "Campaign editor", email="editor@onac.gov.al")
    workflow = build_workflow(home=home_page)
    index = CampaignIndexPage.objects.get(locale=home_page.locale)
    page = CampaignPageFactory(parent=index, title="Java kundër trafikimit")
    # when
    workflow.start(Page.objects.get(pk=page.pk), editor)
    # then
    sent = {message.to[0]: message for message in mail.outbox}
    for address, language in (("drita@onac.gov.al", "sq"), ("milos@onac.gov.al", "sr")):
        assert EDIT_HERE[language] in sent[address].body, sent[address].body
        assert "submitted" not in sent[address].subject + sent[address].body


@pytest.mark.parametrize(
    ("language", "subject"),
    [("sq", "Rivendosja e fjalëkalimit"), ("sr", "Ресетовање лозинке")],
)
def test_a_password_reset_arrives_in_the_browsers_language(
    client, make_user, language, subject
):
    cache.clear()  # the reset's rate limits count in the cache
    make_user("arta", "Trainer", email="arta@onac.gov.al")
    # when
    client.post(
        "/admin/password_reset/",
        {"email": "arta@onac.gov.al"},
        HTTP_ACCEPT_LANGUAGE=language,
    )
    # then
    (message,) = mail.outbox
    assert subject in message.subject
    assert "Password reset" not in message.subject + message.body
