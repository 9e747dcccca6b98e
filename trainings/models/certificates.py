"""Certificates of attendance and the log of personal-data exports."""

import re
import secrets

from django.conf import settings
from django.db import models
from django.utils import timezone
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
    # The state the certificates page reports (selectors.certificates): a row
    # without a PDF is being generated until it fails or its request goes stale.
    requested_at = models.DateTimeField(
        default=timezone.now, verbose_name=_("requested at")
    )
    failed_at = models.DateTimeField(
        null=True, blank=True, verbose_name=_("generation failed at")
    )
    # Sent once: a retried or repeated mailing skips it (services.certificate_mail).
    emailed_at = models.DateTimeField(
        null=True, blank=True, verbose_name=_("e-mailed at")
    )

    class Meta:
        verbose_name = _("certificate")
        verbose_name_plural = _("certificates")
        ordering = ["-issued_at"]

    def __str__(self):
        return self.code


class CertificateMailing(models.Model):
    """One "e-mail the certificates" request of a session and its report: counts
    only, no names or addresses (those stay on the certificates, erased with them).
    """

    session = models.ForeignKey(
        "TrainingSession",
        on_delete=models.CASCADE,
        related_name="certificate_mailings",
        verbose_name=_("training session"),
    )
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("requested by"),
    )
    requested_at = models.DateTimeField(
        auto_now_add=True, verbose_name=_("requested at")
    )
    finished_at = models.DateTimeField(
        null=True, blank=True, verbose_name=_("finished at")
    )
    sent = models.PositiveIntegerField(default=0, verbose_name=_("sent"))
    skipped = models.PositiveIntegerField(
        default=0, help_text=_("No e-mail address."), verbose_name=_("skipped")
    )
    failed = models.PositiveIntegerField(default=0, verbose_name=_("failed"))
    earlier = models.PositiveIntegerField(
        default=0,
        help_text=_("E-mailed by an earlier request."),
        verbose_name=_("sent before"),
    )

    class Meta:
        verbose_name = _("certificate mailing")
        verbose_name_plural = _("certificate mailings")
        ordering = ["-requested_at"]

    def __str__(self):
        return f"{self.session_id} {self.requested_at:%Y-%m-%d %H:%M}"


class PersonalDataExport(models.Model):
    """Who took names out of Fener, when and what: an audit trail for trainees' data."""

    class Kind(models.TextChoices):
        """What was taken, stored in these English words with its format ("trainee
        list (xlsx)") and shown in the reader's language: rows written before the
        log was translated read the same way, and no migration rewrites them."""

        TRAINEE_LIST = "trainee list", _("trainee list")
        ATTENDANCE_LIST = "attendance list", _("attendance list")
        SIGNIN_SHEET = "sign-in sheet", _("sign-in sheet")
        SIGNIN_SHEET_SCAN = "sign-in sheet scan", _("sign-in sheet scan")
        CERTIFICATES = "certificates", _("certificates")
        PERSONAL_DATA = "personal data of one person", _("personal data of one person")

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

    def get_what_display(self) -> str:
        """ "liste e kursantëve (xlsx)" for "trainee list (xlsx)"; other words as stored."""
        kind, format_ = _WHAT.fullmatch(self.what).groups()
        label = self.Kind(kind).label if kind in self.Kind.values else kind
        return f"{label} ({format_})" if format_ else str(label)


_WHAT = re.compile(r"(.*?)(?: \((\w+)\))?", re.DOTALL)
