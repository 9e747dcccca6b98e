"""Certificates of attendance and sign-in sheets, rendered to PDF with WeasyPrint."""

import base64
import logging

from django.conf import settings
from django.core.files.base import ContentFile
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation

from ..models import Certificate, CertificateTemplate, TrainingSession
from ..models.certificate_template import WORDING
from ..selectors.certificates import certifiable
from .checkins import checkin_day_default, checkin_url

logger = logging.getLogger(__name__)


def certificate_verify_url(*, code: str) -> str:
    """Absolute address printed (and QR-coded) on the certificate."""
    path = reverse("trainings:certificate_verify", args=[code])
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def certificates_request(*, session: TrainingSession) -> int:
    """Ask for the session's missing certificates; how many the worker must make.

    The rows are made now, so the page reports them "being generated" from the
    click on; failed ones are asked for again (a fresh request, no failure).
    """
    named = certifiable(session=session)
    _rows_create(named)
    return Certificate.objects.filter(participation__in=named, pdf="").update(
        requested_at=timezone.now(), failed_at=None
    )


def certificates_issue(*, session: TrainingSession) -> list[Certificate]:
    """One certificate per named participant, and a PDF for each that lacks one.

    Idempotent, also when run twice at the same moment (a retried task and a
    second click): the database's one-certificate-per-attendance constraint
    decides which insert wins, and each PDF is written by whoever holds its
    row. A certificate's code never changes once issued. A PDF that cannot be
    made marks its row failed (the page says so) and the others are still made.
    """
    named = certifiable(session=session)
    _rows_create(named)
    pending = Certificate.objects.filter(participation__in=named, pdf="")
    issued = []
    for pk in pending.values_list("pk", flat=True):
        try:
            certificate = _certificate_pdf_write(pk=pk)
        except Exception:
            logger.exception("Certificate %s: the PDF could not be made", pk)
            Certificate.objects.filter(pk=pk).update(failed_at=timezone.now())
            continue
        if certificate:
            issued.append(certificate)
    return issued


def _rows_create(named) -> None:
    # Erased people keep their attendance (for the figures) but get no certificate.
    Certificate.objects.bulk_create(
        [Certificate(participation=p) for p in named.filter(certificate__isnull=True)],
        ignore_conflicts=True,  # INSERT ... ON CONFLICT DO NOTHING
    )


def _certificate_pdf_write(*, pk: int) -> Certificate | None:
    """Write the PDF of a certificate that has none; None if another run has it.

    The file is written while its row is locked, under a name only this row
    uses, and deleted if the row's transaction fails: so no PDF with a name in
    it is ever left without the row that erasure finds it by.
    """
    written = ""
    try:
        with transaction.atomic():
            certificate = (
                Certificate.objects.select_for_update(skip_locked=True, of=("self",))
                .select_related(
                    "participation__trainee", "participation__session__organiser"
                )
                .filter(pk=pk, pdf="")
                .first()
            )
            if certificate is None:
                return None
            field = certificate.pdf.field
            name = field.generate_filename(certificate, f"{certificate.code}.pdf")
            # Left by a run that died between file and commit: no row names it.
            field.storage.delete(name)
            written = field.storage.save(
                name, ContentFile(certificate_pdf_render(certificate=certificate))
            )
            certificate.pdf.name = written
            certificate.failed_at = None
            certificate.save(update_fields=["pdf", "failed_at"])
    except BaseException:
        if written:
            Certificate._meta.get_field("pdf").storage.delete(written)
        raise
    return certificate


def certificate_pdf_render(*, certificate: Certificate) -> bytes:
    """The certificate page, with its verification address as text and QR code."""
    url = certificate_verify_url(code=certificate.code)
    session = certificate.participation.session
    template = CertificateTemplate.load()
    # Printed in the session's language (dates and month names too), whoever issues it.
    with translation.override(session.language):
        html = render_to_string(
            "trainings/pdf/certificate.html",
            {
                "certificate": certificate,
                "trainee": certificate.participation.trainee,
                "session": session,
                "verify_url": url,
                "qr": qr_data_uri(url),
                "wording": {f: template.translation(f) for f in WORDING},
                "signatories": template.signatories(),
                "logo": logo_data_uri(template),
            },
        )
    return _pdf(html)


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
    # Who has a phone checks in by its QR code instead of signing (today's
    # code, or the first day's for a sheet printed ahead).
    day = checkin_day_default(session)
    # In the session's language: the participants read and sign it.
    with translation.override(session.language):
        html = render_to_string(
            "trainings/pdf/signin_sheet.html",
            {
                "session": session,
                "trainees": trainees,
                "blanks": range(blank_rows),
                "checkin_day": day,
                "checkin_qr": qr_data_uri(checkin_url(session=session, day=day)),
            },
        )
    return _pdf(html)


# WeasyPrint (about 0.6 s to import) and segno are imported when a PDF is made,
# not when Django starts: every command and worker would pay for them otherwise.
def _pdf(html: str) -> bytes:
    from weasyprint import HTML

    return HTML(string=html).write_pdf()


def logo_data_uri(template: CertificateTemplate) -> str:
    """The office's logo as a data URI (WeasyPrint fetches nothing), at print size."""
    if template.logo is None:
        return ""
    try:
        rendition = template.logo.get_rendition("max-600x240")
        with rendition.file.open("rb") as file:
            data = base64.b64encode(file.read()).decode()
    except (OSError, ValueError):
        # A logo whose file is gone (a restored database without its media)
        # leaves the page without a logo; the certificate or report still prints.
        logger.warning("The certificate template's logo file cannot be read.")
        return ""
    kind = "jpeg" if rendition.file.name.lower().endswith((".jpg", ".jpeg")) else "png"
    if rendition.file.name.lower().endswith(".webp"):
        kind = "webp"
    return f"data:image/{kind};base64,{data}"


def qr_data_uri(url: str, *, scale: int = 4) -> str:
    """The QR code of `url` as an SVG data URI (certificates, sign-in sheets, the
    check-in projector page)."""
    import segno

    return segno.make(url, error="m").svg_data_uri(scale=scale)
