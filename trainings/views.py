"""Public certificate verification, and downloads for people allowed to see names."""

from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import FileResponse, Http404, HttpResponse, StreamingHttpResponse
from django.shortcuts import get_object_or_404, render
from django.utils.translation import gettext as _

from siteconf.permissions import may
from siteconf.storage import private_no_store
from siteconf.zipstream import zip_stream

from .models import Certificate, PersonalDataExport, Trainee, TrainingSession
from .selectors.certificates import certificate_files
from .services.audit import personal_data_export_record
from .services.certificates import session_signin_sheet_render


@private_no_store
def certificate_verify_view(request, code: str):
    """Confirm a certificate without login: name, session title and date, nothing else."""
    certificate = (
        Certificate.objects.filter(code=code.strip().upper())
        .select_related("participation__trainee", "participation__session")
        .first()
    )
    if certificate is None:
        raise Http404(_("No certificate has this code."))
    session = certificate.participation.session
    return render(
        request,
        "trainings/verify.html",
        {
            "name": certificate.participation.trainee.full_name,
            "title": session.title,
            "start_date": session.start_date,
            "end_date": session.end_date,
        },
    )


def _session_with_names(request, pk: int) -> TrainingSession:
    """The session, if the user may see the names in it (its trainers, the office)."""
    session = get_object_or_404(TrainingSession, pk=pk)
    if not (may(request.user, "view", Trainee) and may(request.user, "view", session)):
        raise PermissionDenied
    return session


@private_no_store
@login_required
def session_signin_sheet_view(request, pk: int):
    """Printable sign-in sheet with the registered names and blank rows."""
    session = _session_with_names(request, pk)
    pdf = session_signin_sheet_render(session=session)
    personal_data_export_record(
        user=request.user,
        what=f"{PersonalDataExport.Kind.SIGNIN_SHEET} (pdf)",
        detail=session.ref,
    )
    response = HttpResponse(pdf, content_type="application/pdf")
    response["Content-Disposition"] = f'inline; filename="sign-in-{session.ref}.pdf"'
    return response


@private_no_store
@login_required
def certificate_pdf_view(request, code: str):
    """A certificate's PDF, for the session's trainers and the office."""
    certificate = get_object_or_404(Certificate.objects.exclude(pdf=""), code=code)
    _session_with_names(request, certificate.participation.session_id)
    return FileResponse(
        certificate.pdf.open("rb"),
        content_type="application/pdf",
        filename=f"certificate-{certificate.code}.pdf",
    )


@private_no_store
@login_required
def session_certificates_zip_view(request, pk: int):
    """Every ready certificate of a session in one ZIP, streamed; a logged export."""
    session = _session_with_names(request, pk)
    personal_data_export_record(
        user=request.user,
        what=f"{PersonalDataExport.Kind.CERTIFICATES} (zip)",
        detail=session.ref,
    )
    response = StreamingHttpResponse(
        zip_stream(certificate_files(session=session)), content_type="application/zip"
    )
    response["Content-Disposition"] = (
        f'attachment; filename="certificates-{session.ref}.zip"'
    )
    return response


# The session's private files (siteconf.storage): field → what the export log says.
SESSION_FILES = {
    "agenda": "",
    "signin_sheet_scan": PersonalDataExport.Kind.SIGNIN_SHEET_SCAN,
}


@private_no_store
@login_required
def session_file_view(request, pk: int, field: str):
    """A session's agenda or signed sign-in sheet scan, for its trainers and the
    office; a 404 to everyone else, as if the file did not exist."""
    if field not in SESSION_FILES:
        raise Http404
    try:
        session = _session_with_names(request, pk)
    except PermissionDenied:
        raise Http404 from None
    file = getattr(session, field)
    if not file:
        raise Http404
    if SESSION_FILES[field]:  # the scan holds names and signatures
        personal_data_export_record(
            user=request.user, what=SESSION_FILES[field], detail=session.ref
        )
    return FileResponse(
        file.open("rb"), as_attachment=True, filename=file.name.rsplit("/", 1)[-1]
    )
