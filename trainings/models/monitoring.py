"""The monitoring cycle: how far each plan measure got in a reporting period."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator
from django.db import models
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from siteconf import bounds
from siteconf.storage import private_storage

from .plans import Plan, PlanNode


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


class Cadence(models.TextChoices):
    HALF = "half", _("Every half-year")
    QUARTER = "quarter", _("Every quarter")


class ReportingSchedule(models.Model):
    """How often a plan's institutions report, and by when (AL NAP: "unified
    6-month reports"; Kosovo: "every quarter"). Without a row a plan follows its
    country: a half-year in Albania, a quarter in Kosovo, 30 days to report."""

    plan = models.OneToOneField(
        Plan,
        on_delete=models.CASCADE,
        related_name="reporting_schedule",
        verbose_name=_("plan"),
    )
    cadence = models.CharField(
        _("reporting period"), max_length=10, choices=Cadence.choices
    )
    deadline_days = models.PositiveSmallIntegerField(
        _("days to report"),
        default=30,
        validators=[MaxValueValidator(180)],
        help_text=_("Reports are due this many days after the period ends."),
    )
    reminder_days = models.PositiveSmallIntegerField(
        _("reminder, days before the deadline"),
        default=7,
        validators=[MaxValueValidator(90)],
    )

    class Meta:
        verbose_name = _("reporting schedule")
        verbose_name_plural = _("reporting schedules")

    def __str__(self):
        return f"{self.plan.code}: {self.get_cadence_display()}"


class Submission(models.Model):
    """An institution's report for one plan and period: drafts can be saved,
    submitting locks it, the office accepts it or returns it with a comment."""

    class State(models.TextChoices):
        DRAFT = "draft", _("Draft")
        SUBMITTED = "submitted", _("Submitted")
        RETURNED = "returned", _("Returned for changes")
        ACCEPTED = "accepted", _("Accepted")

    plan = models.ForeignKey(
        Plan,
        on_delete=models.CASCADE,
        related_name="submissions",
        verbose_name=_("plan"),
    )
    agency = models.ForeignKey(
        "Agency",
        on_delete=models.CASCADE,
        related_name="submissions",
        verbose_name=_("institution"),
    )
    period = models.CharField(_("reporting period"), max_length=10)
    period_start = models.DateField(_("period start"))
    period_end = models.DateField(_("period end"))
    state = models.CharField(
        _("state"), max_length=10, choices=State.choices, default=State.DRAFT
    )
    submitted_at = models.DateTimeField(_("submitted at"), null=True, blank=True)

    class Meta:
        verbose_name = _("institution report")
        verbose_name_plural = _("institution reports")
        ordering = ["plan", "-period_end", "agency"]
        # The office's monitoring officers accept reports or return them.
        permissions = [("review_submission", _("Can accept or return reports"))]
        constraints = [
            models.UniqueConstraint(
                fields=["plan", "agency", "period"], name="unique_submission_period"
            )
        ]

    def __str__(self):
        return f"{self.plan.code} {self.period} {self.agency.code}"

    @property
    def editable(self) -> bool:
        return self.state in (self.State.DRAFT, self.State.RETURNED)


class SubmissionEntry(models.Model):
    """What the institution says of one measure: status and story."""

    submission = models.ForeignKey(
        Submission, on_delete=models.CASCADE, related_name="entries"
    )
    node = models.ForeignKey(
        PlanNode,
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name=_("plan measure"),
    )
    status = models.CharField(
        _("status"), max_length=20, choices=ImplementationStatus.choices, blank=True
    )
    achievements = models.TextField(_("achievements"), blank=True)
    problems = models.TextField(_("problems encountered"), blank=True)

    class Meta:
        verbose_name = _("reported measure")
        verbose_name_plural = _("reported measures")
        constraints = [
            models.UniqueConstraint(
                fields=["submission", "node"], name="unique_submission_node"
            )
        ]

    def __str__(self):
        return f"{self.submission} {self.node.code}"


class SubmissionValue(models.Model):
    """A manual indicator's value as reported; written as a ManualValue when accepted."""

    submission = models.ForeignKey(
        Submission, on_delete=models.CASCADE, related_name="values"
    )
    indicator = models.ForeignKey(
        "Indicator",
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name=_("indicator"),
    )
    value = models.DecimalField(
        _("value"),
        max_digits=14,
        decimal_places=2,
        validators=bounds.INDICATOR_VALUE.validators,
    )
    note = models.TextField(_("note"), blank=True)

    class Meta:
        verbose_name = _("reported value")
        verbose_name_plural = _("reported values")
        constraints = [
            models.UniqueConstraint(
                fields=["submission", "indicator"], name="unique_submission_indicator"
            )
        ]

    def __str__(self):
        return f"{self.submission} {self.indicator.code}: {self.value}"


class SubmissionEvidence(models.Model):
    """A file proving what was reported (minutes, lists, photos), kept private."""

    submission = models.ForeignKey(
        Submission, on_delete=models.CASCADE, related_name="evidence"
    )
    file = models.FileField(
        _("file"), upload_to="monitoring/evidence/", storage=private_storage
    )
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("uploaded by"),
    )
    uploaded_at = models.DateTimeField(_("uploaded at"), auto_now_add=True)

    class Meta:
        verbose_name = _("evidence file")
        verbose_name_plural = _("evidence files")

    def __str__(self):
        return self.file.name.rsplit("/", 1)[-1]


class SubmissionEvent(models.Model):
    """The report's history: who saved, submitted, returned or accepted it, when."""

    class Action(models.TextChoices):
        SAVED = "saved", _("Draft saved")
        SUBMITTED = "submitted", _("Submitted")
        RETURNED = "returned", _("Returned for changes")
        ACCEPTED = "accepted", _("Accepted")

    submission = models.ForeignKey(
        Submission, on_delete=models.CASCADE, related_name="events"
    )
    action = models.CharField(_("action"), max_length=10, choices=Action.choices)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("by"),
    )
    at = models.DateTimeField(_("when"), auto_now_add=True)
    comment = models.TextField(_("comment"), blank=True)

    class Meta:
        verbose_name = _("report history entry")
        verbose_name_plural = _("report history")
        ordering = ["at", "pk"]

    def __str__(self):
        return f"{self.submission} {self.action} {self.at:%Y-%m-%d %H:%M}"
