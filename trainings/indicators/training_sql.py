"""Fast path for training indicators linked to plan nodes: one join, no per-indicator filters.

Conditional aggregates cost one filter per indicator per row; with 60
indicators over 100,000 participations that is millions of checks. Here a
small derived table lists, once, which sessions each indicator covers
(DISTINCT, so a session linked to two measures of one goal counts once),
and participations are joined to it and grouped by indicator: one pass.
Plain SQL (CTE + VALUES) that runs on PostgreSQL and SQLite.
"""

from datetime import date

from django.db import connection

from ..models import Agency, Module, Participation, Profession, Region, TrainingSession

# dimension: (SQL expression, extra join, model whose code the id maps to)
_DIMENSIONS = {
    None: ("NULL", "", None),
    "profession": ("p.profession_id", "", Profession),
    "agency": ("p.agency_id", "", Agency),
    "gender": ("p.gender", "", None),
    "region": ("s2.region_id", "JOIN {session} s2 ON s2.id = p.session_id", Region),
    "organiser": (
        "s2.organiser_id",
        "JOIN {session} s2 ON s2.id = p.session_id",
        Agency,
    ),
    "module": (
        "mm.module_id",
        "LEFT JOIN {modules} mm ON mm.trainingsession_id = p.session_id",
        Module,
    ),
}


# What each source counts. Sessions count here once their attendance is
# recorded (a session without participation rows is not yet reported, and
# cannot match a profession filter). one source per query, so PostgreSQL sorts only for
# the DISTINCT a source really needs (participants hash-aggregate).
MEASURES = {
    "training_participants": "SUM(p.count)",
    "training_unique_people": "COUNT(DISTINCT p.trainee_id) + "
    "SUM(CASE WHEN p.trainee_id IS NULL THEN p.count ELSE 0 END)",
    "training_sessions": "COUNT(DISTINCT p.session_id)",
}


def training_rows(
    *, windows: list, end: date, dimension: str | None, source: str
) -> list[tuple]:
    """(window index, dimension code, value) for windows of one `source`."""
    expression, join, model = _DIMENSIONS[dimension]
    tables = {
        "session": TrainingSession._meta.db_table,
        "modules": TrainingSession.modules.through._meta.db_table,
        "measures": TrainingSession.measures.through._meta.db_table,
        "participation": Participation._meta.db_table,
    }
    nodes = [(i, n, w.start) for i, w in enumerate(windows) for n in w.node_ids]
    professions = [(i, p) for i, w in enumerate(windows) for p in w.profession_ids]
    filtered = sorted({i for i, _ in professions})
    sql = f"""
        WITH ind_node(ind, node_id, since) AS (VALUES {_values(nodes, 3)}),
        ind_session AS (
            SELECT DISTINCT v.ind, m.trainingsession_id AS session_id
            FROM {tables["measures"]} m
            JOIN ind_node v ON v.node_id = m.plannode_id
            JOIN {tables["session"]} s ON s.id = m.trainingsession_id
            WHERE s.start_date >= v.since AND s.start_date <= %s
        ){_professions_cte(professions)}
        SELECT x.ind, {expression} AS dim, {MEASURES[source]}
        FROM ind_session x
        JOIN {tables["participation"]} p ON p.session_id = x.session_id
        {join.format(**tables)}
        {_professions_where(filtered)}
        GROUP BY x.ind{"" if dimension is None else f", {expression}"}
    """
    params = [v for row in nodes for v in row] + [end]
    params += [v for row in professions for v in row] + filtered
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        rows = cursor.fetchall()
    codes = _codes(model, {row[1] for row in rows})
    return [(ind, codes.get(dim, dim), value) for ind, dim, value in rows]


def _values(rows: list[tuple], width: int) -> str:
    return ", ".join(["(" + ", ".join(["%s"] * width) + ")"] * len(rows))


def _professions_cte(professions: list[tuple]) -> str:
    if not professions:
        return ""
    return f", ind_prof(ind, profession_id) AS (VALUES {_values(professions, 2)})"


def _professions_where(filtered: list[int]) -> str:
    """Indicators with a profession list keep only rows of those professions."""
    if not filtered:
        return ""
    marks = ", ".join(["%s"] * len(filtered))
    return (
        f"WHERE x.ind NOT IN ({marks}) "
        "OR (x.ind, p.profession_id) IN (SELECT ind, profession_id FROM ind_prof)"
    )


def _codes(model, ids: set) -> dict:
    if model is None or not (ids - {None}):
        return {}
    return dict(model.objects.filter(pk__in=ids - {None}).values_list("pk", "code"))
