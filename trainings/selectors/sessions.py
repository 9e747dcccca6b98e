"""Reads of sessions and trainees for listings and merges.

Which rows a user may see is decided in `trainings.permissions` (ask
`siteconf.permissions.rows_for`), not here.
"""

from django.db.models import Count, OuterRef, QuerySet, Subquery, Sum
from django.db.models.functions import Coalesce

from ..models import Trainee, TrainingSession


def trainee_duplicates_of(*, trainee: Trainee) -> QuerySet[Trainee]:
    """Other people whose folded name is the same: candidates for a merge."""
    return Trainee.objects.filter(name_key=trainee.name_key).exclude(pk=trainee.pk)


def trainee_duplicate_keys() -> QuerySet:
    """Folded names shared by more than one person, most repeated first."""
    return (
        Trainee.objects.values("name_key")
        .annotate(people=Count("pk"))
        .filter(people__gt=1)
        .order_by("-people", "name_key")
    )


def session_list_annotate(sessions: QuerySet[TrainingSession]) -> QuerySet:
    """Add `people` (named + head-count) for listings, in the same query."""
    return sessions.select_related("region", "organiser").annotate(
        people=Coalesce(Sum("participations__count"), 0)
    )


def trainee_list_annotate(trainees: QuerySet[Trainee]) -> QuerySet:
    """Add `sessions` attended and `same_name` (people sharing the folded name)."""
    same_name = (
        Trainee.objects.filter(name_key=OuterRef("name_key"))
        .values("name_key")
        .annotate(n=Count("pk"))
        .values("n")
    )
    return trainees.select_related("profession", "agency").annotate(
        sessions=Count("participations"), same_name=Subquery(same_name)
    )
