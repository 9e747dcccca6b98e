"""Responses holding a private file or personal data tell every cache not to keep
them (`Cache-Control: private, no-store`): a shared computer or a proxy would
otherwise keep names after a person's erasure, or a partners-only file after
the partner's access ended."""

import datetime

import pytest
from django.core.files.base import ContentFile
from django.urls import reverse

from tests.factories import (
    AgencyFactory,
    MaterialFactory,
    ParticipationFactory,
    PublicationFactory,
    TraineeFactory,
    TrainingSessionFactory,
    pdf_bytes,
)
from trainings.models import Certificate, ReportJob
from trainings.services.certificates import certificates_issue

pytestmark = pytest.mark.django_db


def assert_not_kept(response) -> None:
    assert response.status_code == 200
    directives = {d.strip() for d in response["Cache-Control"].split(",")}
    assert {"private", "no-store"} <= directives, response["Cache-Control"]
    assert "public" not in directives


@pytest.fixture
def office(client, make_user):
    user = make_user("office", "Office administrator")
    client.force_login(user)
    return user


@pytest.fixture
def session():
    """A session with an agenda, a scanned sign-in sheet and one certificate."""
    session = TrainingSessionFactory(
        agenda=ContentFile(pdf_bytes(), name="agenda.pdf"),
        signin_sheet_scan=ContentFile(pdf_bytes(), name="scan.pdf"),
    )
    ParticipationFactory(session=session, trainee=TraineeFactory(full_name="Ana Gashi"))
    certificates_issue(session=session)
    return session


@pytest.mark.parametrize("field", ["agenda", "signin_sheet_scan"])
def test_session_files(client, office, session, field):
    url = reverse("trainings:session_file", args=[session.pk, field])
    assert_not_kept(client.get(url))


def test_sign_in_sheet_pdf(client, office, session):
    url = reverse("trainings:session_signin_sheet", args=[session.pk])
    assert_not_kept(client.get(url))


def test_certificate_pdf_and_its_public_verification_page(client, office, session):
    code = Certificate.objects.get().code
    assert_not_kept(client.get(reverse("trainings:certificate_pdf", args=[code])))
    client.logout()
    verify = client.get(reverse("trainings:certificate_verify", args=[code]))
    assert "Ana Gashi" in verify.content.decode()
    assert_not_kept(verify)


@pytest.mark.parametrize("format", ["json", "html"])
def test_personal_data_export(client, office, session, format):
    trainee = session.participations.get().trainee
    url = reverse("trainings_trainee_export", args=[trainee.pk])
    assert_not_kept(client.get(url, {"format": format}))


@pytest.mark.parametrize("listing", ["trainees:index", "attendance:index"])
def test_list_exports_of_names(client, office, session, listing):
    assert_not_kept(client.get(reverse(listing), {"export": "csv"}))


def test_background_report(client, make_user):
    user = make_user("officer", "Monitoring officer")
    job = ReportJob.objects.create(
        period_start=datetime.date(2022, 1, 1),
        period_end=datetime.date(2022, 12, 31),
        period_label="2022",
        format="csv",
        state=ReportJob.State.DONE,
        created_by=user,
        file=ContentFile(b"Indicator,Actual\n", name="TP-2022.csv"),
    )
    client.force_login(user)
    response = client.get(f"/admin/indicators/jobs/{job.pk}/download/")
    assert_not_kept(response)
    assert response["Content-Type"] == "text/csv; charset=utf-8"


@pytest.mark.parametrize("partners_only", [True, False])
def test_library_documents(client, make_user, partners_only):
    material = MaterialFactory(
        publication=PublicationFactory(partners_only=partners_only)
    )
    organisation = AgencyFactory(code="IOM")
    client.force_login(make_user("iom", "Partner", organisation=organisation))
    assert_not_kept(client.get(f"/documents/{material.pk}/{material.filename}"))
