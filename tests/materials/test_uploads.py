"""Uploads through the Wagtail admin are checked by content and size, with a reason."""

import re

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from materials.models import Material
from tests.factories import pdf_bytes

pytestmark = pytest.mark.django_db

ADD_URL = "/admin/documents/add/"


@pytest.fixture
def editor_client(client, make_user, home_page):
    from siteconf.roles import roles_grant_content

    roles_grant_content(home_page=home_page)
    client.force_login(make_user("editor", "Campaign editor"))
    return client


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
    assert "application/x-msdownload" in message
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
    assert "PDF, PNG, JPEG, WebP, MP4" in answer["error_message"]
    assert not Material.objects.exists()
