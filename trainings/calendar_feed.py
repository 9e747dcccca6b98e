"""ICS calendar feeds of training sessions, one secret address per user.

Secret addresses, not signed-in ones: calendar apps (phones, Outlook, Google)
subscribe to an address and fetch it on their own, without the user's session,
so an address behind the sign-in would never load. The secret is an HMAC of the
user's id and password hash (as Django's password-reset links): it stops working
when the password changes, which is how a leaked address is revoked. A feed holds
session titles, dates and places, never a trainee's name.
"""

import datetime

from django.conf import settings
from django.contrib.auth import get_user_model
from django.urls import reverse
from django.utils import timezone
from django.utils.crypto import constant_time_compare, salted_hmac

_SALT = "trainings.calendar_feed"


def calendar_key(user) -> str:
    return salted_hmac(
        _SALT, f"{user.pk}:{user.password}", algorithm="sha256"
    ).hexdigest()[:32]


def calendar_url(user) -> str:
    path = reverse(
        "trainings:calendar_feed",
        kwargs={"user_id": user.pk, "key": calendar_key(user)},
    )
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def calendar_user(*, user_id: int, key: str):
    """The active user whose secret `key` is, or None."""
    user = get_user_model().objects.filter(pk=user_id, is_active=True).first()
    if user is None or not constant_time_compare(calendar_key(user), key):
        return None
    return user


def ics_render(sessions, *, name: str) -> str:
    """RFC 5545 text: one all-day event per session (its last day included)."""
    stamp = timezone.now().strftime("%Y%m%dT%H%M%SZ")
    base = settings.WAGTAILADMIN_BASE_URL.rstrip("/")
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Fener//Training sessions//EN",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        f"X-WR-CALNAME:{_text(name)}",
    ]
    for session in sessions:
        place = ", ".join(p for p in (session.venue, str(session.region or "")) if p)
        edit = reverse("training_sessions:edit", args=[session.pk])
        lines += [
            "BEGIN:VEVENT",
            f"UID:session-{session.pk}@{_host(base)}",
            f"DTSTAMP:{stamp}",
            f"DTSTART;VALUE=DATE:{session.start_date:%Y%m%d}",
            f"DTEND;VALUE=DATE:{session.end_date + datetime.timedelta(days=1):%Y%m%d}",
            f"SUMMARY:{_text(f'{session.ref} {session.title}')}",
            *([f"LOCATION:{_text(place)}"] if place else []),
            f"URL:{base}{edit}",
            "END:VEVENT",
        ]
    lines.append("END:VCALENDAR")
    return "".join(_fold(line) + "\r\n" for line in lines)


def _host(base: str) -> str:
    return base.split("://", 1)[-1].split("/", 1)[0] or "fener"


def _text(value: str) -> str:
    """Escape a TEXT value (RFC 5545 3.3.11)."""
    value = value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
    return value.replace("\r\n", "\\n").replace("\n", "\\n")


def _fold(line: str) -> str:
    """Lines of at most 75 octets, continued with CRLF and a space (3.1); never
    inside a UTF-8 character."""
    out, current = [], b""
    for char in line:
        encoded = char.encode()
        if len(current) + len(encoded) > (75 if not out else 74):
            out.append(current.decode())
            current = b""
        current += encoded
    out.append(current.decode())
    return "\r\n ".join(out)
