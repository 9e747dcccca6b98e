"""Where each computed indicator source reads from: model, date, plan link, measure.

One `Source` per kind of record. Figures are conditional aggregates over the
source's queryset, so any number of indicators costs one query per breakdown.
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
    "material",
    "campaign",
    "channel",
    "media_type",
)
# How a report names each breakdown (the codes above stay the import's words).
BREAKDOWN_LABELS = {
    "profession": _("profession"),
    "agency": _("institution"),
    "gender": _("gender"),
    "region": _("region"),
    "organiser": _("organiser"),
    "module": _("module"),
    "material": _("material"),
    "campaign": _("campaign"),
    "channel": _("channel"),
    "media_type": _("media type"),
}

# Dimensions reached through a many-to-many: a record falls in several groups.
MANY_VALUED = {"module"}

_SESSION_DIMS = {
    "region": "region__code",
    "organiser": "organiser__code",
    "module": "modules__code",
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
    professions: Callable[[tuple[int, ...]], Q] | None = None
    # A sum of a column: its per-group values add up, so breakdowns can share
    # one GROUP BY over several dimensions (distinct counts cannot).
    additive: bool = False

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


def _sessions_with_professions(ids: tuple[int, ...]) -> Q:
    # A subquery, not a join: joining participations would multiply the rows
    # every other column of the sessions query aggregates over.
    participation = apps.get_model("trainings.Participation")
    return Q(
        id__in=participation.objects.filter(profession_id__in=ids).values("session_id")
    )


def _participants(q: Q):
    return Coalesce(Sum("count", filter=q), 0)


def _unique_people(q: Q):
    # Named people once however often they came; head-counts cannot be
    # de-duplicated, so every head-count row adds its count.
    return Count("trainee", distinct=True, filter=q) + Coalesce(
        Sum("count", filter=q & Q(trainee__isnull=True)), 0
    )


def _distinct(q: Q):
    return Count("id", distinct=True, filter=q)


def _sum(column: str):
    return lambda q: Coalesce(Sum(column, filter=q), 0)


_PARTICIPATION = {
    "model": "trainings.Participation",
    "date_field": "session__start_date",
    "linked": _through("trainings.TrainingSession", "trainingsession_id"),
    "link_field": "session_id",
    "dimensions": {
        "profession": "profession__code",
        "agency": "agency__code",
        "gender": "gender",
        **{name: f"session__{path}" for name, path in _SESSION_DIMS.items()},
    },
    "professions": lambda ids: Q(profession_id__in=ids),
}


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
        "channel": "kind",
    },
}

SOURCES: dict[str, Source] = {
    "training_participants": Source(
        measure=_participants, additive=True, **_PARTICIPATION
    ),
    "training_unique_people": Source(measure=_unique_people, **_PARTICIPATION),
    "training_sessions": Source(
        model="trainings.TrainingSession",
        date_field="start_date",
        measure=_distinct,
        linked=_through("trainings.TrainingSession", "trainingsession_id"),
        dimensions=_SESSION_DIMS,
        professions=_sessions_with_professions,
    ),
    "campaign_activities": Source(measure=_distinct, **_ACTIVITY),
    "campaign_reach": Source(
        measure=_sum("audience_total"), additive=True, **_ACTIVITY
    ),
    "material_distributed": Source(
        model="materials.Distribution",
        date_field="date",
        measure=_sum("quantity"),
        additive=True,
        linked=_through("materials.Distribution", "distribution_id"),
        dimensions={
            "region": "region__code",
            "agency": "partner__code",
            "material": "material__title",
        },
    ),
    "material_produced": Source(
        model="materials.PrintRun",
        date_field="date",
        measure=_sum("quantity"),
        additive=True,
        linked=_print_run_materials,
        link_field="material_id",
        dimensions={"material": "material__title", "agency": "funder__code"},
    ),
}
