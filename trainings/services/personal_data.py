"""Erasure of trainees' personal data: anonymisation that keeps every figure right.

The trainee row stays, so "unique people trained" is unchanged, and so is every
breakdown (profession, agency and gender are copied onto the attendance rows).
The name, contact details and folded name go; certificates are deleted with
their PDFs; the audit trails that named the person are rewritten. Set-based: a
batch of people costs the same few queries whatever its size.
"""

from urllib.parse import quote, quote_plus

from auditlog.models import LogEntry
from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.db.models import CharField, Value
from django.db.models.functions import Cast, Concat, Replace
from django.utils import timezone

from ..models import (
    Certificate,
    Participation,
    PersonalDataErasure,
    PersonalDataExport,
    Trainee,
)
from ..selectors.personal_data import (
    retention_cutoff,
    trainee_ids_due_for_retention,
)

# "Erased person 42": unique per record, so erased people never look like
# duplicates of each other, and stable under Trainee.save()'s name folding.
ERASED_NAME = "Erased person"
ERASED_ATTENDANCE = "attendance of an erased person"
BATCH_SIZE = 500
Reason = PersonalDataErasure.Reason


def trainee_erase(*, trainee: Trainee, user) -> bool:
    """Anonymise one person at their request; False if they were already erased.

    Also rewrites the export log's notes (a search for the name, saved with a
    list export), which only the full name can find.
    """
    name, key = trainee.full_name, trainee.name_key
    with transaction.atomic():
        erased = trainees_anonymise(
            trainee_ids=[trainee.pk], user=user, reason=Reason.REQUEST
        )
        if erased:
            _export_log_scrub(texts=[name, key])
    trainee.refresh_from_db()
    return bool(erased)


def trainees_retention_run(*, years: int, dry_run: bool = False, today=None) -> int:
    """Anonymise everyone whose last session ended `years` ago or earlier.

    Returns how many people that is (or would be, on a dry run). `years` = 0
    keeps everyone. Runs in batches, each one transaction of set-based writes.
    """
    ids = list(trainee_ids_due_for_retention(years=years, today=today))
    if not dry_run and years > 0:
        # A list export's note keeps the search typed (a name, maybe); only a
        # person's own erasure can find their name in it, so notes older than the
        # retention period lose their text, in one statement.
        PersonalDataExport.objects.filter(
            created_at__date__lte=retention_cutoff(years=years, today=today)
        ).exclude(detail="").update(detail="")
    if not dry_run:
        for start in range(0, len(ids), BATCH_SIZE):
            trainees_anonymise(
                trainee_ids=ids[start : start + BATCH_SIZE],
                user=None,
                reason=Reason.RETENTION,
            )
    return len(ids)


@transaction.atomic
def trainees_anonymise(*, trainee_ids: list[int], user, reason: str) -> int:
    """Erase the name and contacts of these people (not yet erased); how many."""
    ids = list(
        Trainee.objects.filter(pk__in=trainee_ids, erased_at__isnull=True)
        .select_for_update()
        .values_list("pk", flat=True)
    )
    if not ids:
        return 0
    attendance_ids = _attendance_ids(trainee_ids=ids)
    Trainee.objects.filter(pk__in=ids).update(
        full_name=_numbered(ERASED_NAME, "pk"),
        name_key=_numbered(ERASED_NAME.lower(), "pk"),
        email="",
        phone="",
        region=None,
        erased_at=timezone.now(),
    )
    _certificates_delete(Certificate.objects.filter(participation__trainee_id__in=ids))
    _audit_scrub(attendance_ids=attendance_ids)
    PersonalDataErasure.objects.bulk_create(
        [PersonalDataErasure(trainee_id=pk, user=user, reason=reason) for pk in ids],
        batch_size=BATCH_SIZE,
    )
    return len(ids)


def _numbered(text: str, field: str):
    return Concat(Value(f"{text} "), Cast(field, CharField()))


def _attendance_ids(*, trainee_ids: list[int]) -> list[int]:
    """Attendance rows of these people, including rows the audit log still names.

    A row that was deleted, or moved to someone else, left an entry whose
    trainee changed *from* the person ("trainee": [id, ...]).
    """
    refs = [str(pk) for pk in trainee_ids]
    logged = LogEntry.objects.filter(
        content_type=ContentType.objects.get_for_model(Participation),
        changes__trainee__0__in=refs,
    )
    current = Participation.objects.filter(trainee_id__in=trainee_ids)
    return sorted(
        set(current.values_list("pk", flat=True))
        | set(logged.values_list("object_id", flat=True))
    )


def _certificates_delete(certificates) -> None:
    """Delete the rows now and their PDFs once committed (a rollback keeps both)."""
    storage = Certificate._meta.get_field("pdf").storage
    # Locked first: a PDF being written now is named once its writer commits.
    locked = certificates.select_for_update(of=("self",))
    files = [name for name in locked.values_list("pdf", flat=True) if name]
    certificates.delete()
    transaction.on_commit(lambda: [storage.delete(name) for name in files])


def _audit_scrub(*, attendance_ids: list[int]) -> None:
    """Rewrite the titles under which the audit log named these people.

    django-auditlog titles attendance rows "REF: Name" (their changes hold only
    the trainee's id, which now shows the erased name). A row later moved to
    someone else loses its title too: a blank beats a leak. Wagtail's admin
    history of people needs nothing: its titles are record ids (PersonLogEntry).
    """
    LogEntry.objects.filter(
        content_type=ContentType.objects.get_for_model(Participation),
        object_id__in=attendance_ids,
    ).update(object_repr=ERASED_ATTENDANCE)


def _export_log_scrub(*, texts: list[str]) -> None:
    """Replace a name wherever an export note holds it, as typed or URL-encoded."""
    variants = {
        v for text in texts if text for v in (text, quote_plus(text), quote(text))
    }
    for variant in variants:
        PersonalDataExport.objects.filter(detail__contains=variant).update(
            detail=Replace("detail", Value(variant), Value(ERASED_NAME))
        )
