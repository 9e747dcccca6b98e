"""The office's screens for one person's data: export it (subject access) or erase it."""

import json

from django.contrib import messages
from django.http import HttpResponse
from django.shortcuts import redirect
from django.template.loader import render_to_string
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.admin.admin_url_finder import AdminURLFinder

from siteconf.permissions import row_or_404

from .models import PersonalDataExport, Trainee
from .selectors.personal_data import trainee_export_detail, trainee_personal_data
from .services.audit import personal_data_export_record
from .services.personal_data import trainee_erase


def trainee_export_view(request, pk: int):
    """Download everything held on one person (JSON, or `?format=html` to read);
    every download is logged."""
    trainee = row_or_404(request.user, "export", Trainee, pk)
    readable = request.GET.get("format") == "html"
    data = {
        "exported_at": timezone.now().isoformat(),
        **trainee_personal_data(trainee=trainee),
    }
    personal_data_export_record(
        user=request.user,
        what=f"{PersonalDataExport.Kind.PERSONAL_DATA} ({'html' if readable else 'json'})",
        detail=trainee_export_detail(trainee=trainee),
    )
    if readable:
        body = render_to_string("trainings/admin/personal_data.html", data)
        response = HttpResponse(body, content_type="text/html; charset=utf-8")
    else:
        body = json.dumps(data, indent=2, ensure_ascii=False)
        response = HttpResponse(body, content_type="application/json; charset=utf-8")
    extension = "html" if readable else "json"
    response["Content-Disposition"] = (
        f'attachment; filename="personal-data-trainee-{trainee.pk}.{extension}"'
    )
    return response


def trainee_erase_view(request, pk: int):
    """Confirm, then anonymise the person: figures stay, name and contacts go."""
    trainee = row_or_404(request.user, "erase", Trainee, pk)
    if request.method == "POST":
        if trainee_erase(trainee=trainee, user=request.user):
            messages.success(
                request,
                _("Personal data erased; the record is now %(record)s.")
                % {"record": trainee},
            )
        else:
            messages.info(request, _("This person's data had already been erased."))
        return redirect(AdminURLFinder(request.user).get_edit_url(trainee))
    return TemplateResponse(
        request,
        "trainings/admin/erase.html",
        {
            "trainee": trainee,
            "sessions": trainee.participations.count(),
            "certificates": trainee.participations.filter(
                certificate__isnull=False
            ).count(),
            "page_title": _("Erase personal data"),
        },
    )
