"""Writes for the materials library: downloads, distributions, thumbnails."""

import datetime
import io
from pathlib import PurePath

from django.core.files.base import ContentFile
from django.db import transaction
from PIL import Image

from campaigns.page_cache import page_cache_invalidate
from trainings.models import Region

from .models import Distribution, Material, MaterialDownload
from .permissions import user_is_partner

THUMBNAIL_SIZE = (400, 560)


def material_download_record(*, material: Material, request) -> MaterialDownload:
    """Count one download, crediting the partner organisation when one is signed in.

    Feeds the "materials downloaded per partner" figures; anonymous visitors are
    counted without any personal data.
    """
    user = request.user if request.user.is_authenticated else None
    organisation = user.organisation if user and user_is_partner(user=user) else None
    return MaterialDownload.objects.create(
        material=material, user=user, organisation=organisation
    )


@transaction.atomic
def distribution_report(
    *,
    user,
    material: Material,
    quantity: int,
    date: datetime.date,
    place: str = "",
    region: Region | None = None,
) -> Distribution:
    """Record copies a partner handed out, credited to the partner's organisation.

    The distribution inherits the publication's plan measures, so the indicator of
    "information materials distributed" counts it without more input from partners.
    """
    distribution = Distribution.objects.create(
        material=material,
        quantity=quantity,
        date=date,
        place=place,
        region=region,
        partner=user.organisation,
        reported_by=user,
    )
    if material.publication_id:
        distribution.measures.set(material.publication.measures.all())
    return distribution


def material_thumbnail_generate(*, material: Material) -> bool:
    """Render a preview of the first page (PDF) or the image itself; skip if current.

    The thumbnail's name carries the file hash, so running again after a retry or
    a metadata edit does nothing, and a replaced file gets a fresh preview.
    Returns whether a thumbnail was written.
    """
    name = f"{material.pk}-{(material.file_hash or 'nohash')[:12]}.png"
    if material.thumbnail and PurePath(material.thumbnail.name).name == name:
        return False
    image = _first_page_image(material)
    if image is None:
        return False
    image.thumbnail(THUMBNAIL_SIZE)
    buffer = io.BytesIO()
    image.convert("RGB").save(buffer, format="PNG", optimize=True)
    if material.thumbnail:
        material.thumbnail.delete(save=False)
    material.thumbnail.save(name, ContentFile(buffer.getvalue()), save=False)
    Material.objects.filter(pk=material.pk).update(thumbnail=material.thumbnail.name)
    page_cache_invalidate()  # an update() sends no signal; the library shows it
    return True


def _first_page_image(material: Material) -> Image.Image | None:
    extension = material.file_extension.lower()
    with material.open_file() as handle:
        data = handle.read()
    if extension == "pdf":
        import pypdfium2

        pdf = pypdfium2.PdfDocument(data)
        try:
            return pdf[0].render(scale=1).to_pil()
        finally:
            pdf.close()
    if extension in {"png", "jpg", "jpeg", "webp"}:
        return Image.open(io.BytesIO(data))
    return None  # videos keep the generic icon
