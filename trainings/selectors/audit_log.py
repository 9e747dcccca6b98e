"""Which audit-log entries a user may read.

Entries on attendance name trainees, so they are for the office only; plan
indicators, targets and manual values are open to whoever may view them
(monitoring officers). Trainers hold no `auditlog.view_logentry` and read none.
"""

from auditlog.models import LogEntry
from django.contrib.contenttypes.models import ContentType
from django.db.models import QuerySet

from ..models import (
    Indicator,
    IndicatorTarget,
    ManualValue,
    Participation,
    TrainingSession,
)
from .sessions import MANAGE_ALL

PLAN_MODELS = (Indicator, IndicatorTarget, ManualValue)
AUDITED_MODELS = (TrainingSession, Participation, *PLAN_MODELS)


def audit_log_for_user(*, user) -> QuerySet[LogEntry]:
    """The entries `user` may read, newest first, with their actor and type."""
    if not user.has_perm("auditlog.view_logentry"):
        return LogEntry.objects.none()
    if user.has_perm(MANAGE_ALL):
        models = AUDITED_MODELS
    else:
        models = [
            m
            for m in PLAN_MODELS
            if user.has_perm(f"trainings.view_{m._meta.model_name}")
        ]
    types = ContentType.objects.get_for_models(*models).values()
    return (
        LogEntry.objects.filter(content_type__in=list(types))
        .select_related("actor", "content_type")
        .order_by("-timestamp", "-pk")
    )


def audit_entry_changes(entry: LogEntry) -> str:
    """One line of "field: before → after" (or "field: add X, Y" for many-to-many)."""
    raw = entry.changes_dict
    if any(isinstance(value, dict) for value in raw.values()):
        return "; ".join(
            f"{field}: {value.get('operation')} {', '.join(value.get('objects', []))}"
            for field, value in raw.items()
        )
    return "; ".join(
        f"{field}: {_shown(values[0])} → {_shown(values[1])}"
        for field, values in entry.changes_display_dict.items()
        if len(values) == 2
    )


def _shown(value) -> str:
    return "–" if value in (None, "None", "") else str(value)
