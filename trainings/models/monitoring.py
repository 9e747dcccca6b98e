"""The monitoring cycle: how far each plan measure got in a reporting period."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from .plans import PlanNode


class ImplementationStatus(models.TextChoices):
    """The statuses the plans' own reports count ("125 measures … 87.4 % fully
    implemented, 8 … partially … 10 measures are unrealized")."""

    NOT_STARTED = "not_started", _("Not started")
    IN_PROGRESS = "in_progress", _("In progress")
    PARTIAL = "partial", _("Partially implemented")
    FULL = "full", _("Fully implemented")
    NOT_IMPLEMENTED = "not_implemented", _("Not implemented")
    CANCELLED = "cancelled", _("Cancelled")


class NodeStatus(models.Model):
    """A measure's implementation status for one reporting period, with its story."""

    node = models.ForeignKey(
        PlanNode,
        on_delete=models.CASCADE,
        related_name="statuses",
        verbose_name=_("plan measure"),
    )
    period = models.CharField(
        _("reporting period"),
        max_length=10,
        help_text=_("A year, half-year or quarter: 2022, 2022-H1, 2022-Q3."),
    )
    period_start = models.DateField(_("period start"), editable=False)
    period_end = models.DateField(_("period end"), editable=False)
    status = models.CharField(
        _("status"), max_length=20, choices=ImplementationStatus.choices
    )
    achievements = models.TextField(_("achievements"), blank=True)
    problems = models.TextField(_("problems encountered"), blank=True)
    set_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("set by"),
        editable=False,
    )
    set_at = models.DateTimeField(_("set at"), auto_now=True)

    class Meta:
        verbose_name = _("implementation status")
        verbose_name_plural = _("implementation statuses")
        ordering = ["node__plan", "node__position", "-period_end"]
        constraints = [
            models.UniqueConstraint(
                fields=["node", "period"], name="unique_node_status_period"
            )
        ]

    def __str__(self):
        return f"{self.node} {self.period}: {self.get_status_display()}"

    def save(self, *args, **kwargs):
        self.period_dates_set()
        super().save(*args, **kwargs)

    def clean(self):
        try:
            self.period_dates_set()
        except ValueError as error:
            raise ValidationError({"period": str(error)}) from error

    def period_dates_set(self) -> None:
        """Dates from the period's code, so reports can compare them (ValueError
        for anything but a year, a half-year or a quarter)."""
        from ..indicators.periods import period_parse, period_part

        period = period_parse(self.period or "")
        if period_part(period) is None:
            raise ValueError(gettext("Give a year, a half-year or a quarter: 2022-H1."))
        self.period = period.label.replace(" ", "-")
        self.period_start, self.period_end = period.start, period.end
