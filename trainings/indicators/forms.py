"""Forms for the monitoring screens: validation only."""

from datetime import date

from django import forms

from ..models import ManualValue, Plan
from .periods import Period, period_half, period_quarter, period_range, period_year


class PeriodForm(forms.Form):
    """Plan and period as the officer reports them: year, half, quarter or range."""

    KINDS = [
        ("year", "Year"),
        ("half", "Half-year"),
        ("quarter", "Quarter"),
        ("custom", "From – to"),
    ]

    plan = forms.ModelChoiceField(
        Plan.objects.all(), required=False, empty_label="All plans"
    )
    kind = forms.ChoiceField(choices=KINDS, initial="year", label="Period")
    year = forms.IntegerField(min_value=2000, max_value=2100, required=False)
    part = forms.IntegerField(
        min_value=1, max_value=4, required=False, label="Half / quarter number"
    )
    start = forms.DateField(
        required=False, label="From", widget=forms.DateInput(attrs={"type": "date"})
    )
    end = forms.DateField(
        required=False, label="To", widget=forms.DateInput(attrs={"type": "date"})
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
                raise ValueError("Give both dates of the range.")
            return period_range(data["start"], data["end"])
        if year is None:
            raise ValueError("Give the year.")
        if kind == "half":
            return period_half(year, part or 1)
        if kind == "quarter":
            return period_quarter(year, part or 1)
        return period_year(year)

    @classmethod
    def initial_for_today(cls) -> dict:
        return {"kind": "year", "year": date.today().year}


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
            self.add_error("period_end", "The period ends before it starts.")
        return data
