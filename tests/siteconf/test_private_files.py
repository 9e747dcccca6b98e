"""Files with names or gated content are stored outside MEDIA_ROOT, and
`move_private_files` moves those of an older installation there."""

import datetime
from io import StringIO

import pytest
from django.core.files.base import ContentFile
from django.core.files.storage import storages
from django.core.management import call_command

from materials.tasks import material_thumbnail_task
from tests.factories import (
    MaterialFactory,
    ParticipationFactory,
    TrainingSessionFactory,
    pdf_bytes,
)
from trainings.models import Certificate, ReportJob
from trainings.tasks import certificates_issue_task

pytestmark = pytest.mark.django_db


def test_certificates_and_library_files_are_private_and_thumbnails_public(
    stored_privately,
):
    session = TrainingSessionFactory()
    ParticipationFactory(session=session)
    certificates_issue_task(session.pk)
    material = MaterialFactory()
    material_thumbnail_task(material.pk)
    material.refresh_from_db()

    assert stored_privately(Certificate.objects.get().pdf.name)
    assert stored_privately(material.file.name)
    # the library shows previews to everyone, so they stay in MEDIA_ROOT
    assert storages["default"].exists(material.thumbnail.name)


@pytest.fixture
def old_installation():
    """Rows whose files are still in MEDIA_ROOT, as before private storage."""
    public = storages["default"]
    session = TrainingSessionFactory(
        signin_sheet_scan=public.save("sessions/evidence/scan.pdf", _pdf("scan")),
        agenda=public.save("sessions/agendas/agenda.pdf", _pdf("agenda")),
    )
    certificate = Certificate.objects.create(
        participation=ParticipationFactory(session=session),
        pdf=public.save("certificates/c.pdf", _pdf("certificate")),
    )
    job = ReportJob.objects.create(
        period_start=datetime.date(2022, 1, 1),
        period_end=datetime.date(2022, 12, 31),
        format="csv",
        file=public.save("reports/TP-2022.csv", ContentFile(b"Indicator,Actual\n")),
    )
    material = MaterialFactory()
    name = material.file.name
    storages["private"].delete(name)
    type(material).objects.filter(pk=material.pk).update(
        file=public.save(name, _pdf("brochure"))
    )
    return [
        session.signin_sheet_scan.name,
        session.agenda.name,
        certificate.pdf.name,
        job.file.name,
        name,
    ]


def _pdf(text: str) -> ContentFile:
    return ContentFile(pdf_bytes(text) + text.encode())


def _move() -> str:
    out = StringIO()
    call_command("move_private_files", stdout=out)
    return out.getvalue()


def test_existing_files_move_to_private_storage_under_the_same_names(
    old_installation, stored_privately
):
    contents = [storages["default"].open(n).read() for n in old_installation]

    assert "5 skedarë u zhvendosën" in _move()

    for name, content in zip(old_installation, contents, strict=True):
        assert stored_privately(name)
        assert storages["private"].open(name).read() == content


def test_moving_again_moves_nothing(old_installation, stored_privately):
    _move()

    assert "0 skedarë u zhvendosën në ruajtjen private, 5 nuk ishin" in _move()
    assert all(stored_privately(name) for name in old_installation)


def test_a_different_file_already_holding_the_name_is_left_for_a_person(
    old_installation,
):
    scan = old_installation[0]
    storages["private"].save(scan, ContentFile(b"another file"))

    out = _move()

    assert "4 skedarë u zhvendosën" in out and "1 mbetën në MEDIA_ROOT" in out
    assert storages["default"].exists(scan)
    assert storages["private"].open(scan).read() == b"another file"
