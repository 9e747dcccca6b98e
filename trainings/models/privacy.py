"""The log of erasures: which trainee record was anonymised, by whom, when and why."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.models.audit_log import BaseLogEntry, ModelLogEntryManager


class PersonalDataErasure(models.Model):
    """One anonymised trainee record. Holds the record id, never the name."""

    class Reason(models.TextChoices):
        REQUEST = "request", _("Request of the person")
        RETENTION = "retention", _("Retention period over")

    trainee_id = models.PositiveBigIntegerField(
        db_index=True,
        help_text=_("Id of the trainee record, which is kept."),
        verbose_name=_("trainee record"),
    )
    reason = models.CharField(
        max_length=10, choices=Reason.choices, verbose_name=_("reason")
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Empty for the nightly retention job."),
        verbose_name=_("user"),
    )
    created_at = models.DateTimeField(auto_now_add=True, verbose_name=_("created at"))

    class Meta:
        verbose_name = _("erasure")
        verbose_name_plural = _("erasures")
        ordering = ["-created_at"]

    def __str__(self):
        return f"{self.created_at:%Y-%m-%d %H:%M} trainee #{self.trainee_id}"


class PersonLogEntryManager(ModelLogEntryManager):
    """History of trainees and attendance rows that names nobody.

    Wagtail's shared model log titles an entry with `str(instance)` (a trainee's
    name) and shows it to every user holding any permission on the model, so
    every trainer would read the names of other trainers' trainees in the site
    history. Here the title is the record's id, and only the office and the
    user who acted see an entry.
    """

    def get_instance_title(self, instance):
        return f"{instance._meta.verbose_name.capitalize()} #{instance.pk}"

    def viewable_by_user(self, user):
        # Imported here: the policy module imports these models.
        from siteconf.permissions import may

        from .sessions import TrainingSession

        if may(user, "manage_all", TrainingSession):
            return self.all()
        return self.filter(user=user) if user.is_authenticated else self.none()


class PersonLogEntry(BaseLogEntry):
    """Wagtail's admin history of Trainee and Participation rows (see the manager)."""

    object_id = models.CharField(
        max_length=255, db_index=True, verbose_name=_("object id")
    )

    objects = PersonLogEntryManager()

    class Meta(BaseLogEntry.Meta):
        ordering = ["-timestamp", "-id"]
        verbose_name = _("person log entry")
        verbose_name_plural = _("person log entries")
