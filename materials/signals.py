"""Queue a thumbnail whenever a material's file is saved, whatever saved it."""

from django.db.models.signals import post_save
from django.dispatch import receiver

from .models import Material
from .tasks import material_thumbnail_task


@receiver(post_save, sender=Material)
def material_saved(sender, instance: Material, update_fields=None, **kwargs) -> None:
    # Admin uploads, multiple uploads and seed_demo all pass through here; after
    # commit, so the worker sees the row.
    if update_fields is None or "file" in update_fields:
        material_thumbnail_task.delay_on_commit(instance.pk)
