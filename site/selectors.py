"""Reads across apps: which names still lack a translation (the office's to-do list)."""

from django.apps import apps
from django.db import models
from django.db.models import Count, Q, QuerySet

from .translated import Translated, other_languages


def vocabulary_models() -> list[type[Translated]]:
    """Every concrete model with names in three languages, in a stable order."""
    found = [
        model
        for model in apps.get_models()
        if issubclass(model, Translated) and model.translated_fields
    ]
    return sorted(found, key=lambda m: (m._meta.app_label, m._meta.model_name))


def _lacking(model, language: str) -> Q:
    """Rows with some base text whose `language` column is empty."""
    q = Q()
    for name in model.translated_fields:
        empty = [] if isinstance(model._meta.get_field(name), models.JSONField) else ""
        q |= ~Q(**{name: empty}) & Q(**{f"{name}_{language}": empty})
    return q


def missing_translation_counts(models_: list | None = None) -> list[dict]:
    """Per vocabulary: its rows, and how many lack each other language (one
    query per vocabulary, whatever its size)."""
    counts = []
    for model in models_ or vocabulary_models():
        totals = model.objects.aggregate(
            rows=Count("pk"),
            **{
                language: Count("pk", filter=_lacking(model, language))
                for language in other_languages()
            },
        )
        counts.append({"model": model, **totals})
    return counts


def rows_missing_translation(model) -> QuerySet:
    """The rows of `model` lacking some translation, in the model's order."""
    lacking = Q()
    for language in other_languages():
        lacking |= _lacking(model, language)
    return model.objects.filter(lacking)
