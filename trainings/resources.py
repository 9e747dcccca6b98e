"""Resources of the trainings app (siteconf.resources): its reference lists (event
types included), training sessions and attendance.

Every editable model field is a column under its own name; only what differs is
declared here: a title imported from the `name` column (one `code,name` shape for
every list), and lists separated by `;`.
"""

from import_export.fields import Field

from campaigns.page_cache import page_cache_invalidate
from siteconf.resources import FenerResource, ListWidget, TextWidget
from siteconf.set_based_resources import SetBasedResource

from .imports import participants, sessions
from .imports.owners import others_refuse, sessions_seen_by
from .models import (
    SOP,
    Agency,
    EventType,
    Module,
    Participation,
    PlannedTraining,
    Profession,
    Qualifier,
    Region,
    TrainingSession,
)
from .models.sessions import Gender
from .selectors.import_format import participants_table, sessions_table


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


# --- records: sessions and attendance, on Fener's set-based pair ---------------


class SessionResource(SetBasedResource):
    """`import_sessions FILE`: sessions by `ref`, with their lists (funders,
    modules, measures, trainers) replaced by the file's. A trainer may import
    sessions, but not change someone else's."""

    COLUMNS, HEADER = sessions.COLUMNS, sessions.HEADER
    EXAMPLE = [
        "2014-TR-01",
        "Identifikimi i viktimave",
        "TRAINING",
        "",
        "1",
        "exact",
        "2014-03-12",
        "2014-03-13",
        "",
        "",
        "",
        "Tiranë",
        "",
        "",
        "",
        "sq",
        "",
    ]

    CODE_LISTS = {
        "event_type": (EventType, "name"),
        "organiser": (Agency, "name"),
        "region": (Region, "name"),
        "modules": (Module, "title"),
    }
    CHOICE_LISTS = {
        "language": TrainingSession._meta.get_field("language").choices,
        "qualifier": Qualifier.choices,
    }

    class Meta(SetBasedResource.Meta):
        model = TrainingSession

    def rows_check(self, table, errors, *, user) -> list:
        rows = sessions.sessions_check(table, errors)
        others_refuse(user, table, errors, column="ref")
        return rows

    def rows_write(self, rows, *, user):
        return sessions.sessions_write(rows, user=user)

    def export_rows(self, user=None) -> list[list]:
        return sessions_table(sessions_seen_by(user))


class ParticipantResource(SetBasedResource):
    """`import_participants FILE`: attendance of existing sessions, named people
    or head-counts, `series:CODE` for a whole series. A trainer imports into
    their own sessions only."""

    COLUMNS, HEADER = participants.COLUMNS, participants.HEADER
    EXAMPLE = ["2014-TR-01", "", "F", "", "", "12", "exact", "", ""]

    CODE_LISTS = {"profession": (Profession, "name"), "agency": (Agency, "name")}
    CHOICE_LISTS = {"gender": Gender.choices, "qualifier": Qualifier.choices}

    class Meta(SetBasedResource.Meta):
        model = Participation

    def rows_check(self, table, errors, *, user) -> list:
        rows = participants.participants_check(table, errors)
        others_refuse(user, table, errors, column="session_ref")
        return rows

    def rows_write(self, rows, *, user):
        return participants.participants_write(rows, user=user)

    def export_rows(self, user=None) -> list[list]:
        return participants_table(sessions_seen_by(user))


class PlannedTrainingResource(FenerResource):
    """Lines of the annual training plan: `ref,year,month,topic,profession,
    module,region,sessions,people,notes` (codes for profession, module and
    region; `month` 1-12 or empty); rows matched by `ref`."""

    class Meta(FenerResource.Meta):
        model = PlannedTraining
        import_id_fields = ("ref",)
        fields = PlannedTraining.COLUMNS

    example = {"ref": "TP-2015-01", "year": "2015", "topic": "SOPs", "people": "20"}
