"""QR self check-in: the public phone form, the projector page, the trainer's list."""

import datetime

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect, render
from django.template.response import TemplateResponse
from django.utils import translation
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from siteconf.permissions import may, row_or_404
from siteconf.storage import private_no_store

from .checkin_forms import CheckInForm
from .models import Trainee, TrainingSession
from .selectors.checkins import checkins_pending
from .services.certificates import qr_data_uri
from .services.checkins import (
    CheckInRefused,
    checkin_day_default,
    checkin_submit,
    checkin_ticket_read,
    checkin_url,
    checkins_confirm,
    checkins_discard,
)


@private_no_store
def checkin_view(request, ticket: str):
    """No account: the ticket in the QR code opens today's check-in of one session.
    The page shows the session's title and the person's own entry, nothing else."""
    try:
        session, day = checkin_ticket_read(ticket)
    except CheckInRefused as refused:
        return render(
            request, "trainings/checkin/form.html", {"reason": refused}, status=403
        )
    form = CheckInForm(request.POST or None)
    context = {"session": session, "day": day, "form": form}
    if request.method == "POST" and form.is_valid():
        data = {**form.cleaned_data, "language": translation.get_language()}
        try:
            checkin_submit(session=session, day=day, data=data)
        except CheckInRefused as refused:
            return render(
                request,
                "trainings/checkin/form.html",
                {"reason": refused},
                status=429,
            )
        context["done"] = data["full_name"]
    return render(request, "trainings/checkin/form.html", context)


def _session_to_confirm(request, pk: int) -> TrainingSession:
    """The session, for its trainers and the office, who may add people to it."""
    session = row_or_404(request.user, "change", TrainingSession, pk)
    if not may(request.user, "add", Trainee):
        raise PermissionDenied
    return session


def session_checkins_view(request, pk: int):
    """The pending check-ins: confirm all, or the rows ticked, or discard them."""
    session = _session_to_confirm(request, pk)
    if request.method == "POST":
        action = request.POST.get("action")
        pending = session.checkins.values_list("pk", flat=True)
        ids = pending if action == "confirm_all" else request.POST.getlist("checkin")
        if action == "discard":
            count = checkins_discard(session=session, ids=ids)
            message = ngettext(
                "%(count)s check-in discarded.", "%(count)s check-ins discarded.", count
            )
        else:
            count = checkins_confirm(session=session, ids=list(ids), user=request.user)
            message = ngettext(
                "%(count)s check-in confirmed: the person is in the attendance.",
                "%(count)s check-ins confirmed: the people are in the attendance.",
                count,
            )
        messages.success(request, message % {"count": count})
        return redirect("trainings_session_checkins", pk=session.pk)
    return TemplateResponse(
        request,
        "trainings/admin/checkins.html",
        {
            "session": session,
            "pending": checkins_pending(session=session),
            "days": session.days,
            "page_title": _("Check-in"),
        },
    )


def session_checkin_qr_view(request, pk: int):
    """Full screen, for the projector: the day's QR code, in the session's language."""
    session = _session_to_confirm(request, pk)
    try:
        day = datetime.date.fromisoformat(request.GET.get("day", ""))
    except ValueError:
        day = checkin_day_default(session)
    if day not in session.days:
        day = checkin_day_default(session)
    url = checkin_url(session=session, day=day)
    with translation.override(session.language):
        return render(
            request,
            "trainings/checkin/projector.html",
            {
                "session": session,
                "day": day,
                "url": url,
                "qr": qr_data_uri(url, scale=10),
            },
        )
