"""Visitor-facing filter form for the campaign index (validation only)."""

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from trainings.models import Region

from .models import CampaignPage, TargetGroup


def filters_from(form: forms.Form) -> dict:
    """The cleaned filters of a bound listing form; none when it is empty or invalid.

    An unknown value in a shared link shows the whole listing rather than an error.
    """
    return form.cleaned_data if form.is_bound and form.is_valid() else {}


def _years() -> list[tuple[str, str]]:
    this_year = timezone.localdate().year
    return [("", _("Any year"))] + [
        (str(y), str(y)) for y in range(this_year + 1, 2010, -1)
    ]


class CampaignFilterForm(forms.Form):
    """Year, target group, region and status filters; blank means no filter."""

    year = forms.TypedChoiceField(
        label=_("Year"), choices=_years, coerce=int, required=False, empty_value=None
    )
    target_group = forms.ModelChoiceField(
        label=_("Target group"),
        queryset=TargetGroup.objects.all(),
        to_field_name="code",
        required=False,
        empty_label=_("Any target group"),
    )
    region = forms.ModelChoiceField(
        label=_("Region"),
        queryset=Region.objects.filter(valid_to__isnull=True),
        to_field_name="code",
        required=False,
        empty_label=_("Any region"),
    )
    status = forms.ChoiceField(
        label=_("Status"),
        choices=[("", _("Any status")), *CampaignPage.Status.choices],
        required=False,
    )
