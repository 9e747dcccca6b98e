"""Per-day attendance of a three-day session and its rule (80 % of 3 days: all 3),
hand-computed: Ana present 3 days, Besa late on day 2 (counts), Drini absent on
day 3 (2 of 3: not trained), Era excused on day 1 (2 of 3: not trained), Gent
unmarked (a day without a mark counts as present). Trained: Ana, Besa, Gent."""

import datetime

import pytest
from django.utils import timezone

from tests import factories
from trainings.indicators.periods import period_year
from trainings.indicators.report import training_summary
from trainings.models import AttendanceDay, Certificate, CheckIn
from trainings.selectors.certificates import certificate_status
from trainings.services.attendance_days import (
    attendance_days_save,
    participations_trained_update,
)
from trainings.services.certificates import certificates_request
from trainings.services.checkins import checkins_confirm

pytestmark = pytest.mark.django_db
DAY1 = datetime.date(2025, 5, 6)
DAY2, DAY3 = DAY1 + datetime.timedelta(1), DAY1 + datetime.timedelta(2)
NAMES = ("Ana Hoxha", "Besa Leka", "Drini Meta", "Era Kola", "Gent Dushi")


@pytest.fixture
def session(make_user):
    session = factories.TrainingSessionFactory(
        start_date=DAY1, end_date=DAY3, trained_min_percent=80
    )
    session.trainers.add(make_user("trainer", "Trainer"))
    rows = {
        name.split()[0]: factories.ParticipationFactory(
            session=session, trainee=factories.TraineeFactory(full_name=name)
        )
        for name in NAMES
    }
    factories.ParticipationFactory(session=session, trainee=None, count=7)
    session.rows = rows
    return session


def _marks(session) -> dict:
    r = {name: row.pk for name, row in session.rows.items()}
    return {
        (r["Ana"], DAY1): "present",
        (r["Ana"], DAY2): "present",
        (r["Ana"], DAY3): "present",
        (r["Besa"], DAY2): "late",
        (r["Drini"], DAY3): "absent",
        (r["Era"], DAY1): "excused",
    }


def _trained(session) -> list[str]:
    rows = session.participations.filter(trained=True, trainee__isnull=False)
    return sorted(rows.values_list("trainee__full_name", flat=True))


def test_the_rule_decides_who_counts_as_trained(session):
    attendance_days_save(session=session, marks=_marks(session))
    # then
    assert _trained(session) == ["Ana Hoxha", "Besa Leka", "Gent Dushi"]


def test_indicators_count_only_the_trained(session):
    attendance_days_save(session=session, marks=_marks(session))
    # when
    summary = training_summary(period=period_year(2025))
    # then 3 trained named + the head-count of 7; the session is one
    assert (summary["participants"], summary["unique_people"]) == (10, 10)
    assert summary["sessions"] == 1


def test_a_looser_rule_counts_two_days_of_three(session):
    attendance_days_save(session=session, marks=_marks(session))
    session.trained_min_percent = 60  # 60 % of 3 days: 2
    session.save()
    # when
    participations_trained_update(session=session)
    # then
    assert len(_trained(session)) == 5


def test_certificates_go_only_to_the_trained(session, settings):
    attendance_days_save(session=session, marks=_marks(session))
    # when
    certificates_request(session=session)
    # then
    holders = Certificate.objects.values_list(
        "participation__trainee__full_name", flat=True
    )
    assert sorted(holders) == ["Ana Hoxha", "Besa Leka", "Gent Dushi"]
    assert certificate_status(session=session).total == 3


def test_clearing_a_mark_makes_the_day_count_again(session):
    attendance_days_save(session=session, marks=_marks(session))
    drini = session.rows["Drini"].pk
    # when
    attendance_days_save(session=session, marks={(drini, DAY3): ""})
    # then
    assert "Drini Meta" in _trained(session)
    assert not AttendanceDay.objects.filter(participation_id=drini).exists()


def test_marks_for_another_session_or_day_are_ignored(session):
    other = factories.ParticipationFactory()
    ana = session.rows["Ana"].pk
    # when
    attendance_days_save(
        session=session,
        marks={
            (other.pk, DAY1): "absent",
            (ana, DAY3 + datetime.timedelta(1)): "absent",
        },
    )
    # then
    assert not AttendanceDay.objects.exists()


def test_the_trainer_marks_the_grid_and_unmarked_days_present(client, session):
    client.force_login(session.trainers.get())
    url = f"/admin/trainings/sessions/{session.pk}/attendance-days/"
    drini = session.rows["Drini"].pk
    # when
    client.post(url, {f"mark-{drini}-{DAY3:%Y-%m-%d}": "absent"})
    client.post(url, {"present_day": f"{DAY1:%Y-%m-%d}"})
    # then Drini is absent on day 3, everybody present on day 1
    page = client.get(url).content.decode()
    assert "2 / 3" in page
    assert "Drini Meta" not in _trained(session)
    day1 = AttendanceDay.objects.filter(day=DAY1, status="present")
    assert day1.count() == 5
    assert AttendanceDay.objects.get(participation_id=drini, day=DAY3).status == (
        "absent"
    )


def test_a_qr_check_in_marks_its_day_present(session):
    ana = session.rows["Ana"]
    attendance_days_save(session=session, marks={(ana.pk, DAY2): "late"})
    for day in (DAY1, DAY2):
        CheckIn.objects.create(
            session=session,
            day=day,
            full_name="ANA HOXHA",
            language="sq",
            consented_at=timezone.now(),
        )
    # when
    checkins_confirm(
        session=session,
        ids=CheckIn.objects.values_list("pk", flat=True),
        user=session.trainers.get(),
    )
    # then day 1 is present, and the trainer's "late" stays
    marks = dict(
        AttendanceDay.objects.filter(participation=ana).values_list("day", "status")
    )
    assert marks == {DAY1: "present", DAY2: "late"}
    assert session.participations.filter(trainee__isnull=False).count() == 5
