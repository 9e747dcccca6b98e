"""QR self check-in: a phone checks in with the day's signed code, the trainer
confirms, and the same name folds into the person already known."""

import datetime

import pytest
from auditlog.models import LogEntry
from django.test import override_settings
from django.utils import timezone

from tests import factories
from trainings.models import CheckIn, Participation, Trainee
from trainings.services.checkins import checkin_ticket
from trainings.tasks import personal_data_retention_task

pytestmark = pytest.mark.django_db
TODAY = timezone.localdate
ONE_DAY = datetime.timedelta(days=1)


@pytest.fixture
def session(make_user):
    """A three-day session running yesterday, today and tomorrow, in Albanian."""
    trainer = make_user("trainer", "Trainer")
    session = factories.TrainingSessionFactory(
        title="Identifikimi i viktimave",
        start_date=TODAY() - ONE_DAY,
        end_date=TODAY() + ONE_DAY,
        language="sq",
    )
    session.trainers.add(trainer)
    return session


@pytest.fixture
def police(db):
    return factories.ProfessionFactory(code="POL", name="Polic")


@pytest.fixture
def gdsp(db):
    return factories.AgencyFactory(
        code="GDSP", name="Drejtoria e Përgjithshme e Policisë", aliases="DPPSH"
    )


def checkin_path(session, day=None, language="sq") -> str:
    ticket = checkin_ticket(session=session, day=day or TODAY())
    return f"/{language}/checkin/{ticket}/"


def form(**fields) -> dict:
    return {
        "full_name": "Miloš Petrović",
        "gender": "M",
        "agency_text": "",
        "consent": "on",
        **fields,
    }


def test_the_day_code_opens_the_form_with_the_session_title_only(client, session):
    Trainee.objects.create(full_name="Drita Hoxha")  # somebody known, never shown
    response = client.get(checkin_path(session))
    # then
    body = response.content.decode()
    assert response.status_code == 200
    assert "Identifikimi i viktimave" in body
    assert "Emri dhe mbiemri juaj" in body  # the form speaks Albanian
    assert "Drita Hoxha" not in body


def test_a_phone_checks_in_as_pending_in_its_language(
    client, session, police, gdsp, language_restored
):
    # when a trainee types the institution's other acronym, on the Serbian form
    response = client.post(
        checkin_path(session, language="sr"),
        form(profession=police.pk, agency_text="dppsh"),
    )
    # then they are thanked by name, and wait for the trainer
    assert "Miloš Petrović" in response.content.decode()
    checkin = CheckIn.objects.get()
    assert (checkin.day, checkin.agency, checkin.profession) == (TODAY(), gdsp, police)
    assert checkin.language == "sr"
    assert not Participation.objects.exists()


def test_sending_the_form_twice_is_one_checkin(client, session):
    client.post(checkin_path(session), form())
    client.post(checkin_path(session), form(full_name="MILOS  PETROVIC"))
    # then
    assert CheckIn.objects.get().full_name == "MILOS PETROVIC"


def test_an_unknown_institution_is_kept_as_typed(client, session, gdsp):
    client.post(checkin_path(session), form(agency_text="Bashkia Kukës"))
    # then
    checkin = CheckIn.objects.get()
    assert (checkin.agency, checkin.agency_text) == (None, "Bashkia Kukës")


def test_without_consent_nothing_is_kept(client, session):
    data = form()
    del data["consent"]
    response = client.post(checkin_path(session), data)
    # then
    assert "nuk mund ta regjistrojmë pjesëmarrjen tuaj" in response.content.decode()
    assert not CheckIn.objects.exists()


def test_yesterdays_code_is_refused_with_a_sentence(client, session):
    response = client.get(checkin_path(session, day=TODAY() - ONE_DAY))
    # then
    assert response.status_code == 403
    assert "nuk është për sot" in response.content.decode()
    posted = client.post(checkin_path(session, day=TODAY() - ONE_DAY), form())
    assert posted.status_code == 403
    assert not CheckIn.objects.exists()


def test_a_tampered_code_is_refused(client, session):
    other = factories.TrainingSessionFactory(start_date=TODAY(), end_date=TODAY())
    ticket = checkin_ticket(session=session, day=TODAY())
    forged = ticket.replace(f"{session.pk}.", f"{other.pk}.", 1)
    # when
    response = client.post(f"/sq/checkin/{forged}/", form())
    # then
    assert response.status_code == 403
    assert "Ky kod regjistrimi nuk është i vlefshëm" in response.content.decode()
    assert not CheckIn.objects.exists()


@override_settings(CHECKIN_MAX_PER_SESSION=2)
def test_check_ins_stop_at_the_cap(client, session):
    for name in ("Ana Hoxha", "Besa Leka", "Dritan Meta"):
        response = client.post(checkin_path(session), form(full_name=name))
    # then
    assert response.status_code == 429
    assert "është i plotë" in response.content.decode()
    assert CheckIn.objects.count() == 2


def _pending(session, name, day=None, **fields):
    return CheckIn.objects.create(
        session=session,
        day=day or TODAY(),
        full_name=name,
        language="sq",
        consented_at=timezone.now(),
        **fields,
    )


def test_confirm_all_makes_attendance_and_folds_known_names(client, session, gdsp):
    known = Trainee.objects.create(full_name="Miloš Petrović", agency=gdsp)
    _pending(session, "MILOS PETROVIC", day=TODAY() - ONE_DAY)
    _pending(session, "Milos Petrovic")  # the same person, the next day
    _pending(session, "Ana Hoxha", gender="F", agency=gdsp)
    client.force_login(session.trainers.get())
    # when
    response = client.post(
        f"/admin/trainings/sessions/{session.pk}/check-in/",
        {"action": "confirm_all"},
        follow=True,
    )
    # then two people, one of them the known one; nothing pending
    assert "3 regjistrime u konfirmuan" in response.content.decode()
    rows = Participation.objects.filter(session=session).order_by("trainee__full_name")
    assert [r.trainee.full_name for r in rows] == ["Ana Hoxha", "Miloš Petrović"]
    assert rows[1].trainee == known
    assert (rows[0].gender, rows[0].agency) == ("F", gdsp)
    assert Trainee.objects.count() == 2
    assert not CheckIn.objects.exists()
    # and the audit log says who added the two attendance rows
    entry = LogEntry.objects.get(object_repr=f"Import of QR check-in {session.ref}")
    assert entry.changes["created"] == [None, "2"]
    assert entry.actor == session.trainers.get()


def test_confirming_ticked_rows_leaves_the_others_pending(client, session):
    first, second = _pending(session, "Ana Hoxha"), _pending(session, "Besa Leka")
    client.force_login(session.trainers.get())
    # when
    client.post(
        f"/admin/trainings/sessions/{session.pk}/check-in/",
        {"action": "confirm", "checkin": [first.pk]},
    )
    # then
    assert list(
        session.participations.values_list("trainee__full_name", flat=True)
    ) == ["Ana Hoxha"]
    assert list(CheckIn.objects.all()) == [second]


def test_two_known_people_of_that_name_give_a_new_record_for_the_office(
    client, session, gdsp
):
    Trainee.objects.create(full_name="Ana Hoxha")
    Trainee.objects.create(full_name="Ana Hoxha")
    _pending(session, "Ana Hoxha", agency=gdsp)
    client.force_login(session.trainers.get())
    page = client.get(f"/admin/trainings/sessions/{session.pk}/check-in/")
    assert "2 persona e kanë këtë emër" in page.content.decode()
    # when
    client.post(
        f"/admin/trainings/sessions/{session.pk}/check-in/", {"action": "confirm_all"}
    )
    # then
    assert Trainee.objects.filter(name_key="ana hoxha").count() == 3


def test_discarded_check_ins_go_without_attendance(client, session):
    prank = _pending(session, "Donald Duck")
    client.force_login(session.trainers.get())
    # when
    client.post(
        f"/admin/trainings/sessions/{session.pk}/check-in/",
        {"action": "discard", "checkin": [prank.pk]},
    )
    # then
    assert not CheckIn.objects.exists()
    assert not Participation.objects.exists()


def test_another_trainer_can_neither_see_nor_confirm(client, session, make_user):
    _pending(session, "Ana Hoxha")
    client.force_login(make_user("trainer2", "Trainer"))
    url = f"/admin/trainings/sessions/{session.pk}/check-in/"
    # then
    assert client.get(url, follow=True).status_code == 404
    client.post(url, {"action": "confirm_all"})
    assert CheckIn.objects.count() == 1
    assert not Participation.objects.exists()


def test_the_projector_page_shows_the_days_code_in_the_session_language(
    client, session
):
    client.force_login(session.trainers.get())
    # when
    response = client.get(
        f"/admin/trainings/sessions/{session.pk}/check-in/qr/"
        f"?day={TODAY() + ONE_DAY:%Y-%m-%d}"
    )
    # then
    body = response.content.decode()
    tomorrow = checkin_ticket(session=session, day=TODAY() + ONE_DAY)
    assert "Skanoni për t'u regjistruar" in body
    assert f"/sq/checkin/{tomorrow}/" in body
    assert "data:image/svg+xml" in body


def test_check_ins_nobody_confirmed_go_a_month_after_the_session(session):
    old = factories.TrainingSessionFactory(
        start_date=TODAY() - 31 * ONE_DAY, end_date=TODAY() - 31 * ONE_DAY
    )
    _pending(old, "Ana Hoxha", day=old.start_date)
    kept = _pending(session, "Besa Leka")
    # when the nightly task runs
    personal_data_retention_task()
    # then
    assert list(CheckIn.objects.all()) == [kept]
