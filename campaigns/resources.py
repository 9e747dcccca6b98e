"""Resources of the campaigns app (siteconf.resources): target groups, channels,
activity kinds and media outlets (every field a column: code, name and its English
and Serbian labels), and the awareness activities themselves."""

from types import SimpleNamespace

from django.conf import settings
from django.utils import timezone
from django.utils.translation import gettext
from import_export.fields import Field

from siteconf.precise_dates import PreciseDate, precise_date_parse
from siteconf.resource_links import LinkedResource, MeasureListWidget, list_column
from siteconf.resources import (
    CodeListWidget,
    CodeWidget,
    FenerResource,
    TextWidget,
)
from trainings.models import Agency

from . import activity_rules as rules
from .models import (
    ActivityKind,
    CampaignActivity,
    CampaignPage,
    Channel,
    MediaOutlet,
    TargetGroup,
)
from .page_cache import page_cache_invalidate

TargetGroupResource = FenerResource.of(TargetGroup)
ChannelResource = FenerResource.of(Channel)
ActivityKindResource = FenerResource.of(ActivityKind)
MediaOutletResource = FenerResource.of(MediaOutlet)


class CampaignWidget(CodeWidget):
    """A campaign by its page's slug in the working language (`java-2014`)."""

    def __init__(self, **kwargs):
        super().__init__(CampaignPage, **kwargs)

    def load(self, file_codes=()) -> None:
        pages = CampaignPage.objects.filter(
            locale__language_code=settings.LANGUAGE_CODE
        ).values_list("pk", "slug", "title", "start_date", "end_date")
        self.ids, self.codes, self.labels = {}, {}, []
        # Each campaign's period, for the outside-the-campaign rule.
        self.periods: dict[int, SimpleNamespace] = {}
        for pk, slug, title, start_date, end_date in pages:
            self.periods[pk] = SimpleNamespace(start_date=start_date, end_date=end_date)
            self.codes[pk] = slug
            self.ids.setdefault(slug.casefold(), pk)
            self.ids.setdefault(title.strip().casefold(), pk)
            self.labels += [slug, title]
        self.pending = set()


class PreciseDateWidget(TextWidget):
    """`2014`, `2014-04` or `2014-04-12`, kept at that precision."""

    def clean(self, value, row=None, **kwargs):
        return precise_date_parse(value) if value else None

    def render(self, value, obj=None, **kwargs):
        return str(value) if value else ""


class ConfirmWidget(TextWidget):
    """`yes`, or empty: the dates are right although outside the campaign."""

    def clean(self, value, row=None, **kwargs):
        if value and value.strip().casefold() != "yes":
            raise ValueError(
                gettext("'%(value)s' must be \"yes\" or empty") % {"value": value}
            )
        return bool(value)

    def render(self, value, obj=None, **kwargs):
        return ""


class ActivityResource(LinkedResource):
    """Awareness activities as an annual report lists them (issue 12 item 5):
    one row per record, `quantity` units each, dates as precise as given,
    figures left empty when unknown. Rows are matched by `ref`."""

    campaign = Field(
        attribute="campaign_id", column_name="campaign", widget=CampaignWidget()
    )
    start_date = Field(
        attribute="start", column_name="start_date", widget=PreciseDateWidget()
    )
    end_date = Field(
        attribute="end", column_name="end_date", widget=PreciseDateWidget()
    )
    funders = list_column("funders", CodeListWidget(Agency))
    outlets = list_column("outlets", CodeListWidget(MediaOutlet))
    measures = list_column("measures", MeasureListWidget())
    # The form's "dates are right" box (not stored): an activity dated outside
    # its campaign's period is refused unless its row says yes here.
    confirm_outside_campaign = Field(
        attribute="confirm_outside_campaign",
        column_name="confirm_outside_campaign",
        widget=ConfirmWidget(),
    )

    LISTS = ("funders", "outlets", "measures")
    # Columns written to more than one model field.
    WRITES = {"start": ("date", "date_precision"), "end": ("end_date",)}

    class Meta(LinkedResource.Meta):
        model = CampaignActivity
        fields = (
            "ref",
            "campaign",
            "title",
            "kind",
            "start_date",
            "end_date",
            "place",
            "region",
            "organiser",
            "funders",
            "quantity",
            "audience_total",
            "audience_female",
            "audience_male",
            "broadcasts",
            "articles",
            "outlets",
            "measures",
            "confirm_outside_campaign",
        )

    example = {
        "ref": "onac-2014-schools",
        "title": "Aktivitete ndërgjegjësimi në shkolla",
        "start_date": "2014-04",
        "quantity": "14",
    }

    def required_columns(self) -> list[str]:
        return ["ref", "title", "kind", "start_date"]

    def get_queryset(self):
        return CampaignActivity.objects.select_related("campaign").prefetch_related(
            "funders", "outlets", "measures__plan"
        )

    # --- import ---

    def value_set(self, instance, field, value) -> bool:
        if field.attribute == "confirm_outside_campaign":
            instance.confirm_outside_campaign = value
            return False
        if field.attribute == "start":
            value = value or None
            before = (
                PreciseDate(instance.date, instance.date_precision)
                if instance.date
                else None
            )
            if value:
                instance.date, instance.date_precision = (
                    value.first_day,
                    value.precision,
                )
            return value != before
        if field.attribute == "end":
            instance.__dict__["end_given"] = value
            changed = (value.first_day if value else None) != instance.end_date
            instance.end_date = value.first_day if value else None
            return changed
        if field.attribute == "quantity" and value is None:
            value = 1  # an empty cell: one activity
        return super().value_set(instance, field, value)

    def row_check(self, instance, check) -> None:
        """The form's rules (campaigns.activity_rules), per row."""
        problems = [
            (
                "organiser",
                rules.organiser_missing(instance.campaign_id, instance.organiser_id),
            ),
            ("audience_total", rules.audience_problem(instance)),
        ]
        if instance.date is not None:  # else its cell is already reported
            problems = self._date_problems(instance) + problems
        for column, problem in problems:
            if problem:
                check.fail(column, problem)

    def _date_problems(self, instance) -> list[tuple[str, str | None]]:
        start = PreciseDate(instance.date, instance.date_precision)
        end = instance.__dict__.get("end_given")
        if end is not None and end.precision != start.precision:
            message = gettext("Give the end date as precisely as the start.")
            return [("end_date", message)]
        today = timezone.localdate()
        return [
            ("start_date", self._outside_campaign(instance, start, end)),
            ("start_date", rules.date_in_future(start, today=today)),
            ("end_date", end and rules.date_in_future(end, today=today)),
            ("end_date", rules.end_before_start(start, end)),
        ]

    def _outside_campaign(self, instance, start, end) -> str | None:
        """The form's rule; a file confirms in its column, as the form's box does."""
        if getattr(instance, "confirm_outside_campaign", False):
            return None
        periods = getattr(self.fields["campaign"].widget, "periods", {})
        campaign = periods.get(instance.campaign_id)
        problem = rules.outside_campaign(start, end, campaign)
        if problem is None:
            return None
        return gettext(
            '%(problem)s If the dates are right, write "yes" in the column '
            "confirm_outside_campaign."
        ) % {"problem": problem}

    def write_attributes(self, fields) -> list[str]:
        names = []
        for attribute in super().write_attributes(fields):
            if attribute == "confirm_outside_campaign":
                continue
            names += self.WRITES.get(attribute, (attribute,))
        return names

    def after_write(self, objects: list) -> None:
        super().after_write(objects)  # the lists' links
        page_cache_invalidate()  # activities show on the campaign pages
