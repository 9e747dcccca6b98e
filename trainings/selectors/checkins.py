"""Reads for self check-in: the pending list a trainer confirms, the form's lists."""

from django.db.models import Count, IntegerField, OuterRef, QuerySet, Subquery
from django.db.models.functions import Coalesce

from siteconf.translated import label_expression

from ..models import Agency, CheckIn, Profession, Trainee, TrainingSession


def checkins_pending(*, session: TrainingSession) -> QuerySet[CheckIn]:
    """The session's pending check-ins, by day and time, each with `known`: how
    many people already have that folded name (1: they fold into that person)."""
    same_name = (
        Trainee.objects.filter(name_key=OuterRef("name_key"), erased_at__isnull=True)
        .values("name_key")
        .annotate(n=Count("pk"))
        .values("n")
    )
    return (
        session.checkins.select_related("profession", "agency")
        .annotate(known=Coalesce(Subquery(same_name), 0, output_field=IntegerField()))
        .order_by("day", "created_at")
    )


def checkin_professions() -> QuerySet[Profession]:
    return Profession.objects.annotate(shown=label_expression("name")).order_by("shown")


def checkin_agencies() -> list[tuple[int, str, str]]:
    """(id, what the phone shows, every spelling that names it) of each institution:
    the label in the reader's language, its code and aliases."""
    rows = Agency.objects.annotate(shown=label_expression("name")).values_list(
        "pk", "shown", "code", "aliases", "name", "name_en", "name_sr"
    )
    return [
        (pk, shown, ";".join([shown, code, aliases, *names]))
        for pk, shown, code, aliases, *names in rows.order_by("shown")
    ]
