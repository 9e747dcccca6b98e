"""Every role against every screen: least privilege, and names only where needed.

One table says which screens each role reaches; the test opens every screen as
every role, so a permission added by mistake (or lost) shows up as a diff of
two sets. A trainee's name may appear only on the screens of the people who
need it: the trainer of the session and the office.
"""

import io
from types import SimpleNamespace

import pytest
from django.contrib.auth.models import Group
from django.test import Client

from materials.demo import build_library_page
from siteconf.roles import roles_grant_content
from tests.factories import (
    AgencyFactory,
    IndicatorFactory,
    MaterialFactory,
    ParticipationFactory,
    PublicationFactory,
    TraineeFactory,
    TrainingSessionFactory,
)
from trainings.models import Certificate, Indicator, TrainingSession

pytestmark = pytest.mark.django_db

NAME = "Besa Hoxha"

# Screens, by what a user would call them.
SCREENS = {
    "admin home": "/admin/",
    "sessions": "/admin/trainings/sessions/",
    "new session": "/admin/trainings/sessions/new/",
    "edit session": "/admin/trainings/sessions/edit/{session}/",
    "inspect session": "/admin/trainings/sessions/inspect/{session}/",
    "session history": "/admin/trainings/sessions/history/{session}/",
    "session usage": "/admin/trainings/sessions/usage/{session}/",
    "copy session": "/admin/trainings/sessions/copy/{session}/",
    "delete session": "/admin/trainings/sessions/delete/{session}/",
    "certificates": "/admin/trainings/sessions/{session}/certificates/",
    "sign-in sheet": "/trainings/sessions/{session}/sign-in-sheet.pdf",
    "trainees": "/admin/trainings/trainees/",
    "edit trainee": "/admin/trainings/trainees/edit/{trainee}/",
    "trainee history": "/admin/trainings/trainees/history/{trainee}/",
    "trainee usage": "/admin/trainings/trainees/usage/{trainee}/",
    "copy trainee": "/admin/trainings/trainees/copy/{trainee}/",
    "delete trainee": "/admin/trainings/trainees/delete/{trainee}/",
    "export person": "/admin/trainings/trainees/{trainee}/personal-data/",
    "erase person": "/admin/trainings/trainees/{trainee}/erase/",
    "attendance": "/admin/trainings/attendance/",
    "edit attendance": "/admin/trainings/attendance/edit/{attendance}/",
    "attendance history": "/admin/trainings/attendance/history/{attendance}/",
    "attendance usage": "/admin/trainings/attendance/usage/{attendance}/",
    "copy attendance": "/admin/trainings/attendance/copy/{attendance}/",
    "import": "/admin/trainings/import/",
    "export log": "/admin/trainings/export-log/",
    "erasure log": "/admin/trainings/erasure-log/",
    "audit log": "/admin/trainings/audit-log/",
    "indicator report": "/admin/indicators/?kind=year&year=2022",
    "dashboard": "/admin/indicators/dashboard/",
    "manual values": "/admin/indicators/{indicator}/values/",
    "plan import": "/admin/indicators/plans/import/",
    "pages": "/admin/pages/{home}/",
    "edit page": "/admin/pages/{home}/edit/",
    "activities": "/admin/campaignactivity/",
    "publications": "/admin/publication/",
    "downloads report": "/admin/reports/downloads/",
    "site history": "/admin/reports/site-history/",
    "users": "/admin/users/",
    "groups": "/admin/groups/",
    "partner page": "/sq/partners/",
    "report distribution": "/sq/partners/distributions/new/",
    "partners-only file": "/documents/{manual}/{manual_file}",
    # Public, by design: the code printed on a certificate, and suppressed figures.
    "verify certificate": "/verify/{code}/",
    "public figures": "/figures/summary.json?period=2022",
    "home": "/sq/",
    "library": "/sq/materiale/",
    "search": f"/sq/search/?q={NAME.split()[0]}",
}

PUBLIC = {"verify certificate", "public figures", "home", "library", "search"}
ADMIN = {"admin home", "site history"}
CONTENT = ADMIN | {
    "pages",
    "edit page",
    "activities",
    "publications",
    "downloads report",
    "partners-only file",
}
OWN_SESSION = {
    "edit session",
    "inspect session",
    "session history",
    "session usage",
    "copy session",
    "certificates",
    "sign-in sheet",
    "edit trainee",
    "trainee history",
    "trainee usage",
    "copy trainee",
    "edit attendance",
    "attendance history",
    "attendance usage",
}
TRAINER = ADMIN | {
    "sessions",
    "new session",
    "trainees",
    "attendance",
    "partners-only file",
}
MONITORING = ADMIN | {
    "sessions",
    "inspect session",
    "indicator report",
    "dashboard",
    "manual values",
    "audit log",
    "activities",
    "downloads report",
    "partners-only file",
}

REACHES = {
    "anonymous": PUBLIC,
    "Partner": PUBLIC | {"partner page", "report distribution", "partners-only file"},
    "Trainer of the session": PUBLIC | TRAINER | OWN_SESSION,
    "another Trainer": PUBLIC | TRAINER,
    "Monitoring officer": PUBLIC | MONITORING,
    "Campaign editor": PUBLIC | CONTENT,
    "Moderator": PUBLIC | CONTENT,
    "Office administrator": PUBLIC
    | TRAINER
    | OWN_SESSION
    | MONITORING
    | CONTENT
    | {"import", "plan import", "export log", "erasure log"}
    | {"export person", "erase person", "delete session", "delete trainee"},
}

# Where the trainee's name is shown (HTML and JSON; the PDFs are checked elsewhere).
# The verification page shows the name to whoever holds the certificate's code.
NAMED = {"edit session", "certificates", "trainees", "attendance", "edit attendance"}
NAMED |= {"edit trainee", "copy trainee", "trainee history", "trainee usage"}
NAMED |= {"attendance history", "attendance usage", "copy session"}
NAMED_FOR_OFFICE = NAMED | {"export person", "erase person", "audit log"}
NAMED_FOR_OFFICE |= {"delete trainee"}
SHOWS_NAME = {
    role: {"verify certificate"}
    | {"Trainer of the session": NAMED, "Office administrator": NAMED_FOR_OFFICE}.get(
        role, set()
    )
    for role in REACHES
}


@pytest.fixture
def world(make_user, home_page):
    roles_grant_content(home_page=home_page)
    build_library_page(home=home_page)
    trainer = make_user("alice", "Trainer")
    session = TrainingSessionFactory(title="Police training", ref="AL-2022-001")
    session.trainers.add(trainer)
    attendance = ParticipationFactory(
        session=session, trainee=TraineeFactory(full_name=NAME)
    )
    certificate = Certificate.objects.create(participation=attendance)
    manual = MaterialFactory(
        publication=PublicationFactory(partners_only=True), title="Manual SOP"
    )
    indicator = IndicatorFactory(source=Indicator.Source.MANUAL)
    users = {
        "anonymous": None,
        "Trainer of the session": trainer,
        "another Trainer": make_user("bob", "Trainer"),
        "Partner": make_user(
            "iom", "Partner", organisation=AgencyFactory(code="IOM", name="IOM")
        ),
    }
    for role in REACHES.keys() - users.keys():
        users[role] = make_user(role, role)
    ids = {
        "session": session.pk,
        "trainee": attendance.trainee_id,
        "attendance": attendance.pk,
        "code": certificate.code,
        "indicator": indicator.pk,
        "home": home_page.pk,
        "manual": manual.pk,
        "manual_file": manual.filename,
    }
    # The trainer edits the person in the admin: Wagtail keeps a history entry.
    client = Client()
    client.force_login(trainer)
    edit = f"/admin/trainings/trainees/edit/{attendance.trainee_id}/"
    assert client.post(edit, {"full_name": NAME, "gender": "F"}).status_code == 302
    urls = {screen: url.format(**ids) for screen, url in SCREENS.items()}
    return SimpleNamespace(users=users, urls=urls, session=session)


def _body(response) -> str:
    if response.streaming:
        return ""  # files: the PDFs' and downloads' content is checked elsewhere
    if response["Content-Type"].split(";")[0] not in ("text/html", "application/json"):
        return ""
    return response.content.decode()


@pytest.mark.parametrize("role", REACHES)
def test_each_role_reaches_exactly_its_screens(role, world, client):
    if world.users[role]:
        client.force_login(world.users[role])
    reached, named = set(), set()
    # when
    for screen, url in world.urls.items():
        response = client.get(url)
        assert response.status_code in (200, 302, 403, 404), (screen, response)
        if response.status_code == 200:
            reached.add(screen)
            if NAME in _body(response):
                named.add(screen)
    # then
    assert reached == REACHES[role]
    assert named == SHOWS_NAME[role]


@pytest.mark.parametrize(
    "role", ["Monitoring officer", "another Trainer", "Campaign editor", "Partner"]
)
def test_roles_without_the_session_cannot_change_it(role, world, client):
    client.force_login(world.users[role])
    # when
    client.post(
        world.urls["edit session"],
        {"ref": "AL-2022-001", "title": "Changed", "start_date": "2022-03-01"},
    )
    client.post(world.urls["certificates"])
    # then
    world.session.refresh_from_db()
    assert world.session.title == "Police training"
    assert not world.session.participations.get().certificate.pdf


@pytest.mark.parametrize("role", ["Trainer of the session", "Monitoring officer"])
def test_only_the_office_imports(role, world, client, tmp_path):
    client.force_login(world.users[role])
    upload = tmp_path / "sessions.csv"
    upload.write_text(
        "ref,title,start_date,end_date,organiser,funders,region,venue,modules,measures,trainers\n"
        "AL-2023-900,Imported,2023-01-10,2023-01-10,,,,,,,\n"
    )
    # when
    with upload.open("rb") as file:
        client.post(world.urls["import"], {"kind": "sessions", "file": file})
    # then
    assert not TrainingSession.objects.filter(ref="AL-2023-900").exists()


def test_anonymous_visitor_never_meets_a_name_on_the_public_site(world, client):
    for path in ("/sq/", "/en/", "/sr/", "/sitemap.xml", "/sq/feed/", "/sq/search/"):
        # when
        # (the search page echoes the visitor's own query, so search the surname)
        response = client.get(path, {"q": "Hoxha"} if "search" in path else None)
        # then
        assert response.status_code == 200, path
        assert NAME not in response.content.decode(), path


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
