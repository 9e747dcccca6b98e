"""Where each computed indicator source reads from: model, date, plan link, measure.

One `Source` per kind of record. Figures are conditional aggregates over the
source's queryset, so any number of indicators costs one query per breakdown.
Training sources are counted in SQL, with their rules, in `training_sql.py`.
"""

from collections.abc import Callable
from dataclasses import dataclass, field

from django.apps import apps
from django.db.models import Count, Q, QuerySet, Sum
from django.db.models.functions import Coalesce
from django.utils.translation import gettext_lazy as _

# Breakdowns an indicator may require; the ones a source has no data for are
# reported empty so the officer sees what must be collected by hand.
BREAKDOWNS = (
    "profession",
    "agency",
    "gender",
    "region",
    "organiser",
    "module",
    "event_type",
    "material",
    "campaign",
    "channel",
    "media_type",
    "activity_kind",
)
# How a report names each breakdown (the codes above stay the import's words).
BREAKDOWN_LABELS = {
    "profession": _("profession"),
    "agency": _("institution"),
    "gender": _("gender"),
    "region": _("region"),
    "organiser": _("organiser"),
    "module": _("module"),
    "event_type": _("event type"),
    "material": _("material"),
    "campaign": _("campaign"),
    "channel": _("channel"),
    "media_type": _("media type"),
    "activity_kind": _("activity kind"),
}


@dataclass(frozen=True)
class Source:
    """How to count one kind of record linked to plan nodes."""

    model: str
    date_field: str
    measure: Callable[[Q], object]
    linked: Callable[[tuple[int, ...]], QuerySet]
    link_field: str = "id"
    dimensions: dict[str, str] = field(default_factory=dict)
    # (region path, agency path) that place a record in a country (countries.py);
    # None: the source is not scoped by country.
    country: tuple[str, str] | None = None

    def queryset(self) -> QuerySet:
        return apps.get_model(self.model).objects.all()


def _through(model: str, fk: str):
    def linked(node_ids):
        through = apps.get_model(model).measures.through
        return through.objects.filter(plannode_id__in=node_ids).values(fk)

    return linked


def _print_run_materials(node_ids) -> QuerySet:
    """Files of the publications made for these measures (`Publication.measures`)."""
    material = apps.get_model("materials.Material")
    return material.objects.filter(publication__measures__in=node_ids).values("id")


def _sum(column: str):
    return lambda q: Coalesce(Sum(column, filter=q), 0)


def _campaign_activities(node_ids) -> QuerySet:
    """Activities linked to the measures, or run under a campaign that is."""
    activity = apps.get_model("campaigns.CampaignActivity")
    return activity.objects.filter(
        Q(measures__in=node_ids) | Q(campaign__measures__in=node_ids)
    ).values("id")


_ACTIVITY = {
    "model": "campaigns.CampaignActivity",
    "date_field": "date",
    "linked": _campaign_activities,
    "dimensions": {
        "region": "region__code",
        "organiser": "organiser__code",
        "campaign": "campaign__title",
        "channel": "kind__code",
        "activity_kind": "kind__code",
    },
    "country": ("region", "organiser"),
}


def _outlets(q: Q):
    return Count("mediaoutlet", distinct=True, filter=q)


# Outlets are counted on the activities' link rows: joining them in the
# activities' own query would repeat each activity once per outlet in its sums.
_OUTLET_LINKS = {
    "model": "campaigns.CampaignActivity_outlets",
    "date_field": "campaignactivity__date",
    "linked": _campaign_activities,
    "link_field": "campaignactivity_id",
    "dimensions": {
        "region": "campaignactivity__region__code",
        "organiser": "campaignactivity__organiser__code",
        "activity_kind": "campaignactivity__kind__code",
    },
    "country": ("campaignactivity__region", "campaignactivity__organiser"),
}


_DISTRIBUTION = {
    "model": "materials.Distribution",
    "date_field": "date",
    "linked": _through("materials.Distribution", "distribution_id"),
    "dimensions": {
        "region": "region__code",
        "agency": "partner__code",
        "material": "material__title",
    },
    "country": ("region", "partner"),
}


def _distinct_campaigns(q: Q):
    """Campaigns with at least one activity in the window (AL NAP 3.1.1-a's unit)."""
    return Count("campaign_id", distinct=True, filter=q)


SOURCES: dict[str, Source] = {
    # Activity units: "14 awareness activities in schools" is one row of 14.
    "campaign_activities": Source(measure=_sum("quantity"), **_ACTIVITY),
    "campaigns": Source(measure=_distinct_campaigns, **_ACTIVITY),
    # Persons informed (AL NAP 2.1.5-b) = people reached by awareness activities
    # + people briefed when materials were handed out; never copies. The two
    # parts are counted separately and added (PARTS); record a briefing once,
    # as an activity or as a distribution, not both.
    "persons_informed": Source(measure=_sum("audience_total"), **_ACTIVITY),
    "persons_informed_at_distributions": Source(
        measure=_sum("people_informed"), **_DISTRIBUTION
    ),
    "campaign_broadcasts": Source(measure=_sum("broadcasts"), **_ACTIVITY),
    "campaign_articles": Source(measure=_sum("articles"), **_ACTIVITY),
    "campaign_outlets": Source(measure=_outlets, **_OUTLET_LINKS),
    "campaign_reach": Source(measure=_sum("audience_total"), **_ACTIVITY),
    "material_distributed": Source(measure=_sum("quantity"), **_DISTRIBUTION),
    "material_produced": Source(
        model="materials.PrintRun",
        date_field="date",
        measure=_sum("quantity"),
        linked=_print_run_materials,
        link_field="material_id",
        dimensions={"material": "material__title", "agency": "funder__code"},
    ),
}

# Sources whose figure is the sum of several sources' figures (one query each).
PARTS: dict[str, tuple[str, ...]] = {
    "persons_informed": ("persons_informed", "persons_informed_at_distributions"),
}
