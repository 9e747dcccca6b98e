"""Reference data loaded once per import, so checking a row costs no query."""

from django.contrib.auth import get_user_model
from django.utils.translation import gettext_lazy as _

from siteconf.import_cells import Lookup, split_list

from ..models import (
    Agency,
    EventType,
    Module,
    PlanNode,
    Profession,
    Region,
    TrainingSession,
)


def agency_lookup() -> Lookup:
    """Agencies by code, name or any alias (files say "MoI" as often as "MB")."""
    pairs = []
    for pk, code, name, aliases in Agency.objects.values_list(
        "pk", "code", "name", "aliases"
    ):
        pairs += [(code, pk), (name, pk)] + [(a, pk) for a in split_list(aliases)]
    return Lookup(pairs, unknown=_("unknown institution '%(value)s'"))


def profession_lookup() -> Lookup:
    rows = Profession.objects.values_list("code", "name", "pk")
    return Lookup(
        [(code, pk) for code, _, pk in rows] + [(name, pk) for _, name, pk in rows],
        unknown=_("unknown profession '%(value)s'"),
    )


def region_lookup() -> Lookup:
    rows = Region.objects.values_list("code", "name", "pk")
    return Lookup(
        [(code, pk) for code, _, pk in rows] + [(name, pk) for _, name, pk in rows],
        unknown=_("unknown region '%(value)s'"),
    )


def module_lookup() -> Lookup:
    return Lookup(
        Module.objects.values_list("code", "pk"),
        unknown=_("unknown module '%(value)s'"),
    )


def measure_lookup() -> Lookup:
    """Plan measures as PLAN:CODE, since measure codes repeat across plans."""
    rows = PlanNode.objects.values_list("plan__code", "code", "pk")
    return Lookup(
        [(f"{plan}:{code}", pk) for plan, code, pk in rows],
        unknown=_("unknown plan measure '%(value)s' (write PLAN:CODE)"),
    )


def trainer_lookup() -> Lookup:
    rows = get_user_model().objects.values_list("username", "email", "pk")
    return Lookup(
        [(u, pk) for u, _, pk in rows] + [(e, pk) for _, e, pk in rows],
        unknown=_("unknown trainer '%(value)s' (write a username or e-mail)"),
    )


def session_lookup() -> Lookup:
    return Lookup(
        TrainingSession.objects.values_list("ref", "pk"),
        unknown=_("unknown session '%(value)s'"),
    )


def event_type_lookup() -> Lookup:
    """Event types by code or name; an unknown one gets the closest codes."""
    rows = EventType.objects.values_list("code", "name", "pk")
    return Lookup(
        [(code, pk) for code, _, pk in rows] + [(name, pk) for _, name, pk in rows],
        unknown=_("unknown event type '%(value)s'"),
        suggest=True,
    )
