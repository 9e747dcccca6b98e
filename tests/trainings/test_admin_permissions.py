"""The trainer/office boundary in the Wagtail admin, tried through real URLs."""

import pytest
from django.urls import reverse

from tests.factories import ParticipationFactory, TraineeFactory, TrainingSessionFactory
from trainings.models import PersonalDataExport, TrainingSession

pytestmark = pytest.mark.django_db


@pytest.fixture
def two_trainers(make_user):
    alice, bob = make_user("alice", "Trainer"), make_user("bob", "Trainer")
    mine = TrainingSessionFactory(title="Alice's police training")
    mine.trainers.add(alice)
    theirs = TrainingSessionFactory(title="Bob's judges seminar")
    theirs.trainers.add(bob)
    ParticipationFactory(session=theirs, trainee=TraineeFactory(full_name="Besa Hoxha"))
    return alice, mine, theirs


def test_trainer_lists_only_own_sessions(client, two_trainers):
    alice, _, _ = two_trainers
    client.force_login(alice)
    # when
    page = client.get(reverse("training_sessions:index")).content.decode()
    # then
    assert "Alice&#x27;s police training" in page
    assert "Bob" not in page


@pytest.mark.parametrize("view", ["edit", "delete", "inspect"])
def test_trainer_cannot_open_another_trainers_session_by_url(
    client, two_trainers, view
):
    alice, mine, theirs = two_trainers
    client.force_login(alice)
    # when
    url = reverse(f"training_sessions:{view}", args=[theirs.pk])
    response = client.get(url, follow=True)
    # then
    assert response.status_code == 404


def test_trainer_cannot_post_changes_to_another_trainers_session(client, two_trainers):
    alice, _, theirs = two_trainers
    client.force_login(alice)
    client.post(
        reverse("training_sessions:edit", args=[theirs.pk]), {"title": "Hacked"}
    )
    theirs.refresh_from_db()
    assert theirs.title == "Bob's judges seminar"


def test_trainer_edits_own_session_and_office_edits_any(
    client, make_user, two_trainers
):
    alice, mine, theirs = two_trainers
    client.force_login(alice)
    assert (
        client.get(reverse("training_sessions:edit", args=[mine.pk])).status_code == 200
    )
    client.force_login(make_user("office", "Office administrator"))
    assert (
        client.get(reverse("training_sessions:edit", args=[theirs.pk])).status_code
        == 200
    )
    page = client.get(reverse("training_sessions:index")).content.decode()
    assert "Alice" in page and "Bob" in page


def test_trainer_creates_session_with_attendance_and_keeps_it(client, make_user, roles):
    # given
    alice = make_user("alice", "Trainer")
    client.force_login(alice)
    form = {
        "ref": "AL-2023-050",
        "title": "SOP training for school staff",
        "start_date": "2023-02-01",
        "end_date": "2023-02-01",
        "language": "sq",
        "participations-TOTAL_FORMS": "1",
        "participations-INITIAL_FORMS": "0",
        "participations-MIN_NUM_FORMS": "0",
        "participations-MAX_NUM_FORMS": "1000",
        "participations-0-gender": "F",
        "participations-0-count": "18",
        "participations-0-ORDER": "1",
    }
    # when
    response = client.post(reverse("training_sessions:add"), form)
    # then
    assert response.status_code == 302, response.content.decode()[:3000]
    session = TrainingSession.objects.get(ref="AL-2023-050")
    assert session.created_by == alice
    assert session.participations.get().count == 18
    assert (
        client.get(reverse("training_sessions:edit", args=[session.pk])).status_code
        == 200
    )


def test_trainer_sees_only_the_people_in_own_sessions(client, two_trainers):
    alice, mine, _ = two_trainers
    ParticipationFactory(
        session=mine, trainee=TraineeFactory(full_name="Ardian Krasniqi")
    )
    client.force_login(alice)
    page = client.get(reverse("trainees:index")).content.decode()
    assert "Ardian Krasniqi" in page and "Besa Hoxha" not in page
    chooser = client.get(reverse("trainee_chooser:choose")).json()["html"]
    assert "Ardian Krasniqi" in chooser and "Besa Hoxha" not in chooser


def test_monitoring_officer_sees_sessions_but_no_names(client, make_user, two_trainers):
    client.force_login(make_user("monitor", "Monitoring officer"))
    assert client.get(reverse("training_sessions:index")).status_code == 200
    for url in (reverse("trainees:index"), reverse("attendance:index")):
        assert client.get(url).url == reverse("wagtailadmin_home")


def test_trainee_export_is_logged(client, make_user, two_trainers):
    office = make_user("office", "Office administrator")
    client.force_login(office)
    # when
    response = client.get(reverse("trainees:index") + "?export=csv")
    # then
    assert b"Besa Hoxha" in b"".join(response.streaming_content)
    log = PersonalDataExport.objects.get()
    assert (log.user, log.what) == (office, "trainee list (csv)")


def test_attendance_rows_follow_their_sessions_owner(client, two_trainers):
    alice, mine, theirs = two_trainers
    own_row = ParticipationFactory(session=mine)
    other_row = theirs.participations.get()
    client.force_login(alice)
    # then
    assert client.get(reverse("attendance:edit", args=[own_row.pk])).status_code == 200
    url = reverse("attendance:edit", args=[other_row.pk])
    assert client.get(url, follow=True).status_code == 404
    listing = client.get(reverse("attendance:index")).content.decode()
    assert "Besa Hoxha" not in listing
    # attendance is only added on the session form
    assert client.get(reverse("attendance:add"), follow=True).status_code == 404


def test_trainee_chooser_finds_names_whatever_the_script(client, make_user):
    office = make_user("office", "Office administrator")
    TraineeFactory(full_name="Милош Петровић")
    client.force_login(office)
    # when
    html = client.get(reverse("trainee_chooser:choose"), {"q": "milos"}).json()["html"]
    # then
    assert "Милош Петровић" in html


def test_person_added_from_the_chooser_stays_visible_to_its_trainer(client, make_user):
    alice = make_user("alice", "Trainer")
    client.force_login(alice)
    # when
    client.post(reverse("trainee_chooser:create"), {"full_name": "Teuta Marku"})
    # then
    assert "Teuta Marku" in client.get(reverse("trainees:index")).content.decode()
