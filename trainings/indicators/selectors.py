"""Set-based reads for indicator reports.

Every figure is a conditional aggregate (`SUM(...) FILTER (WHERE ...)`) over one
source's rows in the period, so a report costs one query per source and
breakdown however many records and indicators there are. Python only
distributes the small grouped result.
"""

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date

from django.db.models import Q, Sum
from django.db.models.functions import Coalesce

from .sources import MANY_VALUED, SOURCES, Source
from .training_sql import MEASURES, training_rows

UNKNOWN = "unknown"


@dataclass(frozen=True)
class Window:
    """What one figure counts: `source` records dated in [start, report end].

    `node_ids` None means every record (the office-wide summary); otherwise
    records linked to one of these plan nodes. `profession_ids` narrows
    training figures to some professions (AL NAP 2.2.5).
    """

    key: str
    source: str
    start: date
    node_ids: tuple[int, ...] | None = None
    profession_ids: tuple[int, ...] = ()
    dimensions: tuple[str, ...] = ()


@dataclass
class Figure:
    total: int = 0
    breakdown: dict[str, dict[str, int]] = field(default_factory=dict)


def figures_compute(*, windows: list[Window], end: date) -> dict[str, Figure]:
    """Totals and breakdowns for every window, in a bounded number of queries.

    Windows over the same model share its queries: one for the totals and one
    per breakdown dimension, each with a column per window.
    """
    by_model: dict[str, list[Window]] = defaultdict(list)
    linked_training: list[Window] = []
    for window in windows:
        if window.source in MEASURES and window.node_ids is not None:
            linked_training.append(window)
        else:
            by_model[SOURCES[window.source].model].append(window)
    figures: dict[str, Figure] = {}
    for model_windows in by_model.values():
        figures |= _model_figures(model_windows, end)
    if linked_training:
        figures |= _linked_training_figures(linked_training, end)
    return figures


def _linked_training_figures(windows: list[Window], end: date) -> dict[str, Figure]:
    """Training indicators of plan nodes: per source, one joined query for the
    totals and one per breakdown, each over only the windows that need it."""
    figures = {w.key: Figure() for w in windows}
    for source in sorted({w.source for w in windows}):
        group = [w for w in windows if w.source == source]
        for dimension in [None, *sorted({d for w in group for d in w.dimensions})]:
            wanted = [
                w for w in group if dimension is None or dimension in w.dimensions
            ]
            for window in wanted:
                if dimension:
                    figures[window.key].breakdown[dimension] = {}
            rows = training_rows(
                windows=wanted, end=end, dimension=dimension, source=source
            )
            for index, code, value in rows:
                figure = figures[wanted[index].key]
                if dimension is None:
                    figure.total = int(value or 0)
                elif value:
                    shares = figure.breakdown[dimension]
                    shares[code or UNKNOWN] = shares.get(code or UNKNOWN, 0) + int(
                        value
                    )
    return figures


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
    dimensions = sorted({d for w in windows for d in w.dimensions})
    for window in windows:
        for dimension in window.dimensions:
            figures[window.key].breakdown[dimension] = {}
    shared = [d for d in dimensions if _shares_group_by(spec, d, windows)]
    if len(shared) > 1:
        _add_groups(rows, spec, shared, windows, columns, figures)
        dimensions = [d for d in dimensions if d not in shared]
    for dimension in dimensions:
        if dimension == "gender" and spec.model == "campaigns.CampaignActivity":
            wanted = [w for w in windows if "gender" in w.dimensions]
            _reach_by_gender(rows, spec, wanted, figures, start)
        elif dimension in spec.dimensions:
            _add_groups(rows, spec, [dimension], windows, columns, figures)
    return figures


def _shares_group_by(spec: Source, dimension: str, windows: list[Window]) -> bool:
    """Whether this breakdown can come from one GROUP BY with the others.

    Grouping by several single-valued columns and adding the groups up per
    column gives each column's breakdown, but only for sums: a distinct count
    would count a person once per group.
    """
    return (
        dimension in spec.dimensions
        and dimension not in MANY_VALUED
        and not (dimension == "gender" and spec.model == "campaigns.CampaignActivity")
        and all(
            SOURCES[w.source].additive for w in windows if dimension in w.dimensions
        )
    )


def _add_groups(rows, spec: Source, dimensions, windows, columns, figures) -> None:
    """One GROUP BY over `dimensions`, added into each window's breakdowns."""
    wanted = [w for w in windows if set(dimensions) & set(w.dimensions)]
    paths = {d: spec.dimensions[d] for d in dimensions}
    grouped = (
        rows.order_by()
        .values(*paths.values())
        .annotate(**{w.key: columns[w.key] for w in wanted})
    )
    for row in grouped:
        for window in wanted:
            if not (value := int(row[window.key] or 0)):
                continue
            for dimension in set(dimensions) & set(window.dimensions):
                shares = figures[window.key].breakdown[dimension]
                code = row[paths[dimension]] or UNKNOWN
                shares[code] = shares.get(code, 0) + value


def _window_q(spec: Source, window: Window, query_start: date) -> Q:
    # The query's WHERE already bounds the dates; repeat it only when narrower.
    q = Q()
    if window.start > query_start:
        q &= Q(**{f"{spec.date_field}__gte": window.start})
    if window.node_ids is not None:
        q &= Q(**{f"{spec.link_field}__in": spec.linked(window.node_ids)})
    if window.profession_ids and spec.professions:
        q &= spec.professions(window.profession_ids)
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
