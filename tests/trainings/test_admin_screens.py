"""Admin screens: the import upload, and attendance validation on the session form."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from tests.factories import TraineeFactory
from trainings.models import TrainingSession

from .conftest import DATA

pytestmark = pytest.mark.django_db


def _upload(client, kind: str, path, dry_run=False):
    data = {"kind": kind, "file": SimpleUploadedFile(path.name, path.read_bytes())}
    if dry_run:
        data["dry_run"] = "on"
    return client.post(reverse("trainings_import:index"), data).content.decode()


def test_office_import_screen_reports_every_bad_row_and_writes_nothing(
    client, make_user, reference
):
    client.force_login(make_user("office", "Office administrator"))
    # when
    page = _upload(client, "sessions", DATA / "bad" / "sessions_unknown_code.csv")
    # then: the same report as the command
    assert (
        "rreshti 3, kolona organiser: institucion i panjohur &#x27;NOSUCH&#x27;" in page
    )
    assert "rreshti 4, kolona modules: modul i panjohur &#x27;MOD-NONE&#x27;" in page
    assert "asgjë nuk u importua" in page
    assert not TrainingSession.objects.exists()


def test_office_import_screen_dry_run_then_import(client, make_user, reference):
    client.force_login(make_user("office", "Office administrator"))
    assert "do të krijoheshin 3" in _upload(
        client, "sessions", DATA / "sessions.csv", dry_run=True
    )
    assert not TrainingSession.objects.exists()
    assert "u krijuan 3" in _upload(client, "sessions", DATA / "sessions.csv")
    assert TrainingSession.objects.count() == 3


def test_trainers_have_no_import_screen(client, make_user):
    client.force_login(make_user("alice", "Trainer"))
    response = client.get(reverse("trainings_import:index"))
    assert response.url == reverse("wagtailadmin_home")


def _session_form(rows: list[dict]) -> dict:
    form = {
        "ref": "AL-2023-060",
        "title": "Hotline operators: ethical communication",
        "start_date": "2023-05-10",
        "end_date": "2023-05-10",
        "language": "sq",
        "participations-TOTAL_FORMS": str(len(rows)),
        "participations-INITIAL_FORMS": "0",
        "participations-MIN_NUM_FORMS": "0",
        "participations-MAX_NUM_FORMS": "1000",
    }
    for i, row in enumerate(rows):
        form |= {f"participations-{i}-{k}": v for k, v in row.items()}
        form[f"participations-{i}-ORDER"] = str(i)
    return form


@pytest.mark.parametrize(
    ("rows", "message"),
    [
        ([{"count": "0"}], "0 është më pak se sa pranon kjo fushë (të paktën 1)."),
        ([{"count": "10001"}], "(më së shumti 10000): kontrolloni shifrën."),
        ([{"trainee": "T", "count": "4"}], "Një pjesëmarrës me emër numërohet 1"),
        ([{"trainee": "T", "count": "1"}, {"trainee": "T", "count": "1"}], "trainee"),
    ],
)
def test_bad_attendance_rows_are_refused_and_the_form_kept(
    client, make_user, rows, message
):
    # given
    client.force_login(make_user("office", "Office administrator"))
    person = TraineeFactory(full_name="Teuta Marku")
    rows = [{k: str(person.pk) if v == "T" else v for k, v in r.items()} for r in rows]
    # when
    response = client.post(reverse("training_sessions:add"), _session_form(rows))
    # then
    page = response.content.decode()
    assert response.status_code == 200
    assert message in page
    assert "Hotline operators: ethical communication" in page  # what was typed is kept
    assert not TrainingSession.objects.exists()


def test_reference_form_shows_the_three_names_side_by_side_and_lists_the_readers(
    client, make_user
):
    from wagtail.users.models import UserProfile

    from tests.factories import AgencyFactory

    agency = AgencyFactory(
        code="GDSP",
        name="Policia e Shtetit",
        name_en="State Police",
        name_sr="Државна полиција",
    )
    office = make_user("office", "Office administrator")
    client.force_login(office)

    form = client.get(f"/admin/trainings/agency/edit/{agency.pk}/").content.decode()
    row = form[form.index('id="id_name"') - 2000 : form.index('id="id_name_sr"')]
    assert 'id="id_name_en"' in row and "w-field-row" in row
    assert "Emri (Anglisht)" in form and "Emri (Serbisht)" in form

    profile = UserProfile.get_for_user(office)
    profile.preferred_language = "sr"
    profile.save()
    listing = client.get("/admin/trainings/agency/").content.decode()
    assert "Државна полиција" in listing
