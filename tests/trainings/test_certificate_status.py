"""The certificates page says what is true: being generated, ready or failed, with counts."""

import datetime
from unittest import mock

import pytest
from django.urls import reverse
from django.utils import timezone

from tests.factories import ParticipationFactory, TraineeFactory, TrainingSessionFactory
from trainings.models import Certificate, Participation
from trainings.selectors.certificates import certificate_status
from trainings.tasks import certificates_issue_task

pytestmark = pytest.mark.django_db


@pytest.fixture
def session():
    session = TrainingSessionFactory(title="Media and the privacy of victims")
    for name in ("Ardian Krasniqi", "Милана Петровић", "Besa Hoxha"):
        ParticipationFactory(session=session, trainee=TraineeFactory(full_name=name))
    Participation.objects.create(session=session, count=12)  # head-count: none
    return session


@pytest.fixture
def office_client(client, make_user):
    """The office, reading the admin in English (Albanian is the default)."""
    client.force_login(make_user("office", "Office administrator", admin_language="en"))
    return client


def _page(client, session) -> str:
    url = reverse("trainings_session_certificates", args=[session.pk])
    return client.get(url).content.decode()


def test_ready_certificates_are_said_to_be_ready_not_being_generated(
    office_client, session
):
    # given: the worker has made all three
    certificates_issue_task(session.pk)
    # when
    page = _page(office_client, session)
    # then
    assert "All 3 certificates are ready." in page
    assert "being generated" not in page.lower()
    assert 'http-equiv="refresh"' not in page


def test_clicking_issue_when_all_are_ready_queues_nothing(office_client, session):
    certificates_issue_task(session.pk)
    url = reverse("trainings_session_certificates", args=[session.pk])
    with mock.patch("trainings.admin_views.certificates_issue_task") as task:
        response = office_client.post(url, follow=True)
    task.delay_on_commit.assert_not_called()
    assert "All 3 certificates are ready." in response.content.decode()


def test_requested_certificates_show_as_being_generated_with_counts(
    office_client, session
):
    # given: one is ready, the rest were requested but the worker has not run yet
    certificates_issue_task(session.pk)
    Certificate.objects.filter(
        participation__trainee__full_name__in=["Besa Hoxha", "Милана Петровић"]
    ).update(pdf="")
    # when
    page = _page(office_client, session)
    # then: the page says so and reloads itself until they are ready
    assert "Being generated: 2 of 3. Ready: 1." in page
    assert 'http-equiv="refresh"' in page


def test_a_certificate_the_worker_could_not_make_is_reported_failed(session):
    # given: the PDF of one person cannot be rendered
    render = "trainings.services.certificates.certificate_pdf_render"
    real = __import__(
        "trainings.services.certificates", fromlist=["x"]
    ).certificate_pdf_render

    def render_or_fail(*, certificate):
        if certificate.participation.trainee.full_name == "Besa Hoxha":
            raise ValueError("font missing")
        return real(certificate=certificate)

    # when: the others are still made
    with mock.patch(render, side_effect=render_or_fail):
        assert certificates_issue_task(session.pk) == 2
    # then
    status = certificate_status(session=session)
    assert (status.ready, status.generating, status.failed) == (2, 0, 1)


def test_failed_certificates_are_named_on_the_page_and_issuing_again_retries(
    office_client, session, django_capture_on_commit_callbacks
):
    certificates_issue_task(session.pk)
    besa = Certificate.objects.get(participation__trainee__full_name="Besa Hoxha")
    Certificate.objects.filter(pk=besa.pk).update(pdf="", failed_at=timezone.now())
    # when
    page = _page(office_client, session)
    # then
    assert "1 certificate could not be generated." in page
    # when: issued again, the worker makes it
    url = reverse("trainings_session_certificates", args=[session.pk])
    with django_capture_on_commit_callbacks(execute=True):
        office_client.post(url)
    assert certificate_status(session=session).ready == 3


def test_a_request_the_worker_never_answered_is_not_called_generating(session):
    # given: requested 20 minutes ago (longer than any task may run), no PDF
    certificates_issue_task(session.pk)
    long_ago = timezone.now() - datetime.timedelta(minutes=20)
    Certificate.objects.update(pdf="", requested_at=long_ago)
    # then
    status = certificate_status(session=session)
    assert (status.ready, status.generating, status.failed) == (0, 0, 3)


def test_participants_without_a_certificate_are_counted_as_not_issued(
    office_client, session
):
    page = _page(office_client, session)
    assert "3 participants have no certificate yet." in page


def test_the_status_is_in_the_readers_language(client, make_user, session):
    trainer = make_user("alice", "Trainer")
    session.trainers.add(trainer)
    certificates_issue_task(session.pk)
    client.force_login(trainer)  # the admin's default language: Albanian
    assert "Të gjitha 3 certifikatat janë gati." in _page(client, session)
