"""Calendar feeds (a trainer's own upcoming sessions; the office's all) at secret
addresses, and the trainers' reminder e-mails, in each trainer's language."""

import datetime

import pytest
from django.core import mail
from django.utils import timezone

from tests import factories
from trainings.calendar_feed import calendar_key, calendar_url
from trainings.tasks import session_reminders_task

pytestmark = pytest.mark.django_db
ONE_DAY = datetime.timedelta(days=1)


@pytest.fixture
def sessions(make_user):
    """Alice trains "Kukës" (tomorrow, 3 days) and trained "Past" (ended
    yesterday, nothing recorded); Bob trains "Bob's" (next week)."""
    today = timezone.localdate()
    alice = make_user("alice", "Trainer", email="alice@example.org")
    bob = make_user("bob", "Trainer", email="bob@example.org", admin_language="sr")
    region = factories.RegionFactory(code="KU", name="Kukës")
    kukes = factories.TrainingSessionFactory(
        ref="AL-2026-040",
        title="Identifikimi, Kukës; dita 1-3",
        start_date=today + ONE_DAY,
        end_date=today + 3 * ONE_DAY,
        venue="Bashkia",
        region=region,
    )
    past = factories.TrainingSessionFactory(
        ref="AL-2026-039",
        title="Past",
        start_date=today - ONE_DAY,
        end_date=today - ONE_DAY,
    )
    bobs = factories.TrainingSessionFactory(
        ref="AL-2026-041",
        title="Bob's",
        start_date=today + 7 * ONE_DAY,
        end_date=today + 7 * ONE_DAY,
    )
    kukes.trainers.add(alice, bob)
    past.trainers.add(alice)
    bobs.trainers.add(bob)
    return {"alice": alice, "bob": bob, "kukes": kukes, "past": past}


def _feed(client, user):
    return client.get(f"/calendar/{user.pk}/{calendar_key(user)}.ics")


def test_a_trainers_feed_lists_their_upcoming_sessions_only(client, sessions):
    response = _feed(client, sessions["alice"])
    # then
    body = response.content.decode()
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    assert body.count("BEGIN:VEVENT") == 1  # not the past one, not Bob's
    assert "SUMMARY:AL-2026-040 Identifikimi\\, Kukës\\; dita 1-3" in body
    start = sessions["kukes"].start_date
    assert f"DTSTART;VALUE=DATE:{start:%Y%m%d}" in body
    # the last day included: the all-day event ends the morning after
    assert f"DTEND;VALUE=DATE:{start + 3 * ONE_DAY:%Y%m%d}" in body
    assert "LOCATION:Bashkia\\, Kukës" in body
    assert all(len(line.encode()) <= 75 for line in body.split("\r\n"))


def test_the_office_feed_lists_every_upcoming_session(client, sessions, make_user):
    office = make_user("office", "Office administrator")
    # when
    body = _feed(client, office).content.decode()
    # then
    assert body.count("BEGIN:VEVENT") == 2


def test_a_wrong_key_or_a_changed_password_closes_the_feed(client, sessions):
    alice = sessions["alice"]
    old = calendar_url(alice)
    assert client.get(f"/calendar/{alice.pk}/{'0' * 32}.ics").status_code == 404
    # when she changes her password
    alice.set_password("new secret 2026")
    alice.save()
    # then the old address no longer works, the new one does
    path = old.split("://", 1)[1].split("/", 1)[1]
    assert client.get(f"/{path}").status_code == 404
    assert _feed(client, alice).status_code == 200


def test_the_calendar_page_gives_the_user_their_address(client, sessions):
    client.force_login(sessions["alice"])
    # when
    page = client.get("/admin/trainings/calendar/").content.decode()
    # then
    assert calendar_key(sessions["alice"]) in page
    assert "Abonohuni" in page


def test_reminders_go_the_day_before_and_after_an_empty_session(sessions):
    # when the morning task runs
    sent = session_reminders_task()
    # then Alice and Bob hear of tomorrow's session, Alice of yesterday's
    assert sent == {"before": 2, "after": 1}
    by_person = {(m.to[0], m.subject) for m in mail.outbox}
    assert by_person == {
        ("alice@example.org", "Nesër: Identifikimi, Kukës; dita 1-3"),
        ("bob@example.org", "Сутра: Identifikimi, Kukës; dita 1-3"),
        ("alice@example.org", "Mungon pjesëmarrja: Past"),
    }
    bobs = next(m for m in mail.outbox if m.to == ["bob@example.org"])
    assert "почиње сутра" in bobs.body
    assert f"/admin/trainings/sessions/{sessions['kukes'].pk}/check-in/" in bobs.body


def test_no_reminder_after_a_session_with_attendance(sessions):
    factories.ParticipationFactory(session=sessions["past"], trainee=None, count=9)
    # when
    sent = session_reminders_task()
    # then
    assert sent["after"] == 0
