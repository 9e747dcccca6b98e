"""Certificates of attendance and the log of personal-data exports."""

import secrets

from django.conf import settings
from django.db import models

from siteconf.storage import private_storage


def certificate_code() -> str:
    """Ten unambiguous characters: hard to guess, easy to type from paper."""
    alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
    return "".join(secrets.choice(alphabet) for _ in range(10))


class Certificate(models.Model):
    """A certificate of attendance for one named participation, checkable online."""

    participation = models.OneToOneField(
        "Participation", on_delete=models.CASCADE, related_name="certificate"
    )
    code = models.CharField(max_length=20, unique=True, default=certificate_code)
    pdf = models.FileField(
        upload_to="certificates/", storage=private_storage, blank=True
    )
    issued_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-issued_at"]

    def __str__(self):
        return self.code


class PersonalDataExport(models.Model):
    """Who took names out of Fener, when and what: an audit trail for trainees' data."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    what = models.CharField(max_length=100, help_text="e.g. trainee list (xlsx).")
    detail = models.CharField(max_length=255, blank=True)

    class Meta:
        ordering = ["-created_at"]

    def __str__(self):
        return f"{self.created_at:%Y-%m-%d %H:%M} {self.user}: {self.what}"
