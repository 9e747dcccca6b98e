"""Partner pages: downloads of my organisation, report a distribution; admin counts."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.auth.mixins import PermissionRequiredMixin
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.generic import TemplateView

from siteconf.permissions import may

from .forms import DistributionReportForm
from .models import Material, MaterialDownload
from .permissions import user_is_partner
from .selectors import (
    distributed_quantity_for_organisation,
    download_list_for_organisation,
    material_download_counts,
    organisation_download_counts,
)
from .services import distribution_report


def _partner_required(request) -> None:
    if not user_is_partner(user=request.user):
        raise PermissionDenied(_("This page is for partner organisations."))


@login_required
def partner_home_view(request):
    """My organisation's downloads and distributions."""
    _partner_required(request)
    organisation = request.user.organisation
    return render(
        request,
        "materials/partner_home.html",
        {
            "organisation": organisation,
            "downloads": download_list_for_organisation(organisation=organisation),
            "distributed": distributed_quantity_for_organisation(
                organisation=organisation
            ),
        },
    )


@login_required
def distribution_report_view(request):
    """Form → `distribution_report` → back to the partner page."""
    _partner_required(request)
    form = DistributionReportForm(
        request.POST or None,
        materials=Material.objects.select_related("publication").order_by("title"),
    )
    if request.method == "POST" and form.is_valid():
        distribution_report(user=request.user, **form.cleaned_data)
        messages.success(request, _("Thank you: the distribution was recorded."))
        return redirect("partner_home")
    return render(request, "materials/distribution_report.html", {"form": form})


class DownloadCountsView(PermissionRequiredMixin, TemplateView):
    """Admin page: downloads per file and per partner organisation."""

    template_name = "materials/admin/download_counts.html"

    def has_permission(self):
        return may(self.request.user, "view", MaterialDownload)

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            materials=material_download_counts()[:200],
            organisations=organisation_download_counts(),
            **kwargs,
        )
