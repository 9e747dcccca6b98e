"""A brochure, all its language files at once, uploaded from the campaign page's
editor: one modal instead of three admin areas (page, Publications, Documents)."""

import json
import re

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from campaigns.models import CampaignIndexPage
from materials.models import Material, Publication
from tests.factories import CampaignPageFactory, pdf_bytes

pytestmark = pytest.mark.django_db


@pytest.fixture
def campaign(home_page):
    index = CampaignIndexPage.objects.get(locale__language_code="sq")
    return CampaignPageFactory(parent=index, title="Java e 116-006")


def _pdf(name: str) -> SimpleUploadedFile:
    return SimpleUploadedFile(name, pdf_bytes(), content_type="application/pdf")


def _upload(client, campaign, **fields) -> dict:
    data = {"title": "Broshura 116 006", "kind": "brochure", **fields}
    url = reverse("campaign_brochure_upload", args=[campaign.pk])
    return json.loads(client.post(url, data).content)


def test_a_brochure_in_three_languages_is_linked_to_the_campaign(
    editor_client, campaign
):
    answer = _upload(
        editor_client,
        campaign,
        file_sq=_pdf("b-sq.pdf"),
        file_en=_pdf("b-en.pdf"),
        file_sr=_pdf("b-sr.pdf"),
    )

    assert answer["step"] == "uploaded"
    publication = Publication.objects.get(title="Broshura 116 006")
    assert list(publication.campaigns.all()) == [campaign]
    files = publication.files.order_by("language")
    assert [(f.language, f.title) for f in files] == [
        ("en", "Broshura 116 006"),
        ("sq", "Broshura 116 006"),
        ("sr", "Broshura 116 006"),
    ]
    assert all(f.file_size and f.file_hash for f in files)
    # the panel's new list, shown in place of the old one
    assert "Broshura 116 006" in answer["list"]
    assert "Shqip, English, Српски" in re.sub(r"<[^>]+>", "", answer["list"])


def test_a_file_in_a_language_the_site_is_not_in(editor_client, campaign):
    answer = _upload(
        editor_client, campaign, other_file=_pdf("b-ar.pdf"), other_language="ar"
    )

    assert answer["step"] == "uploaded"
    assert Material.objects.get().language == "ar"


def test_a_bad_file_is_refused_with_its_reason_and_nothing_is_saved(
    editor_client, campaign
):
    answer = _upload(
        editor_client,
        campaign,
        file_sq=_pdf("b-sq.pdf"),
        file_en=SimpleUploadedFile("b-en.pdf", b"not a pdf at all"),
    )

    assert answer["step"] == "form"
    assert "Ky skedar nuk është nga llojet e lejuara këtu" in answer["html"]
    assert not Publication.objects.exists()
    assert not Material.objects.exists()
    # what the editor typed is kept
    assert 'value="Broshura 116 006"' in answer["html"]


def test_an_upload_needs_a_file_and_a_language_for_another_language(
    editor_client, campaign
):
    empty = _upload(editor_client, campaign)
    unnamed = _upload(editor_client, campaign, other_file=_pdf("b.pdf"))

    assert "Zgjidhni të paktën një skedar" in empty["html"]
    assert "Thoni në cilën gjuhë" in unnamed["html"]
    assert not Publication.objects.exists()


def test_the_campaign_editor_shows_its_brochures_and_the_upload_button(
    editor_client, campaign
):
    _upload(editor_client, campaign, file_sq=_pdf("b-sq.pdf"))

    response = editor_client.get(f"/admin/pages/{campaign.pk}/edit/")

    html = response.content.decode()
    assert reverse("campaign_brochure_upload", args=[campaign.pk]) in html
    assert "Broshura 116 006" in html
    assert "js/admin-brochures.js" in html


def test_a_trainer_cannot_upload_brochures(client, make_user, campaign):
    client.force_login(make_user("trainer", "Trainer"))

    response = client.post(
        reverse("campaign_brochure_upload", args=[campaign.pk]),
        {"title": "X", "kind": "brochure", "file_sq": _pdf("x.pdf")},
    )

    assert response.status_code in (302, 403)
    assert not Publication.objects.exists()
