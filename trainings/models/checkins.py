"""Self check-in: what a trainee typed on their phone, waiting for the trainer."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from ..names import name_key
from .sessions import agency_field, gender_field, profession_field


class CheckIn(models.Model):
    """One person's check-in for one day of a session, pending until a trainer
    confirms it or discards it. Either way the row goes: confirmed, the person
    is a trainee with an attendance row, and the name is kept there only."""

    session = models.ForeignKey(
        "TrainingSession",
        on_delete=models.CASCADE,
        related_name="checkins",
        verbose_name=_("session"),
    )
    day = models.DateField(verbose_name=_("day"))
    full_name = models.CharField(max_length=200, verbose_name=_("full name"))
    name_key = models.CharField(max_length=200, editable=False)
    gender = gender_field()
    profession = profession_field()
    agency = agency_field()
    # What the person typed when it matched no institution: the trainer picks one.
    agency_text = models.CharField(
        max_length=200, blank=True, verbose_name=_("institution (as typed)")
    )
    language = models.CharField(
        max_length=5, choices=settings.LANGUAGES, verbose_name=_("language")
    )
    consented_at = models.DateTimeField(verbose_name=_("consent given at"))
    created_at = models.DateTimeField(auto_now_add=True, verbose_name=_("created at"))

    class Meta:
        verbose_name = _("check-in")
        verbose_name_plural = _("check-ins")
        ordering = ["created_at"]
        constraints = [
            # A form sent twice on a weak connection is one check-in.
            models.UniqueConstraint(
                fields=["session", "day", "name_key"], name="one_checkin_per_day"
            ),
        ]

    def __str__(self):
        return f"{self.full_name} ({self.day})"

    def save(self, *args, **kwargs):
        self.name_key = name_key(self.full_name)
        super().save(*args, **kwargs)
