"""All of a session's certificates in one ZIP, for the people who may read its names."""

import io
import zipfile

import pytest
from django.urls import reverse

from tests.factories import ParticipationFactory, TraineeFactory, TrainingSessionFactory
from trainings.models import Certificate, PersonalDataExport
from trainings.tasks import certificates_issue_task

pytestmark = pytest.mark.django_db


@pytest.fixture
def session():
    session = TrainingSessionFactory(ref="AL-2022-014")
    for name in ("Ardian Krasniqi", "Милана Петровић"):
        ParticipationFactory(session=session, trainee=TraineeFactory(full_name=name))
    certificates_issue_task(session.pk)
    return session


def _zip(client, session):
    url = reverse("trainings:session_certificates_zip", args=[session.pk])
    return client.get(url)


def test_trainer_downloads_every_certificate_named_by_person_and_code(
    client, make_user, session
):
    trainer = make_user("alice", "Trainer")
    session.trainers.add(trainer)
    client.force_login(trainer)
    codes = dict(
        Certificate.objects.values_list("participation__trainee__full_name", "code")
    )
    # when
    response = _zip(client, session)
    # then: streamed, not held in memory, and each file is the certificate's PDF
    assert response.streaming
    assert response["Content-Type"] == "application/zip"
    assert 'filename="certificates-AL-2022-014.zip"' in response["Content-Disposition"]
    archive = zipfile.ZipFile(io.BytesIO(b"".join(response.streaming_content)))
    assert sorted(archive.namelist()) == [
        f"ardian-krasniqi-{codes['Ardian Krasniqi']}.pdf",
        f"milana-petrovic-{codes['Милана Петровић']}.pdf",  # folded to ASCII
    ]
    for name in archive.namelist():
        assert archive.read(name).startswith(b"%PDF-")
    # and the export of names is logged like the other personal-data exports
    logged = PersonalDataExport.objects.get()
    assert (logged.what, logged.detail, logged.user) == (
        "certificates (zip)",
        "AL-2022-014",
        trainer,
    )


def test_a_certificate_not_made_yet_is_left_out(client, make_user, session):
    Certificate.objects.filter(
        participation__trainee__full_name="Ardian Krasniqi"
    ).update(pdf="")
    client.force_login(make_user("office", "Office administrator"))
    response = _zip(client, session)
    archive = zipfile.ZipFile(io.BytesIO(b"".join(response.streaming_content)))
    assert [name[:15] for name in archive.namelist()] == ["milana-petrovic"]


def test_roles_that_may_not_read_the_names_get_no_zip(client, make_user, session):
    for username, role in (("bob", "Trainer"), ("monitor", "Monitoring officer")):
        client.force_login(make_user(username, role))
        assert _zip(client, session).status_code == 403
    assert not PersonalDataExport.objects.exists()


def test_certificates_page_offers_the_zip_once_some_are_ready(
    client, make_user, session
):
    client.force_login(make_user("office", "Office administrator"))
    page = client.get(reverse("trainings_session_certificates", args=[session.pk]))
    zip_url = reverse("trainings:session_certificates_zip", args=[session.pk])
    assert zip_url in page.content.decode()
