"""Calendar feeds (ICS) of sessions, and the admin page giving a user their address."""

from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponse
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _

from siteconf.permissions import may
from siteconf.storage import private_no_store

from .calendar_feed import calendar_url, calendar_user, ics_render
from .models import TrainingSession
from .selectors.calendar import calendar_sessions


@private_no_store
def calendar_feed_view(request, user_id: int, key: str):
    """The secret address a calendar app subscribes to: no sign-in (the app has
    none), a 404 for a wrong or revoked key."""
    user = calendar_user(user_id=user_id, key=key)
    if user is None:
        raise Http404
    ics = ics_render(calendar_sessions(user=user), name=f"Fener: {user.get_username()}")
    response = HttpResponse(ics, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = 'inline; filename="fener-sessions.ics"'
    return response


def calendar_page_view(request):
    """The user's own feed address, for whoever may edit sessions."""
    if not may(request.user, "change", TrainingSession):
        raise PermissionDenied
    return TemplateResponse(
        request,
        "trainings/admin/calendar.html",
        {
            "url": calendar_url(request.user),
            "office": may(request.user, "manage_all", TrainingSession),
            "page_title": _("Calendar"),
        },
    )
