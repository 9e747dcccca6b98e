"""The log of erasures: which trainee record was anonymised, by whom, when and why."""

from django.conf import settings
from django.db import models


class PersonalDataErasure(models.Model):
    """One anonymised trainee record. Holds the record id, never the name."""

    class Reason(models.TextChoices):
        REQUEST = "request", "Request of the person"
        RETENTION = "retention", "Retention period over"

    trainee_id = models.PositiveBigIntegerField(
        db_index=True, help_text="Id of the trainee record, which is kept."
    )
    reason = models.CharField(max_length=10, choices=Reason.choices)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="Empty for the nightly retention job.",
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at"]

    def __str__(self):
        return f"{self.created_at:%Y-%m-%d %H:%M} trainee #{self.trainee_id}"
