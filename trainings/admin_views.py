"""Custom Wagtail admin views: row ownership, logged exports, import and merge screens."""

import functools
import re

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from wagtail.admin.admin_url_finder import AdminURLFinder
from wagtail.admin.forms.choosers import BaseFilterForm
from wagtail.admin.views.generic import history, usage
from wagtail.admin.views.generic import models as generic
from wagtail.admin.widgets.button import HeaderButton

from siteconf.choosers import (
    PolicyChooserCreateView,
    PolicyChooseResultsView,
    PolicyChooseView,
)
from siteconf.permissions import may, row_or_404, rows_for
from siteconf.spreadsheets import SpreadsheetIndexView

from .imports import participants_import, sessions_import
from .models import Certificate, PersonalDataExport, Trainee, TrainingSession
from .names import name_key
from .selectors.audit_log import audit_entries_described, audit_log_for_user
from .selectors.certificates import (
    certificate_mailing_latest,
    certificate_rows,
    certificate_status,
)
from .selectors.sessions import (
    session_list_annotate,
    trainee_duplicates_of,
    trainee_list_annotate,
)
from .services.attendance_days import participations_trained_update
from .services.audit import personal_data_export_record
from .services.certificate_mail import certificates_mailing_request
from .services.certificates import certificates_request
from .services.trainees import trainee_merge
from .tasks import certificates_issue_task
from .upload_screen import UploadForm, upload_screen

_BETWEEN_TAGS = re.compile(r">\s+<")


class OwnedObjectMixin:
    """Answer 404 for a row the user may not `ownership_action`, whatever URL they
    type (`row_or_404`: a 404 does not even confirm that the row exists)."""

    ownership_action = "change"

    def dispatch(self, request, *args, **kwargs):
        row_or_404(request.user, self.ownership_action, self.model, kwargs.get("pk"))
        return super().dispatch(request, *args, **kwargs)


class OwnedIndexView(SpreadsheetIndexView):
    """Lists only the user's rows; spreadsheet exports of names are logged."""

    export_what = ""

    def get_base_queryset(self):
        return rows_for(self.request.user, "view", self.model)

    def as_spreadsheet(self, queryset, spreadsheet_format):
        if self.export_what:
            personal_data_export_record(
                user=self.request.user,
                what=f"{self.export_what} ({spreadsheet_format})",
                detail=self.request.GET.urlencode(),
            )
        return super().as_spreadsheet(queryset, spreadsheet_format)


class SessionIndexView(OwnedIndexView):
    default_ordering = "-start_date"

    def get_base_queryset(self):
        return session_list_annotate(super().get_base_queryset())


class TraineeIndexView(OwnedIndexView):
    export_what = PersonalDataExport.Kind.TRAINEE_LIST
    default_ordering = "full_name"

    def get_base_queryset(self):
        return trainee_list_annotate(super().get_base_queryset())


class AttendanceIndexView(OwnedIndexView):
    export_what = PersonalDataExport.Kind.ATTENDANCE_LIST

    def user_has_permission(self, permission):
        # No "Add" button: attendance is added on its session's form.
        return permission != "add" and super().user_has_permission(permission)

    def get_base_queryset(self):
        return (
            super()
            .get_base_queryset()
            .select_related("session", "trainee", "profession", "agency")
        )


class OwnedEditView(OwnedObjectMixin, generic.EditView):
    pass


class SessionEditView(OwnedEditView):
    """Session form, with its sign-in sheet and certificates one click away."""

    def get_context_data(self, **kwargs):
        # Wagtail packs every panel's widget, with all its <option>s, again as
        # JSON for page comments and inline panels; this form has neither, and
        # that copy was a third of the page.
        return super().get_context_data(**kwargs) | {"edit_handler_data": None}

    def render_to_response(self, context, **response_kwargs):
        # Wagtail's templates indent deeply: the blank runs between tags were a
        # seventh of the page. One newline keeps every layout and textarea as it was.
        response = super().render_to_response(context, **response_kwargs)
        response.render()
        response.content = _BETWEEN_TAGS.sub(">\n<", response.content.decode())
        return response

    def save_instance(self):
        # The rule or the dates may have changed: who counts as trained follows.
        instance = super().save_instance()
        participations_trained_update(session=instance)
        return instance

    @property
    def header_buttons(self):
        pk = self.object.pk
        return [
            *super().header_buttons,
            HeaderButton(
                _("Sign-in sheet (PDF)"),
                reverse("trainings:session_signin_sheet", args=[pk]),
                icon_name="doc-full",
            ),
            HeaderButton(
                _("Paste people"),
                reverse("trainings_session_paste", args=[pk]),
                icon_name="clipboard-list",
            ),
            HeaderButton(
                _("Attendance by day"),
                reverse("trainings_session_attendance_days", args=[pk]),
                icon_name="date",
            ),
            HeaderButton(
                _("Check-in (QR code)"),
                reverse("trainings_session_checkins", args=[pk]),
                icon_name="group",
            ),
            HeaderButton(
                _("Certificates"),
                reverse("trainings_session_certificates", args=[pk]),
                icon_name="tick-inverse",
            ),
        ]


class OwnedDeleteView(OwnedObjectMixin, generic.DeleteView):
    ownership_action = "delete"


class OwnedInspectView(OwnedObjectMixin, generic.InspectView):
    ownership_action = "view"


# History and usage pages title the row (a trainee's name) like its edit form does.
class OwnedHistoryView(OwnedObjectMixin, history.HistoryView):
    ownership_action = "view"


class OwnedUsageView(OwnedObjectMixin, usage.UsageView):
    ownership_action = "view"


class AttendanceCreateView(generic.CreateView):
    """Attendance is added on the session form, where its session is the user's."""

    def dispatch(self, request, *args, **kwargs):
        raise Http404


class CreatedByCreateView(generic.CreateView):
    """New rows remember their creator, who keeps the right to edit them."""

    def save_instance(self):
        self.form.instance.created_by = self.request.user
        return super().save_instance()


class OwnedCopyView(OwnedObjectMixin, generic.CopyViewMixin, CreatedByCreateView):
    """A new row filled from one of the user's own (never from another's)."""

    ownership_action = "view"


class TraineeEditView(OwnedEditView):
    """Trainee edit form, with the office's merge, export and erase buttons."""

    @property
    def header_buttons(self):
        user, pk = self.request.user, self.object.pk
        buttons = list(super().header_buttons)
        if may(user, "delete", Trainee) and not self.object.erased_at:
            url = reverse("trainings_trainee_merge", args=[pk])
            buttons.append(HeaderButton(_("Merge duplicates"), url, icon_name="group"))
        if may(user, "export", Trainee):
            url = reverse("trainings_trainee_export", args=[pk])
            buttons.append(
                HeaderButton(_("Export personal data"), url, icon_name="download")
            )
        if may(user, "erase", Trainee) and not self.object.erased_at:
            url = reverse("trainings_trainee_erase", args=[pk])
            buttons.append(HeaderButton(_("Erase personal data"), url, icon_name="bin"))
        return buttons


# Trainee chooser (named attendance rows): every view reads the trainee policy's
# "choose" rows (siteconf.choosers), so a trainer sees only their own people.


class NameSearchForm(BaseFilterForm):
    """Search by folded name, so "milos" finds "Милош" and "Miloš"."""

    q = forms.CharField(label=gettext_lazy("Name"), required=False)

    def filter(self, objects):
        query = name_key(self.cleaned_data.get("q") or "")
        if query:
            self.is_searching, self.search_query = True, query
            objects = objects.filter(name_key__contains=query)
        return objects


class TraineeChooseView(PolicyChooseView):
    filter_form_class = NameSearchForm


class TraineeChooseResultsView(PolicyChooseResultsView):
    filter_form_class = NameSearchForm


class TraineeChooserCreateView(PolicyChooserCreateView):
    def save_form(self, form):
        form.instance.created_by = self.request.user
        return form.save()


# Import screen of sessions and participants: the same services and error report as
# the `import_*` commands. Reference lists have the upload → preview → confirm
# screens of django-import-export Resources (siteconf.import_views); these follow.

IMPORT_KINDS = {
    "sessions": gettext_lazy("Training sessions"),
    "participants": gettext_lazy("Participants (attendance)"),
}


class ImportForm(UploadForm):
    kind = forms.ChoiceField(
        choices=IMPORT_KINDS.items(), label=gettext_lazy("What to import")
    )
    field_order = ["kind", "file", "dry_run"]


def _import_run(data: dict, *, name: str, content: bytes, user):
    options = {"filename": name, "dry_run": data["dry_run"]}
    if data["kind"] == "sessions":
        return sessions_import(content, user=user, **options)
    return participants_import(content, user=user, **options)


def import_view(request):
    """Upload a file, see `row N, column X: reason` for every bad row, or the counts."""
    if not may(request.user, "manage_all", TrainingSession):
        raise PermissionDenied
    return upload_screen(
        request,
        form=ImportForm(request.POST or None, request.FILES or None),
        run=functools.partial(_import_run, user=request.user),
        title=_("Import spreadsheets"),
    )


def session_certificates_view(request, pk: int):
    """A session's certificates and their true state. POST asks the worker for the
    missing (or failed) ones, or (action=email) to e-mail them to the trainees.
    The page, not a flash message, says what happened."""
    session = row_or_404(request.user, "change", TrainingSession, pk)
    if not may(request.user, "add", Certificate):
        raise PermissionDenied
    if request.method == "POST":
        if request.POST.get("action") == "email":
            certificates_mailing_request(session=session, user=request.user)
        elif certificates_request(session=session):
            certificates_issue_task.delay_on_commit(session.pk)
        return redirect("trainings_session_certificates", pk=session.pk)
    return TemplateResponse(
        request,
        "trainings/admin/certificates.html",
        {
            "session": session,
            "named": certificate_rows(session=session),
            "status": certificate_status(session=session),
            "mailing": certificate_mailing_latest(session=session),
            "page_title": _("Certificates"),
        },
    )


def trainee_merge_view(request, pk: int):
    """Pick which same-named people are really this person, and merge them."""
    if not may(request.user, "delete", Trainee):
        raise PermissionDenied
    target = get_object_or_404(Trainee, pk=pk)
    candidates = trainee_duplicates_of(trainee=target).select_related(
        "agency", "profession"
    )
    if request.method == "POST":
        chosen = list(candidates.filter(pk__in=request.POST.getlist("merge")))
        trainee_merge(target=target, duplicates=chosen)
        messages.success(
            request,
            ngettext(
                "Merged %(count)s record into %(person)s.",
                "Merged %(count)s records into %(person)s.",
                len(chosen),
            )
            % {"count": len(chosen), "person": target},
        )
        return redirect(AdminURLFinder(request.user).get_edit_url(target))
    return TemplateResponse(
        request,
        "trainings/admin/merge.html",
        {
            "target": target,
            "candidates": candidates,
            "page_title": _("Merge duplicates"),
        },
    )


# Audit log: each role reads only what it may (selectors.audit_log).


class AuditLogIndexView(generic.IndexView):
    default_ordering = "-timestamp"

    def get_base_queryset(self):
        return audit_log_for_user(user=self.request.user)

    def get_table(self, object_list):
        return super().get_table(audit_entries_described(object_list))
