"""Resources of the trainings app (siteconf.resources): its reference lists (event
types included).

Every editable model field is a column under its own name; only what differs is
declared here: a title imported from the `name` column (one `code,name` shape for
every list), and lists separated by `;`.
"""

from import_export.fields import Field

from campaigns.page_cache import page_cache_invalidate
from siteconf.resources import FenerResource, ListWidget, TextWidget

from .models import SOP, Agency, EventType, Module, PlannedTraining, Profession, Region


class _PublicReference(FenerResource):
    def after_write(self, objects):
        # Bulk writes send no signals; agencies and regions show on public pages.
        page_cache_invalidate()


class AgencyResource(_PublicReference):
    aliases = Field(attribute="aliases", column_name="aliases", widget=ListWidget())

    class Meta:
        model = Agency


ProfessionResource = FenerResource.of(Profession)
# code,name,name_en,name_sr: training, seminar, study visit, round table...
EventTypeResource = FenerResource.of(EventType)


class RegionResource(_PublicReference):
    """Territorial reforms: `valid_from`/`valid_to` say which map a unit is on."""

    class Meta:
        model = Region


class SOPResource(FenerResource):
    title = Field(attribute="title", column_name="name", widget=TextWidget())

    class Meta:
        model = SOP


class ModuleResource(FenerResource):
    title = Field(attribute="title", column_name="name", widget=TextWidget())

    class Meta:
        model = Module


class PlannedTrainingResource(FenerResource):
    """Lines of the annual training plan: `ref,year,month,topic,profession,
    module,region,sessions,people,notes` (codes for profession, module and
    region; `month` 1-12 or empty); rows matched by `ref`."""

    class Meta(FenerResource.Meta):
        model = PlannedTraining
        import_id_fields = ("ref",)
        fields = PlannedTraining.COLUMNS

    example = {"ref": "TP-2015-01", "year": "2015", "topic": "SOPs", "people": "20"}
