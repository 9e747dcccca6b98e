"""Planned against held: each line of the training plan beside the sessions and
people that match it.

A session matches a line when it started in the line's year (and month, when
the line gives one), in its region or a unit under it (a qark's
municipalities), teaches its module, and had attendance of its profession; an
empty field of the line matches everything. People held are the attendance
rows of the line's profession in those sessions; sessions held weigh their
`sessions_count` (a record of five seminars is five). Series head-counts,
given for a whole series rather than a session, are not matched.

One query whatever the number of lines: each figure is a correlated subquery.
"""

from django.db.models import (
    Exists,
    IntegerField,
    OuterRef,
    Q,
    QuerySet,
    Subquery,
    Sum,
    Value,
)
from django.db.models.functions import Coalesce
from django.db.models.lookups import IsNull

from ..indicators.countries import home_country
from ..models import Participation, PlannedTraining, TrainingSession

MODULES = TrainingSession.modules.through


def _any_or(field: str, condition: Q) -> Q:
    """The line's `field` is empty (matches all), or `condition` holds."""
    return Q(IsNull(OuterRef(field), True)) | condition


def _session_matches(session: str, session_id: str) -> Q:
    """The line's year, month, region and module, for the session at the path
    `session` ("" for a session itself) whose id is the column `session_id`."""
    modules = MODULES.objects.filter(
        trainingsession_id=OuterRef(session_id), module_id=OuterRef(OuterRef("module"))
    )
    return (
        Q(**{f"{session}start_date__year": OuterRef("year")})
        & _any_or("month", Q(**{f"{session}start_date__month": OuterRef("month")}))
        & _any_or(
            "region",
            Q(**{f"{session}region": OuterRef("region")})
            | Q(**{f"{session}region__parent": OuterRef("region")}),
        )
        & _any_or("module", Q(Exists(modules)))
    )


def _profession() -> Q:
    return _any_or("profession", Q(profession=OuterRef("profession")))


def _total(rows: QuerySet, field: str) -> Coalesce:
    """SUM(field) of a correlated subquery's rows (0 without any)."""
    summed = rows.order_by().annotate(one=Value(1)).values("one")
    summed = summed.annotate(total=Sum(field)).values("total")
    return Coalesce(Subquery(summed, output_field=IntegerField()), 0)


def training_plan_rows(
    *, years: range, country: str | None = None
) -> QuerySet[PlannedTraining]:
    """The plan's lines of `years` (of `country`: the region's, else the
    installation's; None: all), each with `held_sessions` and `held_people`."""
    attended = Participation.objects.filter(
        Q(session=OuterRef("pk"))
        & (
            Q(IsNull(OuterRef(OuterRef("profession")), True))
            | Q(profession=OuterRef(OuterRef("profession")))
        )
    )
    sessions = TrainingSession.objects.filter(
        _session_matches("", "pk"), Exists(attended)
    )
    people = Participation.objects.filter(
        _session_matches("session__", "session_id"), _profession()
    )
    lines = PlannedTraining.objects.filter(year__gte=years.start, year__lt=years.stop)
    if country:
        own = Q(region__country=country)
        if country == home_country():  # a line without a region: the office's
            own |= Q(region__isnull=True)
        lines = lines.filter(own)
    return (
        lines.select_related("profession", "module", "region")
        .order_by("year", "ref")
        .annotate(
            held_sessions=_total(sessions, "sessions_count"),
            held_people=_total(people, "count"),
        )
    )


def training_plan_report(*, years: range, country: str | None = None) -> dict:
    """Lines and totals, as the screen and the JSON give them."""
    lines = [
        _names(line)
        | {
            "ref": line.ref,
            "year": line.year,
            "month": line.month,
            "topic": line.topic,
            "profession": line.profession.code if line.profession else None,
            "module": line.module.code if line.module else None,
            "region": line.region.code if line.region else None,
            "planned_sessions": line.sessions,
            "planned_people": line.people,
            "held_sessions": line.held_sessions,
            "held_people": line.held_people,
            "people_percent": _percent(line.held_people, line.people),
        }
        for line in training_plan_rows(years=years, country=country)
    ]
    totals = {
        key: sum(line[key] for line in lines)
        for key in (
            "planned_sessions",
            "planned_people",
            "held_sessions",
            "held_people",
        )
    }
    totals["people_percent"] = _percent(totals["held_people"], totals["planned_people"])
    return {"lines": lines, "totals": totals}


def _names(line: PlannedTraining) -> dict:
    """What the screen shows for the codes, in the reader's language."""
    return {
        "names": {
            "month": line.get_month_display() if line.month else "",
            **{
                field: getattr(line, field).label if getattr(line, field) else ""
                for field in ("profession", "module", "region")
            },
        }
    }


def _percent(held: int, planned: int) -> float | None:
    return round(held / planned * 100, 1) if planned else None
