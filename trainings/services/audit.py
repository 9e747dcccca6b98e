"""The personal-data export log, and audit-log entries for bulk imports."""

from auditlog.models import LogEntry
from django.contrib.contenttypes.models import ContentType

from ..models import PersonalDataExport


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
    gets the run rather than each row; `Importer.run` calls this inside the
    import's transaction. The actor is the signed-in user (the auditlog
    middleware fills it in on the import screen), or empty for a command.
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
