"""One person's data: export (subject access), erasure that keeps the figures, retention."""

import datetime
import io
import json

import pytest
from auditlog.models import LogEntry
from django.apps import apps
from django.core import serializers
from django.core.files.storage import storages
from django.core.management import call_command
from django.urls import reverse

from tests.factories import (
    AgencyFactory,
    ParticipationFactory,
    ProfessionFactory,
    RegionFactory,
    TraineeFactory,
    TrainingSessionFactory,
)
from tests.indicators.conftest import world  # noqa: F401 (a fixture)
from tests.trainings.test_audit_log import session_form
from trainings.models import (
    Certificate,
    PersonalDataErasure,
    PersonalDataExport,
    PersonLogEntry,
    Trainee,
)
from trainings.selectors.sessions import trainee_duplicate_keys
from trainings.services.certificates import certificates_issue
from trainings.services.personal_data import trainee_erase, trainees_retention_run

pytestmark = pytest.mark.django_db
NAME = "Mirela Xhaferi"
D = datetime.date


@pytest.fixture
def office(make_user):
    return make_user("office", "Office administrator")


@pytest.fixture
def person():
    """Mirela: two sessions (scores, a certificate in one), contact details."""
    trainee = TraineeFactory(
        full_name=NAME,
        gender="F",
        email="mirela@example.org",
        phone="+355 69 000 0000",
        profession=ProfessionFactory(code="POL"),
        agency=AgencyFactory(code="GDSP"),
        region=RegionFactory(code="TR"),
    )
    first = TrainingSessionFactory(ref="AL-2022-001", title="Identification of victims")
    ParticipationFactory(session=first, trainee=trainee, pre_score=40, post_score=85)
    ParticipationFactory(session=first, trainee=None, count=7)
    second = TrainingSessionFactory(ref="AL-2023-002", start_date=D(2023, 4, 3))
    ParticipationFactory(session=second, trainee=trainee)
    certificates_issue(session=first)
    return trainee


def download(client, trainee) -> dict:
    response = client.get(reverse("trainings_trainee_export", args=[trainee.pk]))
    assert response.status_code == 200
    assert "attachment" in response["Content-Disposition"]
    return json.loads(response.content)


# --- Export ---------------------------------------------------------------------


def test_office_exports_everything_held_on_a_person_and_it_is_logged(
    client, office, person
):
    client.force_login(office)
    edit_page = client.get(reverse("trainees:edit", args=[person.pk])).content.decode()
    assert "Eksporto të dhënat personale" in edit_page
    assert "Fshi të dhënat personale" in edit_page
    # when
    data = download(client, person)
    # then
    assert data["person"]["full_name"] == NAME
    assert data["person"]["email"] == "mirela@example.org"
    assert [row["session_ref"] for row in data["attendance"]] == [
        "AL-2022-001",
        "AL-2023-002",
    ]
    first = data["attendance"][0]
    assert first["session_title"] == "Identification of victims"
    assert (first["start_date"], first["pre_score"], first["post_score"]) == (
        "2022-03-01",
        40.0,
        85.0,
    )
    code = Certificate.objects.get().code
    assert [(c["code"], c["session_ref"]) for c in data["certificates"]] == [
        (code, "AL-2022-001")
    ]
    log = PersonalDataExport.objects.get()
    assert (log.user, log.detail) == (office, f"trainee #{person.pk}")
    # a second export lists the first one
    assert len(download(client, person)["exports_of_this_record"]) == 1
    readable = client.get(
        reverse("trainings_trainee_export", args=[person.pk]), {"format": "html"}
    ).content.decode()
    assert NAME in readable and "Identification of victims" in readable
    assert code in readable
    assert PersonalDataExport.objects.count() == 3


@pytest.mark.parametrize("role", ["Trainer", "Monitoring officer"])
def test_other_roles_can_neither_export_nor_erase(client, make_user, person, role):
    user = make_user("someone", role)
    session = person.participations.first().session
    session.trainers.add(user)  # even the person's own trainer
    client.force_login(user)
    for name in ("trainings_trainee_export", "trainings_trainee_erase"):
        url = reverse(name, args=[person.pk])
        assert client.get(url, follow=True).status_code == 404
    erase = reverse("trainings_trainee_erase", args=[person.pk])
    assert client.post(erase, follow=True).status_code == 404
    person.refresh_from_db()
    assert person.full_name == NAME and not PersonalDataExport.objects.exists()


# --- Erasure --------------------------------------------------------------------


def _figures(*args) -> dict:
    out = io.StringIO()
    call_command("indicator_report", *args, stdout=out)
    return json.loads(out.getvalue())


PERIODS = [
    ("--from", "2022-01-01", "--to", "2022-12-31", "--plan", "TP"),
    ("--from", "2021-01-01", "--to", "2023-12-31", "--plan", "TP"),
    ("--from", "2021-01-01", "--to", "2023-12-31"),
]


def test_erasing_people_changes_no_figure(world, office):  # noqa: F811
    """A and B attend sessions with head-count rows; erase both, then C."""
    before = [_figures(*period) for period in PERIODS]
    assert before[0]["unique_people"] == 13  # 3 named + 10 in head-count rows
    # when
    for trainee in Trainee.objects.order_by("full_name"):
        assert trainee_erase(trainee=trainee, user=office)
    # then
    after = [_figures(*period) for period in PERIODS]
    assert after == before
    assert set(Trainee.objects.values_list("full_name", flat=True)) == {
        f"Erased person {pk}" for pk in Trainee.objects.values_list("pk", flat=True)
    }
    # erased people are not one another's duplicates
    assert not trainee_duplicate_keys().exists()


def test_erasure_from_the_admin_removes_the_name_everywhere(
    client, office, person, django_capture_on_commit_callbacks
):
    client.force_login(office)
    code = Certificate.objects.get().code
    pdf = Certificate.objects.get().pdf.name
    assert storages["private"].exists(pdf)
    session = person.participations.first().session
    # The name reaches the logs: a searched list export, edits in the admin.
    client.get(reverse("trainees:index"), {"q": NAME, "export": "csv"})
    client.post(
        reverse("trainees:edit", args=[person.pk]),
        {"full_name": NAME, "gender": "F", "email": "m@example.org"},
    )
    _edit_score(client, session)
    # ...and a row removed later (its log entries outlive it)
    second = person.participations.exclude(session=session).get()
    _edit_score(client, second.session)
    form = session_form(second.session, delete={second.pk})
    client.post(reverse("training_sessions:edit", args=[second.session_id]), form)
    assert not person.participations.filter(pk=second.pk).exists()
    assert LogEntry.objects.filter(object_repr__contains=NAME).exists()
    # Wagtail's admin history of the person names the record, not the person.
    assert PersonLogEntry.objects.filter(label=f"Kursant #{person.pk}").exists()
    assert PersonalDataExport.objects.filter(detail__contains="Xhaferi").exists()
    verify = reverse("trainings:certificate_verify", args=[code])
    assert NAME in client.get(verify).content.decode()
    confirm = client.get(reverse("trainings_trainee_erase", args=[person.pk]))
    assert NAME in confirm.content.decode()
    # when
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("trainings_trainee_erase", args=[person.pk]))
    # then
    assert response.status_code == 302
    assert NAME not in _database_dump()
    assert "Xhaferi" not in _database_dump()
    person.refresh_from_db()
    assert (person.email, person.phone, person.region) == ("", "", None)
    assert person.name_key == f"erased person {person.pk}"
    assert client.get(verify, follow=True).status_code == 404
    assert not storages["private"].exists(pdf)
    for listing in ("trainees:index", "attendance:index"):
        assert NAME not in client.get(reverse(listing)).content.decode()
        export = client.get(reverse(listing), {"export": "csv"})
        assert NAME not in b"".join(export.streaming_content).decode()
    exported = json.dumps(download(client, person), ensure_ascii=False)
    assert NAME not in exported and "mirela@" not in exported
    erasure = PersonalDataErasure.objects.get()
    assert (erasure.trainee_id, erasure.user, erasure.reason) == (
        person.pk,
        office,
        "request",
    )
    # a later certificate run does not give the erased person a new one
    assert certificates_issue(session=session) == []


def _edit_score(client, session) -> None:
    """Save the session form with the person's post score changed (inline row)."""
    named = session.participations.get(trainee__isnull=False)
    form = session_form(session, edit={named.pk: {"post_score": "90"}})
    response = client.post(reverse("training_sessions:edit", args=[session.pk]), form)
    assert response.status_code == 302, response.content.decode()[:2000]


def _database_dump() -> str:
    """Every row of every table, as JSON text."""
    return "".join(
        serializers.serialize("json", model._base_manager.all())
        for model in apps.get_models()
        if model._meta.managed and not model._meta.proxy
    )


def test_erasing_twice_changes_nothing_more(office, person):
    assert trainee_erase(trainee=person, user=office)
    assert not trainee_erase(trainee=person, user=office)
    assert PersonalDataErasure.objects.count() == 1


# --- Retention ------------------------------------------------------------------


@pytest.fixture
def old_and_recent():
    """Two people last trained in 2012, one in 2012 and 2020, one never."""
    old_session = TrainingSessionFactory(start_date=D(2012, 5, 1))
    recent_session = TrainingSessionFactory(start_date=D(2020, 5, 1))
    old = [TraineeFactory(full_name=f"Old {n}") for n in range(2)]
    for trainee in old:
        ParticipationFactory(session=old_session, trainee=trainee)
    kept = TraineeFactory(full_name="Still Here")
    ParticipationFactory(session=old_session, trainee=kept)
    ParticipationFactory(session=recent_session, trainee=kept)
    TraineeFactory(full_name="Never Attended")  # recorded today
    return old, kept


def test_retention_erases_only_people_past_the_period(old_and_recent):
    old, kept = old_and_recent
    today = D(2026, 12, 1)
    # list exports whose notes hold a search for a name, in 2012 and this year
    for detail, year in (("q=Old+0&export=csv", 2012), ("q=Still&export=csv", 2026)):
        note = PersonalDataExport.objects.create(what="trainee list", detail=detail)
        note.created_at = note.created_at.replace(year=year)
        note.save()
    # when
    assert trainees_retention_run(years=10, dry_run=True, today=today) == 2
    assert not Trainee.objects.filter(erased_at__isnull=False).exists()
    assert trainees_retention_run(years=10, today=today) == 2
    # then
    assert set(Trainee.objects.filter(erased_at__isnull=False)) == set(old)
    assert not Trainee.objects.filter(full_name__startswith="Old").exists()
    assert set(PersonalDataErasure.objects.values_list("reason", flat=True)) == {
        "retention"
    }
    notes = PersonalDataExport.objects.filter(what="trainee list")
    assert sorted(notes.values_list("detail", flat=True)) == ["", "q=Still&export=csv"]
    assert trainees_retention_run(years=10, today=today) == 0  # idempotent
    assert trainees_retention_run(years=0, today=D(2090, 1, 1)) == 0  # 0 = keep


def test_retention_command_and_nightly_task(settings, old_and_recent):
    from trainings.tasks import personal_data_retention_task

    out = io.StringIO()
    call_command("personal_data_retention", "--dry-run", stdout=out)
    assert "2 persona do të anonimizoheshin (10 vjet)" in out.getvalue()
    assert Trainee.objects.filter(erased_at__isnull=True).count() == 4
    schedule = settings.CELERY_BEAT_SCHEDULE["personal-data-retention"]
    assert schedule["task"] == personal_data_retention_task.name
    # when
    assert personal_data_retention_task.delay().get() == 2
    # then
    assert Trainee.objects.filter(erased_at__isnull=True).count() == 2
    settings.TRAINEE_RETENTION_YEARS = 0
    assert personal_data_retention_task.delay().get() == 0


def test_retention_costs_the_same_queries_for_few_or_many_people():
    """Set-based: one batch of 3 or of 60 people costs the same queries."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    def erase(n: int, year: int) -> int:
        session = TrainingSessionFactory(start_date=D(year, 1, 10))
        ParticipationFactory.create_batch(n, session=session)
        with CaptureQueriesContext(connection) as queries:
            assert trainees_retention_run(years=10, today=D(year + 11, 1, 1)) == n
        return len(queries)

    assert erase(3, 2000) == erase(60, 2005)
