"""Background work for the materials library."""

from celery import shared_task

from .models import Material
from .services import material_thumbnail_generate


@shared_task(soft_time_limit=60, time_limit=90)
def material_thumbnail_task(material_id: int) -> bool:
    """Make the library preview of one uploaded file (idempotent)."""
    material = Material.objects.filter(pk=material_id).first()
    if material is None:
        return False
    return material_thumbnail_generate(material=material)
