"""Campaign and materials admin screens speak the user's language, never Fener's English.

A user without a preferred language gets the default (Albanian); one who chose
Serbian gets Serbian. Wagtail's own words are another slice of issue 11: only
Fener's labels are checked here.
"""

import re
from html import unescape

import pytest
from wagtail.users.models import UserProfile

from siteconf.roles import roles_grant_content

pytestmark = pytest.mark.django_db

SCREENS = [
    "/admin/campaignactivity/",
    "/admin/campaignactivity/new/",
    "/admin/targetgroup/",
    "/admin/targetgroup/new/",
    "/admin/channel/",
    "/admin/publication/",
    "/admin/publication/new/",
    "/admin/printrun/",
    "/admin/printrun/new/",
    "/admin/distribution/",
    "/admin/distribution/new/",
    "/admin/materialdownload/",
    "/admin/reports/downloads/",
    "/admin/reports/missing-translations/",
]
# What these screens used to show in English (Fener's words, not Wagtail's).
ENGLISH = [
    "Target groups",
    "Print runs",
    "Distributions",
    "Material downloads",
    "Missing translations",
    "Missing languages",
    "Per organisation",
    "Per file",
    "Name in English",
    "Name in Serbian",
    "Albanian label",
    "People reached",
    "Women and girls reached",
    "Broadcasts",
    "Organiser",
    "Working title",
    "Partners only",
    "Published on",
    "Copies printed",
    "Copies handed out",
    "Funder",
    "School session",
    "Roundtable",
]
EXPECTED = {
    "sq": ["Grupet e synuara", "Tirazhe", "Shpërndarje", "Sipas organizatës"],
    "sr": ["Циљне групе", "Тиражи", "Поделе", "По организацији"],
}


def visible_text(response) -> str:
    body = response.content.decode()
    body = re.sub(r"(?s)<(script|style|template)\b.*?</\1>", " ", body)
    return unescape(re.sub(r"<[^>]+>", " ", body))


@pytest.mark.parametrize("language", ["sq", "sr"])
def test_campaign_and_material_screens_show_no_english(
    client, make_user, home_page, language
):
    roles_grant_content(home_page=home_page)
    user = make_user("office", "Office administrator")
    if language != "sq":  # Albanian is the default, for users without a choice
        profile = UserProfile.get_for_user(user)
        profile.preferred_language = language
        profile.save()
    client.force_login(user)

    texts = {}
    for url in SCREENS:
        response = client.get(url)
        assert response.status_code == 200, url
        texts[url] = visible_text(response)

    english = {
        url: [word for word in ENGLISH if word in text] for url, text in texts.items()
    }
    assert {url: words for url, words in english.items() if words} == {}
    everything = " ".join(texts.values())
    assert [word for word in EXPECTED[language] if word not in everything] == []


def test_page_editor_labels_are_translated(client, make_user, home_page):
    from campaigns.models import CampaignIndexPage

    roles_grant_content(home_page=home_page)
    index = CampaignIndexPage.objects.get(locale__language_code="sq")
    client.force_login(make_user("office", "Office administrator"))

    response = client.get(f"/admin/pages/add/campaigns/campaignpage/{index.pk}/")

    text = visible_text(response)
    assert response.status_code == 200
    assert [
        w for w in ("Audience and plan", "Start date", "End date") if w in text
    ] == []
    assert "Publiku dhe plani" in text
    assert "Data e fillimit" in text
