"""Long lists in admin forms become searchable, and each choice says what it is.

Regions (118, a qark and its town often share a name), plan measures (400) and
agencies (142) were Ctrl-click lists of bare names or codes. Every Wagtail admin
form (pages, snippets, viewsets) now shows them as a type-ahead (Tom Select,
vendored in site/static/vendor/tom-select) and labels each choice by the model's
`choice_label` ("Kukës (qark)", "AL-NAP-2021 2.1.5 – Training of…"). Registered
through Wagtail's own form-field override registry, so no form lists them.
"""

from django import forms
from django.apps import apps
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms.models import register_form_field_override

# The models whose lists are long enough to need searching, by "app.Model".
SEARCHABLE = ("trainings.Region", "trainings.PlanNode", "trainings.Agency")
MEDIA = forms.Media(
    js=["vendor/tom-select/tom-select.complete.min.js", "js/searchable-select.js"],
    css={"all": ["vendor/tom-select/tom-select.default.min.css"]},
)


def _choice_label(row) -> str:
    return getattr(row, "choice_label", None) or str(row)


class LabelledChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj):
        return _choice_label(obj)


class LabelledMultipleChoiceField(forms.ModelMultipleChoiceField):
    def label_from_instance(self, obj):
        return _choice_label(obj)


class SearchableSelectMultiple(forms.SelectMultiple):
    """A multiple select the admin's script turns into a type-ahead; without
    the script it stays a plain list."""

    media = MEDIA

    def __init__(self, attrs=None, choices=()):
        # The type-ahead's own words, in the reader's language at render time.
        attrs = {"data-searchable": "", **(attrs or {})}
        super().__init__(attrs, choices)

    def get_context(self, name, value, attrs):
        context = super().get_context(name, value, attrs)
        context["widget"]["attrs"]["data-no-results"] = str(_("Nothing matches"))
        return context


def _many_to_many(db_field) -> dict:
    if db_field.related_model._meta.label not in SEARCHABLE:
        return {}
    return {
        "form_class": LabelledMultipleChoiceField,
        "widget": SearchableSelectMultiple,
        "queryset": _choice_queryset(db_field.related_model),
    }


def _choice_queryset(model):
    # A measure's label names its plan: fetched with it, not once per choice.
    manager = model._default_manager
    return (
        manager.select_related("plan")
        if model._meta.model_name == "plannode"
        else manager.all()
    )


def searchable_choices_register() -> None:
    register_form_field_override(models.ManyToManyField, override=_many_to_many)
    for label in SEARCHABLE:
        register_form_field_override(
            models.ForeignKey,
            to=apps.get_model(label),
            override={"form_class": LabelledChoiceField},
        )
