"""Records with lists of related rows (funders, outlets, measures) on FenerResource.

A list is a many-to-many field, one cell with codes separated by `;`. The
links of the rows a file names are read in one query per list; the changed
rows' links are replaced after the rows are written, one DELETE and one
INSERT per list, whatever the number of rows. Records are matched by `ref`.
"""

from import_export.fields import Field

from trainings.models import PlanNode

from .resources import CodeListWidget, FenerResource


class MeasureListWidget(CodeListWidget):
    """Plan measures as `PLAN:CODE` (a code alone repeats across plans)."""

    def __init__(self, **kwargs):
        super().__init__(PlanNode, **kwargs)

    def load(self, file_codes=()) -> None:
        nodes = PlanNode.objects.values_list("pk", "plan__code", "code")
        self.codes = {pk: f"{plan}:{code}" for pk, plan, code in nodes}
        self.ids = {ref.casefold(): pk for pk, ref in self.codes.items()}
        self.labels, self.pending = list(self.codes.values()), set()

    def render(self, value, obj=None, **kwargs):
        if value is None:
            return ""
        return "; ".join(sorted(f"{n.plan.code}:{n.code}" for n in value.all()))


def list_column(attribute: str, widget) -> Field:
    """A many-to-many field as a column of the same name."""
    return Field(attribute=attribute, column_name=attribute, widget=widget)


class LinkedResource(FenerResource):
    """A FenerResource whose `LISTS` are many-to-many fields (see the module)."""

    LISTS: tuple[str, ...] = ()

    class Meta:
        import_id_fields = ("ref",)
        exclude = ("id",)
        skip_unchanged = True
        batch_size = 1000

    def get_import_fields(self):
        # The file's columns in Meta.fields' order (declared fields come first
        # in django-import-export's own order).
        fields = {f.column_name: f for f in super().get_import_fields()}
        return [fields[name] for name in self._meta.fields if name in fields]

    def _through(self, name: str):
        field = self._meta.model._meta.get_field(name)
        return (
            field.remote_field.through,
            field.m2m_column_name(),
            field.m2m_reverse_name(),
        )

    def _existing(self, rows) -> dict:
        found = super()._existing(rows)
        ids = [row.pk for row in found.values()]
        for name in self.LISTS:
            through, own, other = self._through(name)
            linked: dict[int, set] = {}
            links = through.objects.filter(**{f"{own}__in": ids})
            for row_id, other_id in links.values_list(own, other):
                linked.setdefault(row_id, set()).add(other_id)
            for row in found.values():
                links_of = row.__dict__.setdefault("links", {})
                links_of[name] = frozenset(linked.get(row.pk, ()))
        return found

    def value_set(self, instance, field, value) -> bool:
        if field.attribute not in self.LISTS:
            return super().value_set(instance, field, value)
        value = value or frozenset()
        instance.__dict__.setdefault("new_links", {})[field.attribute] = value
        return value != instance.__dict__.get("links", {}).get(field.attribute, set())

    def _write(self, creates, updates, fields) -> None:
        # The lists are link rows, written by after_write.
        own = [f for f in fields if f.attribute not in self.LISTS]
        super()._write(creates, updates, own)

    def write_attributes(self, fields) -> list[str]:
        names = super().write_attributes(fields)
        return [name for name in names if name not in self.LISTS]

    def after_write(self, objects: list) -> None:
        for name in self.LISTS:
            self._links_replace(name, objects)

    def _links_replace(self, name: str, objects: list) -> None:
        through, own, other = self._through(name)
        wanted = {}
        for obj in objects:
            new = obj.__dict__.get("new_links", {})
            if name in new and new[name] != obj.__dict__.get("links", {}).get(name):
                wanted[obj.pk] = new[name]
        if not wanted:
            return
        through.objects.filter(**{f"{own}__in": wanted}).delete()
        links = [
            through(**{own: pk, other: other_id})
            for pk, ids in wanted.items()
            for other_id in ids
        ]
        through.objects.bulk_create(links, batch_size=self._meta.batch_size)
