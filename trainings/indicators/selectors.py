"""Set-based reads for indicator reports.

Every figure is a conditional aggregate (`SUM(...) FILTER (WHERE ...)`) over one
source's rows in the period, so a report costs one query per source and
breakdown however many records and indicators there are (training figures: one
query per source, `training_sql.py`). Python only distributes the small grouped
result, whose size depends on the reference lists, not on the records.
"""

from collections import defaultdict
from dataclasses import dataclass, field, replace
from datetime import date

from django.db.models import Q, Sum
from django.db.models.functions import Coalesce

from .countries import in_country
from .sources import PARTS, SOURCES, Source
from .training_sql import DIMENSIONS, MEASURES, SCORED, training_rows

UNKNOWN = "unknown"


@dataclass(frozen=True)
class Window:
    """What one figure counts: `source` records dated in [start, report end].

    `node_ids` None means every record (the office-wide summary); otherwise
    records linked to one of these plan nodes. `profession_ids` narrows
    training figures to some professions (AL NAP 2.2.5), `event_type_ids` to
    sessions of some event types (seminars, study visits).
    """

    key: str
    source: str
    start: date
    node_ids: tuple[int, ...] | None = None
    profession_ids: tuple[int, ...] = ()
    dimensions: tuple[str, ...] = ()
    # Only records of this country (a plan's report, countries.py); None: all.
    country: str | None = None
    event_type_ids: tuple[int, ...] = ()


@dataclass
class Figure:
    # None: nothing to compute from (a share of trainees with no test scores)
    total: int | float | None = 0
    breakdown: dict[str, dict[str, int]] = field(default_factory=dict)
    # exact, about or at_least: the loosest of the counts added up (training_sql)
    qualifier: str = "exact"


def figures_compute(*, windows: list[Window], end: date) -> dict[str, Figure]:
    """Totals and breakdowns for every window, in a bounded number of queries.

    Training windows (the office summary's and plan indicators') share one
    query per source (training_sql); other windows over the same model share
    one query for the totals and one per breakdown dimension.
    """
    combined = [w for w in windows if w.source in PARTS]
    windows = [w for w in windows if w.source not in PARTS] + _part_windows(combined)
    by_model: dict[str, list[Window]] = defaultdict(list)
    training: list[Window] = []
    for window in windows:
        if window.source in MEASURES:
            training.append(window)
        else:
            by_model[SOURCES[window.source].model].append(window)
    figures: dict[str, Figure] = {}
    for model_windows in by_model.values():
        figures |= _model_figures(model_windows, end)
    if training:
        figures |= _training_figures(training, end)
    figures.update(_parts_added(combined, figures))
    return figures


def _part_windows(combined: list[Window]) -> list[Window]:
    """One window per part of each combined source, keyed "<key>/<part>"."""
    return [
        replace(w, key=f"{w.key}/{part}", source=part)
        for w in combined
        for part in PARTS[w.source]
    ]


def _parts_added(combined: list[Window], figures: dict[str, Figure]) -> dict:
    """A combined window's figure: its parts' totals and breakdowns added."""
    added = {}
    for window in combined:
        figure = Figure(breakdown={d: {} for d in window.dimensions})
        for part in PARTS[window.source]:
            found = figures.pop(f"{window.key}/{part}")
            figure.total += found.total
            for dimension, shares in found.breakdown.items():
                into = figure.breakdown[dimension]
                for code, value in shares.items():
                    into[code] = into.get(code, 0) + value
        if "gender" in figure.breakdown:
            # Parts without a gender split (people briefed at a distribution)
            # are people of unknown gender, not people left out.
            gender = figure.breakdown["gender"]
            split = gender.get("F", 0) + gender.get("M", 0)
            gender[UNKNOWN] = figure.total - split
        added[window.key] = figure
    return added


def _training_figures(windows: list[Window], end: date) -> dict[str, Figure]:
    """Per source, one query for the totals and every breakdown of its windows."""
    figures = {w.key: Figure(_value(w.source, None)) for w in windows}
    for window in windows:
        for dimension in window.dimensions:
            figures[window.key].breakdown[dimension] = {}
    found = []
    for source in sorted({w.source for w in windows}):
        group = [w for w in windows if w.source == source]
        dimensions = sorted({d for w in group for d in w.dimensions} & set(DIMENSIONS))
        rows = training_rows(
            windows=group, end=end, source=source, dimensions=dimensions
        )
        found += [(group[ind], *rest) for ind, *rest in rows]
    codes = _codes(found)
    for window, dimension, key, value, qualifier in found:
        figure = figures[window.key]
        value = _value(window.source, value)
        if dimension is None:
            figure.total = value
            figure.qualifier = qualifier
        elif dimension in window.dimensions and _shown(window.source, value):
            code = codes[dimension].get(key, key) or UNKNOWN
            shares = figure.breakdown[dimension]
            shares[code] = shares.get(code, 0) + value
    return figures


def _value(source: str, value) -> int | float | None:
    """A count as an integer (0 when nothing was counted); a share or an average
    of scores to one decimal, None without scores (unknown, not zero)."""
    if source in SCORED:
        return None if value is None else round(float(value), 1)
    return int(value or 0)


def _shown(source: str, value) -> bool:
    """A group in a breakdown: a count above 0, or any known share (0 % too)."""
    return value is not None if source in SCORED else bool(value)


def _codes(found: list[tuple]) -> dict[str, dict]:
    """Each dimension's ids → codes, one query per model whatever the sources."""
    ids: dict = defaultdict(set)
    for _window, dimension, key, *_figures in found:
        if dimension and DIMENSIONS[dimension][2] and key is not None:
            ids[DIMENSIONS[dimension][2]].add(key)
    by_model = {
        model: dict(model.objects.filter(pk__in=keys).values_list("pk", "code"))
        for model, keys in ids.items()
    }
    return {d: by_model.get(model, {}) for d, (_e, _j, model) in DIMENSIONS.items()}


def _model_figures(windows: list[Window], end: date) -> dict[str, Figure]:
    spec = SOURCES[windows[0].source]
    start = min(w.start for w in windows)
    rows = spec.queryset().filter(
        **{f"{spec.date_field}__gte": start, f"{spec.date_field}__lte": end}
    )
    columns = {
        w.key: SOURCES[w.source].measure(_window_q(spec, w, start)) for w in windows
    }
    totals = rows.aggregate(**columns)
    figures = {w.key: Figure(total=int(totals[w.key] or 0)) for w in windows}
    for window in windows:
        for dimension in window.dimensions:
            figures[window.key].breakdown[dimension] = {}
    # One GROUP BY per dimension: grouping by several at once gives about one
    # group per record, and cannot count distinct records per dimension.
    for dimension in sorted({d for w in windows for d in w.dimensions}):
        if dimension == "gender" and spec.model == "campaigns.CampaignActivity":
            wanted = [w for w in windows if "gender" in w.dimensions]
            _reach_by_gender(rows, spec, wanted, figures, start)
        elif dimension in spec.dimensions:
            _add_groups(rows, spec, dimension, windows, columns, figures)
    return figures


def _add_groups(rows, spec: Source, dimension, windows, columns, figures) -> None:
    """One GROUP BY `dimension`, into the breakdowns of the windows that want it."""
    wanted = [w for w in windows if dimension in w.dimensions]
    path = spec.dimensions[dimension]
    grouped = (
        rows.order_by().values(path).annotate(**{w.key: columns[w.key] for w in wanted})
    )
    for row in grouped:
        for window in wanted:
            if value := int(row[window.key] or 0):
                shares = figures[window.key].breakdown[dimension]
                code = row[path] or UNKNOWN
                shares[code] = shares.get(code, 0) + value


def _window_q(spec: Source, window: Window, query_start: date) -> Q:
    # The query's WHERE already bounds the dates; repeat it only when narrower.
    q = Q()
    if window.start > query_start:
        q &= Q(**{f"{spec.date_field}__gte": window.start})
    if window.node_ids is not None:
        q &= Q(**{f"{spec.link_field}__in": spec.linked(window.node_ids)})
    if window.country and spec.country:
        region, agency = spec.country
        q &= in_country(window.country, region=region, agency=agency)
    return q


def _reach_by_gender(rows, spec: Source, windows, figures, start: date) -> None:
    """Campaign audiences are counted as totals with optional F/M parts."""
    columns = {}
    for window in windows:
        q = _window_q(spec, window, start)
        for part in ("female", "male"):
            columns[f"{window.key}_{part}"] = Coalesce(
                Sum(f"audience_{part}", filter=q), 0
            )
    sums = rows.aggregate(**columns)
    for window in windows:
        female, male = sums[f"{window.key}_female"], sums[f"{window.key}_male"]
        total = figures[window.key].total
        figures[window.key].breakdown["gender"] = {
            "F": female,
            "M": male,
            UNKNOWN: max(total - female - male, 0),
        }
