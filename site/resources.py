"""Fener's import framework on django-import-export: `FenerResource`.

A Resource per table people bring in bulk (each app's `resources.py`). Its columns
are the model's editable fields, foreign keys by code, so a field added to the
model is a column without more code. What Fener adds to a plain ModelResource:

- the file goes through Fener's safe reader (siteconf.import_table: size,
  encodings, `,` or `;`, XLSX, formulas, HTML, limits), so every refusal keeps
  its words;
- every bad cell is reported as `row N, column X: reason` (spreadsheet rows,
  header = 1), codes that match nothing with "did you mean …";
- all or nothing: rows are written only when no row is bad, in one transaction,
  set-based (one query for the existing rows, bulk_create, bulk_update), so the
  cost per row is Python, not a query;
- rows are counted as new, updated or unchanged; a dry run writes and rolls back.
"""

import datetime
from dataclasses import dataclass

import tablib
from django.core.exceptions import FieldDoesNotExist, ValidationError
from django.db import models
from django.db.models.fields import NOT_PROVIDED
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from import_export import resources, widgets
from import_export.results import Result, RowResult

from trainings.services.audit import import_run_record

from .bulk import rows_update
from .formats import number_text
from .import_cells import RowChecker, closest, did_you_mean, parse_date
from .import_table import Columns, ErrorList, RowError, Table, TableError, table_read

# How many rows the preview shows (the counts cover every row).
PREVIEW_ROWS = 100
NEW, UPDATE, SKIP = (
    RowResult.IMPORT_TYPE_NEW,
    RowResult.IMPORT_TYPE_UPDATE,
    RowResult.IMPORT_TYPE_SKIP,
)


# --- widgets: one cell of text ↔ one value, refusals as translated ValueErrors ---


class TextWidget(widgets.Widget):
    """Plain text as the reader checked it (stripped, no formula, no HTML)."""

    def clean(self, value, row=None, **kwargs):
        return value or ""

    def render(self, value, obj=None, **kwargs):
        return "" if value is None else str(value)


class ChoiceWidget(TextWidget):
    """One of the field's choice values (`state`, `AL`), as the admin stores them."""

    def __init__(self, choices, **kwargs):
        self.allowed = sorted(str(value) for value, _label in choices)
        super().__init__(**kwargs)

    def clean(self, value, row=None, **kwargs):
        if value and value not in self.allowed:
            raise ValueError(
                _("'%(value)s' must be one of %(allowed)s")
                % {"value": value, "allowed": ", ".join(self.allowed)}
            )
        return value or None  # empty: the field's default (Field.clean)


class DateWidget(TextWidget):
    """`YYYY-MM-DD` (an XLSX date cell arrives so), with Fener's advice otherwise."""

    def clean(self, value, row=None, **kwargs):
        return parse_date(value) if value else None

    def render(self, value, obj=None, **kwargs):
        return value.isoformat() if isinstance(value, datetime.date) else ""


class NumberWidget(TextWidget):
    """A whole number within the model field's bounds; empty stays empty (unknown)."""

    def __init__(self, validators=(), **kwargs):
        self.validators = list(validators)
        super().__init__(**kwargs)

    def clean(self, value, row=None, **kwargs):
        if value in ("", None):
            return None
        try:
            number = int(str(value).strip())
        except ValueError:
            raise ValueError(
                _("'%(value)s' is not a whole number") % {"value": value}
            ) from None
        for validator in self.validators:
            try:
                validator(number)
            except ValidationError as error:
                raise ValueError(" ".join(error.messages)) from None
        return number


class ListWidget(TextWidget):
    """Several values in one cell, separated by `;` (kept as "A; B")."""

    def clean(self, value, row=None, **kwargs):
        return "; ".join(p.strip() for p in (value or "").split(";") if p.strip())


class CodeWidget(TextWidget):
    """A foreign key written as the related row's code (or name), loaded once.

    `load()` reads every code, name and pk of the related table in one query
    before the rows are checked, so a row costs a dictionary lookup, not a query.
    A row of the same table may name a code the file itself creates (a region's
    parent): `clean` then returns the code, resolved after the rows are written.
    """

    def __init__(self, model, *, name_fields=("name", "title"), **kwargs):
        self.model = model
        self.name_fields = [
            f for f in name_fields if any(x.name == f for x in model._meta.fields)
        ]
        self.ids: dict[str, int] = {}
        self.codes: dict[int, str] = {}
        self.labels: list[str] = []  # codes and names, for "did you mean"
        self.pending: set[str] = set()
        super().__init__()

    def load(self, file_codes=()) -> None:
        self.ids, self.codes, self.labels = {}, {}, []
        for pk, code, *names in self.model._default_manager.values_list(
            "pk", "code", *self.name_fields
        ):
            self.codes[pk] = code
            for key in (code, *names):
                if key:
                    self.ids.setdefault(key.strip().casefold(), pk)
                    self.labels.append(key)
        self.pending = {c.casefold() for c in file_codes if c}

    def clean(self, value, row=None, **kwargs):
        if not value:
            return None
        key = value.strip().casefold()
        if key in self.ids:
            return self.ids[key]
        if key in self.pending:
            return PendingCode(value.strip())
        raise ValueError(
            did_you_mean(
                _("unknown code '%(value)s'") % {"value": value},
                value,
                self.labels,
            )
        )

    def render(self, value, obj=None, **kwargs):
        if value is None:
            return ""
        if not self.codes:
            self.load()
        return self.codes.get(value, "")


class CodeListWidget(CodeWidget):
    """Several related rows in one cell, by code or name, separated by `;`
    (a many-to-many field): a frozenset of ids."""

    def clean(self, value, row=None, **kwargs):
        parts = [p.strip() for p in (value or "").split(";") if p.strip()]
        return frozenset(super(CodeListWidget, self).clean(p) for p in parts)

    def render(self, value, obj=None, **kwargs):
        if value is None:
            return ""
        return "; ".join(sorted(row.code for row in value.all()))


@dataclass(frozen=True)
class PendingCode:
    """A code the same file creates; its id is known once the rows are written."""

    code: str


# --- the Resource ------------------------------------------------------------------


class FenerResult(Result):
    """What an import did or would do: django-import-export's `Result` (totals by
    row type) and Fener's (`created`, `updated`, `errors`, `summary()`), so the
    commands and screens read one protocol. `errors` means nothing was written."""

    def __init__(self, *, dry_run: bool = False, errors=()):
        super().__init__()
        self.dry_run = dry_run
        self.errors = errors if isinstance(errors, ErrorList) else ErrorList(errors)
        self.created = self.updated = self.unchanged = 0
        # (row number, NEW/UPDATE/SKIP, {column: text}, changed columns), first rows
        self.preview: list[tuple[int, str, dict, set]] = []

    @property
    def ok(self) -> bool:
        return not self.errors

    def has_errors(self):
        return bool(self.errors) or super().has_errors()

    def summary(self) -> str:
        if self.errors:
            return ngettext(
                "%(count)s error; nothing was imported.",
                "%(count)s errors; nothing was imported.",
                self.errors.total,
            ) % {"count": number_text(self.errors.total)}
        counts = {
            "created": number_text(self.created),
            "updated": number_text(self.updated),
        }
        if self.dry_run:
            return _("would create %(created)s, update %(updated)s.") % counts
        return _("created %(created)s, updated %(updated)s.") % counts


class FenerResource(resources.ModelResource):
    """Base of every Fener import and export; see the module docstring.

    Subclasses set `Meta.model`, and declare only special columns (a field
    under another column name, a list). Rows are matched by `code`; foreign
    keys are written as the related row's code (its table needs one). Writes
    are Fener's own set-based ones (`import_data_inner`), not `use_bulk`'s.
    """

    class Meta:
        import_id_fields = ("code",)
        exclude = ("id",)
        skip_unchanged = True
        batch_size = 1000

    @classmethod
    def of(cls, model) -> type["FenerResource"]:
        """The Resource of a list with nothing special: every field a column."""
        meta = type("Meta", (), {"model": model})
        return type(f"{model.__name__}Resource", (cls,), {"Meta": meta})

    @classmethod
    def widget_from_django_field(cls, f, default=widgets.Widget):
        if isinstance(f, models.ForeignKey):
            return lambda **kw: CodeWidget(f.related_model)
        if f.choices:
            return lambda **kw: ChoiceWidget(f.choices)
        if isinstance(f, models.DateField):
            return DateWidget
        if isinstance(f, models.IntegerField):
            return lambda **kw: NumberWidget(f.validators)
        return TextWidget

    @classmethod
    def widget_kwargs_for_field(cls, field_name, django_field):
        return {}

    # --- columns ---

    def model_field(self, field):
        attribute = field.attribute.removesuffix("_id")
        try:
            return self._meta.model._meta.get_field(attribute)
        except FieldDoesNotExist:  # a column that is not a model field
            return None

    def required_columns(self) -> list[str]:
        """The code and every column a row cannot do without (no blank, no default)."""
        required = []
        for field in self.get_import_fields():
            django_field = self.model_field(field)
            if field.column_name in self._meta.import_id_fields or (
                django_field is not None
                and not django_field.blank
                and django_field.default is NOT_PROVIDED
            ):
                required.append(field.column_name)
        return required

    def columns(self) -> Columns:
        """What the reader accepts in the header, and how long each text may be."""
        fields = self.get_import_fields()
        lengths = {}
        for field in fields:
            django_field = self.model_field(field)
            if isinstance(django_field, models.CharField) and not isinstance(
                field.widget, ListWidget
            ):
                lengths[field.column_name] = django_field.max_length
        return Columns(
            required=frozenset(self.required_columns()),
            optional=frozenset(f.column_name for f in fields),
            dates=frozenset(
                f.column_name for f in fields if isinstance(f.widget, DateWidget)
            ),
            lengths=lengths,
        )

    def headers(self) -> list[str]:
        return [f.column_name for f in self.get_import_fields()]

    # --- import ---

    def dataset_read(self, data: bytes, *, filename: str) -> tablib.Dataset:
        """The file as a Dataset, through Fener's reader; raises TableError.

        Blank rows are left out, so the spreadsheet row numbers go in
        `self.row_numbers`, one per dataset row.
        """
        table = table_read(data, filename=filename, columns=self.columns())
        # Rows given to the constructor skip Dataset.append's per-row checks.
        dataset = tablib.Dataset(
            *([cells.get(c, "") for c in table.columns] for _n, cells in table.rows),
            headers=table.columns,
        )
        self.row_numbers = [number for number, _cells in table.rows]
        return dataset

    def import_file(
        self, data: bytes, *, filename: str, dry_run: bool = False, user=None
    ) -> FenerResult:
        """Read, check and write the file, all or nothing (the commands' and
        screens' entry point). The run is logged when rows are written."""
        try:
            dataset = self.dataset_read(data, filename=filename)
        except TableError as refused:
            return FenerResult(dry_run=dry_run, errors=refused.errors)
        return self.import_data(
            dataset,
            dry_run=dry_run,
            use_transactions=True,
            user=user,
            filename=filename,
        )

    def import_data_inner(
        self, dataset, dry_run, raise_errors, using_transactions, collect_failed, **kw
    ):
        """Check every row, then write them all set-based (django-import-export's
        own loop saves, or queries, row by row)."""
        result = FenerResult(dry_run=dry_run)
        result.total_rows = len(dataset)
        numbers = getattr(self, "row_numbers", None) or range(2, len(dataset) + 2)
        fields = [
            f
            for f in self.get_import_fields()
            if f.column_name in dataset.headers and not f.readonly
        ]
        rows = [dict(zip(dataset.headers, values, strict=True)) for values in dataset]
        self._widgets_load(fields, rows)
        existing = self._existing(rows)
        creates, updates = self._rows_check(result, fields, rows, numbers, existing)
        if result.errors:
            return result
        self._write(creates, updates, fields)
        result.created, result.updated = len(creates), len(updates)
        self.after_write(creates + updates)
        if not dry_run:
            import_run_record(
                model=self._meta.model,
                filename=kw.get("filename", ""),
                result=result,
                user=kw.get("user"),
            )
        return result

    def _widgets_load(self, fields, rows) -> None:
        own_codes = [r.get("code", "") for r in rows]
        for field in fields:
            if isinstance(field.widget, CodeWidget):
                same = field.widget.model is self._meta.model
                field.widget.load(own_codes if same else ())

    @property
    def key(self) -> str:
        """The column rows are matched by (`code`; `ref` for activities)."""
        return self._meta.import_id_fields[0]

    def _existing(self, rows) -> dict:
        """The rows of the table the file names, by key, in one query per 5,000."""
        model, codes = self._meta.model, [r.get(self.key, "") for r in rows]
        found = {}
        for start in range(0, len(codes), 5000):
            chunk = codes[start : start + 5000]
            found |= model._default_manager.in_bulk(chunk, field_name=self.key)
        return found

    def _rows_check(self, result, fields, rows, numbers, existing):
        creates, updates, seen = [], [], {}
        required = set(self.required_columns()) - {self.key}
        for number, row in zip(numbers, rows, strict=False):
            check = RowChecker(result.errors, number)
            code = check.key(self.key, row, seen)
            instance = existing.get(code) or self.init_instance(row)
            changed = set()
            for field in fields:
                if field.column_name in required and not row.get(field.column_name):
                    check.fail(field.column_name, _("required"))
                    continue
                try:
                    value = field.clean(row)
                except (ValueError, ValidationError) as error:
                    check.fail(field.column_name, _reason(error))
                    continue
                if self.value_set(instance, field, value):
                    changed.add(field.column_name)
            self.row_check(instance, check)
            kind = NEW if instance.pk is None else (UPDATE if changed else SKIP)
            result.totals[kind] += 1
            if kind == UPDATE:
                updates.append(instance)
            elif kind == NEW:
                creates.append(instance)
            else:
                result.unchanged += 1
            if len(result.preview) < PREVIEW_ROWS:
                result.preview.append((number, kind, row, changed))
        return creates, updates

    def value_set(self, instance, field, value) -> bool:
        """Put a cell's value on the row; whether that changed it."""
        if getattr(instance, field.attribute) == value:
            return False
        setattr(instance, field.attribute, value)
        return True

    def row_check(self, instance, check: RowChecker) -> None:
        """Rules across a row's cells (a Resource's own), reported with `check.fail`."""

    def write_attributes(self, fields) -> list[str]:
        """The model fields an update writes."""
        return [f.attribute for f in fields if f.attribute != self.key]

    def _write(self, creates, updates, fields) -> None:
        """bulk_create, bulk_update, then the codes a row named before its row existed."""
        model = self._meta.model
        pending = [
            (obj, f.attribute, getattr(obj, f.attribute))
            for obj in creates + updates
            for f in fields
            if isinstance(getattr(obj, f.attribute), PendingCode)
        ]
        for obj, attribute, _code in pending:
            setattr(obj, attribute, None)
        model._default_manager.bulk_create(creates, batch_size=self._meta.batch_size)
        attributes = self.write_attributes(fields)
        if updates and attributes:
            rows_update(model, updates, attributes)
        if pending:
            ids = dict(model._default_manager.values_list("code", "pk"))
            ids = {code.casefold(): pk for code, pk in ids.items()}
            for obj, attribute, code in pending:
                setattr(obj, attribute, ids[code.code.casefold()])
            linked = list({obj.pk: obj for obj, _a, _c in pending}.values())
            rows_update(model, linked, sorted({a for _o, a, _c in pending}))

    def after_write(self, objects: list) -> None:
        """After the rows are written, in the same transaction (bulk writes send
        no save signals: a Resource whose rows show on public pages says so here)."""

    # --- blank template, export ---

    # Cells of the template's example row, by column (codes of related rows and
    # choices are filled in by themselves).
    example: dict[str, str] = {}

    def template_rows(self) -> list[list]:
        """The header and one example row."""
        fields = self.get_import_fields()
        for field in fields:
            if isinstance(field.widget, CodeWidget):
                field.widget.load()
        return [self.headers(), [self._example(f) for f in fields]]

    def _example(self, field) -> str:
        if field.column_name in self.example:
            return str(self.example[field.column_name])
        if isinstance(field.widget, CodeWidget):
            return next(iter(field.widget.codes.values()), "")
        if isinstance(field.widget, ChoiceWidget):
            default = self.model_field(field).default
            return default if isinstance(default, str) else field.widget.allowed[0]
        return ""

    def allowed_codes(self) -> list[list]:
        """What the columns taking codes accept: column, code, name (the template's
        second sheet)."""
        rows = []
        for field in self.get_import_fields():
            if isinstance(field.widget, ChoiceWidget):
                choices = self.model_field(field).choices
                rows += [[field.column_name, v, str(label)] for v, label in choices]
            elif isinstance(field.widget, CodeWidget):
                model = field.widget.model
                names = field.widget.name_fields[:1]
                for code, *name in model._default_manager.values_list("code", *names):
                    rows.append([field.column_name, code, name[0] if name else ""])
        return rows

    def export_rows(self, user=None) -> list[list]:
        """A header and one row per object, in the import's columns and format
        (the rows `user` may see, where the policy limits them)."""
        fields = self.get_import_fields()
        for field in fields:
            if isinstance(field.widget, CodeWidget):
                field.widget.load()
        queryset = self.get_queryset().order_by(self.key)
        rows = [self.headers()]
        for obj in queryset.iterator(chunk_size=2000):
            rows.append([f.widget.render(f.get_value(obj)) for f in fields])
        return rows


def _reason(error: Exception) -> str:
    if isinstance(error, ValidationError):
        return "; ".join(error.messages)
    return str(error)


__all__ = [
    "ErrorList",
    "FenerResource",
    "FenerResult",
    "RowError",
    "Table",
    "closest",
    "did_you_mean",
]
