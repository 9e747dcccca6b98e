"""Resources of the materials library (siteconf.resources): print runs and
distributions, imported in bulk from the office's and partners' tables
(issue 12 item 5). Rows are matched by `ref`; a file is named by its title."""

from django.utils.translation import gettext as _
from import_export.fields import Field

from siteconf.resource_links import LinkedResource, MeasureListWidget, list_column
from siteconf.resources import CodeWidget

from .models import Distribution, Material, PrintRun


class MaterialWidget(CodeWidget):
    """A library file by its title (each language version has its own)."""

    def __init__(self, **kwargs):
        super().__init__(Material, **kwargs)

    def load(self, file_codes=()) -> None:
        self.ids, self.codes, self.labels, self.pending = {}, {}, [], set()
        self.ambiguous: set[str] = set()
        for pk, title in Material.objects.values_list("pk", "title"):
            key = title.strip().casefold()
            if key in self.ids:
                self.ambiguous.add(key)
            self.ids.setdefault(key, pk)
            self.codes[pk] = title
            self.labels.append(title)

    def clean(self, value, row=None, **kwargs):
        if value and value.strip().casefold() in getattr(self, "ambiguous", ()):
            raise ValueError(
                _("several files are titled '%(value)s': give each its own title")
                % {"value": value}
            )
        return super().clean(value, row, **kwargs)


def _material() -> Field:
    return Field(
        attribute="material_id", column_name="material", widget=MaterialWidget()
    )


class PrintRunResource(LinkedResource):
    """Copies printed: `ref,material,date,quantity,funder`."""

    material = _material()

    class Meta(LinkedResource.Meta):
        model = PrintRun
        fields = ("ref", "material", "date", "quantity", "funder")

    example = {"ref": "print-2014-01", "date": "2014-03-01", "quantity": "5000"}


class DistributionResource(LinkedResource):
    """Copies handed out: `ref,material,date,quantity,place,region,partner,measures`."""

    material = _material()
    measures = list_column("measures", MeasureListWidget())
    LISTS = ("measures",)

    class Meta(LinkedResource.Meta):
        model = Distribution
        fields = (
            "ref",
            "material",
            "date",
            "quantity",
            "place",
            "region",
            "partner",
            "measures",
        )

    example = {"ref": "dist-2014-01", "date": "2014-06-05", "quantity": "120"}
