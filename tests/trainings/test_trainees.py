"""Same person, many spellings: name folding, and the office's merge tool."""

import pytest
from django.urls import reverse

from tests.factories import (
    AgencyFactory,
    ParticipationFactory,
    TraineeFactory,
    TrainingSessionFactory,
)
from trainings.models import Participation, Trainee
from trainings.names import name_key
from trainings.services.trainees import trainee_merge


@pytest.mark.parametrize(
    "spellings",
    [
        [
            "Ardian Krasniqi",
            "ARDIAN KRASNIQI",
            "Ardian Krasniqï",
            " ardian   krasniqi ",
        ],
        ["Милош Петровић", "Miloš Petrović", "Milos Petrovic", "MILOŠ PETROVIĆ"],
        ["Ђорђе Јовановић", "Đorđe Jovanović", "Djordje Jovanovic"],
        ["Gëzim Çela", "Gezim Cela"],
    ],
)
def test_spellings_of_one_name_fold_to_one_key(spellings):
    assert len({name_key(s) for s in spellings}) == 1


def test_different_people_keep_different_keys():
    assert name_key("Arben Hoxha") != name_key("Arbena Hoxha")


@pytest.mark.django_db
def test_trainee_key_is_kept_in_step_with_the_name():
    trainee = TraineeFactory(full_name="Милош Петровић")
    assert trainee.name_key == "milos petrovic"
    trainee.full_name = "Miloš Petrović-Marković"
    trainee.save()
    assert trainee.name_key == "milos petrovic-markovic"


@pytest.mark.django_db
def test_merge_moves_sessions_and_keeps_one_row_per_session():
    # given the same person recorded three times, twice in one session
    shared, other = TrainingSessionFactory(), TrainingSessionFactory()
    target = TraineeFactory(full_name="Miloš Petrović")
    cyrillic = TraineeFactory(full_name="Милош Петровић", email="milos@example.org")
    ascii_ = TraineeFactory(full_name="Milos Petrovic")
    ParticipationFactory(session=shared, trainee=target)
    ParticipationFactory(session=shared, trainee=cyrillic)
    ParticipationFactory(session=other, trainee=ascii_)
    # when
    trainee_merge(target=target, duplicates=[cyrillic, ascii_])
    # then
    assert list(Trainee.objects.all()) == [target]
    assert sorted(Participation.objects.values_list("session_id", flat=True)) == sorted(
        [shared.pk, other.pk]
    )
    assert Participation.objects.filter(trainee=target).count() == 2
    target.refresh_from_db()
    assert target.email == "milos@example.org"


@pytest.mark.django_db
def test_office_merges_from_the_admin_screen(client, make_user):
    # given
    agency = AgencyFactory(code="GDSP")
    target = TraineeFactory(full_name="Ardian Krasniqi", agency=agency)
    dup = TraineeFactory(full_name="ARDIAN KRASNIQI")
    unrelated = TraineeFactory(full_name="Besa Hoxha")
    ParticipationFactory(trainee=dup)
    client.force_login(make_user("office", "Office administrator"))
    url = reverse("trainings_trainee_merge", args=[target.pk])
    page = client.get(url).content.decode()
    assert "ARDIAN KRASNIQI" in page and "Besa Hoxha" not in page
    # when
    client.post(url, {"merge": [dup.pk, unrelated.pk]})
    # then: only same-named people can be merged
    assert set(Trainee.objects.all()) == {target, unrelated}
    assert target.participations.count() == 1


@pytest.mark.django_db
def test_trainers_cannot_merge(client, make_user):
    target = TraineeFactory()
    client.force_login(make_user("alice", "Trainer"))
    response = client.get(reverse("trainings_trainee_merge", args=[target.pk]))
    assert response.url == reverse("wagtailadmin_home")  # Wagtail's "no permission"
    assert Trainee.objects.count() == 1
