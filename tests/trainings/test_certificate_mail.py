"""Certificates e-mailed to each trainee with an address, and a report for the trainer."""

from unittest import mock

import pytest
from django.core import mail
from django.urls import reverse

from tests.conftest import test_database_url
from tests.factories import ParticipationFactory, TraineeFactory, TrainingSessionFactory
from trainings.models import Certificate, CertificateMailing
from trainings.services.personal_data import trainees_anonymise

pytestmark = pytest.mark.django_db


@pytest.fixture
def session():
    session = TrainingSessionFactory(title="Identifikimi i viktimave", language="sq")
    people = (
        ("Ardian Krasniqi", "ardian@example.org"),
        ("Милана Петровић", "milana@example.org"),
        ("Besa Hoxha", ""),  # no address
    )
    for name, email in people:
        ParticipationFactory(
            session=session, trainee=TraineeFactory(full_name=name, email=email)
        )
    return session


@pytest.fixture
def trainer_client(client, make_user, session):
    trainer = make_user("alice", "Trainer", admin_language="en")
    session.trainers.add(trainer)
    client.force_login(trainer)
    return client


def _email(client, session, capture):
    url = reverse("trainings_session_certificates", args=[session.pk])
    with capture(execute=True):
        client.post(url, {"action": "email"})
    return client.get(url).content.decode()


def test_one_click_emails_each_trainee_with_an_address_their_certificate(
    trainer_client, session, django_capture_on_commit_callbacks
):
    # when: no certificate was issued before: the same action makes them
    page = _email(trainer_client, session, django_capture_on_commit_callbacks)
    # then: two e-mails, one per address, each with that person's PDF
    assert sorted(m.to[0] for m in mail.outbox) == [
        "ardian@example.org",
        "milana@example.org",
    ]
    for message in mail.outbox:
        certificate = Certificate.objects.get(
            participation__trainee__email=message.to[0]
        )
        ((name, content, kind),) = message.attachments
        assert (name, kind) == (
            f"certificate-{certificate.code}.pdf",
            "application/pdf",
        )
        assert content.startswith(b"%PDF-")
        assert certificate.code in message.body
    # in the session's language (Albanian), whoever clicked
    message = next(m for m in mail.outbox if m.to == ["milana@example.org"])
    assert message.subject == (
        "Certifikata juaj e pjesëmarrjes: Identifikimi i viktimave"
    )
    assert message.body.startswith("I/E nderuar Милана Петровић,")
    # and the trainer reads the report, in their language
    assert "2 sent, 1 skipped (no e-mail address), 0 failed." in page
    assert "no e-mail address" in page  # beside Besa Hoxha


def test_a_second_mailing_sends_nothing_twice(
    trainer_client, session, django_capture_on_commit_callbacks
):
    _email(trainer_client, session, django_capture_on_commit_callbacks)
    # when: the address is added and the trainer sends again
    TraineeFactory._meta.model.objects.filter(full_name="Besa Hoxha").update(
        email="besa@example.org"
    )
    page = _email(trainer_client, session, django_capture_on_commit_callbacks)
    # then: only Besa's goes out now
    assert [m.to[0] for m in mail.outbox[2:]] == ["besa@example.org"]
    assert "1 sent, 0 skipped (no e-mail address), 0 failed." in page
    assert "2 had been sent before and were not sent again." in page


def test_a_refused_email_is_counted_failed_and_retried_next_time(
    trainer_client, session, django_capture_on_commit_callbacks
):
    send = "django.core.mail.EmailMessage.send"
    with mock.patch(send, side_effect=OSError("connection refused")):
        page = _email(trainer_client, session, django_capture_on_commit_callbacks)
    assert "0 sent, 1 skipped (no e-mail address), 2 failed." in page
    assert not Certificate.objects.filter(emailed_at__isnull=False).exists()
    # when: the server is back
    page = _email(trainer_client, session, django_capture_on_commit_callbacks)
    assert "2 sent, 1 skipped (no e-mail address), 0 failed." in page


def test_the_request_is_queued_after_commit_and_the_page_says_sending(
    trainer_client, session
):
    url = reverse("trainings_session_certificates", args=[session.pk])
    with mock.patch(
        "trainings.services.certificate_mail.certificates_email_task"
    ) as task:
        trainer_client.post(url, {"action": "email"})
    task.delay_on_commit.assert_called_once_with(CertificateMailing.objects.get().pk)
    page = trainer_client.get(url).content.decode()
    assert "Sending the certificates by e-mail" in page
    assert 'http-equiv="refresh"' in page


def test_erased_people_get_no_email_and_lose_address_and_language(
    trainer_client, session, django_capture_on_commit_callbacks
):
    ardian = TraineeFactory._meta.model.objects.get(full_name="Ardian Krasniqi")
    ardian.language = "en"
    ardian.save()
    trainees_anonymise(trainee_ids=[ardian.pk], user=None, reason="request")
    _email(trainer_client, session, django_capture_on_commit_callbacks)
    assert [m.to[0] for m in mail.outbox] == ["milana@example.org"]
    ardian.refresh_from_db()
    assert (ardian.email, ardian.language) == ("", "")  # erased with the person


def test_other_trainers_cannot_email_a_session_they_do_not_run(
    client, make_user, session, django_capture_on_commit_callbacks
):
    client.force_login(make_user("bob", "Trainer"))
    url = reverse("trainings_session_certificates", args=[session.pk])
    with django_capture_on_commit_callbacks(execute=True):
        # (a 404 first tries the /sq/ address, a 404 too)
        response = client.post(url, {"action": "email"}, follow=True)
    assert response.status_code == 404
    assert not mail.outbox and not CertificateMailing.objects.exists()


@pytest.mark.services
@pytest.mark.django_db(transaction=True)  # the worker sees committed rows only
def test_a_real_worker_sends_them_and_fills_in_the_report(
    session, trainer_client, celery_worker_on_redis, settings
):
    import time

    celery_worker_on_redis(
        DATABASE_URL=test_database_url(),
        PRIVATE_MEDIA_ROOT=str(settings.PRIVATE_MEDIA_ROOT),
    )
    url = reverse("trainings_session_certificates", args=[session.pk])
    trainer_client.post(url, {"action": "email"})
    mailing = CertificateMailing.objects.get()
    deadline = time.monotonic() + 90
    while mailing.finished_at is None and time.monotonic() < deadline:
        time.sleep(0.5)
        mailing.refresh_from_db()
    assert (mailing.sent, mailing.skipped, mailing.failed) == (2, 1, 0)
    assert Certificate.objects.filter(emailed_at__isnull=False).count() == 2


def test_a_trainee_who_reads_another_language_gets_the_email_in_it(
    trainer_client, session, django_capture_on_commit_callbacks
):
    # given: the session is in Albanian, Milana asked for Serbian
    TraineeFactory._meta.model.objects.filter(full_name="Милана Петровић").update(
        language="sr"
    )
    _email(trainer_client, session, django_capture_on_commit_callbacks)
    by_address = {m.to[0]: m for m in mail.outbox}
    assert by_address["milana@example.org"].subject == (
        "Ваш сертификат о похађању: Identifikimi i viktimave"
    )
    assert by_address["ardian@example.org"].subject.startswith("Certifikata juaj")
