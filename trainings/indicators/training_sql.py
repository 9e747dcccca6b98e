"""Training figures (the office summary and plan indicators): the counting rules, once.

Every training figure is one of MEASURES over the participation rows of the
sessions a window covers: the office summary's window covers every session of
the period, an indicator's the sessions linked to its plan nodes (DISTINCT, so a
session linked to two measures of one goal counts once). A small derived table
lists, once, which sessions each window covers, and participations are joined
to it and grouped by window: one pass, whatever the number of indicators.

Series and aggregate records (the rules, here only): a head-count given for a
whole series (SeriesAttendance) stands, once per window, on one session of the
series the window covers, so it counts once; for "sessions" it stands on every
covered session of the series, so a series whose people were counted together
still has its sessions conducted. Head-counts are their own branch of every
query (BRANCHES), never joined into the attendance rows: a head-count has no
trainee, so the people figures of the two branches add up. A session record
counts `sessions_count` sessions ("Seminars: 5 in total"). Every figure carries
the loosest qualifier of what it adds up: "about" if any row is approximate,
else "at least" if any is a minimum, else exact.

The breakdowns come from the same query: on PostgreSQL with GROUPING SETS (the
total and one group per dimension, in one scan), elsewhere (SQLite) as the same
groups UNION ALL. Never one GROUP BY over every dimension at once: with real
reference data that is nearly one group per row. Plain SQL (CTE + VALUES).
"""

from datetime import date

from django.conf import settings
from django.db import connection

from ..models import (
    Agency,
    EventType,
    Module,
    Participation,
    Profession,
    Region,
    SeriesAttendance,
    TrainingSession,
)
from .countries import session_country_sql

# What each source counts. A session counts once its attendance is recorded:
# the plans ask for trainings "conducted", and a session without attendance is
# planned or not yet reported (nor can it match a profession filter). One
# source per query, so PostgreSQL sorts only for the DISTINCT a source really
# needs (participants hash-aggregate).
MEASURES = {
    "training_participants": "SUM(p.count)",
    "training_unique_people": "COUNT(DISTINCT p.trainee_id) + "
    "SUM(CASE WHEN p.trainee_id IS NULL THEN p.count ELSE 0 END)",
    "training_sessions": "COUNT(DISTINCT x.session_id)",
    # Learning results (learning.py has the rules): attendance rows weighed by
    # their count; only rows with the score(s) a figure needs count. The pass
    # mark is the LEARNING_PASS_MARK setting, written in by training_rows.
    "learning_pass_share": "100.0 * SUM(CASE WHEN p.post_score >= {pass_mark} "
    "THEN p.count ELSE 0 END) / NULLIF(SUM(CASE WHEN p.post_score IS NOT NULL "
    "THEN p.count ELSE 0 END), 0)",
    "learning_average_gain": "1.0 * SUM((p.post_score - p.pre_score) * p.count) / "
    "NULLIF(SUM(CASE WHEN p.post_score IS NOT NULL AND p.pre_score IS NOT NULL "
    "THEN p.count ELSE 0 END), 0)",
}

# Measures whose groups add up (a sum): they may be summed again.
ADDITIVE = {"training_participants"}
# Measures counted once per session, each session weighing its sessions_count
# (a record standing for several sessions); MEASURES gives the unweighted rule.
PER_SESSION = {"training_sessions"}
# Ratios of scores (a share, an average): never added up, and read from the
# attendance rows only (a series head-count has no scores).
SCORED = {"learning_pass_share", "learning_average_gain"}
# A figure's qualifier: the loosest of its rows (exact < at least < about).
QUALIFIERS = ("exact", "at_least", "about")
_RANK = "MAX(CASE {0} WHEN 'about' THEN 2 WHEN 'at_least' THEN 1 ELSE 0 END)"

_SESSION = "JOIN {session} s2 ON s2.id = x.session_id"
# dimension: (SQL expression, extra join, model whose code the id maps to)
DIMENSIONS = {
    "profession": ("p.profession_id", "", Profession),
    "agency": ("p.agency_id", "", Agency),
    "gender": ("p.gender", "", None),
    "region": ("s2.region_id", _SESSION, Region),
    "organiser": ("s2.organiser_id", _SESSION, Agency),
    "event_type": ("s2.event_type_id", _SESSION, EventType),
    # A session with two modules counts under both: its rows join twice.
    "module": (
        "mm.module_id",
        "LEFT JOIN {modules} mm ON mm.trainingsession_id = x.session_id",
        Module,
    ),
}
MANY_VALUED = {"module"}


def training_rows(
    *, windows: list, end: date, source: str, dimensions: list[str]
) -> list[tuple]:
    """(window index, dimension or None for the total, id or code, value,
    qualifier).

    Every window gets its total, and the groups of the `dimensions` it asks for
    (a sum may get more, which the caller leaves out).
    """
    tables = {
        "session": TrainingSession._meta.db_table,
        "modules": TrainingSession.modules.through._meta.db_table,
        "measures": TrainingSession.measures.through._meta.db_table,
        "participation": Participation._meta.db_table,
        "series_attendance": SeriesAttendance._meta.db_table,
    }
    ctes, params = _windows_sql(windows, end, tables, source in PER_SESSION)
    profession_ok = _professions_condition(windows)
    wanting = {
        d: [i for i, w in enumerate(windows) if d in w.dimensions] for d in dimensions
    }
    selects = []
    # People figures: each branch's groups, added up below. Sessions: one
    # select per group that unites the branches (a session counts once).
    for branch in [None] if source in PER_SESSION else _branches(source):
        groups = [None, *dimensions]
        # A sum adds up in hash tables, so PostgreSQL groups every single-valued
        # dimension in one scan. A distinct count sorts every group it fills, so
        # it runs per dimension, over only the windows that asked for it.
        if connection.vendor == "postgresql" and source in ADDITIVE:
            single = [d for d in dimensions if d not in MANY_VALUED]
            selects.append(_grouping_sets(single, dimensions, source, branch))
            groups = [d for d in dimensions if d in MANY_VALUED]
        for dimension in groups:
            shown = None if dimension is None else wanting[dimension]
            selects.append(_grouped(dimension, dimensions, source, shown, branch))
    sql = f"WITH {ctes} " + " UNION ALL ".join(
        select.format(profession_ok=profession_ok, pass_mark=_pass_mark(), **tables)
        for select in selects
    )
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        rows = cursor.fetchall()
    found = []
    for ind, unused, *codes, value, rank in _added(rows):
        # GROUPING's bit of a dimension is 0 in the rows grouped by it.
        grouped = [d for i, d in enumerate(dimensions) if not unused >> i & 1]
        dimension = grouped[0] if grouped else None
        code = codes[dimensions.index(dimension)] if dimension else None
        found.append((ind, dimension, code, value, QUALIFIERS[rank or 0]))
    return found


def _branches(source: str) -> tuple[str, ...]:
    return (ATTENDANCE,) if source in SCORED else BRANCHES


def _pass_mark() -> str:
    """The setting as an SQL number (a float the settings parsed, never text)."""
    return repr(float(settings.LEARNING_PASS_MARK))


def _added(rows: list[tuple]) -> list[tuple]:
    """The branches' rows of one group as one: values added, the loosest rank.

    A few hundred grouped rows, whatever the number of records."""
    added: dict[tuple, list] = {}
    for *group, value, rank in rows:
        into = added.setdefault(tuple(group), [0, 0])
        into[0] += value or 0
        into[1] = max(into[1], rank or 0)
    return [(*group, value, rank) for group, (value, rank) in added.items()]


def _windows_sql(
    windows: list, end: date, tables: dict, per_session: bool = False
) -> tuple[str, list]:
    """CTEs listing each window's sessions as (ind, session_id) and its series
    (`ind_series`), and their parameters."""
    # "" = any country; a plan's report asks for its own (countries.py).
    nodes = [
        (i, n, w.start, w.country or "")
        for i, w in enumerate(windows)
        for n in w.node_ids or ()
    ]
    office = [
        (i, w.start, w.country or "")
        for i, w in enumerate(windows)
        if w.node_ids is None
    ]
    places, country = session_country_sql("s")
    in_country = f"(v.country = '' OR {country} = v.country)"
    professions = [(i, p) for i, w in enumerate(windows) for p in w.profession_ids]
    kinds = [(i, t) for i, w in enumerate(windows) for t in w.event_type_ids]
    ctes, covered, params = [], [], []
    if kinds:
        ctes.append(f"ind_kind(ind, event_type_id) AS (VALUES {_values(kinds, 2)})")
        params += [v for row in kinds for v in row]
    if nodes:
        ctes.append(
            f"ind_node(ind, node_id, since, country) AS (VALUES {_values(nodes, 4)})"
        )
        params += [v for row in nodes for v in row]
        covered.append(
            f"""SELECT DISTINCT v.ind, m.trainingsession_id AS session_id
            FROM {tables["measures"]} m
            JOIN ind_node v ON v.node_id = m.plannode_id
            JOIN {tables["session"]} s ON s.id = m.trainingsession_id {places}
            WHERE s.start_date >= v.since AND {in_country}
            AND s.start_date <= %s
            AND {_event_types_condition(windows, "v")}"""
        )
    if office:
        ctes.append(f"ind_all(ind, since, country) AS (VALUES {_values(office, 3)})")
        params += [v for row in office for v in row]
        covered.append(
            f"""SELECT v.ind, s.id AS session_id
            FROM ind_all v JOIN {tables["session"]} s
            ON s.start_date >= v.since AND s.start_date <= %s {places}
            WHERE {in_country} AND {_event_types_condition(windows, "v")}"""
        )
    if professions:
        ctes.append(
            f"ind_prof(ind, profession_id) AS (VALUES {_values(professions, 2)})"
        )
        params += [v for row in professions for v in row]
    ctes.append(f"ind_session AS ({' UNION ALL '.join(covered)})")
    ctes += _rows_sql(tables, per_session)
    return ", ".join(ctes), params + [end] * len(covered)


def _rows_sql(tables: dict, per_session: bool) -> list[str]:
    """`ind_series`: each window's series, on one covered session of the series
    (people: its head-count counted once) or on each (sessions: all held)."""
    session = "x.session_id" if per_session else "MIN(x.session_id)"
    group = "" if per_session else " GROUP BY x.ind, s.series"
    return [
        f"""ind_series AS (
            SELECT x.ind, {session} AS session_id, s.series
            FROM ind_session x JOIN {tables["session"]} s ON s.id = x.session_id
            WHERE s.series <> ''{group})""",
    ]


# The rows counted, as `x` (window, session) and `p` (the row): each window's
# attendance rows, and each window's series head-counts (no trainee). Two
# branches whose figures are added up (people) or united (sessions) at the end:
# joined into one UNION with `p.ind IS NULL OR p.ind = x.ind`, PostgreSQL
# underestimated the attendance rows 4-fold and sorted them on disk.
# Only rows that meet their session's attendance rule (present on enough days,
# services.attendance_days) count: `trained`, kept on the row.
ATTENDANCE = (
    "ind_session x JOIN {participation} p ON p.session_id = x.session_id AND p.trained"
)
SERIES = """ind_series x JOIN (
    SELECT a.series, CAST(NULL AS INTEGER) AS trainee_id, a.profession_id,
        a.agency_id, a.gender, a.count, a.qualifier
    FROM {series_attendance} a
) p ON p.series = x.series"""
BRANCHES = (ATTENDANCE, SERIES)


def _event_types_condition(windows: list, alias: str) -> str:
    """Windows with an event type list cover only sessions of those types
    (an indicator of "seminars and study visits")."""
    filtered = [i for i, w in enumerate(windows) if w.event_type_ids]
    if not filtered:
        return "TRUE"
    return (
        f"({alias}.ind NOT IN ({_ints(filtered)}) OR ({alias}.ind, s.event_type_id) "
        "IN (SELECT ind, event_type_id FROM ind_kind))"
    )


def _professions_condition(windows: list) -> str:
    """Windows with a profession list keep only rows of those professions."""
    filtered = [i for i, w in enumerate(windows) if w.profession_ids]
    if not filtered:
        return "TRUE"
    return (
        f"(x.ind NOT IN ({_ints(filtered)}) "
        "OR (x.ind, p.profession_id) IN (SELECT ind, profession_id FROM ind_prof))"
    )


def _grouping_sets(single: list[str], every: list[str], source: str, branch) -> str:
    """PostgreSQL: the total and each single-valued dimension's groups in one scan."""
    columns = [DIMENSIONS[d][0] if d in single else _null(d) for d in every]
    grouped = [DIMENSIONS[d][0] for d in single]
    sets = ", ".join(["(x.ind)", *(f"(x.ind, {c})" for c in grouped)])
    # GROUPING(a, b, c) has a as its highest bit; reversed, bit i is dimension i.
    # Dimensions grouped elsewhere (module) are constant here: always "unused".
    unused = " + ".join(
        [
            f"GROUPING({DIMENSIONS[d][0]}) * {1 << i}" if d in single else str(1 << i)
            for i, d in enumerate(every)
        ]
        or ["0"]
    )
    measures = [MEASURES[source], _RANK.format("p.qualifier")]
    return f"""
        SELECT x.ind, {unused}, {", ".join([*columns, *measures])}
        {_from({DIMENSIONS[d][1] for d in single}, branch)}
        WHERE {{profession_ok}}
        GROUP BY GROUPING SETS ({sets})
    """


def _grouped(
    dimension: str | None, every: list[str], source: str, shown, branch
) -> str:
    """One dimension's groups (None: the totals) for the windows `shown` (None:
    all) over the rows of `branch`, shaped like `_grouping_sets`."""
    columns = [DIMENSIONS[d][0] if d == dimension else _null(d) for d in every]
    unused = sum(1 << i for i, d in enumerate(every) if d != dimension)
    group = f", {DIMENSIONS[dimension][0]}" if dimension else ""
    where = "" if shown is None else f" AND x.ind IN ({_ints(shown)})"
    rank = _RANK.format("p.qualifier")
    if source in PER_SESSION:
        return _per_session(dimension, every, unused, where)
    if dimension in MANY_VALUED and source in ADDITIVE:
        # Summed per session first, then per module: each row joins its
        # session's modules once per session, not once per participant.
        return f"""
            SELECT x.ind, {unused}, {", ".join(columns)}, SUM(x.value), MAX(x.rank)
            FROM (
                SELECT x.ind, x.session_id, {MEASURES[source]} AS value,
                    {rank} AS rank {_from(set(), branch)}
                WHERE {{profession_ok}}{where} GROUP BY x.ind, x.session_id
            ) x {DIMENSIONS[dimension][1]}
            GROUP BY x.ind{group}
        """
    return f"""
        SELECT x.ind, {unused}, {", ".join([*columns, MEASURES[source], rank])}
        {_from({DIMENSIONS[dimension][1]} if dimension else set(), branch)}
        WHERE {{profession_ok}}{where}
        GROUP BY x.ind{group}
    """


def _per_session(dimension: str | None, every: list[str], unused: int, where: str):
    """Sessions: each covered session with counted rows (of either branch) once
    per group, weighing its sessions_count, qualified by its own qualifier."""
    columns = ["x.d" if d == dimension else _null(d) for d in every]
    inner = f", {DIMENSIONS[dimension][0]} AS d" if dimension else ""
    joins = {DIMENSIONS[dimension][1]} if dimension else set()
    held = " UNION ".join(
        f"SELECT x.ind, x.session_id{inner} {_from(joins, branch)} "
        f"WHERE {{profession_ok}}{where}"
        for branch in BRANCHES
    )
    return f"""
        SELECT x.ind, {unused}, {", ".join(columns)}, SUM(sw.sessions_count),
            {_RANK.format("sw.qualifier")}
        FROM ({held}) x JOIN {{session}} sw ON sw.id = x.session_id
        GROUP BY x.ind{", x.d" if dimension else ""}
    """


def _null(dimension: str) -> str:
    """A typed NULL, so the UNION's columns agree on PostgreSQL too."""
    return f"CAST(NULL AS {'TEXT' if DIMENSIONS[dimension][2] is None else 'BIGINT'})"


def _from(joins: set[str], branch: str) -> str:
    return f"FROM {branch} " + " ".join(sorted(j for j in joins if j))


def _values(rows: list[tuple], width: int) -> str:
    return ", ".join(["(" + ", ".join(["%s"] * width) + ")"] * len(rows))


def _ints(numbers: list[int]) -> str:
    """Window indexes written into the SQL: integers this module numbered itself."""
    return ", ".join(str(int(n)) for n in numbers)
