"""Every role against every URL the project registers: least privilege, and names
only where needed.

The URLs come from Django's resolver (tests/siteconf/url_walk.py), so a view
added tomorrow is requested too; the expected outcome of each comes from one
table (tests/siteconf/access_table.py), and a pattern the table does not know
fails the test. A trainee's name may appear only where the role may read it:
trainers their own people's, the office and superusers everyone's, every other
role nobody's; an erased person's name nowhere.
"""

import io
import json
from urllib.parse import urlsplit

import pytest
from django.conf import settings
from django.contrib.auth.models import Group
from django.test import Client

from tests.siteconf.access_table import (
    MOVED,
    OFFICE,
    PAGE,
    POST_ONLY,
    RAISES,
    SUPERUSER,
    TABLE,
    TRAINER,
    TRAINER2,
)
from tests.siteconf.conftest import ERASED_NAME, PEOPLE, ROLES
from tests.siteconf.url_walk import routes
from trainings.models import TrainingSession

pytestmark = pytest.mark.django_db

REFUSED, ERROR = "refused", "server error"
EVERY_NAME = {*PEOPLE[TRAINER], *PEOPLE[TRAINER2], ERASED_NAME}
# Whose names each role may read; everyone else's are a leak.
READS = {TRAINER: set(PEOPLE[TRAINER]), TRAINER2: set(PEOPLE[TRAINER2])}
READS |= {role: {*PEOPLE[TRAINER], *PEOPLE[TRAINER2]} for role in (OFFICE, SUPERUSER)}
CERTIFICATE_HOLDER = PEOPLE[TRAINER][0]  # its verify page shows the name to anyone
VERIFY = "verify/<str:code>/"
PEOPLE_LIST = "admin/trainings/trainees/"


def test_every_url_pattern_is_in_the_table():
    registered = {route.route for route in routes()}
    # then
    unknown = sorted(registered - TABLE.keys())
    assert not unknown, (
        "URL patterns the role matrix does not classify:\n  "
        + "\n  ".join(unknown)
        + "\nAdd each to TABLE in tests/siteconf/access_table.py with the roles that "
        "may reach it, e.g. `row(OFFICE_)` or `row(ADMIN, POST_ONLY)`; the matrix "
        "then requests it as every role and checks the names it shows."
    )
    assert not sorted(TABLE.keys() - registered), "rows for patterns no longer there"


def outcome(response, url: str) -> str:
    """What a visitor meets: a page, a refusal, a redirect elsewhere, a 405, a 5xx."""
    status = response.status_code
    if status >= 500:
        return ERROR
    if status == 405:
        return POST_ONLY
    if status in (401, 403, 404):
        return REFUSED
    if status in (301, 302, 303, 307, 308):
        target = urlsplit(response["Location"]).path
        path = urlsplit(url).path
        languages = {f"/{code}{path}".rstrip("/") for code, _ in settings.LANGUAGES}
        # A sign-in page, the admin home ("Sorry, you do not have permission"), or
        # the language-prefixed URL Django's LocaleMiddleware tries for a 404.
        if "login" in target or target == "/admin/" or target.rstrip("/") in languages:
            return REFUSED
        return MOVED
    return PAGE


def names_in(response) -> set[str]:
    """Trainees' names in a text body (HTML, JSON, CSV, XML; escaped or not)."""
    kind = response.get("Content-Type", "").split(";")[0]
    if not (kind.startswith("text/") or kind.endswith(("json", "xml", "javascript"))):
        return set()
    content = (
        b"".join(response.streaming_content) if response.streaming else response.content
    )
    body = content.decode(errors="replace").casefold()
    return {
        name
        for name in EVERY_NAME
        if name.casefold() in body or json.dumps(name)[1:-1].casefold() in body
    }


def expected(route: str, role: str) -> str:
    want = TABLE[route].outcome(role)
    return ERROR if want == RAISES else want


@pytest.mark.parametrize("role", ROLES)
def test_each_role_reaches_exactly_its_screens_and_reads_only_its_names(
    role, world, world_urls
):
    user = world.users[role]
    client = Client(raise_request_exception=False)
    if user:
        client.force_login(user)
    wrong, leaks, named = [], [], set()
    # when
    for route, urls in world_urls.items():
        if route not in TABLE:
            continue  # reported by test_every_url_pattern_is_in_the_table
        for url in urls:
            response = client.get(url)
            got, want = outcome(response, url), expected(route, role)
            if got != want:
                wrong.append(f"{url} ({route}): expected {want}, got {got}")
            may_read = READS.get(role, set()) | (
                {CERTIFICATE_HOLDER} if route == VERIFY else set()
            )
            shown = names_in(response)
            if shown - may_read:
                leaks.append(f"{url} shows {sorted(shown - may_read)}")
            if shown:
                named.add(route)
            if user and not client.cookies.get(settings.SESSION_COOKIE_NAME).value:
                client.force_login(user)  # a GET signed the user out: carry on
    # then
    assert not (wrong or leaks), (
        f"{role}: {len(wrong)} screens differ from the table:\n"
        + "\n".join(wrong)
        + f"\n{len(leaks)} screens show names {role} may not read:\n"
        + "\n".join(leaks)
    )
    # The check can see a name: where the role may read names, it does.
    assert VERIFY in named
    if role in READS:
        assert PEOPLE_LIST in named


@pytest.mark.parametrize("role", ["monitor", "trainer2", "editor", "partner"])
def test_roles_without_the_session_cannot_change_it(role, world, client):
    session = world.sessions[TRAINER]
    client.force_login(world.users[role])
    # when
    client.post(
        f"/admin/trainings/sessions/edit/{session.pk}/",
        {"ref": session.ref, "title": "Changed", "start_date": "2022-03-01"},
    )
    client.post(f"/admin/trainings/sessions/{session.pk}/certificates/")
    # then
    session.refresh_from_db()
    assert session.title == "Police training 1"
    assert not session.participations.filter(certificate__isnull=False).exclude(
        certificate=world.certificate
    )


@pytest.mark.parametrize("role", [TRAINER, "monitor"])
def test_only_the_office_imports(role, world, client, tmp_path):
    client.force_login(world.users[role])
    upload = tmp_path / "sessions.csv"
    upload.write_text(
        "ref,title,start_date,end_date,organiser,funders,region,venue,modules,measures,trainers\n"
        "AL-2023-900,Imported,2023-01-10,2023-01-10,,,,,,,\n"
    )
    # when
    with upload.open("rb") as file:
        client.post("/admin/trainings/import/", {"kind": "sessions", "file": file})
    # then
    assert not TrainingSession.objects.filter(ref="AL-2023-900").exists()


def test_anonymous_visitor_never_meets_a_name_on_the_public_site(world, client):
    surname = PEOPLE[TRAINER][0].split()[1]
    for path in ("/sq/", "/en/", "/sr/", "/sitemap.xml", "/sq/feed/", "/sq/search/"):
        # when
        # (the search page echoes the visitor's own query, so search the surname)
        response = client.get(path, {"q": surname} if "search" in path else None)
        # then
        assert response.status_code == 200, path
        assert not names_in(response), path


def test_sync_roles_lets_editors_edit_every_languages_pages(
    home_page, django_user_model
):
    from django.core.management import call_command
    from wagtail.models import Locale

    serbian_home = home_page.get_translation(Locale.objects.get(language_code="sr"))
    editor = django_user_model.objects.create_user("editor", password="pass")
    # when an installation is upgraded
    call_command("sync_roles", stdout=io.StringIO())
    editor.groups.add(Group.objects.get(name="Campaign editor"))
    # then its editors may edit the Serbian tree too
    client = Client()
    client.force_login(editor)
    assert client.get(f"/admin/pages/{serbian_home.pk}/edit/").status_code == 200
