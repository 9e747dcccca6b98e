"""Import reference data by code: agencies, professions, curriculum modules, regions."""

from dataclasses import dataclass

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from campaigns.page_cache import page_cache_invalidate

from ..models import SOP, Agency, Module, Profession, Region
from ..models.reference import Country
from .reading import (
    Columns,
    Importer,
    ImportResult,
    Lookup,
    RowChecker,
    max_lengths,
    parse_date,
)


@dataclass(frozen=True)
class ReferenceKind:
    model: type
    name_field: str
    # Optional file columns → model field; choices are checked, `parent` by code.
    extra: tuple[str, ...] = ()


REFERENCE_KINDS = {
    "agencies": ReferenceKind(Agency, "name", ("kind", "country", "parent", "aliases")),
    "professions": ReferenceKind(Profession, "name"),
    "modules": ReferenceKind(Module, "title", ("version", "sop")),
    # Territorial reforms: a unit's validity dates say which map it belongs to.
    "regions": ReferenceKind(
        Region, "name", ("kind", "country", "parent", "valid_from", "valid_to")
    ),
}


def reference_import(
    kind: str, data: bytes, *, filename: str, dry_run: bool = False
) -> ImportResult:
    """Create or update rows by `code` (columns `code,name` plus optional extras)."""
    spec = REFERENCE_KINDS[kind]
    columns = Columns(
        required=frozenset({"code", "name"}),
        optional=frozenset(spec.extra),
        dates=frozenset({"valid_from", "valid_to"}),
        lengths=max_lengths(
            spec.model,
            code="code",
            name=spec.name_field,
            **{c: c for c in spec.extra if c not in ("parent", "sop")},
        ),
    )
    importer = Importer(
        columns,
        check=lambda table, errors: _check(spec, table, errors),
        write=lambda rows: _write(spec, rows),
        model=spec.model,
    )
    return importer.run(data, filename=filename, dry_run=dry_run)


def _check(spec: ReferenceKind, table, errors) -> list[dict]:
    codes_in_file = {cells.get("code", "") for _, cells in table.rows}
    known = set(spec.model.objects.values_list("code", flat=True)) | codes_in_file
    sops = Lookup(
        SOP.objects.values_list("code", "pk"),
        unknown=gettext_lazy("unknown SOP '%(value)s'"),
    )
    seen: dict[str, int] = {}
    parsed = []
    for number, cells in table.rows:
        row = RowChecker(errors, number)
        code = row.key("code", cells, seen)
        values = {"code": code, spec.name_field: row.required("name", cells)}
        for column in spec.extra:
            if column not in table.columns:
                continue
            cell = cells.get(column, "")
            if column == "parent":
                if cell and cell not in known:
                    row.fail(column, _("unknown code '%(value)s'") % {"value": cell})
                values["parent"] = cell
            elif column == "sop":
                values["sop_id"] = row.check(column, sops.get, cell) if cell else None
            elif column.startswith("valid_"):
                values[column] = row.check(column, parse_date, cell) if cell else None
            else:
                values[column] = _choice(row, spec.model, column, cell)
        parsed.append(values)
    return parsed


def _choice(row: RowChecker, model, column: str, cell: str) -> str:
    field = model._meta.get_field(column)
    if not cell:
        return field.get_default()
    if field.choices:
        allowed = {str(value) for value, _ in field.choices}
        if column == "country":
            allowed = set(Country.values)
        if cell not in allowed:
            row.fail(
                column,
                _("'%(value)s' must be one of %(allowed)s")
                % {"value": cell, "allowed": ", ".join(sorted(allowed))},
            )
    return cell


def _write(spec: ReferenceKind, rows: list[dict]) -> tuple[int, int]:
    model = spec.model
    existing = model.objects.in_bulk([r["code"] for r in rows], field_name="code")
    fields = [k for k in rows[0] if k not in ("code", "parent")] if rows else []
    new = [
        model(**{k: v for k, v in r.items() if k != "parent"})
        for r in rows
        if r["code"] not in existing
    ]
    model.objects.bulk_create(new)
    changed = [existing[r["code"]] for r in rows if r["code"] in existing]
    for obj, r in zip(changed, [r for r in rows if r["code"] in existing], strict=True):
        for name in fields:
            setattr(obj, name, r[name])
    model.objects.bulk_update(changed, fields)
    if rows and "parent" in rows[0]:
        _link_parents(model, rows)
    # Bulk writes send no signals; regions and agencies show on public pages.
    page_cache_invalidate()
    return len(new), len(changed)


def _link_parents(model, rows: list[dict]) -> None:
    ids = dict(model.objects.values_list("code", "pk"))
    objs = model.objects.in_bulk([r["code"] for r in rows], field_name="code")
    for r in rows:
        objs[r["code"]].parent_id = ids.get(r["parent"])
    model.objects.bulk_update(objs.values(), ["parent_id"])
