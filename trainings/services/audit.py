"""The personal-data export log, audit-log entries for bulk imports, and the
trails of merged records."""

from auditlog.models import LogEntry
from django.contrib.contenttypes.models import ContentType
from django.db.models import Q

from ..models import Participation, PersonalDataExport, PersonLogEntry, Trainee
from ..selectors.personal_data import trainee_export_detail


def personal_data_export_record(*, user, what: str, detail: str = "") -> None:
    """Note that `user` took names out of Fener, so the office can answer who did."""
    PersonalDataExport.objects.create(
        user=user if user and user.is_authenticated else None,
        what=what[:100],
        detail=detail[:255],
    )


def import_run_record(*, model, filename: str, result, user=None) -> None:
    """The audit-log entry of an import that wrote rows: who, when, file and counts.

    Imports write with bulk_create and UPDATE ... FROM VALUES, which send no
    save signals (that is what keeps 20,000 rows at seconds), so the audit log
    gets the run rather than each row; `FenerResource.import_data_inner` calls this in the
    import's transaction. The actor is the signed-in user (the auditlog
    middleware fills it in on the import screen), or empty for a command.
    The title stays in English, as auditlog's own screens read it; Fener's
    audit log says it in the reader's language (selectors.audit_log).
    """
    LogEntry.objects.create(
        content_type=ContentType.objects.get_for_model(model),
        object_pk="",
        object_repr=f"Import of {filename}",
        action=LogEntry.Action.CREATE,
        changes={
            "file": [None, filename],
            "created": [None, str(result.created)],
            "updated": [None, str(result.updated)],
        },
        actor=user if user and user.is_authenticated else None,
    )


def audit_trails_merge(*, target: Trainee, duplicates: list[Trainee]) -> None:
    """Make the history of merged records the target's own, before they go.

    Erasure finds a person's entries by their record and attendance ids; after a
    merge the duplicates' ids are gone, and with them every other spelling the
    entries still hold ("REF: Милош Тестовић" on a row the merge dropped).
    Re-pointed here: Wagtail's name-free history, audit entries whose attendance
    changed to or from a duplicate, and export notes naming a duplicate's record.
    """
    refs = [str(d.pk) for d in duplicates if d.pk != target.pk]
    if not refs:
        return
    PersonLogEntry.objects.filter(
        content_type=ContentType.objects.get_for_model(Trainee), object_id__in=refs
    ).update(
        object_id=str(target.pk),
        label=PersonLogEntry.objects.get_instance_title(target),
    )
    named = LogEntry.objects.filter(
        Q(changes__trainee__0__in=refs) | Q(changes__trainee__1__in=refs),
        content_type=ContentType.objects.get_for_model(Participation),
    )
    for entry in named.only("changes"):
        entry.changes["trainee"] = [
            str(target.pk) if ref in refs else ref for ref in entry.changes["trainee"]
        ]
        entry.save(update_fields=["changes"])
    for duplicate in duplicates:
        PersonalDataExport.objects.filter(
            detail=trainee_export_detail(trainee=duplicate)
        ).update(detail=trainee_export_detail(trainee=target))
