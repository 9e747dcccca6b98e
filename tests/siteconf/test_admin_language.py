"""An official who chose Albanian or Serbian meets no English anywhere in the admin.

Every admin screen the project registers (Wagtail's own, wagtail-localize's and
Fener's: menus, listings, create and edit forms, reports, dashboard, imports,
chooser pop-ups) is opened by a superuser, who sees them all, and its visible text
is searched for common English interface words. The screens come from the role
matrix's walk of Django's resolver, so a screen added tomorrow is checked too.
"""

import json
import re
from html.parser import HTMLParser

import pytest
from django.test import Client
from wagtail.users.models import UserProfile

pytestmark = pytest.mark.django_db

# Words every admin screen would show if it were English: buttons, menus, headings
# (not "Status" or "Manual": Albanian writes them the same).
ENGLISH = [
    "Save",
    "Delete",
    "Edit",
    "Search",
    "Cancel",
    "Settings",
    "Pages",
    "Documents",
    "Images",
    "Snippets",
    "Reports",
    "Users",
    "Groups",
    "Dashboard",
    "Sign out",
    "Account",
    "Filter",
    "Sort by",
    "Page 1 of",
    "Actions",
    "History",
    "Help",
    "Publish",
    "Choose",
    "Upload",
    "Download",
    "Close",
    "Are you sure",
    "Select all",
    "No results",
    "Add",
    "Title",
    "Updated",
    "Created",
    "Yes",
    "Next",
    "Previous",
]
_WORDS = re.compile(r"\b(?:" + "|".join(map(re.escape, ENGLISH)) + r")\b")


class _VisibleText(HTMLParser):
    """Text a reader meets: text nodes and placeholders, not scripts or styles."""

    def __init__(self):
        super().__init__()
        self.parts, self._hidden = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self._hidden += 1
        self.parts.extend(value for name, value in attrs if name == "placeholder")

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self._hidden -= 1

    def handle_data(self, data):
        if not self._hidden:
            self.parts.append(data)


def visible_text(response) -> str:
    """The screen's text; a chooser pop-up's HTML travels inside JSON."""
    if response.streaming:  # files: spreadsheets, PDFs
        return ""
    content = response.content.decode()
    if response["Content-Type"].startswith("application/json"):
        content = str(json.loads(content).get("html", "")) if content[:1] == "{" else ""
    elif not response["Content-Type"].startswith("text/html"):
        return ""
    parser = _VisibleText()
    parser.feed(content)
    return " ".join(" ".join(parser.parts).split())


@pytest.mark.parametrize("language", ["sq", "sr"])
def test_every_admin_screen_speaks_the_chosen_language(world, world_urls, language):
    superuser = world.users["superuser"]
    profile = UserProfile.get_for_user(superuser)
    profile.preferred_language = language
    profile.save()
    # Wagtail's error-test screen raises on purpose: a 500 is just not a screen here.
    client = Client(raise_request_exception=False)
    client.force_login(superuser)
    english, opened = {}, 0
    # when
    for route, urls in world_urls.items():
        if not route.startswith("admin/"):
            continue
        for url in urls:
            response = client.get(url)
            if response.status_code != 200:
                continue
            opened += 1
            if found := sorted(set(_WORDS.findall(visible_text(response)))):
                english[url] = found
    # then
    assert opened > 150, "the walk should open most of the admin's screens"
    assert not english, "\n".join(f"{url}: {words}" for url, words in english.items())


@pytest.mark.parametrize(
    ("language", "loading", "not_translated"),
    [
        ("sq", "Po ngarkohet…", "Nuk është përkthyer"),
        ("sr", "Учитавање…", "Није преведено"),
    ],
)
def test_the_admin_scripts_speak_the_chosen_language(
    make_user, language, loading, not_translated
):
    """Wagtail's JavaScript-rendered parts (the page explorer, StreamField, the
    translation editor) read their words from these catalogues."""
    user = make_user("editor", None)
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language
    profile.save()
    client = Client()
    client.force_login(user)
    # when
    admin = client.get("/admin/jsi18n/").content.decode()
    localize = client.get("/admin/localize/jsi18n/").content.decode()
    # then
    assert json.dumps(loading)[1:-1] in admin
    assert json.dumps(not_translated)[1:-1] in localize
