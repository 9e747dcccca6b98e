"""The audit log (django-auditlog): who changed what, before/after, and who may read it."""

import io
from decimal import Decimal

import pytest
from auditlog.context import set_actor
from auditlog.models import LogEntry
from django.contrib.contenttypes.models import ContentType
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from tests.factories import (
    AgencyFactory,
    IndicatorFactory,
    ModuleFactory,
    ParticipationFactory,
    ProfessionFactory,
    TraineeFactory,
    TrainingSessionFactory,
)
from trainings.imports import reference_import
from trainings.models import (
    Indicator,
    IndicatorTarget,
    ManualValue,
    Participation,
    PersonalDataErasure,
    PersonalDataExport,
    TrainingSession,
)

from .conftest import DATA

pytestmark = pytest.mark.django_db
NAME = "Besnik Gashi"


def session_form(session, *, edit=None, add=(), delete=()) -> dict:
    """The session edit form as the browser posts it: `edit` maps row pk → fields."""
    rows = list(session.participations.order_by("pk"))
    form = {
        "ref": session.ref,
        "title": session.title,
        "start_date": session.start_date.isoformat(),
        "end_date": session.end_date.isoformat(),
        "language": "sq",
        "participations-TOTAL_FORMS": str(len(rows) + len(add)),
        "participations-INITIAL_FORMS": str(len(rows)),
        "participations-MIN_NUM_FORMS": "0",
        "participations-MAX_NUM_FORMS": "1000",
    }
    fields = ("trainee", "gender", "count", "pre_score", "post_score")
    for i, row in enumerate(rows):
        values = {f: getattr(row, f"{f}_id" if f == "trainee" else f) for f in fields}
        values |= (edit or {}).get(row.pk, {})
        form |= _row(i, values) | {f"participations-{i}-id": str(row.pk)}
        if row.pk in delete:
            form[f"participations-{i}-DELETE"] = "on"
    for j, new_row in enumerate(add, start=len(rows)):
        form |= _row(j, new_row)
    return form


def _row(i: int, values: dict) -> dict:
    row = {
        f"participations-{i}-{k}": "" if v is None else str(v)
        for k, v in values.items()
    }
    return row | {f"participations-{i}-ORDER": str(i + 1)}


def _entries(model, **filters):
    return LogEntry.objects.filter(
        content_type=ContentType.objects.get_for_model(model), **filters
    )


@pytest.fixture
def office(make_user):
    return make_user("office", "Office administrator")


@pytest.fixture
def session():
    session = TrainingSessionFactory(ref="AL-2022-007", title="Referral mechanism")
    ParticipationFactory(
        session=session, trainee=TraineeFactory(full_name=NAME), post_score=70
    )
    ParticipationFactory(session=session, trainee=None, count=4, gender="F")
    LogEntry.objects.all().delete()  # start from the admin edit below
    return session


def test_session_form_records_session_and_inline_attendance_changes(
    client, office, session
):
    named, headcount = session.participations.order_by("pk")
    module = ModuleFactory(code="MOD-ID")
    # Scores are edited on the attendance row's own form, not the session's table.
    form = session_form(
        session,
        edit={named.pk: {"gender": "M"}},
        add=[{"gender": "M", "count": "3"}],
        delete={headcount.pk},
    )
    form |= {"title": "Referral mechanism (NRM)", "modules": [str(module.pk)]}
    client.force_login(office)
    # when
    response = client.post(reverse("training_sessions:edit", args=[session.pk]), form)
    # then
    assert response.status_code == 302, response.content.decode()[:2000]
    assert set(LogEntry.objects.values_list("actor", flat=True)) == {office.pk}
    update = _entries(TrainingSession, changes__has_key="title").get()
    assert update.changes_dict["title"] == [
        "Referral mechanism",
        "Referral mechanism (NRM)",
    ]
    linked = _entries(TrainingSession, changes__modules__operation="add").get()
    assert linked.changes_dict["modules"]["objects"] == [str(module)]
    changed = _entries(Participation, object_id=named.pk).get()
    assert changed.changes_dict["gender"] == ["", "M"]
    assert _entries(Participation, action=LogEntry.Action.DELETE).get().object_id == (
        headcount.pk
    )
    created = _entries(Participation, action=LogEntry.Action.CREATE).get()
    assert created.changes_dict["count"] == ["None", "3"]


def test_indicators_targets_and_manual_values_are_logged(client, make_user):
    officer = make_user("monitor", "Monitoring officer")
    indicator = IndicatorFactory(source=Indicator.Source.MANUAL)
    with set_actor(officer):
        target = IndicatorTarget.objects.create(
            indicator=indicator, year=2022, value=10
        )
        target.value = 12
        target.save()
        indicator.name = "Victims referred"
        indicator.save()
    client.force_login(officer)
    # when: a manual value entered on its admin screen
    client.post(
        reverse("indicators:manual", args=[indicator.pk]),
        {"period_start": "2022-01-01", "period_end": "2022-12-31", "value": "41"},
    )
    # then
    entry = _entries(IndicatorTarget, action=LogEntry.Action.UPDATE).get()
    assert (entry.actor, entry.changes_dict["value"]) == (officer, ["10.00", "12"])
    assert (
        _entries(Indicator, action=LogEntry.Action.UPDATE).get().changes_dict["name"][1]
        == "Victims referred"
    )
    manual = _entries(ManualValue).get()
    assert (manual.actor, manual.changes_dict["value"][1]) == (officer, "41")
    assert ManualValue.objects.get().value == Decimal("41")


def test_office_reads_the_whole_log_monitoring_only_plan_history(
    client, office, make_user, session
):
    with set_actor(office):
        named = session.participations.get(trainee__isnull=False)
        named.post_score = 95
        named.save()
        target = IndicatorTarget.objects.create(
            indicator=IndicatorFactory(), year=2023, value=5
        )
    url = reverse("audit_log:index")
    client.force_login(office)
    page = client.get(url).content.decode()
    assert NAME in page and "pikët pas: 70.00 → 95" in page
    assert str(target) in page
    # the monitoring officer sees plan history, never attendance (names)
    client.force_login(make_user("monitor", "Monitoring officer"))
    page = client.get(url).content.decode()
    assert str(target) in page
    assert NAME not in page and "AL-2022-007" not in page
    # trainers read no log at all
    client.force_login(make_user("alice", "Trainer"))
    assert client.get(url).url == reverse("wagtailadmin_home")


def _attendance_changed(numbers: range, *, by) -> None:
    """Attendance rows, each moved to another person, profession and agency."""
    session = TrainingSessionFactory()
    for i in numbers:
        row = ParticipationFactory(
            session=session,
            trainee=TraineeFactory(full_name=f"First {i}"),
            profession=None,
            agency=None,
        )
        with set_actor(by):
            row.trainee = TraineeFactory(full_name=f"Moved {i}")
            row.profession = ProfessionFactory(name=f"Profession {i}")
            row.agency = AgencyFactory(name=f"Agency {i}")
            row.save()


def test_audit_log_page_costs_the_same_queries_for_3_or_30_changes(client, office):
    LogEntry.objects.all().delete()
    url = reverse("audit_log:index")
    client.force_login(office)

    def page_queries() -> tuple[int, str]:
        with CaptureQueriesContext(connection) as queries:
            page = client.get(url).content.decode()
        return len(queries), page

    _attendance_changed(range(3), by=office)
    few, page = page_queries()
    assert "kursant: First 2 → Moved 2" in page
    assert "profesioni: – → Profession 2" in page
    agency = Participation.objects.get(trainee__full_name="Moved 2").agency
    assert f"institucioni: – → {agency}" in page
    # when
    _attendance_changed(range(3, 30), by=office)
    # then
    many, page = page_queries()
    assert "Profession 29" in page
    assert many == few


def test_nobody_edits_a_log_not_even_a_superuser(client, make_user, session):
    with set_actor(None):
        session.participations.first().delete()
    logs = {
        "audit_log": LogEntry.objects.get(),
        "exportlog": PersonalDataExport.objects.create(what="trainee list (csv)"),
        "erasurelog": PersonalDataErasure.objects.create(
            trainee_id=1, reason="request"
        ),
    }
    client.force_login(make_user("root"))
    for name, entry in logs.items():
        assert client.get(reverse(f"{name}:index")).status_code == 200
        for view in ("edit", "delete"):
            response = client.get(reverse(f"{name}:{view}", args=[entry.pk]))
            assert response.status_code == 302  # sent back: no permission
        assert client.get(reverse(f"{name}:add")).status_code == 302
        assert type(entry).objects.filter(pk=entry.pk).exists()


def _upload(client, path, *, kind=None, content=None, dry_run=False):
    """Send a file through the office's import screen."""
    data = {
        "kind": kind or path.stem,
        "file": SimpleUploadedFile(path.name, content or path.read_bytes()),
    }
    if dry_run:
        data["dry_run"] = "on"
    return client.post(reverse("trainings_import:index"), data)


def test_an_import_run_is_one_entry_with_who_file_and_counts(client, office, reference):
    def upload(path, dry_run=False):
        _upload(client, path, dry_run=dry_run)

    client.force_login(office)
    upload(DATA / "sessions.csv", dry_run=True)
    assert not LogEntry.objects.exists()
    # when
    upload(DATA / "sessions.csv")
    upload(DATA / "participants.csv")
    # then: one entry per run, none per row (bulk writes send no signals)
    runs = LogEntry.objects.order_by("pk")
    assert [(e.object_repr, e.actor) for e in runs] == [
        ("Import of sessions.csv", office),
        ("Import of participants.csv", office),
    ]
    assert runs[0].changes_dict["created"] == [None, "3"]
    assert Participation.objects.exists()
    assert runs[1].content_type.model_class() is Participation


def test_import_command_run_is_logged_without_actor(reference):
    call_command("import_sessions", str(DATA / "sessions.csv"), stdout=io.StringIO())
    entry = LogEntry.objects.get()
    assert (entry.object_repr, entry.actor) == ("Import of sessions.csv", None)


def test_a_reference_import_is_one_entry_a_refused_file_none(client, office):
    client.force_login(office)
    good = b"code,name\nPOL,Police officers\nJUD,Judges\n"
    # when: a file with a row missing its name, then a good one
    reference_import("professions", b"code,name\nPOL,\n", filename="p.csv", user=office)
    assert not LogEntry.objects.exists()
    reference_import("professions", good, filename="professions.csv", user=office)
    # then
    entry = LogEntry.objects.get()
    assert (entry.object_repr, entry.actor) == ("Import of professions.csv", office)
    assert entry.changes_dict["created"] == [None, "2"]
    page = client.get(reverse("audit_log:index")).content.decode()
    assert "Importimi i professions.csv" in page and "krijuar: – → 2" in page


def test_an_import_whose_entry_fails_keeps_no_rows(reference, monkeypatch):
    def refused(**kwargs):
        raise RuntimeError("audit log unavailable")

    monkeypatch.setattr(LogEntry.objects, "create", refused)
    with pytest.raises(RuntimeError):
        call_command(
            "import_sessions", str(DATA / "sessions.csv"), stdout=io.StringIO()
        )
    assert not TrainingSession.objects.exists()
