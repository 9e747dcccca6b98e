"""Certificates of attendance and sign-in sheets, rendered to PDF with WeasyPrint."""

import segno
from django.conf import settings
from django.core.files.base import ContentFile
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from weasyprint import HTML

from ..models import Certificate, Participation, TrainingSession


def certificate_verify_url(*, code: str) -> str:
    """Absolute address printed (and QR-coded) on the certificate."""
    path = reverse("trainings:certificate_verify", args=[code])
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def certificates_issue(*, session: TrainingSession) -> list[Certificate]:
    """One certificate per named participant, and a PDF for each that lacks one.

    Idempotent: a re-run (a retried task, a second click) adds only what is
    missing, and a certificate's code never changes once issued.
    """
    # Erased people keep their attendance (for the figures) but get no certificate.
    named = Participation.objects.filter(
        session=session, trainee__isnull=False, trainee__erased_at__isnull=True
    )
    with transaction.atomic():
        for participation in named.filter(certificate__isnull=True):
            Certificate.objects.get_or_create(participation=participation)
    pending = Certificate.objects.filter(
        participation__in=named, pdf=""
    ).select_related("participation__trainee", "participation__session__organiser")
    issued = []
    for certificate in pending:
        certificate.pdf.save(
            f"{certificate.code}.pdf",
            ContentFile(certificate_pdf_render(certificate=certificate)),
        )
        issued.append(certificate)
    return issued


def certificate_pdf_render(*, certificate: Certificate) -> bytes:
    """The certificate page, with its verification address as text and QR code."""
    url = certificate_verify_url(code=certificate.code)
    html = render_to_string(
        "trainings/pdf/certificate.html",
        {
            "certificate": certificate,
            "trainee": certificate.participation.trainee,
            "session": certificate.participation.session,
            "verify_url": url,
            "qr": segno.make(url, error="m").svg_data_uri(scale=4),
        },
    )
    return HTML(string=html).write_pdf()


def session_signin_sheet_render(
    *, session: TrainingSession, blank_rows: int = 10
) -> bytes:
    """A printable attendance sheet: named participants, then empty rows to sign."""
    trainees = [
        p.trainee
        for p in session.participations.filter(trainee__isnull=False)
        .select_related("trainee__agency", "trainee__profession")
        .order_by("trainee__full_name")
    ]
    html = render_to_string(
        "trainings/pdf/signin_sheet.html",
        {"session": session, "trainees": trainees, "blanks": range(blank_rows)},
    )
    return HTML(string=html).write_pdf()
