"""Writes for the materials library: uploads, downloads, distributions, thumbnails."""

import datetime
import io
import logging
from pathlib import PurePath

import filetype
from django.core.exceptions import PermissionDenied
from django.core.files.base import ContentFile
from django.db import transaction
from PIL import Image
from wagtail.models import Collection

from campaigns.page_cache import page_cache_invalidate
from siteconf.permissions import may
from trainings.models import Region

from .models import Distribution, Material, MaterialDownload, Publication
from .permissions import user_is_partner

THUMBNAIL_SIZE = (400, 560)
logger = logging.getLogger(__name__)


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
    people_informed: int | None = None,
) -> Distribution:
    """Record copies a partner handed out, credited to the partner's organisation."""
    distribution = Distribution.objects.create(
        material=material,
        quantity=quantity,
        people_informed=people_informed,
        date=date,
        place=place,
        region=region,
        partner=user.organisation,
        reported_by=user,
    )
    _measures_of_material(distribution)
    return distribution


# What a partner reports about a distribution, and may later correct.
REPORTED_FIELDS = ("material", "quantity", "people_informed", "date", "place", "region")


@transaction.atomic
def distribution_update(*, user, distribution: Distribution, **report) -> Distribution:
    """A partner's correction of its report (`REPORTED_FIELDS`, as in
    `distribution_report`), while the policy allows it; the measures follow the
    (possibly changed) material's publication."""
    if not may(user, "change", distribution):
        raise PermissionDenied
    for name in REPORTED_FIELDS:
        setattr(distribution, name, report.get(name, getattr(distribution, name)))
    distribution.save()
    _measures_of_material(distribution)
    return distribution


def _measures_of_material(distribution: Distribution) -> None:
    """The distribution inherits its publication's plan measures, so the indicator of
    "information materials distributed" counts it without more input from partners."""
    publication = distribution.material.publication
    distribution.measures.set(publication.measures.all() if publication else [])


def distribution_withdraw(*, user, distribution: Distribution) -> None:
    """Take back a report made by mistake: the indicators stop counting its copies."""
    if not may(user, "delete", distribution):
        raise PermissionDenied
    distribution.delete()


def material_thumbnail_generate(*, material: Material) -> bool:
    """Render a preview of the first page (PDF) or the image itself; skip if current.

    The thumbnail's name carries the file hash, so running again after a retry or
    a metadata edit does nothing, and a replaced file gets a fresh preview.
    Returns whether a thumbnail was written. A file that cannot be rendered (one
    stored before uploads were opened to check them) keeps the generic icon: the
    failure is logged, never raised, as inline (broker-less) tasks run inside the
    editor's request.
    """
    name = f"{material.pk}-{(material.file_hash or 'nohash')[:12]}.png"
    if material.thumbnail and PurePath(material.thumbnail.name).name == name:
        return False
    try:
        png = _preview_png(material)
    except Exception:  # PDFium, Pillow and storage each raise their own
        logger.exception(
            "No preview for material %s: its file cannot be rendered", material.pk
        )
        return False
    if png is None:
        return False
    if material.thumbnail:
        material.thumbnail.delete(save=False)
    material.thumbnail.save(name, ContentFile(png), save=False)
    Material.objects.filter(pk=material.pk).update(thumbnail=material.thumbnail.name)
    page_cache_invalidate()  # an update() sends no signal; the library shows it
    return True


def _preview_png(material: Material) -> bytes | None:
    image = _first_page_image(material)
    if image is None:
        return None
    image.thumbnail(THUMBNAIL_SIZE)
    buffer = io.BytesIO()
    image.convert("RGB").save(buffer, format="PNG", optimize=True)
    return buffer.getvalue()


def _first_page_image(material: Material) -> Image.Image | None:
    """By the file's content, as uploads are checked, not by its name."""
    with material.open_file() as handle:
        data = handle.read()
    kind = filetype.guess_mime(data[:2048])
    if kind == "application/pdf":
        import pypdfium2

        with pypdfium2.PdfDocument(data) as pdf:
            return pdf[0].render(scale=1).to_pil()
    if kind in {"image/png", "image/jpeg", "image/webp"}:
        return Image.open(io.BytesIO(data))
    return None  # videos keep the generic icon


@transaction.atomic
def publication_upload(
    *, campaign, user, title: str, kind: str, partners_only: bool, files: dict
) -> Publication:
    """A publication made for `campaign`, with one file per language given
    ({language code: uploaded file}); each file is named by the publication."""
    publication = Publication.objects.create(
        title=title, kind=kind, partners_only=partners_only
    )
    publication.campaigns.add(campaign)
    root = Collection.get_first_root_node()
    for language, upload in files.items():
        material = Material(
            title=title,
            file=upload,
            language=language,
            publication=publication,
            collection=root,
            uploaded_by_user=user,
        )
        material._set_document_file_metadata()
        material.save()
    return publication
