"""The indicator report: office-wide training figures plus every indicator of a plan.

Rules (also in the README):
- per_period indicators count records dated inside [from, to]; cumulative ones
  count from 1 January of the plan's start year to `to`.
- The target is the one for the year of `to`; for a range spanning years that
  is the last year's target. A period shorter than the year is scored only
  against a half-year/quarter target the plan gives for exactly that period;
  otherwise the annual target is shown, not scored (scoring.target_choose).
- % of target and "on track" follow the indicator's direction (scoring.py):
  actual / target × 100 for an increase, target / actual × 100 for a
  decrease; None without a numeric target.
- Manual indicators: per_period sums the values whose period lies inside
  [from, to]; cumulative takes the latest value reported up to `to` (a
  running total, as the institutions report it).
- unique_people = distinct named trainees + the people of head-count rows,
  which cannot be de-duplicated.
- Each row carries its measure's implementation status as of the period's end
  (monitoring/selectors.py), and a plan's report its roll-up (`status`).
- Every training figure has a qualifier (`qualifiers`, an indicator's
  `qualifier`): "about" when any count it adds up is approximate, else
  "at_least" when any is a minimum, else "exact"; `actual_text` says it in words.
"""

from collections import defaultdict
from collections.abc import Callable
from datetime import date
from decimal import Decimal

from django.apps import apps
from django.utils.translation import gettext, gettext_noop

from siteconf.disclosure import small_count_suppressed
from siteconf.formats import number_text
from siteconf.translated import label_expression

from ..models import Indicator, ManualValue, NodeStatus, Plan, PlanNode
from ..models.sessions import Gender
from ..monitoring.selectors import node_statuses, status_rollup
from ..selectors.training_plan import training_plan_report
from .learning import learning_public, learning_summary
from .periods import Period, period_part
from .scoring import NOT_COMPARED, score, target_choose
from .selectors import UNKNOWN, Figure, Window, figures_compute

SUMMARY_DIMENSIONS = ("profession", "gender", "organiser", "module", "region")
# Breakdown codes named by a translated row (model, field) or by choices.
LABELLED = {
    "profession": ("trainings.Profession", "name"),
    "agency": ("trainings.Agency", "name"),
    "organiser": ("trainings.Agency", "name"),
    "region": ("trainings.Region", "name"),
    "module": ("trainings.Module", "title"),
    "event_type": ("trainings.EventType", "name"),
    "channel": ("campaigns.ActivityKind", "name"),
    "activity_kind": ("campaigns.ActivityKind", "name"),
}
# The office's awareness figures (key: indicator source); unknown figures are
# left out of the sums, never counted as zero.
AWARENESS = {
    "activities": "campaign_activities",
    "people_reached": "campaign_reach",
    "broadcasts": "campaign_broadcasts",
    "articles": "campaign_articles",
}
CHOICES = {"gender": Gender}
Progress = Callable[[int, str], None]


def report_build(
    *,
    period: Period,
    plan: Plan | None = None,
    country: str | None = None,
    progress: Progress | None = None,
) -> dict:
    """Everything a monitoring report shows for one plan (or all plans) and period.

    A plan's report counts its own country's records; every plan's together counts
    `country`'s, or every country's when it is None.
    """
    progress = progress or (lambda percent, step: None)
    indicators = _indicators(plan)
    descendants = _descendants(plan)
    # Steps are kept untranslated in ReportJob.step and translated when shown,
    # in the language of whoever watches the job.
    progress(10, gettext_noop("Indicators loaded"))
    # A record's country: countries.py.
    country = plan.country if plan else country
    windows = (
        _summary_windows(period, country)
        + _awareness_windows(period, country)
        + [
            _indicator_window(ind, period, descendants, country)
            for ind in indicators
            if ind.source != Indicator.Source.MANUAL
        ]
    )
    figures = figures_compute(windows=windows, end=period.end)
    progress(70, gettext_noop("Figures computed"))
    manual = _manual_figures(indicators, period)
    progress(90, gettext_noop("Manual values read"))
    statuses = node_statuses(plan=plan, as_of=period.end)
    rows = [
        _indicator_row(ind, period, figures.get(f"i{ind.pk}") or manual.get(ind.pk))
        | _status_cells(statuses.get(ind.node_id))
        for ind in indicators
    ]
    summary = _summary(figures)
    awareness = _awareness(figures)
    learning = learning_summary(period=period, country=country)
    # The annual training plans of the period's years, against what was held.
    training_plan = training_plan_report(
        years=range(period.start.year, period.end.year + 1), country=country
    )
    return {
        "period": {
            "from": period.start.isoformat(),
            "to": period.end.isoformat(),
            "label": period.label,
            # Not one calendar year (a half-year, a quarter, several years):
            # annual targets are shown for reference, not scored
            # (scoring.target_choose).
            "whole_year": period_part(period) == "",
        },
        "plan": _plan_info(plan),
        "country": country,
        **summary,
        **awareness,
        "learning": learning,
        "training_plan": training_plan,
        "indicators": rows,
        "labels": breakdown_labels(summary | awareness, rows, learning),
        # Implementation status of the plan's measures as of the period's end.
        "status": status_rollup(plan=plan, as_of=period.end) if plan else None,
    }


def _status_cells(status: NodeStatus | None) -> dict:
    """A row's measure: its latest status as of the period's end, and its story."""
    if status is None:
        return {"status": "", "status_period": "", "achievements": "", "problems": ""}
    return {
        "status": status.status,
        "status_period": status.period,
        "achievements": status.achievements,
        "problems": status.problems,
    }


def breakdown_labels(
    summary: dict, rows: list[dict], learning: dict | None = None
) -> dict[str, dict[str, str]]:
    """What each breakdown code and institution reads as in the active language
    ("JUD": "Gjyqtarë", "MI": "Ministria e Brendshme").

    One query per labelled dimension present, however many rows and codes.
    """
    codes: dict[str, set] = defaultdict(set)
    for dimension in SUMMARY_DIMENSIONS:
        codes[dimension] |= set(summary[f"by_{dimension}"])
    for dimension in ("module", "profession"):  # learning results' groups
        codes[dimension] |= set((learning or {}).get(f"by_{dimension}", {}))
    # "unknown" alone (no session typed yet) needs no query.
    codes["event_type"] |= set(summary.get("by_event_type", {})) - {UNKNOWN}
    codes["activity_kind"] |= set(summary.get("by_activity_kind", {}))
    for row in rows:
        for dimension, shares in row["breakdown"].items():
            codes[dimension] |= set(shares)
        # The measure's institutions, named in the table's columns.
        codes["agency"] |= set(row["lead"]) | set(row["contributing"])
    labels = {}
    for dimension, wanted in codes.items():
        if dimension in LABELLED or dimension in CHOICES:
            labels[dimension] = codes_named(dimension, wanted)
    return labels


def codes_named(dimension: str, codes: set[str]) -> dict[str, str]:
    """{code: name in the active language} of one breakdown (one query at most)."""
    if dimension in LABELLED:
        model, field = LABELLED[dimension]
        rows = apps.get_model(model).objects.filter(code__in=codes)
        return dict(rows.values_list("code", label_expression(field)))
    choices = CHOICES[dimension]
    return {
        code: str(choices(code).label)
        for code in codes
        if code in choices.values and code
    }


def training_summary(*, period: Period, country: str | None = None) -> dict:
    """The office-wide training figures alone (4 queries), of one country or all."""
    windows = _summary_windows(period, country)
    return _summary(figures_compute(windows=windows, end=period.end))


def awareness_summary(*, period: Period, country: str | None = None) -> dict:
    """The awareness figures alone (activity units, people reached, airings,
    articles, units by kind), counted as the report counts them."""
    windows = _awareness_windows(period, country)
    return _awareness(figures_compute(windows=windows, end=period.end))


def public_summary(*, period: Period, country: str) -> dict:
    """Training figures safe to publish: counts below PUBLIC_MIN_COUNT become "<N"."""
    summary = training_summary(period=period, country=country)
    safe = small_count_suppressed

    public = {
        "period": {"from": period.start.isoformat(), "to": period.end.isoformat()},
        "country": country,
    }
    # Learning results without sessions, small groups withheld (learning.py).
    learning = learning_summary(
        period=period, country=country, dimensions=("module", "profession")
    )
    public["learning"] = learning_public(learning)
    for key, value in summary.items():
        if key == "qualifiers":
            public[key] = value
        elif key != "by_organiser":  # organisers are not published
            public[key] = (
                {code: safe(n) for code, n in value.items()}
                if isinstance(value, dict)
                else safe(value)
            )
    return public


def _indicators(plan: Plan | None) -> list[Indicator]:
    rows = Indicator.objects.select_related("node__plan").prefetch_related(
        "targets",
        "denominators",
        "professions",
        "event_types",
        "node__lead_agencies",
        "node__contributing_agencies",
    )
    return list(rows.filter(node__plan=plan) if plan else rows)


def _descendants(plan: Plan | None) -> dict[int, tuple[int, ...]]:
    """Each node with everything below it: an indicator counts its whole subtree."""
    nodes = PlanNode.objects.filter(plan=plan) if plan else PlanNode.objects.all()
    children = defaultdict(list)
    pairs = list(nodes.values_list("id", "parent_id"))
    for node_id, parent_id in pairs:
        children[parent_id].append(node_id)

    def subtree(node_id: int) -> list[int]:
        found, stack = [], [node_id]
        while stack:
            current = stack.pop()
            found.append(current)
            stack.extend(children[current])
        return found

    return {node_id: tuple(sorted(subtree(node_id))) for node_id, _ in pairs}


def _summary_windows(period: Period, country: str | None = None) -> list[Window]:
    return [
        # Sessions by event type ({code: sessions}) come from the same query.
        Window(
            "sessions",
            "training_sessions",
            period.start,
            None,
            (),
            ("event_type",),
            country=country,
        ),
        Window(
            "participants",
            "training_participants",
            period.start,
            None,
            (),
            SUMMARY_DIMENSIONS,
            country=country,
        ),
        Window(
            "unique_people", "training_unique_people", period.start, country=country
        ),
    ]


def _awareness_windows(period: Period, country: str | None = None) -> list[Window]:
    # Keys apart from the model's field names: they are aggregate aliases.
    return [
        Window(
            f"aw_{key}",
            source,
            period.start,
            None,
            (),
            _AWARENESS_BY.get(key, ()),
            country=country,
        )
        for key, source in AWARENESS.items()
    ]


_AWARENESS_BY = {"activities": ("activity_kind",)}


def _awareness(figures: dict[str, Figure]) -> dict:
    """`activities` (units), `people_reached`, `broadcasts`, `articles` and
    `by_activity_kind` ({kind code: units}) for the period."""
    found = {key: figures[f"aw_{key}"].total for key in AWARENESS}
    found["by_activity_kind"] = figures["aw_activities"].breakdown["activity_kind"]
    return found


def _indicator_window(
    ind: Indicator, period: Period, descendants, country: str | None = None
) -> Window:
    return Window(
        key=f"i{ind.pk}",
        source=ind.source,
        start=_window_start(ind, period),
        node_ids=descendants.get(ind.node_id, (ind.node_id,)),
        profession_ids=tuple(p.pk for p in ind.professions.all()),
        event_type_ids=tuple(t.pk for t in ind.event_types.all()),
        dimensions=tuple(ind.breakdowns),
        country=country,
    )


def _window_start(ind: Indicator, period: Period) -> date:
    if ind.counting == Indicator.Counting.CUMULATIVE:
        return date(ind.node.plan.start_year, 1, 1)
    return period.start


def _summary(figures: dict[str, Figure]) -> dict:
    people = figures["participants"]
    by = {f"by_{dim}": people.breakdown.get(dim, {}) for dim in SUMMARY_DIMENSIONS}
    by["by_gender"] = {key: by["by_gender"].get(key, 0) for key in ("F", "M", UNKNOWN)}
    return {
        "sessions": figures["sessions"].total,
        "participants": people.total,
        "unique_people": figures["unique_people"].total,
        **by,
        "by_event_type": figures["sessions"].breakdown.get("event_type", {}),
        "qualifiers": {
            key: figures[key].qualifier
            for key in ("sessions", "participants", "unique_people")
        },
    }


def _manual_figures(indicators: list[Indicator], period: Period) -> dict[int, Figure]:
    """Manual indicators' values for the period (rules in the module docstring)."""
    manual = {i.pk: i for i in indicators if i.source == Indicator.Source.MANUAL}
    values = ManualValue.objects.filter(
        indicator_id__in=manual, period_end__lte=period.end
    ).order_by("period_end", "entered_at")
    figures: dict[int, Figure] = {}
    for value in values:
        ind = manual[value.indicator_id]
        if ind.counting == Indicator.Counting.CUMULATIVE:
            figures[ind.pk] = Figure(_number(value.value), value.breakdown or {})
        elif value.period_start >= period.start:
            figure = figures.setdefault(ind.pk, Figure())
            figure.total += _number(value.value)
            _add_breakdown(figure.breakdown, value.breakdown or {})
    return figures


def _add_breakdown(into: dict, extra: dict) -> None:
    for dimension, shares in extra.items():
        target = into.setdefault(dimension, {})
        for code, amount in shares.items():
            target[code] = target.get(code, 0) + amount


def _indicator_row(ind: Indicator, period: Period, figure: Figure | None) -> dict:
    node = ind.node
    cumulative = ind.counting == Indicator.Counting.CUMULATIVE
    target, scope = target_choose(
        ind.targets.all(), period=period, cumulative=cumulative
    )
    target_value = (
        _number(target.value) if target and target.value is not None else None
    )
    counted = figure.total if figure else None
    share = _share(ind, counted, period.end.year)
    actual = share["actual"] if share else counted
    percent, on_track = (
        score(actual, target_value, ind.direction)
        if scope != NOT_COMPARED
        else (None, None)
    )
    return {
        "id": ind.pk,
        "plan": node.plan.code,
        "code": ind.code,
        "name": ind.label,
        "unit": ind.translation("unit"),
        "node": node.code,
        "node_title": node.label,
        "level": node.level_name,
        "lead": [a.code for a in node.lead_agencies.all()],
        "contributing": [a.code for a in node.contributing_agencies.all()],
        "start_year": node.start_year,
        "end_year": node.end_year,
        "timeframe": node.timeframe,
        "budget": _number(node.budget),
        "currency": node.plan.currency,
        "source": ind.source,
        "counting": ind.counting,
        "baseline": _number(ind.baseline),
        "baseline_year": ind.baseline_year,
        "target": target_value,
        "target_year": period.end.year,
        "target_period": target.period if target else "",
        "target_scope": scope,
        "target_note": target.label if target else "",
        "actual": actual,
        "direction": ind.direction,
        "qualifier": figure.qualifier if figure else "exact",
        "actual_text": qualified_text(actual, figure.qualifier if figure else ""),
        "percent_of_target": percent,
        "on_track": on_track,
        "breakdown": figure.breakdown if figure else {},
        # A percentage of a population (a denominator per year): the count it
        # is made of and the population, or None for a plain count.
        "share_of": share and {k: v for k, v in share.items() if k != "actual"},
    }


def _share(ind: Indicator, counted, year: int) -> dict | None:
    """A percent indicator's actual: counted ÷ the year's denominator × 100 (one
    decimal), with what it is made of; None when the indicator has no
    denominators. A year without one has no actual (nothing to divide by)."""
    denominators = {d.year: d for d in ind.denominators.all()}
    if not denominators:
        return None
    denominator = denominators.get(year)
    value = _number(denominator.value) if denominator else None
    return {
        "actual": round(counted / value * 100, 1)
        if value and counted is not None
        else None,
        "numerator": counted,
        "denominator": value,
        "denominator_year": year,
        "denominator_label": ind.translation("denominator_label"),
        "denominator_source": denominator.source if denominator else "",
    }


def qualified_text(value, qualifier: str) -> str:
    """A count as the report states it, in the reader's language: "about 470",
    "at least 250", "62"."""
    if value is None:
        return ""
    count = number_text(value)
    if qualifier == "about":
        return gettext("about %(count)s") % {"count": count}
    if qualifier == "at_least":
        return gettext("at least %(count)s") % {"count": count}
    return str(count)


def _number(value: Decimal | int | None) -> int | float | None:
    if value is None:
        return None
    return int(value) if value == int(value) else float(value)


def _plan_info(plan: Plan | None) -> dict | None:
    if plan is None:
        return None
    return {
        "code": plan.code,
        "title": plan.label,
        "country": plan.country,
        "start_year": plan.start_year,
        "end_year": plan.end_year,
        "currency": plan.currency,
        "level_names": plan.translation("level_names"),
        "report_labels": plan.report_labels,
    }
