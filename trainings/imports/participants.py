"""Import attendance: `session_ref,full_name,gender,profession,agency,count,qualifier,
pre_score,post_score`.

`session_ref` may be `series:CODE`: a head-count given for a whole series ("62
persons were trained in all three districts"), kept as one SeriesAttendance
row and counted once, never moved onto one of the sessions. `qualifier` (exact,
about, at_least) says how exact a head-count is ("around 470 specialists").

A row with a name is one person (found again by folded name and agency, so a
re-import, a second session or a second import running at the same moment does
not create a second person); a row without
a name is a head-count. Natural keys: (session, trainee) for named rows and
(session, profession, agency, gender) for head-counts, so re-importing a file
updates rows instead of adding them.
"""

from dataclasses import dataclass
from decimal import Decimal

from django.utils.translation import gettext as _

from siteconf.bounds import PEOPLE_IN_ONE_ROW
from siteconf.bulk import rows_update
from siteconf.import_cells import RowChecker, chunks, max_lengths
from siteconf.import_table import Columns
from siteconf.locks import transaction_lock

from ..models import (
    Participation,
    Qualifier,
    SeriesAttendance,
    Trainee,
    TrainingSession,
)
from ..models.sessions import Gender
from ..names import name_key
from . import lookups
from .cells import parse_qualifier, parse_score

# The columns in the order exports write them (selectors.import_format).
HEADER = [
    "session_ref",
    "full_name",
    "gender",
    "profession",
    "agency",
    "count",
    "qualifier",
    "pre_score",
    "post_score",
]
REQUIRED = frozenset({"session_ref", "full_name"})
COLUMNS = Columns(
    required=REQUIRED,
    optional=frozenset(HEADER) - REQUIRED,
    lengths=max_lengths(Trainee, full_name="full_name"),
)
BATCH_SIZE = 2000
# Fields a re-import may change on an existing row (the rest is its natural key).
UPDATED = [
    "profession_id",
    "agency_id",
    "gender",
    "count",
    "pre_score",
    "post_score",
    "qualifier",
]
SERIES_PREFIX = "series:"


@dataclass
class ParticipantRow:
    session_id: int | None
    full_name: str
    gender: str
    profession_id: int | None
    agency_id: int | None
    count: int
    pre_score: Decimal | None
    post_score: Decimal | None
    name_key: str = ""
    qualifier: str = Qualifier.EXACT
    series: str = ""  # a head-count of a whole series (session_id None)

    @property
    def headcount_key(self) -> tuple:
        return (self.session_id, self.profession_id, self.agency_id, self.gender)

    @property
    def series_key(self) -> tuple:
        return (self.series, self.profession_id, self.agency_id, self.gender)


def participants_check(table, errors) -> list[ParticipantRow]:
    """Every row checked against sessions and lists loaded once; errors go to `errors`."""
    sessions = lookups.session_lookup()
    series = set(
        TrainingSession.objects.exclude(series="").values_list("series", flat=True)
    )
    professions = lookups.profession_lookup()
    agencies = lookups.agency_lookup()
    genders = {g.value for g in Gender}
    seen: dict[tuple, int] = {}
    parsed = []
    for number, cells in table.rows:
        row = RowChecker(errors, number)
        name = " ".join(cells.get("full_name", "").split())
        ref = cells.get("session_ref", "")
        series_code = _series_code(row, ref, name, series)
        session_id = (
            None
            if series_code is not None
            else row.check("session_ref", sessions.get, ref)
        )
        gender = cells.get("gender", "").upper()
        if gender not in genders:
            row.fail(
                "gender",
                _("'%(value)s' must be F, M or empty") % {"value": cells["gender"]},
            )
        count = row.check("count", _count, cells.get("count", ""), name)
        profession = cells.get("profession", "")
        agency = cells.get("agency", "")
        item = ParticipantRow(
            session_id=session_id,
            full_name=name,
            gender=gender,
            profession_id=row.check("profession", professions.get, profession)
            if profession
            else None,
            agency_id=row.check("agency", agencies.get, agency) if agency else None,
            count=count or 1,
            pre_score=row.check("pre_score", parse_score, cells.get("pre_score", "")),
            post_score=row.check(
                "post_score", parse_score, cells.get("post_score", "")
            ),
            name_key=name_key(name) if name else "",
            qualifier=row.check(
                "qualifier", parse_qualifier, cells.get("qualifier", "")
            )
            or Qualifier.EXACT,
            series=series_code or "",
        )
        if name and item.qualifier != Qualifier.EXACT:
            row.fail("qualifier", _("a named person counts exactly 1"))
        if name:
            key = (cells.get("session_ref"), item.name_key, item.agency_id)
            if key in seen:
                row.fail(
                    "full_name",
                    _(
                        "duplicates row %(row)s (the same person in the same "
                        "session: '%(name)s')"
                    )
                    % {"row": seen[key], "name": name},
                )
            seen.setdefault(key, number)
        parsed.append(item)
    return parsed


def _series_code(row: RowChecker, ref: str, name: str, known: set) -> str | None:
    """The series a `series:CODE` reference names (None for a session's ref)."""
    if not ref.lower().startswith(SERIES_PREFIX):
        return None
    code = ref[len(SERIES_PREFIX) :].strip()
    if code not in known:
        row.fail(
            "session_ref",
            _("no session belongs to series '%(code)s'") % {"code": code},
        )
    elif name:
        row.fail(
            "full_name",
            _(
                "a series takes a head-count only: leave the name empty, or give "
                "the person's session"
            ),
        )
    return code


def _count(cell: str, name: str) -> int:
    try:
        count = int(cell) if cell else 1
    except ValueError:
        raise ValueError(
            _("'%(value)s' is not a whole number") % {"value": cell}
        ) from None
    if count < 1:
        raise ValueError(_("%(value)s must be 1 or more") % {"value": count})
    if name and count != 1:
        raise ValueError(
            _("must be 1 (or empty) on a named row, not %(value)s") % {"value": count}
        )
    return PEOPLE_IN_ONE_ROW.check(count)


def participants_write(rows: list[ParticipantRow], *, user) -> tuple[int, int]:
    """Add or update attendance rows, set-based: (created, updated)."""
    # Two imports of one file at once would each find nobody, then each add
    # everybody. The match key (folded name, agency) cannot be a unique
    # constraint: two real people may share it (hand-entered people, "Merge
    # duplicates"), so imports take turns instead, until their commit.
    transaction_lock("trainings.participants_import")
    series_new, series_changed = _series_write([r for r in rows if r.series])
    rows = [r for r in rows if not r.series]
    named = [r for r in rows if r.full_name]
    trainee_ids = _trainees_upsert(named, user=user)
    existing = _existing_participations({r.session_id for r in rows})
    new, changed = [], []
    # Head-count rows of the same kind in one file add up to one row.
    counts = _headcounts_add([r for r in rows if not r.full_name], "headcount_key")
    for r in rows:
        if r.full_name:
            trainee_id = trainee_ids[(r.name_key, r.agency_id)]
            key = ("named", r.session_id, trainee_id)
            values = {"trainee_id": trainee_id, "count": 1, "qualifier": r.qualifier}
        elif r.headcount_key in counts:
            key = ("count", *r.headcount_key)
            count, qualifier = counts.pop(r.headcount_key)
            values = {"trainee_id": None, "count": count, "qualifier": qualifier}
        else:
            continue
        values |= {
            "session_id": r.session_id,
            "profession_id": r.profession_id,
            "agency_id": r.agency_id,
            "gender": r.gender,
            "pre_score": r.pre_score,
            "post_score": r.post_score,
        }
        if key in existing:
            pk, stored = existing[key]
            if stored != tuple(values[f] for f in UPDATED):
                changed.append(Participation(pk=pk, **values))
        else:
            new.append(Participation(**values))
    Participation.objects.bulk_create(new, batch_size=BATCH_SIZE)
    rows_update(Participation, changed, UPDATED)
    return len(new) + series_new, len(changed) + series_changed


def _series_write(rows: list[ParticipantRow]) -> tuple[int, int]:
    """Series head-counts by (series, profession, agency, gender); rows of the
    same kind in one file add up, as head-counts of a session do."""
    counts = _headcounts_add(rows, "series_key")
    existing = {
        (a.series, a.profession_id, a.agency_id, a.gender): a
        for a in SeriesAttendance.objects.filter(series__in={r.series for r in rows})
    }
    new, changed = [], []
    for key, (count, qualifier) in counts.items():
        row = existing.get(key)
        if row is None:
            series, profession_id, agency_id, gender = key
            new.append(
                SeriesAttendance(
                    series=series,
                    profession_id=profession_id,
                    agency_id=agency_id,
                    gender=gender,
                    count=count,
                    qualifier=qualifier,
                )
            )
        elif (row.count, row.qualifier) != (count, qualifier):
            row.count, row.qualifier = count, qualifier
            changed.append(row)
    SeriesAttendance.objects.bulk_create(new)
    SeriesAttendance.objects.bulk_update(changed, ["count", "qualifier"])
    return len(new), len(changed)


def _headcounts_add(rows: list[ParticipantRow], key: str) -> dict[tuple, list]:
    """Rows of one kind (`key`) → [people, qualifier of the sum]."""
    counts: dict[tuple, list] = {}
    for r in rows:
        total = counts.setdefault(getattr(r, key), [0, Qualifier.EXACT])
        total[0] += r.count
        total[1] = _looser(total[1], r.qualifier)
    return counts


def _looser(a: str, b: str) -> str:
    """Of two qualifiers, the one a sum of both counts has."""
    order = [Qualifier.EXACT, Qualifier.AT_LEAST, Qualifier.ABOUT]
    return max(a, b, key=order.index)


def _trainees_upsert(rows: list[ParticipantRow], *, user) -> dict[tuple, int]:
    """(name key, agency id) → trainee id, creating the people not yet known."""
    found: dict[tuple, int] = {}
    keys = sorted({r.name_key for r in rows})
    for part in chunks(keys):
        for pk, key, agency_id in (
            Trainee.objects.filter(name_key__in=part)
            .order_by("pk")
            .values_list("pk", "name_key", "agency_id")
        ):
            found.setdefault((key, agency_id), pk)
    missing: dict[tuple, Trainee] = {}
    for r in rows:
        key = (r.name_key, r.agency_id)
        if key not in found and key not in missing:
            missing[key] = Trainee(
                full_name=r.full_name,
                name_key=key[0],
                gender=r.gender,
                profession_id=r.profession_id,
                agency_id=r.agency_id,
                created_by=user,
            )
    Trainee.objects.bulk_create(missing.values(), batch_size=BATCH_SIZE)
    for key, trainee in missing.items():
        found[key] = trainee.pk
    return found


def _existing_participations(session_ids: set[int]) -> dict[tuple, tuple]:
    """Natural key → (id, stored values) of these sessions' attendance rows."""
    existing = {}
    rows = Participation.objects.filter(session_id__in=session_ids).values_list(
        "pk", "session_id", "trainee_id", *UPDATED
    )
    for pk, session_id, trainee_id, *stored in rows:
        profession_id, agency_id, gender = stored[:3]
        if trainee_id:
            key = ("named", session_id, trainee_id)
        else:
            key = ("count", session_id, profession_id, agency_id, gender)
        existing[key] = (pk, tuple(stored))
    return existing
