"""Sessions and attendance on django-import-export (issue 12 items 1 and 2): the
Resources behind `import_sessions` / `import_participants`, the admin upload →
preview → confirm screens with blank templates, and trainers importing the
attendance of their own sessions only."""

import datetime

import pytest
import tablib
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from import_export.resources import ModelResource
from openpyxl import load_workbook
from wagtail.users.models import UserProfile

from tests.factories import TrainingSessionFactory
from trainings.models import Participation, TrainingSession
from trainings.resources import ParticipantResource, SessionResource

pytestmark = pytest.mark.django_db
ATTENDANCE = "session_ref,full_name,gender,count\n{ref},,F,12\n{ref},Arta Hoxha,F,\n"


@pytest.fixture
def sessions(make_user):
    """Session A run by `trainer`, session B by `trainer2`."""
    trainer, other = make_user("trainer", "Trainer"), make_user("trainer2", "Trainer")
    own = TrainingSessionFactory(ref="A-1", created_by=trainer)
    own.trainers.add(trainer)
    theirs = TrainingSessionFactory(ref="B-1", created_by=other)
    theirs.trainers.add(other)
    return trainer, own, theirs


def upload(client, kind: str, text: str):
    file = SimpleUploadedFile(f"{kind}.csv", text.encode())
    return client.post(reverse("imports:upload", args=[kind]), {"file": file})


def test_the_resources_are_django_import_export_resources(db):
    """import_data on a Dataset, as django-import-export documents it, runs
    Fener's checks and set-based writes (a dry run rolls back)."""
    data = tablib.Dataset(
        ["S-1", "Identifikimi", "2014-03-12", "2014-03-13"],
        headers=["ref", "title", "start_date", "end_date"],
    )
    resource = SessionResource()

    dry = resource.import_data(data, dry_run=True)
    done = resource.import_data(data)

    assert isinstance(resource, ModelResource)
    assert (dry.created, done.created, done.has_errors()) == (1, 1, False)
    session = TrainingSession.objects.get()
    assert (session.ref, session.start_date) == ("S-1", datetime.date(2014, 3, 12))


def test_the_office_previews_and_confirms_attendance(client, make_user, sessions):
    client.force_login(make_user("office", "Office administrator"))

    preview = upload(client, "participants", ATTENDANCE.format(ref="B-1")).url
    page = client.get(preview).content.decode()

    assert "2 të reja, 0 për t’u përditësuar" in page
    assert not Participation.objects.exists()
    client.post(preview)
    assert sorted(Participation.objects.values_list("count", flat=True)) == [1, 12]


def test_a_trainer_imports_attendance_of_their_own_session(client, sessions):
    trainer, own, _theirs = sessions
    client.force_login(trainer)

    preview = upload(client, "participants", ATTENDANCE.format(ref="A-1")).url
    client.post(preview)

    assert Participation.objects.filter(session=own).count() == 2


@pytest.mark.parametrize(
    ("language", "message"),
    [
        (
            "sq",
            "rreshti 2, kolona session_ref: &#x27;B-1&#x27; nuk është një nga "
            "seancat tuaja: mund të importoni vetëm në seancat që drejtoni ose "
            "që keni krijuar",
        ),
        (
            "sr",
            "ред 2, колона session_ref: &#x27;B-1&#x27; није једна од ваших сесија: "
            "можете да увозите само у сесије које водите или сте направили",
        ),
    ],
)
def test_a_trainer_may_not_import_into_another_trainers_session(
    client, sessions, language, message
):
    trainer, _own, _theirs = sessions
    profile = UserProfile.get_for_user(trainer)
    profile.preferred_language = language
    profile.save()
    client.force_login(trainer)
    text = ATTENDANCE.format(ref="B-1") + "A-1,,M,3\n"

    page = client.get(upload(client, "participants", text).url).content.decode()

    assert message in page
    assert message.replace("2,", "3,", 1) in page
    assert "A-1" not in message and page.count('class="error-message"') == 2
    response = client.post(reverse("imports:upload", args=["participants"]))
    assert response.status_code == 200  # the form again
    assert not Participation.objects.exists()


def test_a_trainer_may_not_change_another_trainers_session(client, sessions):
    trainer, _own, _theirs = sessions
    client.force_login(trainer)
    text = "ref,title,start_date,end_date\nB-1,Renamed,2022-03-01,2022-03-02\n"

    page = client.get(upload(client, "sessions", text).url).content.decode()

    assert "rreshti 2, kolona ref: &#x27;B-1&#x27; nuk është një nga" in page
    assert TrainingSession.objects.get(ref="B-1").title != "Renamed"


def test_a_trainer_exports_only_their_own_attendance(client, sessions):
    trainer, own, theirs = sessions
    Participation.objects.create(session=own, count=4)
    Participation.objects.create(session=theirs, count=9)
    client.force_login(trainer)

    response = client.get(reverse("imports:export", args=["participants", "csv"]))

    rows = response.content.decode("utf-8-sig").splitlines()
    assert rows[0] == ",".join(ParticipantResource().headers())
    assert [r.split(",")[0] for r in rows[1:]] == ["A-1"]


@pytest.mark.parametrize("kind", ["sessions", "participants"])
def test_blank_templates_have_the_columns_an_example_and_the_codes(
    client, make_user, kind
):
    client.force_login(make_user("office", "Office administrator"))

    response = client.get(reverse("imports:template", args=[kind, "xlsx"]))

    book = load_workbook(__import__("io").BytesIO(response.content))
    header, example = list(book.worksheets[0].values)[:2]
    resource = {"sessions": SessionResource, "participants": ParticipantResource}
    assert list(header) == resource[kind]().headers()
    assert example[0]  # a ref in the example row
    codes = {row[0] for row in list(book.worksheets[1].values)[1:]}
    assert "qualifier" in codes


def test_a_trainer_may_not_give_a_head_count_for_a_series_with_others_sessions(
    client, sessions
):
    trainer, own, theirs = sessions
    TrainingSession.objects.filter(pk__in=[own.pk, theirs.pk]).update(series="S14")
    client.force_login(trainer)

    page = client.get(
        upload(
            client, "participants", "session_ref,full_name,count\nseries:S14,,62\n"
        ).url
    ).content.decode()

    assert "rreshti 2, kolona session_ref: &#x27;series:S14&#x27; nuk është" in page
