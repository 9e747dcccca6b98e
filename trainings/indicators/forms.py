"""Forms for the monitoring screens: validation only."""

from datetime import date

from django import forms
from django.conf import settings
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from ..models import Indicator, IndicatorDenominator, ManualValue, Plan
from ..models.reference import Country
from ..upload_screen import UploadForm
from .periods import Period, period_half, period_quarter, period_range, period_year


class PeriodForm(forms.Form):
    """Plan and period as the officer reports them: year, half, quarter or range."""

    KINDS = [
        ("year", _("Year")),
        ("half", _("Half-year")),
        ("quarter", _("Quarter")),
        ("custom", _("From – to")),
    ]

    plan = forms.ModelChoiceField(
        Plan.objects.all(), required=False, empty_label=_("All plans"), label=_("Plan")
    )
    kind = forms.ChoiceField(choices=KINDS, initial="year", label=_("Period"))
    year = forms.IntegerField(
        min_value=2000, max_value=2100, required=False, label=_("Year")
    )
    part = forms.IntegerField(
        min_value=1, max_value=4, required=False, label=_("Half / quarter number")
    )
    start = forms.DateField(
        required=False, label=_("From"), widget=forms.DateInput(attrs={"type": "date"})
    )
    end = forms.DateField(
        required=False, label=_("To"), widget=forms.DateInput(attrs={"type": "date"})
    )
    # The files' language; empty: the officer's own (the screen's).
    language = forms.ChoiceField(
        choices=[("", _("My language")), *settings.LANGUAGES],
        required=False,
        label=_("Language of the files"),
    )

    def clean(self) -> dict:
        data = super().clean()
        try:
            data["period"] = self._period(data)
        except (TypeError, ValueError) as error:
            raise forms.ValidationError(str(error)) from error
        return data

    def _period(self, data: dict) -> Period:
        kind, year, part = data.get("kind"), data.get("year"), data.get("part")
        if kind == "custom":
            if not (data.get("start") and data.get("end")):
                raise ValueError(gettext("Give both dates of the range."))
            return period_range(data["start"], data["end"])
        if year is None:
            raise ValueError(gettext("Give the year."))
        if kind == "half":
            return period_half(year, part or 1)
        if kind == "quarter":
            return period_quarter(year, part or 1)
        return period_year(year)

    @classmethod
    def initial_for_today(cls) -> dict:
        return {"kind": "year", "year": date.today().year}


class DashboardForm(forms.Form):
    """The dashboard's year (this year when not given); the report's bounds."""

    year = forms.IntegerField(min_value=2000, max_value=2100, required=False)
    # Each country's figures apart (issue 14): the installation's own by default.
    country = forms.ChoiceField(choices=Country.choices, required=False)

    def country_or_default(self) -> str:
        return self.cleaned_data["country"] or settings.FENER_COUNTRY

    def year_or_today(self) -> int:
        return self.cleaned_data["year"] or date.today().year


class ManualValueForm(forms.ModelForm):
    class Meta:
        model = ManualValue
        fields = ["period_start", "period_end", "value", "note"]
        widgets = {
            "period_start": forms.DateInput(attrs={"type": "date"}),
            "period_end": forms.DateInput(attrs={"type": "date"}),
            "note": forms.Textarea(attrs={"rows": 2}),
        }

    def clean(self) -> dict:
        data = super().clean()
        start, end = data.get("period_start"), data.get("period_end")
        if start and end and end < start:
            self.add_error("period_end", gettext("The period ends before it starts."))
        return data


class DenominatorForm(forms.ModelForm):
    """One year's population of a percent indicator, and who the population is."""

    label = forms.CharField(
        max_length=Indicator._meta.get_field("denominator_label").max_length,
        label=_("Percentage of"),
        help_text=_("Who the number counts, e.g. health staff, school children."),
    )

    class Meta:
        model = IndicatorDenominator
        fields = ["year", "value", "source"]
        widgets = {"year": forms.NumberInput(attrs={"min": 1990, "max": 2100})}

    def __init__(self, *args, indicator: Indicator, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["label"].initial = indicator.denominator_label
        self.order_fields(["label", "year", "value", "source"])

    def clean_year(self) -> int:
        year = self.cleaned_data["year"]
        if not 1990 <= year <= 2100:
            raise forms.ValidationError(gettext("A year from 1990 to 2100."))
        return year

    def validate_unique(self):
        """Saving a year again replaces its number (services.denominator_record)."""


NEW_PLAN_FIELDS = ("code", "title", "country", "start_year", "end_year", "level_names")


class PlanImportForm(UploadForm):
    """An existing plan, or a new one described here, and its measures file."""

    plan = forms.ModelChoiceField(
        Plan.objects.all(),
        required=False,
        empty_label=_("New plan (fill in the fields below)"),
        label=_("Plan"),
    )
    code = forms.SlugField(
        max_length=40,
        required=False,
        label=_("Code"),
        help_text=_("New plan only: AL-NAP-2024-2026"),
    )
    title = forms.CharField(max_length=255, required=False, label=_("Title"))
    country = forms.ChoiceField(
        choices=[("", "---------"), *Country.choices],
        required=False,
        label=_("Country"),
    )
    start_year = forms.IntegerField(
        min_value=1990, max_value=2100, required=False, label=_("Start year")
    )
    end_year = forms.IntegerField(
        min_value=1990, max_value=2100, required=False, label=_("End year")
    )
    level_names = forms.CharField(
        required=False,
        label=_("Level names"),
        help_text=_(
            "Tree levels, top first, separated by ';': "
            "Policy goal; Specific objective; Measure"
        ),
    )
    field_order = ["plan", *NEW_PLAN_FIELDS, "file", "dry_run"]

    def __init__(self, *args, can_create: bool = True, **kwargs):
        super().__init__(*args, **kwargs)
        self.can_create = can_create

    def clean(self):
        data = super().clean()
        if data.get("plan"):
            return data
        if not self.can_create:
            raise forms.ValidationError(
                gettext("Pick a plan: you may not create plans.")
            )
        for name in NEW_PLAN_FIELDS:
            if name in data and data[name] in (None, ""):
                self.add_error(name, gettext("Required for a new plan."))
        start, end = data.get("start_year"), data.get("end_year")
        if start and end and start > end:
            self.add_error("end_year", gettext("The plan cannot end before it starts."))
        code = data.get("code")
        if code and Plan.objects.filter(code=code).exists():
            self.add_error(
                "code", gettext("A plan with this code exists: pick it above.")
            )
        return data

    def new_plan_values(self) -> dict:
        """The new plan's fields, with level names as the list the model keeps."""
        values = {name: self.cleaned_data[name] for name in NEW_PLAN_FIELDS}
        values["level_names"] = [
            n.strip() for n in values["level_names"].split(";") if n.strip()
        ]
        return values
