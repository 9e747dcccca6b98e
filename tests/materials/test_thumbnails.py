"""Library previews are rendered from the first page of a PDF or from the image."""

import io

import pytest
from django.core.files.base import ContentFile
from PIL import Image

from materials.tasks import material_thumbnail_task
from tests.factories import MaterialFactory

pytestmark = pytest.mark.django_db


def test_pdf_thumbnail_is_a_small_png_of_the_first_page(brochure):
    material = brochure["sq"]

    assert material_thumbnail_task.delay(material.pk).get() is True

    material.refresh_from_db()
    image = Image.open(material.thumbnail)
    assert image.format == "PNG"
    assert image.width <= 400


def test_thumbnail_task_is_idempotent(brochure):
    material = brochure["en"]
    material_thumbnail_task(material.pk)
    material.refresh_from_db()
    first = material.thumbnail.name

    assert material_thumbnail_task(material.pk) is False
    material.refresh_from_db()
    assert material.thumbnail.name == first


def test_image_material_gets_a_thumbnail():
    buffer = io.BytesIO()
    Image.new("RGB", (1200, 1600), "red").save(buffer, format="JPEG")
    material = MaterialFactory(file=ContentFile(buffer.getvalue(), name="poster.jpg"))

    material_thumbnail_task(material.pk)

    material.refresh_from_db()
    assert Image.open(material.thumbnail).size == (400, 533)


def test_upload_queues_the_thumbnail_after_commit(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        material = MaterialFactory()

    material.refresh_from_db()
    assert material.thumbnail
