"""Merging people the office has found to be the same trainee."""

from django.db import transaction

from ..models import Participation, Trainee
from .audit import audit_trails_merge

FILLABLE = ("gender", "profession_id", "agency_id", "region_id", "email", "phone")


@transaction.atomic
def trainee_merge(*, target: Trainee, duplicates: list[Trainee]) -> Trainee:
    """Fold `duplicates` into `target`: one person, all their sessions, no double rows.

    Where two of them attended the same session, the target's row is kept (a
    person counts once per session). Blank contact or job fields on the target
    are filled from the duplicates; the duplicates are then deleted, their
    history handed to the target (so erasing the target erases it too).
    """
    dup_ids = [d.pk for d in duplicates if d.pk != target.pk]
    seen = set(
        Participation.objects.filter(trainee=target).values_list(
            "session_id", flat=True
        )
    )
    extra = []
    for pk, session_id in (
        Participation.objects.filter(trainee_id__in=dup_ids)
        .order_by("pk")
        .values_list("pk", "session_id")
    ):
        if session_id in seen:
            extra.append(pk)
        seen.add(session_id)
    Participation.objects.filter(pk__in=extra).delete()
    Participation.objects.filter(trainee_id__in=dup_ids).update(trainee=target)
    for duplicate in duplicates:
        for name in FILLABLE:
            if not getattr(target, name) and getattr(duplicate, name):
                setattr(target, name, getattr(duplicate, name))
    target.save()
    audit_trails_merge(target=target, duplicates=duplicates)
    Trainee.objects.filter(pk__in=dup_ids).delete()
    return target
