"""Annual training plans: what the office plans to train, whom, where, how many."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from siteconf import bounds


class Month(models.IntegerChoices):
    JANUARY = 1, _("January")
    FEBRUARY = 2, _("February")
    MARCH = 3, _("March")
    APRIL = 4, _("April")
    MAY = 5, _("May")
    JUNE = 6, _("June")
    JULY = 7, _("July")
    AUGUST = 8, _("August")
    SEPTEMBER = 9, _("September")
    OCTOBER = 10, _("October")
    NOVEMBER = 11, _("November")
    DECEMBER = 12, _("December")


def _optional(model: str, label, **extra) -> models.ForeignKey:
    """A reference the line may leave empty (then it matches every session)."""
    return models.ForeignKey(
        model,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="planned_trainings",
        verbose_name=label,
        **extra,
    )


class PlannedTraining(models.Model):
    """One line of an annual training plan (AL strategy PROT-1.(b).1.2: "annual
    training plans"), compared with the sessions held (selectors.training_plan).

    Profession, module, region and month are optional: an empty one matches
    every session, so "20 judges in 2015" matches any judges' training that year.
    """

    ref = models.CharField(
        max_length=40,
        unique=True,
        help_text=_("e.g. TP-2015-03; an import matches rows by it."),
        verbose_name=_("reference"),
    )
    year = models.PositiveSmallIntegerField(
        validators=bounds.PLAN_YEAR.validators, verbose_name=_("year")
    )
    month = models.PositiveSmallIntegerField(
        null=True, blank=True, choices=Month.choices, verbose_name=_("month")
    )
    topic = models.CharField(max_length=255, verbose_name=_("topic"))
    profession = _optional("Profession", _("target profession"))
    module = _optional("Module", _("module"))
    region = _optional(
        "Region",
        _("region"),
        help_text=_("A qark also matches sessions in its municipalities."),
    )
    sessions = models.PositiveIntegerField(
        default=1,
        validators=bounds.SESSIONS_IN_ONE_RECORD.validators,
        verbose_name=_("planned sessions"),
    )
    people = models.PositiveIntegerField(
        validators=bounds.PEOPLE_IN_ONE_ROW.validators,
        verbose_name=_("planned number of people"),
    )
    notes = models.TextField(blank=True, verbose_name=_("notes"))

    # The import's and the admin's columns, in this order.
    COLUMNS = (
        "ref",
        "year",
        "month",
        "topic",
        "profession",
        "module",
        "region",
        "sessions",
        "people",
        "notes",
    )

    class Meta:
        verbose_name = _("planned training")
        verbose_name_plural = _("training plan")
        ordering = ["year", "month", "ref"]
        constraints = [
            bounds.PLAN_YEAR.constraint("year", name="planned_training_year_in_range"),
            bounds.SESSIONS_IN_ONE_RECORD.constraint(
                "sessions", name="planned_training_sessions_in_range"
            ),
            bounds.PEOPLE_IN_ONE_ROW.constraint(
                "people", name="planned_training_people_in_range"
            ),
            models.CheckConstraint(
                condition=models.Q(month__gte=1, month__lte=12),
                name="planned_training_month_in_range",
            ),
        ]

    def __str__(self):
        return f"{self.ref} {self.topic}"
