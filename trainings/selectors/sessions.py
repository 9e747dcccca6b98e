"""Reads of sessions and trainees for listings and merges.

Which rows a user may see is decided in `trainings.permissions` (ask
`siteconf.permissions.rows_for`), not here.
"""

from django.db.models import Count, OuterRef, QuerySet, Subquery, Sum
from django.db.models.functions import Coalesce

from ..models import Participation, Trainee, TrainingSession


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


# Listings count per row in a subquery, not with a GROUP BY over the join: the
# database then counts only the page's 20 rows, and the paginator's COUNT(*)
# leaves the unused subquery out (a GROUP BY grew both with the whole history).


def _per_row(model, key: str, total) -> Coalesce:
    rows = model.objects.filter(**{key: OuterRef("pk")}).order_by()
    return Coalesce(Subquery(rows.values(key).annotate(n=total).values("n")), 0)


def session_list_annotate(sessions: QuerySet[TrainingSession]) -> QuerySet:
    """Add `people` (named + head-count) for listings, in the same query."""
    return sessions.select_related("region", "organiser").annotate(
        people=_per_row(Participation, "session", Sum("count"))
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
        sessions=_per_row(Participation, "trainee", Count("pk")),
        same_name=Subquery(same_name),
    )


def attendance_grid(*, session: TrainingSession) -> list[dict]:
    """The named attendance rows by name, each with its mark per session day
    ("" where unmarked) and the days it counts as attended (two queries)."""
    from ..models import AttendanceDay

    marks = {
        (p, d): s
        for p, d, s in AttendanceDay.objects.filter(
            participation__session=session
        ).values_list("participation_id", "day", "status")
    }
    rows = (
        session.participations.filter(trainee__isnull=False)
        .order_by("trainee__full_name")
        .values_list("pk", "trainee__full_name", "trained")
    )
    days = session.days
    grid = []
    for pk, name, trained in rows:
        cells = [(day, marks.get((pk, day), "")) for day in days]
        missed = sum(1 for _day, s in cells if s and s not in AttendanceDay.ATTENDED)
        grid.append(
            {
                "pk": pk,
                "name": name,
                "cells": cells,
                "attended": len(days) - missed,
                "trained": trained,
            }
        )
    return grid
