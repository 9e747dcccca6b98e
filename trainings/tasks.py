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
