"""Certificates (Celery task → PDFs with codes), the public check, and sign-in sheets."""

from pathlib import Path
from unittest import mock

import pytest
from django.db import DatabaseError
from django.urls import reverse

from tests.factories import ParticipationFactory, TraineeFactory, TrainingSessionFactory
from trainings.models import Certificate, Participation, PersonalDataExport
from trainings.tasks import certificates_issue_task

pytestmark = pytest.mark.django_db


@pytest.fixture
def session():
    session = TrainingSessionFactory(title="Media and the privacy of victims")
    for name in ("Ardian Krasniqi", "Милана Петровић"):
        ParticipationFactory(
            session=session, trainee=TraineeFactory(full_name=name, email="x@y.org")
        )
    Participation.objects.create(session=session, count=12)  # head-count row
    return session


def test_task_issues_one_pdf_per_named_participant_and_is_idempotent(session):
    # when
    issued = certificates_issue_task(session.pk)
    again = certificates_issue_task(session.pk)
    # then
    assert (issued, again) == (2, 0)
    certificates = Certificate.objects.all()
    assert certificates.count() == 2
    for certificate in certificates:
        assert len(certificate.code) == 10
        assert certificate.pdf.read(5) == b"%PDF-"


def test_verify_page_confirms_name_session_and_date_only(client, session):
    certificates_issue_task(session.pk)
    certificate = Certificate.objects.get(
        participation__trainee__full_name="Ardian Krasniqi"
    )
    # when
    response = client.get(f"/verify/{certificate.code.lower()}/")
    # then
    page = response.content.decode()
    assert response.status_code == 200
    assert "Ardian Krasniqi" in page
    assert "Media and the privacy of victims" in page
    assert "1 mars 2022 – 2 mars 2022" in page  # the visitor's language: Albanian
    assert "x@y.org" not in page  # contact details stay private
    assert "Милана" not in page  # and so do the other participants


def test_verify_page_is_404_for_an_unknown_code(client, db):
    # (LocaleMiddleware first tries /sq/verify/..., which is a 404 too)
    assert client.get("/verify/NOSUCHCODE/", follow=True).status_code == 404


def test_issue_button_queues_the_task_after_commit(client, make_user, session):
    office = make_user("office", "Office administrator")
    client.force_login(office)
    url = reverse("trainings_session_certificates", args=[session.pk])
    with mock.patch("trainings.admin_views.certificates_issue_task") as task:
        client.post(url)
    task.delay_on_commit.assert_called_once_with(session.pk)


def test_certificates_page_lists_issued_codes(client, make_user, session):
    certificates_issue_task(session.pk)
    client.force_login(make_user("office", "Office administrator"))
    page = client.get(reverse("trainings_session_certificates", args=[session.pk]))
    for code in Certificate.objects.values_list("code", flat=True):
        assert code in page.content.decode()


def test_signin_sheet_is_a_pdf_and_its_download_is_logged(client, make_user, session):
    trainer = make_user("alice", "Trainer")
    session.trainers.add(trainer)
    client.force_login(trainer)
    # when
    response = client.get(reverse("trainings:session_signin_sheet", args=[session.pk]))
    # then
    assert response["Content-Type"] == "application/pdf"
    assert response.content.startswith(b"%PDF-")
    assert PersonalDataExport.objects.get().what == "sign-in sheet (pdf)"


def test_other_trainers_and_monitors_get_no_signin_sheet(client, make_user, session):
    url = reverse("trainings:session_signin_sheet", args=[session.pk])
    for username, role in (("bob", "Trainer"), ("monitor", "Monitoring officer")):
        client.force_login(make_user(username, role))
        assert client.get(url).status_code == 403
    assert not PersonalDataExport.objects.exists()


def test_a_certificate_whose_row_cannot_be_saved_leaves_no_pdf_behind(
    session, settings
):
    # given: the database refuses the row once its PDF is written
    save = Certificate.save

    def save_refused_with_a_pdf(certificate, *args, **kwargs):
        if certificate.pdf:
            raise DatabaseError("disk full")
        save(certificate, *args, **kwargs)

    refused = mock.patch.object(Certificate, "save", save_refused_with_a_pdf)
    # when
    with refused:
        assert certificates_issue_task(session.pk) == 0
    # then: no file left, and the page will say they failed
    folder = Path(settings.PRIVATE_MEDIA_ROOT) / "certificates"
    assert list(folder.glob("*")) == []
    assert not Certificate.objects.exclude(pdf="").exists()
    assert Certificate.objects.filter(failed_at__isnull=False).count() == 2
