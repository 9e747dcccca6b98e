"""Import training sessions: `ref,title,event_type,start_date,end_date,organiser,...`.

`series` (a code the sessions of one course share), `sessions_count` (a record
standing for several sessions, default 1) and `qualifier` (exact, about,
at_least: how exact `sessions_count` is) keep the records as reports state them.
"""

from dataclasses import dataclass, field

from django.utils.translation import gettext as _

from siteconf.import_cells import RowChecker, max_lengths, parse_date, split_list
from siteconf.import_table import Columns

from ..models import TrainingSession
from . import lookups
from .cells import parse_count, parse_qualifier

# The columns in the order exports write them (selectors.import_format).
HEADER = [
    "ref",
    "title",
    "event_type",
    "series",
    "sessions_count",
    "qualifier",
    "start_date",
    "end_date",
    "organiser",
    "funders",
    "region",
    "venue",
    "modules",
    "measures",
    "trainers",
    "language",
    "notes",
]
REQUIRED = frozenset({"ref", "title", "start_date", "end_date"})
COLUMNS = Columns(
    required=REQUIRED,
    optional=frozenset(HEADER) - REQUIRED,
    dates=frozenset({"start_date", "end_date"}),
    lengths=max_lengths(
        TrainingSession, ref="ref", title="title", venue="venue", series="series"
    ),
)
# Many-to-many columns: file column → (lookup, through-table FK name).
LINKS = {
    "funders": (lookups.agency_lookup, "agency_id"),
    "modules": (lookups.module_lookup, "module_id"),
    "measures": (lookups.measure_lookup, "plannode_id"),
    "trainers": (lookups.trainer_lookup, "user_id"),
}


@dataclass
class SessionRow:
    fields: dict
    links: dict[str, list[int]] = field(default_factory=dict)


def sessions_check(table, errors) -> list[SessionRow]:
    """Every row checked against the lists, loaded once; errors go to `errors`."""
    organisers = lookups.agency_lookup()
    regions = lookups.region_lookup()
    event_types = lookups.event_type_lookup()
    links = {column: make() for column, (make, _) in LINKS.items()}
    language_field = TrainingSession._meta.get_field("language")
    languages = {code for code, _label in language_field.choices}
    default_language = language_field.default
    seen: dict[str, int] = {}
    parsed = []
    for number, cells in table.rows:
        row = RowChecker(errors, number)
        ref = row.key("ref", cells, seen)
        title = row.required("title", cells)
        start = row.check("start_date", parse_date, cells.get("start_date", ""))
        end = row.check("end_date", parse_date, cells.get("end_date", ""))
        if start and end and end < start:
            row.fail(
                "end_date",
                _("%(end)s is before the start date %(start)s")
                % {"end": end, "start": start},
            )
        language = cells.get("language") or default_language
        if language not in languages:
            row.fail(
                "language",
                _("'%(value)s' is not one of %(allowed)s")
                % {"value": language, "allowed": ", ".join(sorted(languages))},
            )
        fields = {
            "ref": ref,
            "title": title,
            "start_date": start,
            "end_date": end,
            "venue": cells.get("venue", ""),
            "notes": cells.get("notes", ""),
            "language": language,
            "organiser_id": _optional(row, "organiser", organisers, cells),
            "region_id": _optional(row, "region", regions, cells),
            "event_type_id": _optional(row, "event_type", event_types, cells),
            "series": cells.get("series", ""),
            "sessions_count": row.check(
                "sessions_count", parse_count, cells.get("sessions_count", ""), 1
            ),
            "qualifier": row.check(
                "qualifier", parse_qualifier, cells.get("qualifier", "")
            ),
        }
        # A column left out of the file leaves that field alone on re-import.
        fields = {k: v for k, v in fields.items() if _column(k) in table.columns}
        session = SessionRow(fields=fields)
        for column, lookup in links.items():
            if column not in table.columns:
                continue
            items = split_list(cells.get(column, ""))
            ids = [row.check(column, lookup.get, item) for item in items]
            session.links[column] = sorted({pk for pk in ids if pk})
        parsed.append(session)
    return parsed


def _column(field_name: str) -> str:
    return field_name.removesuffix("_id")


def _optional(row: RowChecker, column: str, lookup, cells) -> int | None:
    cell = cells.get(column, "")
    return row.check(column, lookup.get, cell) if cell else None


def sessions_write(rows: list[SessionRow], *, user) -> tuple[int, int]:
    """Create or update sessions by `ref`, set-based: (created, updated).

    `user` becomes `created_by` of new sessions, so a trainer who imports keeps them.
    """
    existing = TrainingSession.objects.in_bulk(
        [r.fields["ref"] for r in rows], field_name="ref"
    )
    new = [
        TrainingSession(**r.fields, created_by=user)
        for r in rows
        if r.fields["ref"] not in existing
    ]
    TrainingSession.objects.bulk_create(new)
    changed = []
    for r in rows:
        session = existing.get(r.fields["ref"])
        if session:
            for name, value in r.fields.items():
                setattr(session, name, value)
            changed.append(session)
    names = [n for n in rows[0].fields if n != "ref"] if rows else []
    TrainingSession.objects.bulk_update(changed, names)
    ids = dict(
        TrainingSession.objects.filter(
            ref__in=[r.fields["ref"] for r in rows]
        ).values_list("ref", "pk")
    )
    for column, (_lookup, fk_name) in LINKS.items():
        if rows and column in rows[0].links:
            _replace_links(column, fk_name, rows, ids)
    return len(new), len(changed)


def _replace_links(column: str, fk_name: str, rows, ids: dict[str, int]) -> None:
    """Set each session's links to exactly the file's list, in two statements."""
    through = getattr(TrainingSession, column).through
    through.objects.filter(trainingsession_id__in=ids.values()).delete()
    through.objects.bulk_create(
        through(trainingsession_id=ids[r.fields["ref"]], **{fk_name: pk})
        for r in rows
        for pk in r.links[column]
    )
