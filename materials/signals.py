"""Queue a thumbnail whenever a material's file is saved, whatever saved it."""

from functools import partial

from django.db import transaction
from django.db.models.signals import post_save
from django.dispatch import receiver

from .models import Material
from .tasks import material_thumbnail_task


@receiver(post_save, sender=Material)
def material_saved(sender, instance: Material, update_fields=None, **kwargs) -> None:
    # Admin uploads, multiple uploads and seed_demo all pass through here; after
    # commit, so the worker sees the row. Robust: the material is saved by then, so
    # a broker that is down (or an inline task that fails) is logged, not a 500.
    if update_fields is None or "file" in update_fields:
        queue = partial(material_thumbnail_task.delay, instance.pk)
        transaction.on_commit(queue, robust=True)
