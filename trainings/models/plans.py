"""Action plans as they are written: a per-plan tree of levels, measures and indicators."""

import uuid

from django.conf import settings
from django.db import models
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from siteconf import bounds
from siteconf.constraints import FieldCheckConstraint
from siteconf.storage import private_storage
from siteconf.translated import Translated, translated

from .reference import Country


@translated("title", "level_names")
class Plan(Translated, models.Model):
    """A national action plan or strategy (AL NAP 2021-2023, KS NSAP 2011-2014...)."""

    code = models.SlugField(
        _("code"),
        max_length=40,
        unique=True,
        help_text=_("e.g. AL-NAP-2021-2023"),
    )
    title = models.CharField(_("title"), max_length=255)
    country = models.CharField(_("country"), max_length=2, choices=Country.choices)
    start_year = models.PositiveSmallIntegerField(_("start year"))
    end_year = models.PositiveSmallIntegerField(_("end year"))
    currency = models.CharField(_("currency"), max_length=3, default="EUR")
    level_names = models.JSONField(
        _("level names"),
        default=list,
        help_text=_(
            'Names of the tree levels, top first: ["Pillar", "Goal", "Activity"].'
        ),
    )
    report_labels = models.JSONField(
        _("report column headings"),
        default=dict,
        blank=True,
        help_text=_(
            "Column headings of the plan's own monitoring table, e.g. "
            '{"node": "Activities", "lead": "Implementer(s)", "contributing": '
            '"Partners"}.'
        ),
    )

    class Meta:
        verbose_name = _("plan")
        verbose_name_plural = _("plans")
        ordering = ["-start_year", "code"]
        verbose_name = _("plan")
        verbose_name_plural = _("plans")

    def __str__(self):
        return self.title


@translated("title")
class PlanNode(Translated, models.Model):
    """One element of a plan's tree: goal, objective, measure or activity."""

    plan = models.ForeignKey(
        Plan, on_delete=models.CASCADE, related_name="nodes", verbose_name=_("plan")
    )
    parent = models.ForeignKey(
        "self",
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="children",
        verbose_name=_("parent"),
    )
    level = models.PositiveSmallIntegerField(
        _("level"), help_text=_("Index into the plan's levels.")
    )
    code = models.CharField(
        _("code"), max_length=40, help_text=_("Display code, unique in the plan.")
    )
    title = models.TextField(_("title"))
    lead_agencies = models.ManyToManyField(
        "Agency",
        blank=True,
        related_name="led_nodes",
        verbose_name=_("responsible institutions"),
    )
    contributing_agencies = models.ManyToManyField(
        "Agency",
        blank=True,
        related_name="contributed_nodes",
        verbose_name=_("contributing institutions"),
    )
    start_year = models.PositiveSmallIntegerField(
        _("start year"), null=True, blank=True
    )
    end_year = models.PositiveSmallIntegerField(_("end year"), null=True, blank=True)
    timeframe = models.CharField(
        _("timeframe"),
        max_length=100,
        blank=True,
        help_text=_("The timeframe as written in the plan."),
    )
    budget = models.DecimalField(
        _("budget"), max_digits=14, decimal_places=2, null=True, blank=True
    )
    position = models.PositiveIntegerField(_("position"), default=0)

    class Meta:
        ordering = ["plan", "position"]
        verbose_name = _("plan measure")
        verbose_name_plural = _("plan measures")
        constraints = [
            models.UniqueConstraint(fields=["plan", "code"], name="unique_node_code")
        ]

    def __str__(self):
        return f"{self.plan.code}:{self.code}"

    @property
    def choice_label(self) -> str:
        """What a form offers: plan, code and (the start of) the wording."""
        title = self.label if len(self.label) <= 90 else f"{self.label[:88]}…"
        return f"{self.plan.code} {self.code} – {title}"

    @property
    def level_name(self) -> str:
        names = self.plan.translation("level_names")
        return names[self.level] if self.level < len(names) else ""


@translated("name", "unit", "denominator_label")
class Indicator(Translated, models.Model):
    """What a plan node is measured by, and how Fener computes its actual value."""

    class Counting(models.TextChoices):
        PER_PERIOD = "per_period", _("Per period (annual values)")
        CUMULATIVE = "cumulative", _("Cumulative since the plan started")

    class Source(models.TextChoices):
        MANUAL = "manual", _("Entered manually by the responsible institution")
        TRAINING_PARTICIPANTS = "training_participants", _("Training participants")
        TRAINING_UNIQUE_PEOPLE = "training_unique_people", _("Unique people trained")
        TRAINING_SESSIONS = "training_sessions", _("Training sessions held")
        LEARNING_PASS_SHARE = (
            "learning_pass_share",
            _("Share of trainees who pass the post-test (%)"),
        )
        LEARNING_AVERAGE_GAIN = (
            "learning_average_gain",
            _("Average gain from pre-test to post-test (points)"),
        )
        CAMPAIGN_ACTIVITIES = "campaign_activities", _("Campaign activities held")
        CAMPAIGNS = "campaigns", _("Campaigns with activities in the period")
        CAMPAIGN_BROADCASTS = (
            "campaign_broadcasts",
            _("Broadcasts (airings) of campaign activities"),
        )
        CAMPAIGN_ARTICLES = (
            "campaign_articles",
            _("Press articles on campaign activities"),
        )
        CAMPAIGN_OUTLETS = (
            "campaign_outlets",
            _("Media outlets used by campaign activities"),
        )
        CAMPAIGN_REACH = (
            "campaign_reach",
            _("People reached by campaign activities"),
        )
        PERSONS_INFORMED = (
            "persons_informed",
            _("Persons informed (people reached and people briefed with materials)"),
        )
        MATERIAL_DISTRIBUTED = "material_distributed", _("Materials distributed")
        MATERIAL_PRODUCED = "material_produced", _("Materials printed/produced")

    class Direction(models.TextChoices):
        INCREASE = "increase", _("Increase")
        DECREASE = "decrease", _("Decrease")
        MAINTAIN = "maintain", _("Maintain")

    node = models.ForeignKey(
        PlanNode,
        on_delete=models.CASCADE,
        related_name="indicators",
        verbose_name=_("plan measure"),
    )
    code = models.CharField(
        _("code"), max_length=40, help_text=_("Unique in the plan, e.g. 2.2.5")
    )
    name = models.TextField(_("name"))
    unit = models.CharField(_("unit"), max_length=60, blank=True)
    baseline = models.DecimalField(
        _("baseline"), max_digits=14, decimal_places=2, null=True, blank=True
    )
    baseline_year = models.PositiveSmallIntegerField(
        _("baseline year"), null=True, blank=True
    )
    counting = models.CharField(
        _("counting"),
        max_length=12,
        choices=Counting.choices,
        default=Counting.PER_PERIOD,
    )
    direction = models.CharField(
        _("direction"),
        max_length=10,
        choices=Direction.choices,
        default=Direction.INCREASE,
    )
    source = models.CharField(
        _("source"), max_length=30, choices=Source.choices, default=Source.MANUAL
    )
    breakdowns = models.JSONField(
        _("breakdowns"),
        default=list,
        blank=True,
        help_text=_(
            'Required breakdowns: "profession", "agency", "gender", "region"...'
        ),
    )
    professions = models.ManyToManyField(
        "Profession",
        blank=True,
        verbose_name=_("professions"),
        help_text=_("Count only these professions (empty: everyone)."),
    )
    event_types = models.ManyToManyField(
        "EventType",
        blank=True,
        related_name="indicators",
        verbose_name=_("event types"),
        help_text=_(
            "Count only sessions of these types, e.g. seminars and study visits "
            "(empty: every session)."
        ),
    )
    denominator_label = models.CharField(
        _("denominator"),
        max_length=100,
        blank=True,
        help_text=_(
            "Who the percentage is of, e.g. health staff, school children; the "
            "number for each year is given as the indicator's denominators."
        ),
    )
    position = models.PositiveIntegerField(_("position"), default=0)

    class Meta:
        verbose_name = _("indicator")
        verbose_name_plural = _("indicators")
        ordering = ["node__plan", "node__position", "position"]
        verbose_name = _("indicator")
        verbose_name_plural = _("indicators")

    def __str__(self):
        return f"{self.code} {self.label[:60]}"


class PeriodPart(models.TextChoices):
    """Parts of a year a plan may give targets for (AL: semesters, KS: quarters)."""

    H1 = "H1", _("first half-year")
    H2 = "H2", _("second half-year")
    Q1 = "Q1", _("first quarter")
    Q2 = "Q2", _("second quarter")
    Q3 = "Q3", _("third quarter")
    Q4 = "Q4", _("fourth quarter")


@translated("note")
class IndicatorTarget(Translated, models.Model):
    """The target for one year; `note` keeps non-numeric targets ("10% above baseline")."""

    indicator = models.ForeignKey(
        Indicator,
        on_delete=models.CASCADE,
        related_name="targets",
        verbose_name=_("indicator"),
    )
    year = models.PositiveSmallIntegerField(_("year"))
    period = models.CharField(
        _("part of the year"),
        max_length=2,
        choices=PeriodPart.choices,
        blank=True,
        help_text=_(
            "Empty for the year's target; a half-year or quarter when the plan "
            "gives a target for it."
        ),
    )
    value = models.DecimalField(
        _("value"), max_digits=14, decimal_places=2, null=True, blank=True
    )
    note = models.CharField(_("note"), max_length=255, blank=True)

    class Meta:
        verbose_name = _("target")
        verbose_name_plural = _("targets")
        ordering = ["indicator", "year", "period"]
        verbose_name = _("target")
        verbose_name_plural = _("targets")
        constraints = [
            models.UniqueConstraint(
                fields=["indicator", "year", "period"], name="unique_target_period"
            )
        ]

    def __str__(self):
        value = self.value if self.value is not None else self.label
        return f"{self.indicator.code} {self.year}{self.period}: {value}"


class IndicatorDenominator(models.Model):
    """The population a percentage indicator is of, for one year ("at least 50 %
    of health staff trained": the number of health staff in 2015). With one, the
    indicator's actual is its count ÷ this number × 100."""

    indicator = models.ForeignKey(
        Indicator,
        on_delete=models.CASCADE,
        related_name="denominators",
        verbose_name=_("indicator"),
    )
    year = models.PositiveSmallIntegerField(_("year"))
    value = models.DecimalField(
        _("number"),
        max_digits=14,
        decimal_places=2,
        validators=bounds.DENOMINATOR.validators,
    )
    source = models.CharField(
        _("source of the number"),
        max_length=255,
        blank=True,
        help_text=_("e.g. Ministry of Health staff register, 2015"),
    )

    class Meta:
        verbose_name = _("denominator")
        verbose_name_plural = _("denominators")
        ordering = ["indicator", "year"]
        constraints = [
            models.UniqueConstraint(
                fields=["indicator", "year"], name="unique_denominator_year"
            ),
            bounds.DENOMINATOR.constraint("value", name="denominator_in_range"),
        ]

    def __str__(self):
        return f"{self.indicator.code} {self.year}: {self.value}"


class ManualValue(models.Model):
    """A value reported by hand for a period, when no record in Fener can compute it."""

    indicator = models.ForeignKey(
        Indicator,
        on_delete=models.CASCADE,
        related_name="manual_values",
        verbose_name=_("indicator"),
    )
    period_start = models.DateField(_("period start"))
    period_end = models.DateField(_("period end"))
    value = models.DecimalField(
        _("value"),
        max_digits=14,
        decimal_places=2,
        validators=bounds.INDICATOR_VALUE.validators,
    )
    breakdown = models.JSONField(_("breakdown"), default=dict, blank=True)
    note = models.TextField(_("note"), blank=True)
    entered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("entered by"),
    )
    entered_at = models.DateTimeField(_("entered at"), auto_now=True)

    class Meta:
        verbose_name = _("manual value")
        verbose_name_plural = _("manual values")
        ordering = ["indicator", "period_start"]
        verbose_name = _("manual value")
        verbose_name_plural = _("manual values")
        constraints = [
            FieldCheckConstraint(
                condition=models.Q(period_end__gte=models.F("period_start")),
                name="manual_value_period_order",
                field="period_end",
                violation_error_message=_(
                    "The period ends before it starts: the end must be on or "
                    "after the start."
                ),
            ),
            bounds.INDICATOR_VALUE.constraint("value", name="manual_value_in_range"),
        ]

    def __str__(self):
        return (
            f"{self.indicator.code} {self.period_start}–{self.period_end}: {self.value}"
        )


class ReportJob(models.Model):
    """An indicator report built in the background, with its progress and file.

    The state lives in the database, not in Celery's result backend, so the
    progress page works the same with a worker and with eager tasks.
    """

    class State(models.TextChoices):
        PENDING = "pending", _("Waiting")
        RUNNING = "running", _("Running")
        DONE = "done", _("Done")
        FAILED = "failed", _("Failed")

    class Format(models.TextChoices):
        XLSX = "xlsx", _("Excel (XLSX)")
        PDF = "pdf", _("PDF")
        CSV = "csv", _("CSV")

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    plan = models.ForeignKey(
        Plan, null=True, blank=True, on_delete=models.CASCADE, verbose_name=_("plan")
    )
    period_start = models.DateField(verbose_name=_("period start"))
    period_end = models.DateField(verbose_name=_("period end"))
    period_label = models.CharField(max_length=60, verbose_name=_("period label"))
    format = models.CharField(
        max_length=4, choices=Format.choices, verbose_name=_("format")
    )
    state = models.CharField(
        max_length=10,
        choices=State.choices,
        default=State.PENDING,
        verbose_name=_("state"),
    )
    progress = models.PositiveSmallIntegerField(default=0, verbose_name=_("progress"))
    step = models.CharField(max_length=100, blank=True, verbose_name=_("step"))
    file = models.FileField(
        upload_to="reports/",
        storage=private_storage,
        blank=True,
        verbose_name=_("file"),
    )
    error = models.TextField(blank=True, verbose_name=_("error"))
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("created by"),
    )
    created_at = models.DateTimeField(auto_now_add=True, verbose_name=_("created at"))

    class Meta:
        verbose_name = _("report")
        verbose_name_plural = _("reports")
        ordering = ["-created_at"]
        verbose_name = _("report job")
        verbose_name_plural = _("report jobs")

    def __str__(self):
        return (
            f"{self.plan or gettext('All plans')} {self.period_label} ({self.format})"
        )
