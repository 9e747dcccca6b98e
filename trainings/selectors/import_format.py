"""Sessions and attendance in the columns their imports take, so a file exported,
edited and imported again changes only what was edited.

Set-based: one query per table (sessions, each link table, attendance rows,
series head-counts), whatever the number of rows. Rows of erased people are
left out: their name is gone, and imports never delete, so they stay as they are.
"""

from collections import defaultdict

from django.db.models import QuerySet

from ..imports.participants import HEADER as PARTICIPANT_COLUMNS
from ..imports.participants import SERIES_PREFIX
from ..imports.sessions import HEADER as SESSION_COLUMNS
from ..models import Participation, SeriesAttendance, TrainingSession

# Many-to-many columns: the link table's field read as the file writes it.
_LINKS = {
    "funders": ("funders", ("agency__code",)),
    "modules": ("modules", ("module__code",)),
    "measures": ("measures", ("plannode__plan__code", "plannode__code")),
    "trainers": ("trainers", ("user__username",)),
}


def sessions_table(sessions: QuerySet | None = None) -> list[list]:
    """Header and one row per session, in import_sessions' columns."""
    sessions = TrainingSession.objects.all() if sessions is None else sessions
    fields = [
        "ref",
        "title",
        "event_type__code",
        "series",
        "sessions_count",
        "qualifier",
        "start_date",
        "end_date",
        "organiser__code",
        "region__code",
        "venue",
        "language",
        "notes",
    ]
    rows = sessions.order_by("start_date", "ref").values("pk", *fields)
    links = {column: _links(column, sessions) for column in _LINKS}
    table = [SESSION_COLUMNS]
    for row in rows:
        cells = {f.removesuffix("__code"): row[f] for f in fields} | {
            column: "; ".join(found.get(row["pk"], []))
            for column, found in links.items()
        }
        table.append([_cell(cells[c]) for c in SESSION_COLUMNS])
    return table


def _links(column: str, sessions: QuerySet) -> dict[int, list[str]]:
    attribute, parts = _LINKS[column]
    through = getattr(TrainingSession, attribute).through
    found = defaultdict(list)
    pairs = (
        through.objects.filter(trainingsession__in=sessions.values("pk"))
        .order_by(*parts)
        .values_list("trainingsession_id", *parts)
    )
    for session_id, *values in pairs:
        found[session_id].append(":".join(values))
    return found


def participants_table(sessions: QuerySet | None = None) -> list[list]:
    """Header, every attendance row, and the series head-counts (`series:CODE`),
    in import_participants' columns."""
    sessions = TrainingSession.objects.all() if sessions is None else sessions
    rows = (
        Participation.objects.filter(session__in=sessions.values("pk"))
        .exclude(trainee__erased_at__isnull=False)
        .order_by("session__start_date", "session__ref", "trainee__full_name", "pk")
        .values_list(
            "session__ref",
            "trainee__full_name",
            "gender",
            "profession__code",
            "agency__code",
            "count",
            "qualifier",
            "pre_score",
            "post_score",
        )
    )
    series = (
        SeriesAttendance.objects.filter(series__in=sessions.values("series"))
        .order_by("series", "pk")
        .values_list(
            "series", "gender", "profession__code", "agency__code", "count", "qualifier"
        )
    )
    table = [PARTICIPANT_COLUMNS, *([_cell(v) for v in row] for row in rows)]
    for code, gender, profession, agency, count, qualifier in series:
        table.append(
            [f"{SERIES_PREFIX}{code}", "", gender, profession, agency, count]
            + [qualifier, "", ""]
        )
    return [[_cell(v) for v in row] for row in table]


def _cell(value) -> str | int:
    if value is None:
        return ""
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return value if isinstance(value, int) else str(value)
