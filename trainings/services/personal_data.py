"""Erasure of trainees' personal data: anonymisation that keeps every figure right.

The trainee row stays, so "unique people trained" is unchanged, and so is every
breakdown (profession, agency and gender are copied onto the attendance rows).
The name, contact details and folded name go; certificates are deleted with
their PDFs; the audit trails and export notes that named the person, in any
spelling they ever had (merged records included), are rewritten. Set-based: a
batch of people costs the same few queries whatever its size.
"""

import re
from urllib.parse import quote_plus, unquote_plus

from auditlog.models import LogEntry
from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.db.models import CharField, Value
from django.db.models.functions import Cast, Concat
from django.utils import timezone

from ..models import (
    Certificate,
    Participation,
    PersonalDataErasure,
    PersonalDataExport,
    Trainee,
)
from ..names import name_key
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
    """Anonymise one person at their request; False if they were already erased."""
    erased = trainees_anonymise(
        trainee_ids=[trainee.pk], user=user, reason=Reason.REQUEST
    )
    trainee.refresh_from_db()
    return bool(erased)


def trainees_retention_run(*, years: int, dry_run: bool = False, today=None) -> int:
    """Anonymise everyone whose last session ended `years` ago or earlier.

    Returns how many people that is (or would be, on a dry run). `years` = 0
    keeps everyone. Runs in batches, each one transaction of set-based writes.
    """
    ids = list(trainee_ids_due_for_retention(years=years, today=today))
    if not dry_run and years > 0:
        # A list export's note keeps the search typed (a name, maybe, even a
        # misspelt one no erasure can match), so notes older than the
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
    spellings = _spellings(trainee_ids=ids, attendance_ids=attendance_ids)
    Trainee.objects.filter(pk__in=ids).update(
        full_name=_numbered(ERASED_NAME, "pk"),
        name_key=_numbered(ERASED_NAME.lower(), "pk"),
        email="",
        phone="",
        language="",
        region=None,
        erased_at=timezone.now(),
    )
    _certificates_delete(Certificate.objects.filter(participation__trainee_id__in=ids))
    keys = {name_key(spelling) for spelling in spellings}
    _audit_scrub(attendance_ids=attendance_ids, keys=keys)
    _export_log_scrub(keys=keys)
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


def _spellings(*, trainee_ids: list[int], attendance_ids: list[int]) -> set[str]:
    """Every way these people were written: their names now, and the names the
    audit log gave their attendance rows ("REF: Name"), which keep the spellings
    of records merged into them and of names since corrected."""
    names = set(
        Trainee.objects.filter(pk__in=trainee_ids).values_list("full_name", flat=True)
    )
    titles = _attendance_entries().filter(object_id__in=attendance_ids)
    return names | {
        _titled_name(title)
        for title in titles.values_list("object_repr", flat=True).distinct()
    } - {""}


def _titled_name(title: str) -> str:
    """The person in an attendance row's audit title, "REF: Name"."""
    _ref, sep, name = title.partition(": ")
    return name.strip() if sep else ""


def _attendance_entries():
    return LogEntry.objects.filter(
        content_type=ContentType.objects.get_for_model(Participation)
    )


def _audit_scrub(*, attendance_ids: list[int], keys: set[str]) -> None:
    """Rewrite the titles under which the audit log named these people.

    django-auditlog titles attendance rows "REF: Name" (their changes hold only
    the trainee's id, which now shows the erased name). A row later moved to
    someone else loses its title too: a blank beats a leak. Rows deleted
    while belonging to a record since merged away (merges before merges handed
    over their history) are found by their title's folded name; rows that
    still exist belong to someone, so a namesake's history is left alone.
    Wagtail's admin history of people needs nothing: its titles are record ids
    (PersonLogEntry).
    """
    entries = _attendance_entries()
    entries.filter(object_id__in=attendance_ids).update(object_repr=ERASED_ATTENDANCE)
    gone = entries.exclude(object_id__in=Participation.objects.values("pk"))
    named = [
        title
        for title in gone.values_list("object_repr", flat=True).distinct()
        if name_key(_titled_name(title)) in keys
    ]
    if named:
        gone.filter(object_repr__in=named).update(object_repr=ERASED_ATTENDANCE)


def _export_log_scrub(*, keys: set[str]) -> None:
    """Replace a name wherever an export note holds it, however it was typed.

    A note keeps the query string of a list export ("q=BLERINA+SHEHU"), so the
    name may be capitalised, without diacritics, in Cyrillic or URL-encoded:
    each value is decoded and folded as people are matched (`name_key`), and a
    value holding a folded name becomes the erased placeholder.
    """
    if not keys:
        return
    words = "|".join(re.escape(key) for key in sorted(keys, key=len, reverse=True))
    names = re.compile(rf"(?<![a-z0-9])(?:{words})(?![a-z0-9])")
    notes = PersonalDataExport.objects.exclude(detail="").values_list("pk", "detail")
    for pk, detail in list(notes):
        scrubbed = "&".join(_scrubbed(part, names) for part in detail.split("&"))
        if scrubbed != detail:
            PersonalDataExport.objects.filter(pk=pk).update(detail=scrubbed)


def _scrubbed(part: str, names: re.Pattern) -> str:
    """One `key=value` of a note (or free text), with a value naming them replaced."""
    key, sep, value = part.partition("=")
    if not sep:
        key, value = "", part
    if not names.search(name_key(unquote_plus(value))):
        return part
    return f"{key}{sep}{quote_plus(ERASED_NAME)}" if sep else ERASED_NAME
