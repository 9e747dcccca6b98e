"""Learning results: the pre- and post-test scores of attendance rows, summarised.

The rules (also in the README):
- A score is a percentage on an attendance row: one test before the session,
  one after. A head-count row with scores stands for `count` people who
  averaged them, so every figure weighs a row by its count.
- average_pre counts the rows with a pre-test score, average_post and the
  pass share the rows with a post-test score, average_gain the rows with both
  (post - pre, in points): a row missing one score is left out of what needs it.
- A trainee passes with a post-test score of at least LEARNING_PASS_MARK.
- `tested`: people with a post-test score, the pass share's denominator.
- By session (reference), module (a session with two modules counts under
  both; `unknown` = none recorded), profession and quarter of the session's
  start ("2022-Q3"), for the sessions started in the period.

One aggregate query for the totals and one GROUP BY per dimension: five queries
whatever the number of rows; Python divides the grouped sums.
"""

from decimal import Decimal

from django.conf import settings
from django.db.models import (
    CharField,
    DecimalField,
    ExpressionWrapper,
    F,
    Q,
    Sum,
    Value,
)
from django.db.models.functions import Cast, Concat, ExtractQuarter, ExtractYear
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from siteconf.disclosure import is_withheld, small_count_suppressed
from siteconf.translated import label_expression

from ..models import Module, Participation, Profession
from .countries import in_country
from .periods import Period

UNKNOWN = "unknown"
_SCORE = DecimalField(max_digits=12, decimal_places=2)
HAS_PRE = Q(pre_score__isnull=False)
HAS_POST = Q(post_score__isnull=False)
FIGURES = ("tested", "average_pre", "average_post", "average_gain", "pass_share")


def _quarter():
    text = CharField()
    return Concat(
        Cast(ExtractYear("session__start_date"), text),
        Value("-Q"),
        Cast(ExtractQuarter("session__start_date"), text),
        output_field=text,
    )


# dimension: the expression its groups are keyed by
DIMENSIONS = {
    "session": F("session__ref"),
    "module": F("session__modules__code"),
    "profession": F("profession__code"),
    "quarter": _quarter,
}


def _weighted(field: str, condition: Q):
    product = ExpressionWrapper(F(field) * F("count"), output_field=_SCORE)
    return Sum(product, filter=condition)


def _sums() -> dict:
    mark = Decimal(str(settings.LEARNING_PASS_MARK))
    both = HAS_PRE & HAS_POST
    gain = ExpressionWrapper(
        (F("post_score") - F("pre_score")) * F("count"), output_field=_SCORE
    )
    return {
        "n_pre": Sum("count", filter=HAS_PRE),
        "n_post": Sum("count", filter=HAS_POST),
        "n_both": Sum("count", filter=both),
        "sum_pre": _weighted("pre_score", HAS_PRE),
        "sum_post": _weighted("post_score", HAS_POST),
        "sum_gain": Sum(gain, filter=both),
        "n_passed": Sum("count", filter=Q(post_score__gte=mark)),
    }


def scored_rows(*, period: Period, country: str | None = None):
    """Attendance rows with a score, of the sessions started in the period."""
    rows = Participation.objects.filter(
        HAS_PRE | HAS_POST,
        session__start_date__range=(period.start, period.end),
    )
    if country:
        rows = rows.filter(
            in_country(country, region="session__region", agency="session__organiser")
        )
    return rows


def learning_summary(
    *, period: Period, country: str | None = None, dimensions=tuple(DIMENSIONS)
) -> dict:
    """{"pass_mark", "tested", "average_pre", ..., "by_<dimension>": {code: {...}}}."""
    rows = scored_rows(period=period, country=country).order_by()
    summary = {"pass_mark": _number(settings.LEARNING_PASS_MARK)}
    summary |= _figures(rows.aggregate(**_sums()))
    for dimension in dimensions:
        expression = DIMENSIONS[dimension]
        expression = expression() if callable(expression) else expression
        groups = rows.annotate(key=expression).values("key").annotate(**_sums())
        summary[f"by_{dimension}"] = {
            (group["key"] or UNKNOWN): _figures(group)
            for group in groups.order_by("key")
        }
    return summary


def _figures(sums: dict) -> dict:
    """The averages and the pass share of one group's sums (None: no scores)."""
    return {
        "tested": int(sums["n_post"] or 0),
        "average_pre": _ratio(sums["sum_pre"], sums["n_pre"]),
        "average_post": _ratio(sums["sum_post"], sums["n_post"]),
        "average_gain": _ratio(sums["sum_gain"], sums["n_both"]),
        "pass_share": _ratio(100 * (sums["n_passed"] or 0), sums["n_post"]),
        "passed": int(sums["n_passed"] or 0),
    }


def _ratio(total, people) -> float | None:
    if not people:
        return None
    return round(float(total or 0) / people, 1)


def _number(value) -> int | float:
    return int(value) if value == int(value) else float(value)


def learning_public(summary: dict) -> dict:
    """What may be published: no sessions (a session's few trainees could be
    recognised), and a group of fewer than PUBLIC_MIN_COUNT tested people shows
    "<N" people and no averages, which would be nearly their own scores."""
    public = {"pass_mark": summary["pass_mark"], **_group_public(summary)}
    for dimension in ("module", "profession", "quarter"):
        if groups := summary.get(f"by_{dimension}"):
            public[f"by_{dimension}"] = {
                code: _group_public(group) for code, group in groups.items()
            }
    return public


def _group_public(group: dict) -> dict:
    withheld = is_withheld(group["tested"])
    shown = {
        key: None if withheld else group[key] for key in FIGURES if key != "tested"
    }
    return {
        "tested": small_count_suppressed(group["tested"]),
        **shown,
        "passed": small_count_suppressed(group["passed"]) if not withheld else None,
    }


# The tables the report and the dashboard show, in this order.
TABLES = (
    ("module", _("By module")),
    ("profession", _("By profession")),
    ("quarter", _("By quarter")),
    ("session", _("By session")),
)


def learning_tables(summary: dict, labels: dict[str, dict[str, str]]) -> list[dict]:
    """[{"title", "rows": [{"label", figures...}]}] for the screens, named in
    the reader's language (`labels`: {dimension: {code: name}})."""
    tables = []
    for dimension, title in TABLES:
        groups = summary.get(f"by_{dimension}")
        if not groups:
            continue
        names = labels.get(dimension, {})
        rows = [
            {"label": gettext("Unknown") if code == UNKNOWN else names.get(code, code)}
            | figures
            for code, figures in groups.items()
        ]
        tables.append({"title": title, "rows": rows})
    return tables


def learning_labels(summary: dict) -> dict[str, dict[str, str]]:
    """Module and profession names in the active language (two queries)."""
    labels = {}
    for dimension, model, field in (
        ("module", Module, "title"),
        ("profession", Profession, "name"),
    ):
        codes = set(summary.get(f"by_{dimension}", {})) - {UNKNOWN}
        rows = model.objects.filter(code__in=codes)
        labels[dimension] = dict(rows.values_list("code", label_expression(field)))
    return labels
