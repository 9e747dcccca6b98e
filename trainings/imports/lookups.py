"""Reference data loaded once per import, so checking a row costs no query."""

from django.contrib.auth import get_user_model

from ..models import Agency, Module, PlanNode, Profession, Region, TrainingSession
from .reading import Lookup, split_list


def agency_lookup() -> Lookup:
    """Agencies by code, name or any alias (files say "MoI" as often as "MB")."""
    pairs = []
    for pk, code, name, aliases in Agency.objects.values_list(
        "pk", "code", "name", "aliases"
    ):
        pairs += [(code, pk), (name, pk)] + [(a, pk) for a in split_list(aliases)]
    return Lookup(pairs, label="agency")


def profession_lookup() -> Lookup:
    rows = Profession.objects.values_list("code", "name", "pk")
    return Lookup(
        [(code, pk) for code, _, pk in rows] + [(name, pk) for _, name, pk in rows],
        label="profession",
    )


def region_lookup() -> Lookup:
    rows = Region.objects.values_list("code", "name", "pk")
    return Lookup(
        [(code, pk) for code, _, pk in rows] + [(name, pk) for _, name, pk in rows],
        label="region",
    )


def module_lookup() -> Lookup:
    return Lookup(Module.objects.values_list("code", "pk"), label="module")


def measure_lookup() -> Lookup:
    """Plan measures as PLAN:CODE, since measure codes repeat across plans."""
    rows = PlanNode.objects.values_list("plan__code", "code", "pk")
    return Lookup(
        [(f"{plan}:{code}", pk) for plan, code, pk in rows], label="plan measure"
    )


def trainer_lookup() -> Lookup:
    rows = get_user_model().objects.values_list("username", "email", "pk")
    return Lookup(
        [(u, pk) for u, _, pk in rows] + [(e, pk) for _, e, pk in rows],
        label="trainer (username or e-mail)",
    )


def session_lookup() -> Lookup:
    return Lookup(TrainingSession.objects.values_list("ref", "pk"), label="session")
