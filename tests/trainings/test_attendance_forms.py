"""A named attendance row takes only a person the user may choose.

The session form's inline rows and the attendance form accepted any trainee id: a
trainer could attach another trainer's people (dozens in one POST), or an erased
person, and then open and edit their records.
"""

import pytest
from django.urls import reverse
from django.utils import timezone

from tests.factories import (
    ParticipationFactory,
    TraineeFactory,
    TrainingSessionFactory,
    session_post,
)
from trainings.models import Participation, Trainee

pytestmark = pytest.mark.django_db

# The admin answers in Albanian (the default language):
# "Choose one of your trainees from the list, or add a new person."
REFUSED = "Zgjidhni një nga kursantët tuaj në listë, ose shtoni një person të ri."


@pytest.fixture
def alice_and_bob(make_user):
    """Alice trains Ardian; Bob trains Besa and 39 others; Erion (Alice's) was erased."""
    alice, bob = make_user("alice", "Trainer"), make_user("bob", "Trainer")
    mine, earlier = TrainingSessionFactory(), TrainingSessionFactory()
    mine.trainers.add(alice)
    earlier.trainers.add(alice)
    theirs = TrainingSessionFactory()
    theirs.trainers.add(bob)
    ardian = TraineeFactory(full_name="Ardian Krasniqi")
    ParticipationFactory(session=earlier, trainee=ardian)
    erion = TraineeFactory(full_name="Erion Dervishi")
    ParticipationFactory(session=earlier, trainee=erion)
    Trainee.objects.filter(pk=erion.pk).update(
        full_name="Erased 1", erased_at=timezone.now()
    )
    bobs = [TraineeFactory(full_name=f"Besa Hoxha {n}") for n in range(40)]
    for person in bobs:
        ParticipationFactory(session=theirs, trainee=person)
    return {
        "alice": alice,
        "mine": mine,
        "ardian": ardian,
        "erion": Trainee.objects.get(pk=erion.pk),
        "bobs": bobs,
    }


def _session_form(session, trainer, new_people=(), existing=(), **fields):
    """The session edit form as posted: its existing rows, then one new row per person."""
    data = (
        session_post(
            session,
            trainer,
            rows=len(existing) + len(new_people),
            existing=len(existing),
        )
        | fields
    )
    rows = [{"id": row.pk, "trainee": row.trainee_id} for row in existing]
    rows += [{"id": "", "trainee": person.pk} for person in new_people]
    for i, row in enumerate(rows):
        data |= {f"participations-{i}-{key}": value for key, value in row.items()}
        data |= {f"participations-{i}-count": "1", f"participations-{i}-ORDER": i + 1}
    return data


def _post_session(client, session, data):
    url = reverse("training_sessions:edit", args=[session.pk])
    return client.post(url, data)


def test_trainer_cannot_attach_another_trainers_people(client, alice_and_bob):
    alice, mine, bobs = (alice_and_bob[k] for k in ("alice", "mine", "bobs"))
    client.force_login(alice)
    data = _session_form(mine, alice, new_people=bobs, title="Typed new title")
    # when
    response = _post_session(client, mine, data)
    # then: refused with the reason, the rest of what was typed kept, no name shown
    page = response.content.decode()
    assert response.status_code == 200
    assert REFUSED in page
    assert "Typed new title" in page
    assert "Besa" not in page
    assert not mine.participations.exists()
    mine.refresh_from_db()
    assert mine.title != "Typed new title"
    # and the person stays out of reach
    url = reverse("trainees:edit", args=[bobs[0].pk])
    assert client.get(url, follow=True).status_code == 404


def test_trainer_cannot_attach_an_erased_person_again(client, alice_and_bob):
    alice, mine, erion = (alice_and_bob[k] for k in ("alice", "mine", "erion"))
    client.force_login(alice)
    # when
    response = _post_session(client, mine, _session_form(mine, alice, [erion]))
    # then
    assert REFUSED in response.content.decode()
    assert not mine.participations.exists()


def test_trainer_attaches_own_person(client, alice_and_bob):
    alice, mine, ardian = (alice_and_bob[k] for k in ("alice", "mine", "ardian"))
    client.force_login(alice)
    # when
    response = _post_session(client, mine, _session_form(mine, alice, [ardian]))
    # then
    assert response.status_code == 302
    assert mine.participations.get().trainee == ardian


def test_a_row_holding_an_erased_person_saves_unchanged(client, alice_and_bob):
    alice, mine, erion = (alice_and_bob[k] for k in ("alice", "mine", "erion"))
    row = ParticipationFactory(session=mine, trainee=erion)
    client.force_login(alice)
    data = _session_form(mine, alice, existing=[row], title="Renamed session")
    # when
    response = _post_session(client, mine, data)
    # then
    assert response.status_code == 302
    mine.refresh_from_db()
    assert mine.title == "Renamed session"
    assert list(mine.participations.values_list("pk", "trainee")) == [
        (row.pk, erion.pk)
    ]


def test_attendance_form_refuses_another_trainers_person(client, alice_and_bob):
    alice, mine, ardian = (alice_and_bob[k] for k in ("alice", "mine", "ardian"))
    row = ParticipationFactory(session=mine, trainee=ardian)
    besa = alice_and_bob["bobs"][0]
    client.force_login(alice)
    # when
    response = client.post(
        reverse("attendance:edit", args=[row.pk]),
        {"trainee": besa.pk, "count": "1", "gender": ""},
    )
    # then
    page = response.content.decode()
    assert REFUSED in page and "Besa" not in page
    row.refresh_from_db()
    assert row.trainee == ardian


def test_office_attaches_anyone_but_the_erased(client, make_user, alice_and_bob):
    alice, mine, erion = (alice_and_bob[k] for k in ("alice", "mine", "erion"))
    besa = alice_and_bob["bobs"][0]
    client.force_login(make_user("office", "Office administrator"))
    # when
    refused = _post_session(client, mine, _session_form(mine, alice, [erion]))
    accepted = _post_session(client, mine, _session_form(mine, alice, [besa]))
    # then
    assert REFUSED in refused.content.decode()
    assert accepted.status_code == 302
    assert list(Participation.objects.filter(session=mine).values_list("trainee")) == [
        (besa.pk,)
    ]


@pytest.mark.parametrize("bad_id", ["abc", "\x00", "99999999999999999999999", "-1"])
def test_a_bad_trainee_id_is_a_form_error(client, alice_and_bob, bad_id):
    alice, mine = alice_and_bob["alice"], alice_and_bob["mine"]
    client.force_login(alice)
    data = _session_form(mine, alice, [alice_and_bob["ardian"]])
    data["participations-0-trainee"] = bad_id
    # when
    response = _post_session(client, mine, data)
    # then
    assert response.status_code == 200
    assert not mine.participations.exists()
