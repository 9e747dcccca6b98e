"""Admin screens of the Resource imports (siteconf.import_kinds): upload → preview →
confirm, as django-import-export's admin does it, in Wagtail's admin.

The preview is a dry run of the kept file (siteconf.import_uploads); confirming
imports that same file, so nobody uploads twice. Who may import or export a kind
is asked of siteconf.permissions (through `ImportKind.allowed` and `may`).
"""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from trainings.upload_screen import FileForm

from .import_kinds import IMPORT_KINDS, ImportKind, import_kinds_for
from .import_uploads import import_upload_delete, import_upload_get, import_upload_keep
from .permissions import may
from .resources import NEW, UPDATE, FenerResult
from .set_based_resources import SET
from .spreadsheets import CSV_CONTENT_TYPE, csv_text, xlsx_bytes

XLSX_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
STATUS = {
    NEW: gettext_lazy("new"),
    UPDATE: gettext_lazy("update"),
    SET: "",  # counted for the whole file, not per row
}
UNCHANGED = gettext_lazy("unchanged")


def _kind(user, kind: str, *, action: str = "import") -> ImportKind:
    spec = IMPORT_KINDS.get(kind)
    if spec is None:
        raise Http404
    allowed = (
        spec.allowed(user) if action == "import" else may(user, action, spec.model)
    )
    if not allowed:
        raise PermissionDenied
    return spec


def import_index_view(request):
    """The lists the user may import, each with its template and export."""
    kinds = import_kinds_for(request.user)
    if not kinds:
        raise PermissionDenied
    return TemplateResponse(
        request,
        "imports/index.html",
        {"kinds": kinds, "page_title": _("Import lists")},
    )


def import_upload_view(request, kind: str):
    """Upload a file; it is kept, and the preview shows what it would do."""
    spec = _kind(request.user, kind)
    form = FileForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data["file"]
        token = import_upload_keep(
            user=request.user, kind=kind, filename=upload.name, data=upload.read()
        )
        return redirect("imports:preview", kind=kind, token=token)
    context = {
        "form": form,
        "kind": kind,
        "page_title": spec.label,
        "header_title": _("Import"),
        "header_subtitle": spec.label,
    }
    return TemplateResponse(request, "imports/upload.html", context)


def import_preview_view(request, kind: str, token: str):
    """GET: a dry run of the kept file. POST: import it, then forget it."""
    spec = _kind(request.user, kind)
    kept = import_upload_get(user=request.user, kind=kind, token=token)
    if kept is None:
        raise Http404
    resource = spec.resource()
    confirm = request.method == "POST"
    result = resource.import_file(
        kept.data, filename=kept.filename, dry_run=not confirm, user=request.user
    )
    if confirm and result.ok:
        import_upload_delete(token)
        messages.success(request, f"{kept.filename}: {result.summary()}")
        return redirect("imports:upload", kind=kind)
    context = {
        "kind": kind,
        "filename": kept.filename,
        "result": result,
        "headers": resource.headers(),
        "rows": preview_rows(result, resource.headers()),
        "page_title": spec.label,
        "header_title": _("Preview"),
        "header_subtitle": spec.label,
    }
    return TemplateResponse(request, "imports/preview.html", context)


def preview_rows(result: FenerResult, headers: list[str]) -> list[dict]:
    """The first rows as the preview table shows them: status, cells marked
    changed, and each error beside its cell."""
    errors: dict[tuple, list[str]] = {}
    for error in result.errors:
        errors.setdefault((error.row, error.column), []).append(error.reason)
    rows = []
    for number, status, cells, changed in result.preview:
        rows.append(
            {
                "number": number,
                "status": STATUS.get(status, UNCHANGED),
                "cells": [
                    (
                        cells.get(c, ""),
                        status == UPDATE and c in changed,
                        errors.get((number, c), []),
                    )
                    for c in headers
                ],
                "errors": errors.get((number, ""), []),
            }
        )
    return rows


def import_template_view(request, kind: str, format: str):
    """A blank file to fill in: the header, one example row, and (XLSX) the codes
    the code columns accept on a second sheet."""
    spec = _kind(request.user, kind)
    resource = spec.resource()
    rows = resource.template_rows()
    sheets = {kind: rows, _("codes"): [["column", "code", "name"]]}
    sheets[_("codes")] += resource.allowed_codes()
    return _spreadsheet(f"{kind}-template", format, rows, sheets)


def import_export_view(request, kind: str, format: str):
    """Every row in the import's own columns: edit it and import it back."""
    spec = _kind(request.user, kind, action="view")
    rows = spec.resource().export_rows(user=request.user)
    return _spreadsheet(kind, format, rows, {kind: rows})


def _spreadsheet(name: str, format: str, rows, sheets) -> HttpResponse:
    if format == "csv":
        response = HttpResponse(csv_text(rows), content_type=CSV_CONTENT_TYPE)
    elif format == "xlsx":
        response = HttpResponse(xlsx_bytes(sheets), content_type=XLSX_CONTENT_TYPE)
    else:
        raise Http404
    response["Content-Disposition"] = f'attachment; filename="{name}.{format}"'
    return response
