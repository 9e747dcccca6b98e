"""Keys of records that files import again (activities, print runs, distributions)."""

from django.db import models
from django.utils.translation import gettext_lazy as _


def ref_field() -> models.SlugField:
    """The key a file's row is matched by when the file is imported again."""
    return models.SlugField(
        _("reference"),
        max_length=60,
        unique=True,
        null=True,
        blank=True,
        help_text=_("The row's key in imported files; re-importing updates it."),
    )


class KeyedRecord:
    """A model with a unique `ref`: a row saved without one (a form, the partner's
    report) gets `<ref_prefix>-<id>`, so every row's export imports back onto it.
    Imports always give the key (their bulk writes skip save())."""

    ref_prefix = "record"

    def save(self, *args, **kwargs):
        super().save(*args, **kwargs)
        if not self.ref:
            self.ref = f"{self.ref_prefix}-{self.pk}"
            type(self)._default_manager.filter(pk=self.pk).update(ref=self.ref)
