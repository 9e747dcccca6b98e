"""A session's agenda and scanned sign-in sheet are checked by content and size."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from tests.factories import image_bytes, office_file, pdf_bytes
from trainings.models import TrainingSession

PNG = image_bytes("PNG")  # a real one: the content is opened, not only its header
TYPED = "Hotline operators: ethical communication"


@pytest.fixture
def office(client, make_user):
    client.force_login(make_user("office", "Office administrator"))
    return client


def add_session(client, **files):
    form = {
        "ref": "AL-2023-061",
        "title": TYPED,
        "start_date": "2023-05-10",
        "end_date": "2023-05-10",
        "language": "sq",
        "participations-TOTAL_FORMS": "0",
        "participations-INITIAL_FORMS": "0",
        "participations-MIN_NUM_FORMS": "0",
        "participations-MAX_NUM_FORMS": "1000",
    }
    files = {name: SimpleUploadedFile(*upload) for name, upload in files.items()}
    return client.post(reverse("training_sessions:add"), form | files)


def test_a_pdf_agenda_and_a_png_scan_are_kept(office):
    response = add_session(
        office,
        agenda=("agenda.pdf", pdf_bytes()),
        signin_sheet_scan=("scan.png", PNG),
    )

    assert response.status_code == 302
    session = TrainingSession.objects.get()
    assert session.agenda.read().startswith(b"%PDF")
    assert session.signin_sheet_scan.name.endswith(".png")


@pytest.mark.parametrize("field", ["agenda", "signin_sheet_scan"])
@pytest.mark.parametrize(
    ("name", "content", "found"),
    [
        ("agenda.pdf", b"MZ\x90\x00 this is an exe", "EXE"),
        ("agenda.pdf", b"<html><script>alert(1)</script></html>", None),
        ("agenda.pdf", b"PK\x03\x04" + b"\x00" * 40, "ZIP"),
    ],
)
def test_a_file_named_pdf_that_is_not_is_refused_and_the_form_kept(
    office, field, name, content, found
):
    response = add_session(office, **{field: (name, content)})

    assert response.status_code == 200
    assert not TrainingSession.objects.exists()
    message = " ".join(response.context["form"].errors[field])
    assert "application/" not in message  # the kind by name, never a MIME type
    assert found is None or found in message
    assert "PDF, PNG, JPEG" in message
    assert TYPED in response.content.decode()  # what was typed is kept


def test_a_file_over_the_limit_is_refused_with_its_size(office, settings):
    settings.SESSION_FILE_MAX_UPLOAD_MB = 1

    response = add_session(
        office, agenda=("agenda.pdf", pdf_bytes() + b"0" * (1024 * 1024))
    )

    assert not TrainingSession.objects.exists()
    message = " ".join(response.context["form"].errors["agenda"])
    # the admin speaks Albanian: "this file is 1.0 MB; the limit is 1.0 MB"
    assert (
        message.replace("\xa0", " ") == "Ky skedar është 1,0 MB; kufiri është 1,0 MB."
    )


@pytest.mark.parametrize("field", ["agenda", "signin_sheet_scan"])
@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("agenda.pdf", b"%PDF-1.7\n" + b"\x13garbage" * 300),
        ("scan.png", image_bytes("PNG")[:120]),
        ("scan.jpg", image_bytes("JPEG")[:400]),
    ],
    ids=["PDF header, garbage body", "truncated PNG", "truncated JPEG"],
)
def test_a_broken_file_of_an_allowed_kind_is_refused_and_the_form_kept(
    office, field, name, content
):
    response = add_session(office, **{field: (name, content)})

    assert response.status_code == 200
    assert not TrainingSession.objects.exists()
    message = " ".join(response.context["form"].errors[field])
    assert "është i dëmtuar ose i paplotë" in message  # "is damaged or incomplete"
    assert TYPED in response.content.decode()


def test_an_agenda_written_in_word_is_kept_but_not_as_a_scan(office):
    response = add_session(office, agenda=("agenda.docx", office_file("docx")))
    assert response.status_code == 302
    assert TrainingSession.objects.get().agenda.name.endswith(".docx")

    TrainingSession.objects.all().delete()
    response = add_session(office, signin_sheet_scan=("scan.docx", office_file("docx")))
    assert response.status_code == 200
    message = " ".join(response.context["form"].errors["signin_sheet_scan"])
    assert "DOCX" in message and "application/" not in message
