"""Admin form of training sessions: evidence files are checked before they are stored,
and linked to the view that checks who downloads them."""

from dataclasses import dataclass

from django import forms
from django.db.models import Q
from django.db.models.fields.files import FieldFile
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm

from siteconf.permissions import CHOOSE
from siteconf.uploads import OFFICE, PDF_AND_IMAGES, UploadValidator

from .models import SeriesAttendance, Trainee, TrainingSession
from .permissions import trainee_policy

# Scanned sign-in sheets: documents or photos, nothing that could run. Agendas
# are also written in office programs (handed out as they are), checked likewise.
validate_evidence = UploadValidator(
    allowed=PDF_AND_IMAGES, max_mb_setting="SESSION_FILE_MAX_UPLOAD_MB"
)
validate_agenda = UploadValidator(
    allowed={**PDF_AND_IMAGES, **OFFICE}, max_mb_setting="SESSION_FILE_MAX_UPLOAD_MB"
)


def defaults_when_left_out(form, names) -> None:
    """Fields with a default ("exact", 1 session) may be left out of a post (a
    script, an old browser tab): they then keep the model's default."""
    for name in names:
        field = form.fields.get(name)
        if field is not None:
            field.required = False
            default = form._meta.model._meta.get_field(name).default
            field.clean = _or_default(field.clean, default)


def _or_default(clean, default):
    def clean_or_default(value):
        return clean(value) if value not in (None, "") else default

    return clean_or_default


class SessionForm(WagtailAdminModelForm):
    """The session form, refusing an agenda or scan that is too big or of a kind
    not allowed (scans: PDF/JPEG/PNG; agendas also DOCX/PPTX/XLSX/ODT).

    A form check rather than a model validator, so no migration is needed.
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["agenda"].validators.append(validate_agenda)
        self.fields["signin_sheet_scan"].validators.append(validate_evidence)
        defaults_when_left_out(
            self, ("sessions_count", "qualifier", "trained_min_percent")
        )
        self.fields["organiser"] = _typed_agency(self.fields["organiser"], self)


def _typed_agency(select, form):
    """The organiser typed from the page's shared institution list (the
    participants table renders it), not a second 143-option select."""
    from .reference_text import agency_text_field

    field = agency_text_field(
        required=select.required, label=select.label, help_text=select.help_text
    )
    rows = form.formsets.get("participations")
    field.choices_index = getattr(rows, "agencies", None)
    return field


class AttendanceForm(WagtailAdminModelForm):
    """An attendance row (inline on the session form, or on its own): a named person
    must be one the user may choose (the trainee policy: their own people, not
    erased), or the person already on the row, so an erased person's row still saves.
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        defaults_when_left_out(self, ("qualifier",))
        field = self.fields.get("trainee")
        if field is None:
            return
        choosable = Trainee.objects.none()
        if self.for_user is not None:
            choosable = trainee_policy.instances_user_has_permission_for(
                self.for_user, CHOOSE
            )
        field.queryset = Trainee.objects.filter(
            Q(pk__in=choosable.values("pk")) | Q(pk=self.instance.trainee_id)
        )
        field.error_messages["invalid_choice"] = _(
            "Choose one of your trainees from the list, or add a new person."
        )


class SeriesAttendanceForm(WagtailAdminModelForm):
    """A series head-count names a series some session belongs to."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        defaults_when_left_out(self, ("qualifier",))

    def clean_series(self):
        code = self.cleaned_data["series"].strip()
        if not TrainingSession.objects.filter(series=code).exists():
            raise forms.ValidationError(
                _("No session belongs to series '%(code)s'."), params={"code": code}
            )
        return code

    class Meta:
        model = SeriesAttendance
        fields = ["series", "profession", "agency", "gender", "count", "qualifier"]


@dataclass(frozen=True)
class _Download:
    """What Django's file widget template shows for the current file."""

    name: str
    url: str

    def __str__(self):
        return self.name


class SessionFileInput(forms.ClearableFileInput):
    """The current agenda or scan linked through trainings.views.session_file_view:
    private files have no URL of their own (siteconf.storage)."""

    def is_initial(self, value) -> bool:
        return (
            isinstance(value, FieldFile)
            and bool(value)
            and value.instance.pk is not None
        )

    def format_value(self, value):
        if self.is_initial(value):
            args = [value.instance.pk, value.field.name]
            return _Download(value.name, reverse("trainings:session_file", args=args))
        return None
