"""Admin form of campaign activities (kept apart from the model it serves)."""

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm

from siteconf.precise_dates import PreciseDate, precise_date_parse, precise_date_text

from . import activity_rules as rules


class ActivityForm(WagtailAdminModelForm):
    """An activity's dates typed as the report gives them (`2014`, `2014-04`,
    `2014-04-12`), checked against today and the campaign's period."""

    when = forms.CharField(
        label=_("Date"),
        max_length=10,
        help_text=_("A year (2014), a month (2014-04) or a day (2014-04-12)."),
    )
    until = forms.CharField(
        label=_("End date"),
        max_length=10,
        required=False,
        help_text=_("Optional, with the same precision."),
    )
    confirm_dates = forms.BooleanField(
        label=_("The dates are right although outside the campaign's period"),
        required=False,
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        activity = self.instance
        if activity.pk:
            self.initial["when"] = precise_date_text(
                activity.date, activity.date_precision
            )
            self.initial["until"] = precise_date_text(
                activity.end_date, activity.date_precision
            )

    def clean(self):
        data = super().clean()
        start = self._precise("when")
        end = self._precise("until") if data.get("until") else None
        if start is None or (data.get("until") and end is None):
            return data
        if end is not None and end.precision != start.precision:
            self.add_error("until", _("Give the end date as precisely as the start."))
            return data
        today = timezone.localdate()
        for field, problem in (
            ("when", rules.date_in_future(start, today=today)),
            ("until", end and rules.date_in_future(end, today=today)),
            ("until", rules.end_before_start(start, end)),
            (
                "organiser",
                rules.organiser_missing(data.get("campaign"), data.get("organiser")),
            ),
        ):
            if problem:
                self.add_error(field, problem)
        outside = rules.outside_campaign(start, end, data.get("campaign"))
        if outside and not data.get("confirm_dates"):
            self.add_error("confirm_dates", outside)
        self.instance.date, self.instance.date_precision = (
            start.first_day,
            start.precision,
        )
        self.instance.end_date = end.first_day if end else None
        return data

    def _precise(self, name: str) -> PreciseDate | None:
        try:
            return precise_date_parse(self.cleaned_data.get(name, ""))
        except ValueError as error:
            if name in self.cleaned_data:
                self.add_error(name, str(error))
            return None
