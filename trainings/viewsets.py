"""The "Trainings" admin menu: sessions with inline attendance, trainees, reference data."""

from auditlog.models import LogEntry
from django.urls import path
from django.utils.translation import gettext_lazy as _
from wagtail.admin.menu import MenuItem
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    MultiFieldPanel,
    ObjectList,
)
from wagtail.admin.ui.tables import Column
from wagtail.admin.viewsets.base import ViewSet, ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet

from siteconf.choosers import PolicyChooserViewSet
from siteconf.formats.columns import NumberColumn
from siteconf.permissions import may
from siteconf.spreadsheets import SpreadsheetIndexView
from siteconf.translated_admin import label_column, translation_columns, translation_row

from . import admin_views, calendar_views
from .admin_filters import AttendanceFilterSet
from .admin_forms import (
    AttendanceForm,
    SeriesAttendanceForm,
    SessionFileInput,
    SessionForm,
)
from .attendance_table import AttendanceTablePanel
from .models import (
    SOP,
    Agency,
    EventType,
    Module,
    Participation,
    PersonalDataErasure,
    PersonalDataExport,
    PlannedTraining,
    Profession,
    Region,
    SeriesAttendance,
    Trainee,
    TrainingSession,
)

PEOPLE = NumberColumn("people", label=_("People"), sort_key="people")
SESSIONS = Column("sessions", label=_("Sessions"), sort_key="sessions")
SAME_NAME = Column("same_name", label=_("Same name"), sort_key="same_name")
PERSON_FIELDS = [
    "full_name",
    "gender",
    "profession",
    "agency",
    "region",
    "email",
    "phone",
    "language",
]


class TraineeChooserViewSet(PolicyChooserViewSet):
    model = Trainee
    icon = "user"
    choose_one_text = _("Choose a trainee")
    choose_another_text = _("Choose another trainee")
    create_action_label = _("Add a new person")
    form_fields = PERSON_FIELDS
    choose_view_class = admin_views.TraineeChooseView
    choose_results_view_class = admin_views.TraineeChooseResultsView
    create_view_class = admin_views.TraineeChooserCreateView


trainee_chooser_viewset = TraineeChooserViewSet("trainee_chooser")


# A named person (chosen among the user's own trainees) or a head-count row.
ATTENDANCE_PANELS = [
    FieldPanel("trainee", widget=trainee_chooser_viewset.widget_class),
    FieldRowPanel([FieldPanel("profession"), FieldPanel("agency")]),
    FieldRowPanel(
        [
            FieldPanel("gender"),
            FieldPanel("count"),
            FieldPanel("qualifier"),
            FieldPanel("pre_score"),
            FieldPanel("post_score"),
        ]
    ),
]


class OwnedRowsViewSet(ModelViewSet):
    """Listing, forms and deletion limited to the rows the user owns."""

    index_view_class = admin_views.OwnedIndexView
    add_view_class = admin_views.CreatedByCreateView
    edit_view_class = admin_views.OwnedEditView
    delete_view_class = admin_views.OwnedDeleteView
    history_view_class = admin_views.OwnedHistoryView
    usage_view_class = admin_views.OwnedUsageView
    copy_view_class = admin_views.OwnedCopyView


class SessionViewSet(OwnedRowsViewSet):
    """Trainers register their sessions and attendance here; the office sees all."""

    model = TrainingSession
    icon = "calendar-alt"
    menu_label = _("Sessions")
    index_view_class = admin_views.SessionIndexView
    edit_view_class = admin_views.SessionEditView
    inspect_view_class = admin_views.OwnedInspectView
    inspect_view_enabled = True
    list_display = [
        "ref",
        "title",
        "event_type",
        "start_date",
        "region",
        "organiser",
        PEOPLE,
    ]
    list_filter = [
        "start_date",
        "event_type",
        "organiser",
        "region",
        "modules",
        "language",
    ]
    search_fields = ["ref", "title", "venue"]
    list_export = [
        "ref",
        "title",
        "event_type",
        "series",
        "sessions_count",
        "qualifier",
        "start_date",
        "end_date",
        "venue",
        "region",
        "organiser",
        "people",
    ]
    export_filename = "training-sessions"
    inspect_view_fields_exclude = ["agenda", "signin_sheet_scan"]
    panels = [
        MultiFieldPanel(
            [
                FieldPanel("ref"),
                FieldPanel("title"),
                FieldRowPanel([FieldPanel("event_type"), FieldPanel("series")]),
                FieldRowPanel([FieldPanel("start_date"), FieldPanel("end_date")]),
                FieldRowPanel([FieldPanel("sessions_count"), FieldPanel("qualifier")]),
                FieldRowPanel([FieldPanel("region"), FieldPanel("venue")]),
                FieldRowPanel(
                    [FieldPanel("language"), FieldPanel("trained_min_percent")]
                ),
            ],
            heading=_("Session"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("organiser"),
                FieldPanel("funders"),
                FieldPanel("trainers"),
                FieldPanel("modules"),
                FieldPanel("measures"),
            ],
            heading=_("Who and what"),
        ),
        AttendanceTablePanel("participations", heading=_("Participants")),
        MultiFieldPanel(
            [
                FieldPanel("notes"),
                FieldPanel("agenda", widget=SessionFileInput),
                FieldPanel("signin_sheet_scan", widget=SessionFileInput),
            ],
            heading=_("Notes and evidence"),
        ),
    ]

    # The form checks uploaded files by content (trainings.admin_forms).
    edit_handler = ObjectList(panels, base_form_class=SessionForm)


class TraineeViewSet(OwnedRowsViewSet):
    """People trained. Names: office and the trainers of their sessions only."""

    model = Trainee
    icon = "user"
    menu_label = _("Trainees")
    index_view_class = admin_views.TraineeIndexView
    edit_view_class = admin_views.TraineeEditView
    form_fields = PERSON_FIELDS
    list_display = [
        "full_name",
        "gender",
        "profession",
        "agency",
        SESSIONS,
        SAME_NAME,
    ]
    list_filter = ["gender", "profession", "agency", "region"]
    search_fields = ["full_name", "name_key", "email"]
    list_export = [
        "full_name",
        "gender",
        "profession",
        "agency",
        "region",
        "email",
        "phone",
        "sessions",
    ]
    export_filename = "trainees"


class ParticipationViewSet(OwnedRowsViewSet):
    """Attendance rows across sessions, for filtering and spreadsheet export."""

    model = Participation
    icon = "list-ul"
    menu_label = _("Attendance")
    index_view_class = admin_views.AttendanceIndexView
    add_view_class = copy_view_class = admin_views.AttendanceCreateView
    edit_handler = ObjectList(ATTENDANCE_PANELS, base_form_class=AttendanceForm)
    list_display = ["session", "trainee", "profession", "agency", "gender", "count"]
    filterset_class = AttendanceFilterSet
    list_export = [
        "session.ref",
        "session.start_date",
        "trainee",
        "profession",
        "agency",
        "gender",
        "count",
        "qualifier",
        "pre_score",
        "post_score",
    ]
    export_filename = "attendance"


class SeriesAttendanceViewSet(ModelViewSet):
    """Head-counts given for a whole series ("62 persons were trained in all three
    districts"), counted once; no names, so the office edits and monitoring reads."""

    model = SeriesAttendance
    icon = "group"
    menu_label = _("Series attendance")
    list_display = ["series", "profession", "agency", "gender", "count", "qualifier"]
    list_filter = ["profession", "gender", "qualifier"]
    search_fields = ["series"]
    edit_handler = ObjectList(
        [
            FieldPanel("series"),
            FieldRowPanel([FieldPanel("profession"), FieldPanel("agency")]),
            FieldRowPanel(
                [FieldPanel("gender"), FieldPanel("count"), FieldPanel("qualifier")]
            ),
        ],
        base_form_class=SeriesAttendanceForm,
    )


def _reference(model, fields, icon, **extra) -> ModelViewSet:
    """A reference list; its translated field's three languages side by side."""
    name = model.translated_fields[0]
    others = [f for f in fields if f not in ("code", name)]
    return ModelViewSet(
        model._meta.model_name,
        url_prefix=f"trainings/{model._meta.model_name}",
        model=model,
        icon=icon,
        panels=[
            FieldPanel("code"),
            translation_row(name),
            *(FieldPanel(f) for f in others),
        ],
        list_display=["code", label_column(model), *others[:2]],
        search_fields=["code", name, *translation_columns(name)],
        list_export=["code", name, *translation_columns(name), *others],
        index_view_class=SpreadsheetIndexView,
        **extra,
    )


def _log(model, kind: str, label, icon: str, fields: list[str]) -> ModelViewSet:
    """A log's listing; roles hold only its view permission, so it is read-only."""
    return ModelViewSet(
        f"{kind}log",
        url_prefix=f"trainings/{kind}-log",
        model=model,
        icon=icon,
        menu_label=label,
        list_display=["created_at", "user", *fields],
        form_fields=fields[:1],
    )


def _training_plan() -> ModelViewSet:
    """The annual training plan's lines (office: edit; monitoring: read).
    Planned against held: indicators:training_plan."""
    return ModelViewSet(
        "plannedtraining",
        url_prefix="trainings/plannedtraining",
        model=PlannedTraining,
        icon="calendar",
        menu_label=_("Training plan"),
        form_fields=list(PlannedTraining.COLUMNS),
        list_display=[
            "ref",
            "year",
            "month",
            "topic",
            "profession",
            "region",
            "people",
        ],
        list_filter=["year"],
        search_fields=["ref", "topic"],
        list_export=list(PlannedTraining.COLUMNS),
        index_view_class=SpreadsheetIndexView,
    )


class SessionsMenuItem(MenuItem):
    """Shown to whoever may do `action` on training sessions."""

    def __init__(self, *args, action: str, **kwargs):
        super().__init__(*args, **kwargs)
        self.action = action

    def is_shown(self, request):
        return may(request.user, self.action, TrainingSession)


class OnePageViewSet(ViewSet):
    """One admin screen of the Trainings menu, listed for `menu_action` users."""

    menu_action = "manage_all"

    @staticmethod
    def page_view(request):
        raise NotImplementedError

    def get_urlpatterns(self):
        return [path("", self.page_view, name="index")]

    def get_menu_item(self, order=None):
        return SessionsMenuItem(
            self.menu_label,
            self.menu_url,
            icon_name=self.icon,
            order=order,
            action=self.menu_action,
        )


class ImportViewSet(OnePageViewSet):
    """The office's upload screen; same checks and report as the commands."""

    name = "trainings_import"
    url_prefix = "trainings/import"
    icon = "upload"
    menu_label = _("Import")
    page_view = staticmethod(admin_views.import_view)


class CalendarViewSet(OnePageViewSet):
    """The user's calendar feed address (trainings.calendar_feed)."""

    name = "trainings_calendar"
    url_prefix = "trainings/calendar"
    icon = "calendar-alt"
    menu_label = _("Calendar")
    menu_action = "change"
    page_view = staticmethod(calendar_views.calendar_page_view)


class AuditLogViewSet(ModelViewSet):
    """Read-only history of sessions, attendance, indicators, targets, manual values."""

    model = LogEntry
    icon = "history"
    menu_label = _("Audit log")
    index_view_class = admin_views.AuditLogIndexView
    list_display = [
        "timestamp",
        "actor",
        Column("kind", label=_("Record type"), accessor="content_type.name"),
        Column("object_repr", label=_("Record"), accessor="record_text"),
        Column("action", label=_("Action"), accessor="get_action_display"),
        Column("changes", label=_("Changes"), accessor="changes_text"),
    ]
    list_filter = ["action", "timestamp"]
    # Never shown: permissions.ReadOnlyPolicy refuses every change, even to superusers.
    form_fields = ["object_repr"]


class TrainingsGroup(ViewSetGroup):
    menu_label = _("Trainings")
    menu_icon = "group"
    menu_order = 200
    items = (
        SessionViewSet("training_sessions", url_prefix="trainings/sessions"),
        TraineeViewSet("trainees", url_prefix="trainings/trainees"),
        ParticipationViewSet("attendance", url_prefix="trainings/attendance"),
        SeriesAttendanceViewSet(
            "series_attendance", url_prefix="trainings/series-attendance"
        ),
        ImportViewSet(),
        CalendarViewSet(),
        _training_plan(),
        _reference(
            Agency, ["code", "name", "kind", "country", "parent", "aliases"], "site"
        ),
        _reference(Profession, ["code", "name"], "tag"),
        _reference(EventType, ["code", "name"], "date"),
        _reference(
            Region,
            ["code", "name", "kind", "country", "parent", "valid_from", "valid_to"],
            "site",
        ),
        _reference(SOP, ["code", "title", "country"], "doc-full"),
        _reference(Module, ["code", "title", "version", "sop"], "doc-full"),
        _log(
            PersonalDataExport, "export", _("Export log"), "history", ["what", "detail"]
        ),
        _log(
            PersonalDataErasure,
            "erasure",
            _("Erasure log"),
            "bin",
            ["trainee_id", "reason"],
        ),
        AuditLogViewSet("audit_log", url_prefix="trainings/audit-log"),
    )
