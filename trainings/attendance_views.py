"""The per-day attendance grid of a session: its trainers and the office."""

import datetime

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext

from siteconf.permissions import may, row_or_404

from .models import AttendanceDay, Participation, TrainingSession
from .selectors.sessions import attendance_grid
from .services.attendance_days import (
    attendance_days_present,
    attendance_days_save,
    days_needed,
)
from .services.attendance_rows import BlockRefused, attendance_block_add


def _marks(post) -> dict[tuple[int, datetime.date], str]:
    """`mark-<row>-<YYYY-MM-DD>` fields → {(row, day): status}; bad names skipped."""
    marks = {}
    for name, value in post.items():
        parts = name.split("-", 2)
        if len(parts) == 3 and parts[0] == "mark":
            try:
                marks[int(parts[1]), datetime.date.fromisoformat(parts[2])] = value
            except ValueError:
                continue
    return marks


def session_attendance_days_view(request, pk: int):
    """Present, late, absent or excused per person and day; who counts as trained."""
    session = row_or_404(request.user, "change", TrainingSession, pk)
    if not may(request.user, "change", Participation):
        raise PermissionDenied
    if request.method == "POST":
        attendance_days_save(session=session, marks=_marks(request.POST))
        # A day's "Unmarked: present" button: after the grid's own choices.
        try:
            day = datetime.date.fromisoformat(request.POST.get("present_day", ""))
        except ValueError:
            day = None
        if day in session.days:
            rows = session.participations.filter(trainee__isnull=False)
            attendance_days_present(
                session=session,
                marks=[(p, day) for p in rows.values_list("pk", flat=True)],
            )
        messages.success(request, _("Attendance by day saved."))
        return redirect("trainings_session_attendance_days", pk=session.pk)
    return TemplateResponse(
        request,
        "trainings/admin/attendance_days.html",
        {
            "session": session,
            "days": session.days,
            "grid": attendance_grid(session=session),
            "statuses": AttendanceDay.Status.choices,
            "needed": days_needed(session),
            "page_title": _("Attendance by day"),
        },
    )


class PasteForm(forms.Form):
    block = forms.CharField(
        label=gettext_lazy("Lines copied from a spreadsheet"),
        widget=forms.Textarea(attrs={"rows": 12, "cols": 80}),
        help_text=gettext_lazy(
            "One person per line, four columns: name, gender (F or M), profession, "
            "institution. Copy the cells in Excel or LibreOffice and paste them here."
        ),
    )


def session_paste_view(request, pk: int):
    """Paste a block of people from a spreadsheet; all added, or none and why."""
    session = row_or_404(request.user, "change", TrainingSession, pk)
    if not may(request.user, "add", Participation):
        raise PermissionDenied
    form = PasteForm(request.POST or None)
    errors = []
    if request.method == "POST" and form.is_valid():
        try:
            added = attendance_block_add(
                session=session, text=form.cleaned_data["block"], user=request.user
            )
        except BlockRefused as refused:
            errors = refused.errors
        else:
            messages.success(
                request,
                ngettext("%(count)s person added.", "%(count)s people added.", added)
                % {"count": added},
            )
            return redirect("training_sessions:edit", session.pk)
    return TemplateResponse(
        request,
        "trainings/admin/attendance_paste.html",
        {
            "session": session,
            "form": form,
            "errors": errors,
            "page_title": _("Paste people"),
        },
    )
