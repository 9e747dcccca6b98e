"""Chooser modals reveal only the people a user may see, through every one of their URLs.

The choose and results views were filtered, but Wagtail's chosen and chosen-multiple
views read every row: anyone in the admin could read any name by typing its id.
"""

import pytest
from django.urls import reverse
from django.utils import timezone

from tests.factories import ParticipationFactory, TraineeFactory, TrainingSessionFactory
from trainings.models import Trainee

pytestmark = pytest.mark.django_db

ROLES_WITHOUT_NAMES = ["Monitoring officer", "Campaign editor", "Moderator"]


@pytest.fixture
def people(make_user):
    """Alice trains Ardian; Bob trains Besa."""
    alice, bob = make_user("alice", "Trainer"), make_user("bob", "Trainer")
    mine = TrainingSessionFactory()
    mine.trainers.add(alice)
    theirs = TrainingSessionFactory()
    theirs.trainers.add(bob)
    ardian = TraineeFactory(full_name="Ardian Krasniqi")
    besa = TraineeFactory(full_name="Besa Hoxha")
    ParticipationFactory(session=mine, trainee=ardian)
    ParticipationFactory(session=theirs, trainee=besa)
    return {"alice": alice, "ardian": ardian, "besa": besa}


# follow=True: a 404 on an admin URL without its language prefix is redirected to
# the prefixed URL first (LocaleMiddleware), which then answers the same 404.
def _get(client, url, data=None):
    return client.get(url, data, follow=True)


def _chosen(client, trainee):
    return _get(client, reverse("trainee_chooser:chosen", args=[trainee.pk]))


def _chosen_multiple(client, *trainees):
    ids = [t.pk for t in trainees]
    return _get(client, reverse("trainee_chooser:chosen_multiple"), {"id": ids})


def _body(response) -> str:
    return response.content.decode()


def _refused(response) -> bool:
    """A 403/404, or Wagtail's "no permission" redirect to the dashboard."""
    if response.status_code in (403, 404):
        return True
    return response.resolver_match.url_name == "wagtailadmin_home"


@pytest.mark.parametrize("role", ROLES_WITHOUT_NAMES)
def test_roles_without_names_read_none_through_the_chooser(
    client, make_user, people, role
):
    client.force_login(make_user("someone", role))
    # when
    responses = [
        _chosen(client, people["besa"]),
        _chosen_multiple(client, people["ardian"], people["besa"]),
        _get(client, reverse("trainee_chooser:choose")),
        _get(client, reverse("trainee_chooser:choose_results")),
    ]
    # then: refused outright, not just emptied
    for response in responses:
        assert "Besa" not in _body(response) and "Ardian" not in _body(response)
        assert _refused(response)


@pytest.mark.parametrize("role", ROLES_WITHOUT_NAMES)
def test_roles_without_names_cannot_add_people_through_the_chooser(
    client, make_user, people, role
):
    client.force_login(make_user("someone", role))
    # when
    response = client.post(
        reverse("trainee_chooser:create"), {"full_name": "Teuta Marku"}, follow=True
    )
    # then
    assert _refused(response) and "Teuta" not in _body(response)
    assert not Trainee.objects.filter(full_name="Teuta Marku").exists()


def test_trainer_reads_no_other_trainers_person_through_the_chooser(client, people):
    client.force_login(people["alice"])
    # when
    one = _chosen(client, people["besa"])
    many = _chosen_multiple(client, people["ardian"], people["besa"])
    # then
    assert one.status_code == 404 and "Besa" not in _body(one)
    assert "Besa" not in _body(many)
    assert "Ardian Krasniqi" in _body(many)  # own person still comes back


def test_trainer_chooses_own_person(client, people):
    client.force_login(people["alice"])
    # when
    response = _chosen(client, people["ardian"])
    # then
    assert response.status_code == 200
    assert response.json()["result"]["title"] == "Ardian Krasniqi"


def test_office_chooses_anyone(client, make_user, people):
    client.force_login(make_user("office", "Office administrator"))
    # when
    body = _body(_chosen_multiple(client, people["ardian"], people["besa"]))
    # then
    assert "Ardian Krasniqi" in body and "Besa Hoxha" in body


def test_an_erased_person_cannot_be_chosen_again(client, make_user, people):
    people["ardian"].erased_at = timezone.now()
    people["ardian"].save()
    client.force_login(people["alice"])
    # when
    response = _chosen(client, people["ardian"])
    # then
    assert response.status_code == 404


@pytest.mark.parametrize(
    "view, arg, query",
    [
        ("chosen", "abc", ""),
        ("chosen", "\x00", ""),
        ("chosen", "99999999999999999999999", ""),
        ("chosen_multiple", None, "?id=abc"),
        ("chosen_multiple", None, "?id=1&id=%00&id=-5"),
        ("chosen_multiple", None, "?id=99999999999999999999999"),
    ],
)
def test_bad_ids_are_refused_without_a_server_error(
    client, make_user, people, view, arg, query
):
    client.force_login(make_user("office", "Office administrator"))
    url = reverse(f"trainee_chooser:{view}", args=[arg] if arg else [])
    # when
    response = _get(client, url + query)
    # then
    assert response.status_code in (200, 400, 404)
    assert "Besa" not in _body(response)


def test_trainees_are_not_reachable_as_snippets(client, make_user, people):
    """wagtail-localize's snippet API lists any registered snippet model by URL."""
    client.force_login(make_user("office", "Office administrator"))
    kwargs = {"app_label": "trainings", "model_name": "trainee"}
    for url in (
        reverse("wagtail_localize:snippets_api_listing", kwargs=kwargs),
        reverse(
            "wagtail_localize:snippets_api_detail",
            kwargs={**kwargs, "pk": people["besa"].pk},
        ),
    ):
        response = _get(client, url)
        assert response.status_code == 404
        assert "Besa" not in _body(response)


def test_the_modal_itself_gets_a_403_not_a_redirect(client, make_user, people):
    """Chooser modals load over XHR; Wagtail answers those with 403, never a page."""
    client.force_login(make_user("monitor", "Monitoring officer"))
    url = reverse("trainee_chooser:chosen", args=[people["besa"].pk])
    # when
    response = client.get(url, HTTP_X_REQUESTED_WITH="XMLHttpRequest", follow=True)
    # then
    assert response.status_code == 403 and "Besa" not in _body(response)
