"""Realistic bounds for the numbers people type or import, in one place.

Without them a typo (or a probe) stored `count=2147483648`, and the year's
report showed two billion participants; on PostgreSQL larger values were 500s.
Each bound is a model validator (a field error in every form built on the
model, and the same words in an import's `row N, column X` report) and a
database check constraint (nothing else can store a figure outside it).
"""

from dataclasses import dataclass
from decimal import Decimal

from django import forms
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

TOO_SMALL = _("%(value)s is less than this field takes (at least %(limit_value)s).")
TOO_LARGE = _(
    "%(value)s is more than this field takes (at most %(limit_value)s): "
    "check the figure."
)


@dataclass(frozen=True)
class Bound:
    low: int | Decimal
    high: int | Decimal

    @property
    def validators(self) -> list:
        return [
            MinValueValidator(self.low, message=TOO_SMALL),
            MaxValueValidator(self.high, message=TOO_LARGE),
        ]

    def check(self, value):
        """`value`, or a ValueError saying what a form would say (for imports)."""
        for validator in self.validators:
            try:
                validator(value)
            except ValidationError as exc:
                raise ValueError(" ".join(exc.messages)) from None
        return value

    def constraint(self, field: str, *, name: str) -> models.CheckConstraint:
        """The database's copy of the bound (an empty value passes, as in SQL)."""
        inside = models.Q(**{f"{field}__gte": self.low, f"{field}__lte": self.high})
        return models.CheckConstraint(condition=inside, name=name)

    def integer_field(self, **kwargs) -> forms.IntegerField:
        """A form field for forms not built on the model (the partner's report)."""
        attrs = {"min": self.low, "max": self.high}
        return forms.IntegerField(
            validators=self.validators, widget=forms.NumberInput(attrs), **kwargs
        )


# One attendance row of unnamed people: a larger group is several rows.
PEOPLE_IN_ONE_ROW = Bound(1, 10_000)
# The share of a session's days that makes a participant trained.
DAYS_PERCENT = Bound(1, 100)
# Test scores are percentages.
SCORE = Bound(Decimal(0), Decimal(100))
# One record standing for several sessions ("Seminars: 5 in total"): a year's
# programme of one office, not a national total.
SESSIONS_IN_ONE_RECORD = Bound(1, 1_000)
COPIES_PRINTED = Bound(1, 1_000_000)
COPIES_HANDED_OUT = Bound(1, 100_000)
# A national TV spot reaches the whole country (Albania 2.8 million people).
PEOPLE_REACHED = Bound(0, 10_000_000)
BROADCASTS_OR_ARTICLES = Bound(0, 10_000)
# Activities one record stands for ("14 awareness activities in schools": 14).
ACTIVITY_UNITS = Bound(1, 10_000)
# Hand-reported indicator values: counts of people, cases, sessions, or a percentage.
INDICATOR_VALUE = Bound(Decimal(0), Decimal(10_000_000))
# Years of plans and planned trainings.
PLAN_YEAR = Bound(1990, 2100)
# The population a percentage is of (health staff, school children): at least
# one person, at most a country's population.
DENOMINATOR = Bound(Decimal(1), Decimal(10_000_000))
