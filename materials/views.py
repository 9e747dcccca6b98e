"""Partner pages: what to download, my downloads, report, correct or withdraw a
distribution; admin counts."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.auth.mixins import PermissionRequiredMixin
from django.core.exceptions import PermissionDenied
from django.forms.models import model_to_dict
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods
from django.views.generic import TemplateView

from siteconf.pagination import page_of
from siteconf.permissions import may, row_or_404

from .forms import DistributionReportForm
from .models import Distribution, Material, MaterialDownload
from .permissions import user_is_partner
from .selectors import (
    distributed_quantity_for_organisation,
    distribution_list_for_organisation,
    download_list_for_organisation,
    downloadable_materials,
    material_download_counts,
    organisation_download_counts,
)
from .services import distribution_report, distribution_update, distribution_withdraw


def _partner_required(request) -> None:
    if not user_is_partner(user=request.user):
        raise PermissionDenied(_("This page is for partner organisations."))


@login_required
def partner_home_view(request):
    """What I may download, my organisation's downloads and distributions."""
    _partner_required(request)
    organisation = request.user.organisation
    distributions = distribution_list_for_organisation(organisation=organisation)
    return render(
        request,
        "materials/partner_home.html",
        {
            "organisation": organisation,
            "materials": downloadable_materials(user=request.user),
            "distributions": page_of(request, distributions),
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
    form = _report_form(request)
    if request.method == "POST" and form.is_valid():
        distribution_report(user=request.user, **form.cleaned_data)
        messages.success(request, _("Thank you: the distribution was recorded."))
        return redirect("partner_home")
    return render(request, "materials/distribution_report.html", {"form": form})


@login_required
def distribution_edit_view(request, pk):
    """Correct a report, within the period; another organisation's is a 404."""
    _partner_required(request)
    distribution = row_or_404(request.user, "change", Distribution, pk)
    form = _report_form(request, initial=_reported(distribution))
    if request.method == "POST" and form.is_valid():
        distribution_update(
            user=request.user, distribution=distribution, **form.cleaned_data
        )
        messages.success(request, _("The distribution was corrected."))
        return redirect("partner_home")
    return render(
        request,
        "materials/distribution_report.html",
        {"form": form, "distribution": distribution},
    )


@login_required
@require_http_methods(["GET", "POST"])
def distribution_withdraw_view(request, pk):
    """Confirm, then withdraw a report made by mistake, within the period."""
    _partner_required(request)
    distribution = row_or_404(request.user, "delete", Distribution, pk)
    if request.method == "POST":
        distribution_withdraw(user=request.user, distribution=distribution)
        messages.success(request, _("The distribution was withdrawn."))
        return redirect("partner_home")
    return render(
        request, "materials/distribution_withdraw.html", {"distribution": distribution}
    )


def _report_form(request, initial=None) -> DistributionReportForm:
    return DistributionReportForm(
        request.POST or None,
        initial=initial,
        materials=Material.objects.select_related("publication").order_by(
            "publication__title", "title", "language"
        ),
    )


def _reported(distribution: Distribution) -> dict:
    """The form's fields as reported (the form is not a ModelForm: the services write)."""
    fields = list(DistributionReportForm.base_fields)
    return model_to_dict(distribution, fields=fields)


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
