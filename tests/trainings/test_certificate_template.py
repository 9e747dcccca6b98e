"""The office's certificate template (logo, signatories, wording per language),
an admin setting the PDF follows."""

import pypdfium2
import pypdfium2.raw as pdfium_c
import pytest
from django.core.files.base import ContentFile
from wagtail.images import get_image_model

from tests.factories import ParticipationFactory, TraineeFactory, TrainingSessionFactory
from trainings.models import Certificate, CertificateTemplate
from trainings.services.certificates import certificate_pdf_render

pytestmark = pytest.mark.django_db

SETTINGS_URL = "/admin/settings/trainings/certificatetemplate/"


def _certificate(language: str) -> Certificate:
    session = TrainingSessionFactory(language=language)
    participation = ParticipationFactory(
        session=session, trainee=TraineeFactory(full_name="Ardian Krasniqi")
    )
    return Certificate.objects.create(participation=participation)


def _pdf(certificate) -> pypdfium2.PdfDocument:
    return pypdfium2.PdfDocument(certificate_pdf_render(certificate=certificate))


def _text(certificate) -> str:
    page = _pdf(certificate)[0]
    return " ".join(page.get_textpage().get_text_range().split())


@pytest.fixture
def template():
    template = CertificateTemplate.load()
    template.heading = "Certifikatë trajnimi"
    template.heading_sr = "Сертификат о обуци"
    template.signatory_1_name = "Arta Dervishi"
    template.signatory_1_role = "Koordinatore Kombëtare"
    template.signatory_1_role_sr = "Национална координаторка"
    template.closing_sr = "Обука је подржана од стране партнера."
    template.save()
    return template


def test_the_pdf_has_the_offices_wording_and_signatory_in_the_sessions_language(
    template,
):
    text = _text(_certificate("sr"))
    assert "Сертификат о обуци" in text
    assert "Arta Dervishi" in text and "Национална координаторка" in text
    assert "Обука је подржана од стране партнера." in text
    albanian = _text(_certificate("sq"))
    assert "Certifikatë trajnimi" in albanian and "Koordinatore Kombëtare" in albanian


def test_a_language_left_empty_falls_back_to_the_albanian_then_the_default(template):
    # English heading empty: the Albanian one the office wrote
    assert "Certifikatë trajnimi" in _text(_certificate("en"))
    # nothing written at all: the built-in wording, translated
    CertificateTemplate.objects.all().delete()
    assert "Certificate of attendance" in _text(_certificate("en"))


def test_the_logo_is_printed(template):
    from tests.factories import image_bytes

    image = get_image_model().objects.create(
        title="Logo", file=ContentFile(image_bytes("PNG"), name="logo.png")
    )
    page = _pdf(_certificate("sq"))[0]
    images_before = len(list(page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_IMAGE])))
    template.logo = image
    template.save()
    page = _pdf(_certificate("sq"))[0]
    images = list(page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_IMAGE]))
    assert len(images) == images_before + 1


def test_only_the_office_edits_the_template(client, make_user):
    client.force_login(make_user("office", "Office administrator"))
    assert client.get(SETTINGS_URL, follow=True).status_code == 200
    client.force_login(make_user("alice", "Trainer"))
    response = client.get(SETTINGS_URL, follow=True)
    assert "certificatetemplate" not in response.request["PATH_INFO"]
