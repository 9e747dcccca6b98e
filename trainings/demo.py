"""Demo builders for reference data and action plans, from `demo_data/` (real documents)."""

from decimal import Decimal

from .demo_data import plans as plan_data
from .demo_data import reference
from .models import (
    SOP,
    Agency,
    Indicator,
    IndicatorTarget,
    Module,
    Plan,
    PlanNode,
    Profession,
    Region,
)


def build_reference() -> None:
    """Agencies, professions, regions, SOPs and modules, keyed by code."""
    for row in reference.AGENCIES:
        Agency.objects.update_or_create(
            code=row["code"],
            defaults={
                "name": row["name"],
                "kind": row["kind"],
                "country": row["country"],
                "aliases": "; ".join(row.get("aliases", [])),
            },
        )
    _link_parents(Agency, reference.AGENCIES)
    for row in reference.PROFESSIONS:
        Profession.objects.update_or_create(
            code=row["code"], defaults={"name": row["name"]}
        )
    for row in reference.REGIONS:
        Region.objects.update_or_create(
            code=row["code"],
            defaults={k: row[k] for k in ("name", "country", "kind")},
        )
    _link_parents(Region, reference.REGIONS)
    for row in reference.SOPS:
        SOP.objects.update_or_create(
            code=row["code"],
            defaults={"title": row["title"], "country": row["country"]},
        )
    sops = {s.code: s for s in SOP.objects.all()}
    for row in reference.MODULES:
        Module.objects.update_or_create(
            code=row["code"],
            defaults={
                "title": row["title"],
                "version": row.get("version") or "1.0",
                "sop": sops.get(row.get("sop")),
            },
        )


def _link_parents(model, rows) -> None:
    by_code = {obj.code: obj for obj in model.objects.all()}
    for row in rows:
        parent = by_code.get(row.get("parent"))
        child = by_code[row["code"]]
        if child.parent_id != (parent.pk if parent else None):
            child.parent = parent
            child.save(update_fields=["parent"])


def build_plans() -> None:
    """Every plan in `demo_data.plans`, with its tree, institutions and indicators."""
    agencies = {a.code: a for a in Agency.objects.all()}
    professions = {p.code: p for p in Profession.objects.all()}
    for plan_row in plan_data.PLANS:
        plan, _ = Plan.objects.update_or_create(
            code=plan_row["code"],
            defaults={
                k: plan_row[k]
                for k in ("title", "country", "start_year", "end_year", "level_names")
            }
            | {"currency": plan_row.get("currency") or "EUR"},
        )
        nodes: dict[str, PlanNode] = {}
        for position, row in enumerate(plan_row["nodes"]):
            node, _ = PlanNode.objects.update_or_create(
                plan=plan,
                code=row["code"],
                defaults={
                    "title": row["title"],
                    "level": row["level"],
                    "parent": nodes.get(row.get("parent")),
                    "start_year": row.get("start_year"),
                    "end_year": row.get("end_year"),
                    "timeframe": row.get("timeframe") or "",
                    "budget": _decimal(row.get("budget")),
                    "position": position,
                },
            )
            node.lead_agencies.set(agencies[c] for c in row.get("lead", []))
            node.contributing_agencies.set(
                agencies[c] for c in row.get("contributing", [])
            )
            nodes[row["code"]] = node
            for ind_position, ind in enumerate(row.get("indicators", [])):
                _build_indicator(node, ind, ind_position, professions)


def _build_indicator(node, row, position, professions) -> None:
    indicator, _ = Indicator.objects.update_or_create(
        node=node,
        code=row["code"],
        defaults={
            "name": row["name"],
            "unit": row.get("unit") or "",
            "baseline": _decimal(row.get("baseline")),
            "baseline_year": row.get("baseline_year"),
            "counting": row.get("counting") or Indicator.Counting.PER_PERIOD,
            "direction": row.get("direction") or Indicator.Direction.INCREASE,
            "source": row.get("source") or Indicator.Source.MANUAL,
            "breakdowns": row.get("breakdowns", []),
            "position": position,
        },
    )
    indicator.professions.set(professions[c] for c in row.get("professions", []))
    notes = row.get("target_notes", {})
    for year in sorted(set(row.get("targets", {})) | set(notes)):
        IndicatorTarget.objects.update_or_create(
            indicator=indicator,
            year=int(year),
            defaults={
                "value": _decimal(row.get("targets", {}).get(year)),
                "note": notes.get(year, ""),
            },
        )


def _decimal(value) -> Decimal | None:
    return None if value is None else Decimal(str(value))
