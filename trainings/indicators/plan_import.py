"""Import a plan's measures and indicators from the office's CSV/XLSX tables.

One row per indicator; a measure with several indicators repeats its code on
the next rows (its other cells may stay empty), and a measure without
indicators leaves the indicator cells empty. Columns:

    code, parent, level, title, lead, contributing, start_year, end_year,
    timeframe, budget, indicator_code, indicator_name, unit, baseline,
    baseline_year, target_<year>..., counting, direction, source, breakdowns,
    professions, event_types, denominator_label, denominator_<year>...,
    and optionally the texts in English and Serbian: title_en, title_sr,
    indicator_name_en, indicator_name_sr, unit_en, unit_sr

`title`, `indicator_name` and `unit` are the Albanian texts; a translation column
left out of the file keeps what the row had, so a plan can be imported in
Albanian first and its translations brought in bulk later.

`level` is a level name of the plan (or its number from 0); `lead`,
`contributing`, `professions` and `event_types` (a training indicator counting
only seminars, say) are codes separated by ";"; `target_2022`
holds a number, or text kept as a note ("10% above baseline");
`denominator_2015` the population a percent indicator is of that year (the
number of health staff) and `denominator_label` who they are ("health
staff"): the indicator's actual is then its count ÷ that number × 100. Strict and
atomic: every bad cell is reported as "row N, column X: reason" and nothing
is saved. Re-importing updates rows by code, so it never duplicates. The file
is read by the imports' reader (`siteconf/import_table.py`), so it is refused
for the same encodings, formulas, merged cells or size, in the same words.
"""

import re
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

from django.db import transaction
from django.utils.translation import gettext, ngettext

from siteconf import bounds
from siteconf.formats import number_text
from siteconf.import_cells import max_lengths, parse_number
from siteconf.import_table import (
    Columns,
    ErrorList,
    RowError,
    TableError,
    table_read,
)
from siteconf.translated import other_languages

from ..models import (
    Agency,
    EventType,
    Indicator,
    IndicatorDenominator,
    IndicatorTarget,
    Plan,
    PlanNode,
    Profession,
)
from .sources import BREAKDOWNS

# "nan" is what pandas writes for an empty cell.
EMPTY = {"", "-", "n/a", "na", "—", "nan"}
# target_2022, or target_2022_h1 / target_2022_q3 where the plan gives a
# target for a half-year or a quarter (column names arrive in lower case).
TARGET_COLUMN = re.compile(r"target_(\d{4})(?:_(h[12]|q[1-4]))?")
# denominator_2015: the population a percent indicator is of, that year.
DENOMINATOR_COLUMN = re.compile(r"denominator_(\d{4})")
YEAR_COLUMNS = re.compile(f"{TARGET_COLUMN.pattern}|{DENOMINATOR_COLUMN.pattern}")
LANGUAGES = other_languages()
# Column of the file → translated field, per other language (title_en → title_en).
TRANSLATIONS = {
    "node": {f"title_{lang}": f"title_{lang}" for lang in LANGUAGES},
    "indicator": {
        f"{column}_{lang}": f"{field}_{lang}"
        for lang in LANGUAGES
        for column, field in (
            ("indicator_name", "name"),
            ("unit", "unit"),
            ("denominator_label", "denominator_label"),
        )
    },
}
COLUMNS = Columns(
    required=frozenset({"code", "title", "level"}),
    optional=frozenset(
        {
            "parent",
            "lead",
            "contributing",
            "start_year",
            "end_year",
            "timeframe",
            "budget",
            "indicator_code",
            "indicator_name",
            "unit",
            "baseline",
            "baseline_year",
            "counting",
            "direction",
            "source",
            "breakdowns",
            "professions",
            "event_types",
            "denominator_label",
            *TRANSLATIONS["node"],
            *TRANSLATIONS["indicator"],
        }
    ),
    pattern=YEAR_COLUMNS,
    pattern_name="target_<year>[_h1 … _q4], denominator_<year>",
    lengths={
        **max_lengths(PlanNode, code="code", timeframe="timeframe"),
        **max_lengths(
            Indicator,
            indicator_code="code",
            unit="unit",
            denominator_label="denominator_label",
        ),
        **max_lengths(Indicator, **TRANSLATIONS["indicator"]),
    },
)
# What the DecimalFields (14 digits, 2 decimals) keep; plans count up, never below 0.
NUMBER_RANGE = {"low": Decimal(0), "high": Decimal("999999999999.99")}
YEARS = range(1990, 2101)
NOTE_LENGTH = IndicatorTarget._meta.get_field("note").max_length


class PlanImportError(Exception):
    """The file was refused; `errors` lists every bad cell as `row N, column X: reason`."""

    def __init__(self, errors: list[RowError]):
        self.errors = errors if isinstance(errors, ErrorList) else ErrorList(errors)
        super().__init__("\n".join(self.errors.report()))

    def summary(self) -> str:
        total = self.errors.total
        return ngettext(
            "%(count)s error; nothing was imported.",
            "%(count)s errors; nothing was imported.",
            total,
        ) % {"count": number_text(total)}


@dataclass
class PlanImportResult:
    """Rows in the file, and how many of them are new (the rest update by code)."""

    nodes: int = 0
    indicators: int = 0
    targets: int = 0
    nodes_created: int = 0
    indicators_created: int = 0
    targets_created: int = 0
    dry_run: bool = False

    @property
    def created(self) -> int:
        return self.nodes_created + self.indicators_created

    def summary(self) -> str:
        """ "imported 3 measures (3 new, 0 updated), …" in the active language."""
        counts = {
            "measures": self._part(
                ngettext(
                    "%(total)s measure (%(new)s new, %(updated)s updated)",
                    "%(total)s measures (%(new)s new, %(updated)s updated)",
                    self.nodes,
                ),
                self.nodes,
                self.nodes_created,
            ),
            "indicators": self._part(
                ngettext(
                    "%(total)s indicator (%(new)s new, %(updated)s updated)",
                    "%(total)s indicators (%(new)s new, %(updated)s updated)",
                    self.indicators,
                ),
                self.indicators,
                self.indicators_created,
            ),
            "targets": self._part(
                ngettext(
                    "%(total)s target (%(new)s new, %(updated)s updated)",
                    "%(total)s targets (%(new)s new, %(updated)s updated)",
                    self.targets,
                ),
                self.targets,
                self.targets_created,
            ),
        }
        if self.dry_run:
            text = gettext("would import %(measures)s, %(indicators)s, %(targets)s.")
        else:
            text = gettext("imported %(measures)s, %(indicators)s, %(targets)s.")
        return text % counts

    @staticmethod
    def _part(text: str, total: int, new: int) -> str:
        return text % {"total": total, "new": new, "updated": total - new}


@dataclass
class _Node:
    values: dict
    parent: str
    lead: list
    contributing: list
    indicators: list = field(default_factory=list)
    indicator_rows: dict[str, int] = field(default_factory=dict)  # code → first row


def plan_import(
    *, plan: Plan, name: str, content: bytes, dry_run: bool = False
) -> PlanImportResult:
    """Validate the whole file, then save it in one transaction (or nothing).

    A dry run saves too and rolls back, so its new/updated counts are exact.
    """
    rows = _read(name, content)
    nodes = _Parser(plan).parse(rows)
    result = PlanImportResult(dry_run=dry_run)
    with transaction.atomic():
        _save(plan, nodes, result)
        if dry_run:
            transaction.set_rollback(True)
    return result


def _read(name: str, content: bytes) -> list[tuple[int, dict]]:
    """The shared reader of every import, with the plan's columns."""
    try:
        return table_read(content, filename=name, columns=COLUMNS).rows
    except TableError as error:
        raise PlanImportError(error.errors) from None


class _Parser:
    """Turns rows into nodes with their indicators, collecting every error."""

    def __init__(self, plan: Plan):
        self.plan = plan
        self.errors = ErrorList()
        self.agencies = set(Agency.objects.values_list("code", flat=True))
        self.professions = set(Profession.objects.values_list("code", flat=True))
        self.event_types = set(EventType.objects.values_list("code", flat=True))
        self.known_codes = set(plan.nodes.values_list("code", flat=True))
        # A level may be named in any of the plan's languages ("Masë", "Measure").
        self.levels = {
            name.lower(): i
            for column in (
                "level_names",
                *(f"level_names_{lang}" for lang in LANGUAGES),
            )
            for i, name in enumerate(getattr(plan, column) or [])
        }

    def parse(self, rows: list[tuple[int, dict]]) -> dict[str, _Node]:
        nodes: dict[str, _Node] = {}
        for number, row in rows:
            self.number = number
            code = row.get("code", "")
            if not code:
                self.error("code", gettext("is required"))
                continue
            if code not in nodes:
                nodes[code] = self.node(row)
                self.known_codes.add(code)
            if row.get("indicator_code") or row.get("indicator_name"):
                self.indicator(row, nodes[code])
        if self.errors:
            raise PlanImportError(self.errors)
        return nodes

    def error(self, column: str, reason: str) -> None:
        self.errors.append(RowError(self.number, column, reason))

    def node(self, row: dict) -> _Node:
        parent = row.get("parent", "")
        if parent and parent not in self.known_codes:
            self.error(
                "parent",
                gettext("'%(code)s' is not a code above this row or in the plan")
                % {"code": parent},
            )
        if not row.get("title"):
            self.error("title", gettext("is required"))
        values = {
            "title": row.get("title", ""),
            "level": self.level(row.get("level", "")),
            "start_year": self.year(row, "start_year"),
            "end_year": self.year(row, "end_year"),
            "timeframe": row.get("timeframe", ""),
            "budget": self.decimal(row, "budget"),
        } | _translations(row, TRANSLATIONS["node"])
        return _Node(
            values,
            parent,
            self.codes(row, "lead", self.agencies),
            self.codes(row, "contributing", self.agencies),
        )

    def indicator(self, row: dict, node: _Node) -> None:
        code = row.get("indicator_code", "")
        if not code:
            self.error(
                "indicator_code", gettext("is required when the row has an indicator")
            )
        if not row.get("indicator_name"):
            self.error("indicator_name", gettext("is required"))
        if code in node.indicator_rows:
            first = node.indicator_rows[code]
            self.error(
                "indicator_code",
                gettext("duplicates row %(row)s (indicator '%(code)s' again)")
                % {"row": first, "code": code},
            )
        node.indicator_rows.setdefault(code, self.number)
        node.indicators.append(
            {
                "code": code,
                "name": row.get("indicator_name", ""),
                "unit": row.get("unit", ""),
                "baseline": self.decimal(row, "baseline"),
                "baseline_year": self.year(row, "baseline_year"),
                "counting": self.choice(
                    row, "counting", Indicator.Counting, "per_period"
                ),
                "direction": self.choice(
                    row, "direction", Indicator.Direction, "increase"
                ),
                "source": self.choice(row, "source", Indicator.Source, "manual"),
                "breakdowns": self.breakdowns(row),
                "professions": self.codes(row, "professions", self.professions),
                "event_types": self.codes(row, "event_types", self.event_types),
                "targets": self.targets(row),
                "denominators": self.denominators(row),
                "denominator_label": row.get("denominator_label", ""),
            }
            | _translations(row, TRANSLATIONS["indicator"])
        )

    def level(self, text: str) -> int:
        if text.isdigit() and int(text) < max(len(self.levels), 1):
            return int(text)
        if text.lower() in self.levels:
            return self.levels[text.lower()]
        names = ", ".join(self.plan.level_names) or gettext("none defined")
        self.error(
            "level",
            gettext("'%(text)s' is not a level of this plan (%(names)s)")
            % {"text": text, "names": names},
        )
        return 0

    def year(self, row: dict, column: str) -> int | None:
        text = row.get(column, "")
        if text.lower() in EMPTY:
            return None
        if not text.isdigit() or int(text) not in YEARS:
            self.error(
                column,
                gettext("'%(text)s' is not a year (%(first)s to %(last)s)")
                % {"text": text, "first": YEARS[0], "last": YEARS[-1]},
            )
            return None
        return int(text)

    def decimal(self, row: dict, column: str) -> Decimal | None:
        text = row.get(column, "")
        if text.lower() in EMPTY:
            return None
        try:
            return parse_number(text, **NUMBER_RANGE)
        except ValueError as error:
            self.error(column, str(error))
            return None

    def choice(self, row: dict, column: str, choices, default: str) -> str:
        value = row.get(column, "") or default
        if value not in choices.values:
            self.error(
                column,
                gettext("'%(value)s' is not one of %(choices)s")
                % {"value": value, "choices": ", ".join(choices.values)},
            )
        return value

    def codes(self, row: dict, column: str, known: set[str]) -> list[str]:
        codes = [c.strip() for c in re.split(r"[;,]", row.get(column, "")) if c.strip()]
        if unknown := [c for c in codes if c not in known]:
            self.error(
                column,
                ngettext(
                    "unknown code %(codes)s", "unknown codes %(codes)s", len(unknown)
                )
                % {"codes": ", ".join(unknown)},
            )
        return codes

    def breakdowns(self, row: dict) -> list[str]:
        names = [
            b.strip() for b in re.split(r"[;,]", row.get("breakdowns", "")) if b.strip()
        ]
        if unknown := [b for b in names if b not in BREAKDOWNS]:
            self.error(
                "breakdowns",
                gettext("unknown %(names)s (use %(known)s)")
                % {"names": ", ".join(unknown), "known": ", ".join(BREAKDOWNS)},
            )
        return names

    def targets(self, row: dict) -> dict[tuple, tuple[Decimal | None, str]]:
        """target_<year>[_<part>] cells: a number, or text kept as a note."""
        targets = {}
        for column, text in row.items():
            match = TARGET_COLUMN.fullmatch(column)
            if not match or text.lower() in EMPTY:
                continue
            key = (int(match[1]), (match[2] or "").upper())
            if _looks_numeric(text):
                targets[key] = (self.decimal(row, column), "")
            elif len(text) > NOTE_LENGTH:
                self.error(
                    column,
                    gettext("a note of at most %(limit)s characters")
                    % {"limit": NOTE_LENGTH},
                )
            else:
                targets[key] = (None, text)  # "10% above baseline"
        return targets

    def denominators(self, row: dict) -> dict[int, Decimal]:
        """denominator_<year> cells: how many people the percentage is of."""
        found = {}
        for column, text in row.items():
            match = DENOMINATOR_COLUMN.fullmatch(column)
            if not match or text.lower() in EMPTY:
                continue
            try:
                found[int(match[1])] = bounds.DENOMINATOR.check(
                    parse_number(text, **NUMBER_RANGE)
                )
            except ValueError as error:
                self.error(column, str(error))
        return found


def _translations(row: dict, columns: dict[str, str]) -> dict[str, str]:
    """The translation cells the file has (a column it lacks changes nothing)."""
    return {field: row[column] for column, field in columns.items() if column in row}


def _looks_numeric(text: str) -> bool:
    try:
        Decimal(text.replace(" ", ""))
    except InvalidOperation:
        return False
    return True


def _save(plan: Plan, nodes: dict[str, _Node], result: PlanImportResult) -> None:
    """Upsert by code, in file order so parents exist first; counts into `result`."""
    agencies = {a.code: a for a in Agency.objects.all()}
    professions = {p.code: p for p in Profession.objects.all()}
    saved = {n.code: n for n in plan.nodes.all()}
    for position, (code, spec) in enumerate(nodes.items()):
        node, new = PlanNode.objects.update_or_create(
            plan=plan,
            code=code,
            defaults=spec.values
            | {"parent": saved.get(spec.parent), "position": position},
        )
        saved[code] = node
        node.lead_agencies.set([agencies[c] for c in spec.lead])
        node.contributing_agencies.set([agencies[c] for c in spec.contributing])
        result.nodes += 1
        result.nodes_created += new
        for ind_position, values in enumerate(spec.indicators):
            _save_indicator(node, values, ind_position, professions, result)


def _save_indicator(
    node: PlanNode, values: dict, position: int, professions, result
) -> None:
    values = dict(values)
    targets, codes = values.pop("targets"), values.pop("professions")
    event_types, denominators = values.pop("event_types"), values.pop("denominators")
    indicator, new = Indicator.objects.update_or_create(
        node=node, code=values.pop("code"), defaults=values | {"position": position}
    )
    indicator.professions.set([professions[c] for c in codes])
    indicator.event_types.set(EventType.objects.filter(code__in=event_types))
    result.indicators += 1
    result.indicators_created += new
    for (year, part), (value, note) in targets.items():
        _, target_new = IndicatorTarget.objects.update_or_create(
            indicator=indicator,
            year=year,
            period=part,
            defaults={"value": value, "note": note},
        )
        result.targets += 1
        result.targets_created += target_new
    for year, value in denominators.items():
        IndicatorDenominator.objects.update_or_create(
            indicator=indicator, year=year, defaults={"value": value}
        )
