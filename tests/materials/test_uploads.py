"""Uploads through the Wagtail admin are checked by content and size, with a reason."""

import io
import re
import zipfile

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from materials.models import Material
from tests.factories import image_bytes, office_file, pdf_bytes

pytestmark = pytest.mark.django_db

ADD_URL = "/admin/documents/add/"


def upload(client, name: str, content: bytes):
    return client.post(
        ADD_URL,
        {
            "title": "Fletëpalosje",
            "file": SimpleUploadedFile(name, content),
            "language": "sq",
        },
    )


def test_real_pdf_is_accepted(editor_client):
    response = upload(editor_client, "leaflet.pdf", pdf_bytes())

    assert response.status_code == 302
    assert Material.objects.get().title == "Fletëpalosje"


def test_fake_pdf_is_refused_with_the_reason(editor_client):
    response = upload(editor_client, "leaflet.pdf", b"MZ\x90\x00 this is an exe")

    assert response.status_code == 200
    assert not Material.objects.exists()
    message = " ".join(response.context["form"].errors["file"])
    assert "EXE" in message and "application/" not in message  # a name, not a MIME
    assert "PDF, PNG, JPEG, WebP, MP4" in message


def test_too_big_file_is_refused_with_its_size_and_the_limit(editor_client, settings):
    settings.MATERIAL_MAX_UPLOAD_MB = 1

    response = upload(editor_client, "big.pdf", pdf_bytes() + b"0" * (1024 * 1024))

    assert not Material.objects.exists()
    message = " ".join(response.context["form"].errors["file"])
    # "Ky skedar është 1,0 MB; kufiri është 1,0 MB." (the admin speaks Albanian)
    assert len(re.findall(r"1[.,]0\sMB", message)) == 2


def test_multiple_upload_refuses_a_fake_pdf_too(editor_client):
    response = editor_client.post(
        "/admin/documents/multiple/add/",
        {"files[]": SimpleUploadedFile("poster.pdf", b"MZ\x90\x00 not a pdf")},
    )

    answer = response.json()
    assert answer["success"] is False
    assert "PDF, PNG, JPEG, WebP, MP4, DOCX, PPTX, XLSX, ODT" in answer["error_message"]
    assert not Material.objects.exists()


# --- Training handouts in office formats, told by their content ------------------


@pytest.mark.parametrize("kind", ["docx", "pptx", "xlsx", "odt"])
def test_office_handouts_are_accepted_by_their_content(editor_client, kind):
    response = upload(editor_client, f"handout.{kind}", office_file(kind))

    assert response.status_code == 302, response.context["form"].errors
    assert Material.objects.get().file.name.endswith(f".{kind}")


def test_a_plain_zip_named_docx_is_refused_in_words(editor_client):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("photo.jpg", b"not really")
    response = upload(editor_client, "handout.docx", buffer.getvalue())

    assert not Material.objects.exists()
    message = " ".join(response.context["form"].errors["file"])
    assert "ZIP" in message and "application/zip" not in message


def test_a_damaged_docx_is_refused_as_damaged(editor_client):
    docx = bytearray(office_file("docx", main=b"<?xml version='1.0'?>" + b"x" * 500))
    docx[docx.index(b"word/document.xml") + 40] ^= 0xFF  # inside its packed text
    response = upload(editor_client, "handout.docx", bytes(docx))

    assert not Material.objects.exists()
    message = " ".join(response.context["form"].errors["file"])
    assert "DOCX" in message  # "This DOCX file is damaged…", in Albanian


# --- Files of an allowed kind whose content is broken --------------------------
# Each starts with the right magic bytes, so a check of the kind alone lets it in.


BROKEN = {
    "PDF header, garbage body": ("leaflet.pdf", b"%PDF-1.7\n" + b"\x13garbage" * 300),
    "truncated PNG": ("poster.png", image_bytes("PNG")[:120]),
    "truncated JPEG": ("poster.jpg", image_bytes("JPEG")[:400]),
    "MP4 header, garbage": (
        "spot.mp4",
        b"\x00\x00\x00\x18ftypisom\x00\x00\x02\x00isommp42" + b"\xffgarbage" * 300,
    ),
}


@pytest.mark.parametrize(("name", "content"), BROKEN.values(), ids=BROKEN.keys())
@pytest.mark.parametrize("eager", [True, False], ids=["eager", "worker"])
def test_a_broken_file_of_an_allowed_kind_is_refused_before_anything_is_saved(
    editor_client, django_capture_on_commit_callbacks, name, content, eager
):
    with django_capture_on_commit_callbacks(execute=eager) as queued:
        response = upload(editor_client, name, content)

    assert response.status_code == 200
    assert not Material.objects.exists()
    assert not queued  # no thumbnail task for a worker to choke on either
    # "This PDF file is damaged or incomplete..." (the admin speaks Albanian)
    message = " ".join(response.context["form"].errors["file"])
    assert "është i dëmtuar ose i paplotë" in message
    assert "Fletëpalosje" in response.content.decode()  # the title typed is kept


@pytest.mark.parametrize(("name", "content"), BROKEN.values(), ids=BROKEN.keys())
def test_multiple_upload_refuses_a_broken_file_with_the_reason(
    editor_client, django_capture_on_commit_callbacks, name, content
):
    with django_capture_on_commit_callbacks(execute=True):
        response = editor_client.post(
            "/admin/documents/multiple/add/",
            {"files[]": SimpleUploadedFile(name, content)},
        )

    answer = response.json()
    assert answer["success"] is False
    assert "është i dëmtuar ose i paplotë" in answer["error_message"]
    assert not Material.objects.exists()


@pytest.mark.parametrize(("name", "content"), BROKEN.values(), ids=BROKEN.keys())
def test_replacing_a_file_with_a_broken_one_keeps_the_old_file(
    editor_client, django_capture_on_commit_callbacks, name, content
):
    from tests.factories import MaterialFactory

    material = MaterialFactory(title="Broshura")
    before = material.file.name

    with django_capture_on_commit_callbacks(execute=True):
        response = editor_client.post(
            f"/admin/documents/edit/{material.pk}/",
            {
                "title": "Broshura e re",
                "file": SimpleUploadedFile(name, content),
                "language": "sq",
            },
        )

    assert response.status_code == 200
    assert "është i dëmtuar" in " ".join(response.context["form"].errors["file"])
    assert "Broshura e re" in response.content.decode()
    material.refresh_from_db()
    assert (material.title, material.file.name) == ("Broshura", before)


def test_real_png_jpeg_and_mp4_files_are_accepted(editor_client):
    mp4 = (
        b"\x00\x00\x00\x18ftypisom\x00\x00\x02\x00isommp42"
        + b"\x00\x00\x00\x08moov"
        + b"\x00\x00\x00\x10mdat"
        + b"\x00" * 8
    )
    for name, content in [
        ("poster.png", image_bytes("PNG")),
        ("poster.jpg", image_bytes("JPEG")),
        ("poster.webp", image_bytes("WEBP")),
        ("spot.mp4", mp4),
    ]:
        response = upload(editor_client, name, content)
        assert response.status_code == 302, name

    assert Material.objects.count() == 4


@pytest.mark.parametrize("side", [8_000, 20_000], ids=["64 Mpx", "400 Mpx"])
def test_an_image_above_the_pixel_limit_is_refused_before_it_is_decoded(
    editor_client, side
):
    import io
    import struct
    import zlib

    # A PNG header declaring side × side pixels, whatever the file's few bytes.
    header = struct.pack(">IIBBBBB", side, side, 8, 2, 0, 0, 0)
    chunk = b"IHDR" + header
    png = io.BytesIO()
    png.write(b"\x89PNG\r\n\x1a\n")
    png.write(struct.pack(">I", len(header)) + chunk)
    png.write(struct.pack(">I", zlib.crc32(chunk)))
    png.write(b"\x00\x00\x00\x00IEND\xaeB`\x82")

    response = upload(editor_client, "huge.png", png.getvalue())

    assert response.status_code == 200
    assert not Material.objects.exists()
    message = " ".join(response.context["form"].errors["file"])
    # "This image has more than 50 megapixels. Make it smaller, then upload it again."
    assert message.startswith("Kjo figurë ka më shumë se 50 megapiksela.")


@pytest.mark.django_db(transaction=True)
def test_a_thumbnail_that_fails_after_saving_is_logged_not_a_500(
    client, make_user, live_home_page, caplog
):
    """A file stored before these checks (or one the renderer still chokes on):
    editing its title runs the thumbnail inline when the request commits."""
    from siteconf.roles import roles_grant_content
    from tests.factories import MaterialFactory

    roles_grant_content(home_page=live_home_page)
    client.force_login(make_user("editor", "Campaign editor"))
    with caplog.at_level("ERROR"):
        material = MaterialFactory(
            title="Broshura",
            file=SimpleUploadedFile("old.pdf", BROKEN["PDF header, garbage body"][1]),
        )
        response = client.post(
            f"/admin/documents/edit/{material.pk}/",
            {"title": "Broshura 2023", "language": "sq"},
        )

    assert response.status_code == 302
    material.refresh_from_db()
    assert material.title == "Broshura 2023"
    assert not material.thumbnail
    assert f"material {material.pk}" in caplog.text
