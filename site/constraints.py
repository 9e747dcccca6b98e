"""Database checks that answer a form with a sentence on the field to correct.

Django reports a violated CheckConstraint as a form-wide error, and without a
message of its own as `Constraint "session_dates_in_order" is violated.`: a
name no user should read. A `FieldCheckConstraint` carries its sentence and
the field it belongs to, so the form shows the error beside that field and
keeps what was typed; the database still refuses anything else that tries.
"""

from django.core.exceptions import ValidationError
from django.db import DEFAULT_DB_ALIAS, models


class FieldCheckConstraint(models.CheckConstraint):
    """A CheckConstraint whose violation is a validation error on `field`."""

    def __init__(self, *, field: str, **kwargs):
        super().__init__(**kwargs)
        self.field = field

    def validate(self, model, instance, exclude=None, using=DEFAULT_DB_ALIAS):
        try:
            super().validate(model, instance, exclude=exclude, using=using)
        except ValidationError as error:
            raise ValidationError({self.field: error}) from None

    def deconstruct(self):
        path, args, kwargs = super().deconstruct()
        return path, args, {**kwargs, "field": self.field}

    def __eq__(self, other):
        return super().__eq__(other) and self.field == getattr(other, "field", None)
