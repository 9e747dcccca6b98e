"""Background jobs for trainings."""

from celery import shared_task


@shared_task(acks_late=True)
def certificates_issue_task(session_id: int) -> int:
    """Issue the session's missing certificates; safe to retry (idempotent)."""
    from .models import TrainingSession
    from .services.certificates import certificates_issue

    session = TrainingSession.objects.filter(pk=session_id).first()
    if session is None:
        return 0
    return len(certificates_issue(session=session))


@shared_task
def personal_data_retention_task() -> int:
    """Nightly: anonymise people past TRAINEE_RETENTION_YEARS, and drop check-ins
    never confirmed (CHECKIN_KEEP_DAYS); idempotent."""
    from django.conf import settings

    from .services.checkins import checkins_stale_purge
    from .services.personal_data import trainees_retention_run

    checkins_stale_purge()
    return trainees_retention_run(years=settings.TRAINEE_RETENTION_YEARS)


@shared_task(acks_late=True)
def certificates_email_task(mailing_id: int) -> dict:
    """E-mail a session's certificates and fill in the mailing's report; a retry
    sends only what was not sent (idempotent)."""
    from .models import CertificateMailing
    from .services.certificate_mail import certificates_email

    mailing = (
        CertificateMailing.objects.filter(pk=mailing_id)
        .select_related("session__organiser")
        .first()
    )
    if mailing is None:
        return {}
    mailing = certificates_email(mailing=mailing)
    return {"sent": mailing.sent, "skipped": mailing.skipped, "failed": mailing.failed}


@shared_task
def session_reminders_task() -> dict:
    """Each morning: trainers of tomorrow's sessions, and of yesterday's sessions
    with no attendance, get an e-mail in their language."""
    from .services.reminders import session_reminders_send

    return session_reminders_send()


@shared_task
def reporting_reminders_task(today: str | None = None) -> int:
    """Daily: remind institutions of a report due soon, and tell the late ones
    (trainings/monitoring/reminders.py). `today` (ISO date) for a rerun or a test."""
    from datetime import date

    from .monitoring.reminders import reminders_send

    return reminders_send(today=date.fromisoformat(today) if today else date.today())
