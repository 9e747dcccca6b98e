"""Certificates of attendance and the log of personal-data exports."""

import secrets

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from siteconf.storage import private_storage


def certificate_code() -> str:
    """Ten unambiguous characters: hard to guess, easy to type from paper."""
    alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
    return "".join(secrets.choice(alphabet) for _ in range(10))


class Certificate(models.Model):
    """A certificate of attendance for one named participation, checkable online."""

    participation = models.OneToOneField(
        "Participation",
        on_delete=models.CASCADE,
        related_name="certificate",
        verbose_name=_("participation"),
    )
    code = models.CharField(
        max_length=20, unique=True, default=certificate_code, verbose_name=_("code")
    )
    pdf = models.FileField(
        upload_to="certificates/",
        storage=private_storage,
        blank=True,
        verbose_name=_("PDF"),
    )
    issued_at = models.DateTimeField(auto_now_add=True, verbose_name=_("issued at"))

    class Meta:
        verbose_name = _("certificate")
        verbose_name_plural = _("certificates")
        ordering = ["-issued_at"]

    def __str__(self):
        return self.code


class PersonalDataExport(models.Model):
    """Who took names out of Fener, when and what: an audit trail for trainees' data."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("user"),
    )
    created_at = models.DateTimeField(auto_now_add=True, verbose_name=_("created at"))
    what = models.CharField(
        max_length=100, help_text=_("e.g. trainee list (xlsx)."), verbose_name=_("what")
    )
    detail = models.CharField(max_length=255, blank=True, verbose_name=_("detail"))

    class Meta:
        verbose_name = _("personal data export")
        verbose_name_plural = _("personal data exports")
        ordering = ["-created_at"]

    def __str__(self):
        return f"{self.created_at:%Y-%m-%d %H:%M} {self.user}: {self.what}"
