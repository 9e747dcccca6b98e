"""Certificates e-mailed to the trainees who have an address, with a report.

Each e-mail is in the trainee's language, or the session's when they have
none, with the certificate's PDF attached. A certificate is e-mailed once: a
retried task or a second request sends only what was not sent yet.
"""

import logging

from django.conf import settings
from django.core.mail import EmailMessage, get_connection
from django.template.loader import render_to_string
from django.utils import timezone, translation

from ..models import Certificate, CertificateMailing, TrainingSession
from ..tasks import certificates_email_task
from .certificates import certificate_verify_url, certificates_issue

logger = logging.getLogger(__name__)


def certificates_mailing_request(
    *, session: TrainingSession, user
) -> CertificateMailing:
    """Record the request; the task that sends is queued once it is committed."""

    mailing = CertificateMailing.objects.create(session=session, requested_by=user)
    certificates_email_task.delay_on_commit(mailing.pk)
    return mailing


def certificates_email(*, mailing: CertificateMailing) -> CertificateMailing:
    """Make the missing PDFs, send each one not sent yet, and count what happened:
    sent, skipped (no address), failed (no PDF, or the mail server refused)."""
    session = mailing.session
    certificates_issue(session=session)
    certificates = list(
        Certificate.objects.filter(
            participation__session=session,
            participation__trainee__erased_at__isnull=True,
        ).select_related("participation__trainee")
    )
    counts = {"sent": 0, "skipped": 0, "failed": 0, "earlier": 0}
    with get_connection() as connection:
        for certificate in certificates:
            counts[_send(certificate, session, connection)] += 1
    for field, value in counts.items():
        setattr(mailing, field, value)
    mailing.finished_at = timezone.now()
    mailing.save(update_fields=[*counts, "finished_at"])
    return mailing


def _send(certificate: Certificate, session: TrainingSession, connection) -> str:
    """Which count this certificate adds to."""
    trainee = certificate.participation.trainee
    if certificate.emailed_at:
        return "earlier"
    if not trainee.email:
        return "skipped"
    if not certificate.pdf:
        return "failed"
    try:
        _message(certificate, session, connection).send()
    except Exception:
        logger.exception("Certificate %s: the e-mail was not sent", certificate.pk)
        return "failed"
    # Marked at once (one UPDATE per e-mail, the e-mail costs more): if the
    # worker dies now, a retry does not send this one again.
    Certificate.objects.filter(pk=certificate.pk).update(emailed_at=timezone.now())
    return "sent"


def _message(certificate: Certificate, session: TrainingSession, connection):
    context = {
        "certificate": certificate,
        "trainee": certificate.participation.trainee,
        "session": session,
        "verify_url": certificate_verify_url(code=certificate.code),
    }
    with translation.override(context["trainee"].language or session.language):
        subject = render_to_string("trainings/email/certificate_subject.txt", context)
        body = render_to_string("trainings/email/certificate_body.txt", context)
    message = EmailMessage(
        subject=" ".join(subject.split()),  # one line: no header injection
        body=body,
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=[certificate.participation.trainee.email],
        connection=connection,
    )
    with certificate.pdf.open("rb") as pdf:
        message.attach(
            f"certificate-{certificate.code}.pdf", pdf.read(), "application/pdf"
        )
    return message
