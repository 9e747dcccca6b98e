"""Per-day attendance of multi-day sessions, and the session's rule of who counts
as trained (and gets a certificate): present or late on at least
`trained_min_percent` of its days, a day without a mark counting as present.

The outcome is stored on each attendance row (`Participation.trained`), so the
figures and the certificates read one column instead of counting marks.
"""

import datetime
import functools
import math
import operator

from django.db import transaction
from django.db.models import Case, Count, OuterRef, Q, Subquery, Value, When
from django.db.models.functions import Coalesce
from django.db.models.lookups import GreaterThan

from ..models import AttendanceDay, TrainingSession


def days_needed(session: TrainingSession) -> int:
    """How many of the session's days make a participant trained (80 % of 3: 3)."""
    return math.ceil(session.trained_min_percent * len(session.days) / 100)


def participations_trained_update(*, session: TrainingSession) -> None:
    """Apply the session's rule to every attendance row of it, in one UPDATE."""
    allowed = len(session.days) - days_needed(session)  # days one may miss
    missed = (
        AttendanceDay.objects.filter(
            participation=OuterRef("pk"),
            day__range=(session.start_date, session.end_date),
        )
        .exclude(status__in=AttendanceDay.ATTENDED)
        .values("participation")
        .annotate(n=Count("pk"))
        .values("n")
    )
    session.participations.update(
        trained=Case(
            When(GreaterThan(Coalesce(Subquery(missed), 0), allowed), then=False),
            default=Value(True),
        )
    )


@transaction.atomic
def attendance_days_save(
    *, session: TrainingSession, marks: dict[tuple[int, datetime.date], str]
) -> None:
    """Write the trainer's grid: (attendance row, day) → status, "" to clear.

    Rows of other sessions and days outside this one are ignored.
    """
    rows = set(
        session.participations.filter(trainee__isnull=False).values_list(
            "pk", flat=True
        )
    )
    days, statuses = set(session.days), set(AttendanceDay.Status.values)
    kept = {(p, d): s for (p, d), s in marks.items() if p in rows and d in days}
    cleared = [(p, d) for (p, d), s in kept.items() if s not in statuses]
    if cleared:
        AttendanceDay.objects.filter(
            functools.reduce(
                operator.or_, (Q(participation_id=p, day=d) for p, d in cleared)
            )
        ).delete()
    AttendanceDay.objects.bulk_create(
        [
            AttendanceDay(participation_id=p, day=d, status=s)
            for (p, d), s in kept.items()
            if s in statuses
        ],
        update_conflicts=True,
        unique_fields=["participation", "day"],
        update_fields=["status"],
    )
    participations_trained_update(session=session)


def attendance_days_present(
    *, session: TrainingSession, marks: list[tuple[int, datetime.date]]
) -> None:
    """Mark (row, day) present where the trainer has not marked it already (QR
    check-in: a phone never overrides "late" or "excused")."""
    AttendanceDay.objects.bulk_create(
        [
            AttendanceDay(
                participation_id=p, day=d, status=AttendanceDay.Status.PRESENT
            )
            for p, d in marks
        ],
        ignore_conflicts=True,
    )
    participations_trained_update(session=session)
