"""Which audit-log entries a user may read.

Entries on attendance name trainees, so they are for the office only; plan
indicators, targets and manual values are open to whoever may view them
(monitoring officers). Trainers hold no `auditlog.view_logentry` and read none.
Reference data (agencies, professions, ...) appears through its import runs.
"""

import datetime
from collections import defaultdict
from contextlib import suppress
from functools import partial

from auditlog.models import LogEntry
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import FieldDoesNotExist, ValidationError
from django.db.models import QuerySet
from django.utils import formats, timezone
from django.utils.dateparse import parse_datetime
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from siteconf.permissions import may

from ..models import (
    Agency,
    Indicator,
    IndicatorDenominator,
    IndicatorTarget,
    ManualValue,
    Module,
    Participation,
    PlannedTraining,
    Profession,
    Region,
    TrainingSession,
)

PLAN_MODELS = (
    Indicator,
    IndicatorTarget,
    IndicatorDenominator,
    ManualValue,
    PlannedTraining,
)
# Reference data is not logged row by row; its imports are (one entry a run).
REFERENCE_MODELS = (Agency, Profession, Module, Region)
AUDITED_MODELS = (TrainingSession, Participation, *PLAN_MODELS, *REFERENCE_MODELS)


def audit_log_for_user(*, user) -> QuerySet[LogEntry]:
    """The entries `user` may read, newest first, with their actor and type."""
    if not may(user, "view", LogEntry):
        return LogEntry.objects.none()
    if may(user, "manage_all", TrainingSession):
        models = AUDITED_MODELS
    else:
        models = [m for m in PLAN_MODELS if may(user, "view", m)]
    types = ContentType.objects.get_for_models(*models).values()
    return (
        LogEntry.objects.filter(content_type__in=list(types))
        .select_related("actor", "content_type")
        .order_by("-timestamp", "-pk")
    )


def audit_entries_described(entries) -> list[LogEntry]:
    """The page's entries, each with `record_text` and `changes_text` ("field:
    before → after"), in the reader's language.

    auditlog's `changes_display_dict` fetches each foreign-key value with its
    own query; here each related model is read once for the whole page. Labels
    come from the rows themselves, so an erased person shows anonymised.
    """
    entries = list(entries)
    changes = {entry.pk: entry.changes_dict for entry in entries}
    labels = _foreign_key_labels(entries, changes)
    for entry in entries:
        model = entry.content_type.model_class()
        entry.record_text = _record_text(entry, changes[entry.pk])
        entry.changes_text = "; ".join(
            _change_text(model, name, values, labels)
            for name, values in changes[entry.pk].items()
            if (isinstance(values, dict) or len(values) == 2)
            and not _reverse_relation(model, name)  # auditlog's display skips these
        )
    return entries


def _foreign_key_labels(entries, changes) -> dict[tuple, str]:
    """(related model, pk) → its label, one `in_bulk` per related model."""
    wanted: dict[type, set] = defaultdict(set)
    for entry in entries:
        model = entry.content_type.model_class()
        for name, values in changes[entry.pk].items():
            field = _foreign_key(model, name)
            if field and not isinstance(values, dict):
                wanted[field.related_model] |= {
                    pk for pk in map(partial(_pk, field), values) if pk is not None
                }
    # select_related(): labels such as a plan node's "plan:code" read a parent row.
    return {
        (related, pk): str(row)
        for related, pks in wanted.items()
        for pk, row in related._default_manager.select_related().in_bulk(pks).items()
    }


def _record_text(entry: LogEntry, changes: dict) -> str:
    """An import run's entry stores "Import of <file>" in English (its record has
    no row to name): said again here in the reader's language, old entries too."""
    if entry.object_pk == "" and "file" in changes:
        return _("Import of %(file)s") % {"file": changes["file"][-1]}
    return entry.object_repr


# What an import run's entry counts (services.audit.import_run_record).
IMPORT_RUN_CHANGES = {
    "file": gettext_lazy("file"),
    "created": gettext_lazy("created"),
    "updated": gettext_lazy("updated"),
}
# auditlog's many-to-many operations, as the user reads them.
OPERATIONS = {
    "add": gettext_lazy("added"),
    "delete": gettext_lazy("removed"),
    "clear": gettext_lazy("cleared"),
}


def _change_text(model, name: str, values, labels) -> str:
    field = _field(model, name)
    if isinstance(values, dict):  # many-to-many: {"operation": "add", "objects": [...]}
        operation = values.get("operation")
        return (
            f"{field.verbose_name if field else name}: "
            f"{OPERATIONS.get(operation, operation)} "
            f"{', '.join(values.get('objects', []))}"
        )
    if field is None:  # not a model field (an import run's file and counts)
        name = IMPORT_RUN_CHANGES.get(name, name)
        return f"{name}: {_shown(values[0])} → {_shown(values[1])}"
    before, after = (_value_text(field, value, labels) for value in values)
    return f"{field.verbose_name}: {before} → {after}"


def _value_text(field, value, labels) -> str:
    """What auditlog's display shows: choice labels, local dates, related rows."""
    if value in (None, "None", ""):
        return _shown(value)
    if field.choices:
        return str({str(k): label for k, label in field.flatchoices}.get(value, value))
    if field.many_to_one or field.one_to_one:
        pk = _pk(field, value)
        default = _("deleted %(model)s (%(id)s)") % {
            "model": field.related_model._meta.verbose_name,
            "id": value,
        }
        return (
            labels.get((field.related_model, pk), default) if pk is not None else value
        )
    if field.get_internal_type() == "DateField":
        with suppress(ValueError):
            return formats.localize(datetime.date.fromisoformat(value))
    if field.get_internal_type() == "DateTimeField" and (
        moment := parse_datetime(value)
    ):
        return formats.localize(timezone.localtime(moment))
    return str(value)


def _field(model, name: str):
    try:
        return model._meta.get_field(name)
    except FieldDoesNotExist:
        return None


def _reverse_relation(model, name: str) -> bool:
    field = _field(model, name)
    return bool(field and field.auto_created and not field.concrete)


def _foreign_key(model, name: str):
    field = _field(model, name)
    return field if field and (field.many_to_one or field.one_to_one) else None


def _pk(field, value):
    if value in (None, "None", ""):
        return None
    try:
        return field.related_model._meta.pk.to_python(value)
    except ValidationError:  # a label stored before ids were
        return None


def _shown(value) -> str:
    return "–" if value in (None, "None", "") else str(value)
