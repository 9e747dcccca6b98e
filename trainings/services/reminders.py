"""E-mail reminders to trainers: the day before a session, and the day after one
whose attendance is still empty. Each e-mail is in the trainer's admin language.

Run each morning by Celery beat (tasks.session_reminders_task); a day's run
looks at tomorrow's starts and yesterday's ends only, so each session reminds
each of its trainers once before and at most once after.
"""

import datetime
import logging

from django.conf import settings
from django.core.mail import EmailMessage, get_connection
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation

from ..models import TrainingSession

logger = logging.getLogger(__name__)
ONE_DAY = datetime.timedelta(days=1)


def session_reminders_send(*, today: datetime.date | None = None) -> dict[str, int]:
    """Send the day's reminders; how many of each kind went out."""
    today = today or timezone.localdate()
    sessions = TrainingSession.objects.select_related("region").prefetch_related(
        "trainers__wagtail_userprofile"
    )
    kinds = {
        "before": sessions.filter(start_date=today + ONE_DAY),
        # Nothing recorded yet: no attendance row, named or head-count.
        "after": sessions.filter(end_date=today - ONE_DAY, participations__isnull=True),
    }
    sent = dict.fromkeys(kinds, 0)
    with get_connection() as connection:
        for kind, rows in kinds.items():
            for session in rows:
                for trainer in session.trainers.all():
                    if trainer.email and trainer.is_active:
                        sent[kind] += _send(kind, session, trainer, connection)
    return sent


def _language(user) -> str:
    profile = getattr(user, "wagtail_userprofile", None)
    return (profile and profile.preferred_language) or settings.LANGUAGE_CODE


def _send(kind: str, session: TrainingSession, trainer, connection) -> int:
    base = settings.WAGTAILADMIN_BASE_URL.rstrip("/")
    context = {
        "session": session,
        "trainer": trainer,
        "edit_url": base + reverse("training_sessions:edit", args=[session.pk]),
        "checkin_url": base + reverse("trainings_session_checkins", args=[session.pk]),
    }
    with translation.override(_language(trainer)):
        subject = render_to_string(
            f"trainings/email/reminder_{kind}_subject.txt", context
        )
        body = render_to_string(f"trainings/email/reminder_{kind}_body.txt", context)
    message = EmailMessage(
        subject=" ".join(subject.split()),  # one line: no header injection
        body=body,
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=[trainer.email],
        connection=connection,
    )
    try:
        message.send()
    except Exception:
        logger.exception("Reminder for session %s: not sent", session.pk)
        return 0
    return 1
