"""Refuse, with a 400, requests whose path or query string holds a NUL character.

No database stores NUL in text: PostgreSQL refuses it in any string literal and
SQLite's full-text index chokes on it, so a `%00` reaching a lookup or a search
was a 500 wherever a view read the value (`/verify/%00/`, `?q=%00`). Nothing a
person types holds one, so the request is refused here, once, before any view
(forms refuse it in POSTed fields already: Django's ProhibitNullCharactersValidator).
"""

from django.http import HttpResponseBadRequest
from django.utils.translation import gettext as _

NUL = "\x00"


class RefuseNulMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if _holds_nul(request):
            return HttpResponseBadRequest(
                _("The address holds a character no page accepts (NUL)."),
                content_type="text/plain; charset=utf-8",
            )
        return self.get_response(request)


def _holds_nul(request) -> bool:
    if NUL in request.path:
        return True
    return any(
        NUL in key or any(NUL in value for value in values)
        for key, values in request.GET.lists()
    )
