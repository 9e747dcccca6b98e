"""Admin for the materials library, and the gate every document download passes."""

from django.contrib.auth.views import redirect_to_login
from django.http import HttpResponseForbidden
from django.templatetags.static import static
from django.urls import path, reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.viewsets.model import ModelViewSet, ModelViewSetGroup

from siteconf.formats.columns import NumberColumn
from siteconf.permissions import may
from siteconf.spreadsheets import SpreadsheetIndexView
from siteconf.translated_admin import VocabularyViewSet

from .brochure_upload import brochure_upload_view
from .models import Distribution, MaterialDownload, PrintRun, Publication, Topic
from .permissions import material_can_download
from .services import material_download_record
from .views import DownloadCountsView


@hooks.register("before_serve_document")
def material_serve_gate(document, request):
    """Refuse partners-only files to others, then count the download.

    Runs inside Wagtail's serve view (WAGTAILDOCS_SERVE_METHOD = "serve_view"),
    so a direct /documents/<id>/<name> link cannot skip it.
    """
    if not material_can_download(material=document, user=request.user):
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        return HttpResponseForbidden(_("This material is for partner organisations."))
    material_download_record(material=document, request=request)
    return None


class PublicationViewSet(ModelViewSet):
    """Shared metadata of a brochure/manual; its language files are documents."""

    model = Publication
    icon = "doc-full-inverse"
    menu_label = _("Publications")
    exclude_form_fields: list[str] = []
    list_display = ["title", "kind", "topic", "partners_only", "published_on"]
    list_filter = ["kind", "topic", "partners_only"]
    # No `search_fields`: Publication is in the search index (title, description,
    # topic), and naming fields breaks the SQLite backend ("no such column").


class TopicViewSet(VocabularyViewSet):
    model = Topic
    menu_label = _("Topics")


class PrintRunViewSet(ModelViewSet):
    model = PrintRun
    icon = "clipboard-list"
    menu_label = _("Print runs")
    exclude_form_fields: list[str] = []
    list_display = [
        "material",
        "date",
        NumberColumn("quantity", model=PrintRun),
        "funder",
    ]
    list_export = ["material", "date", "quantity", "funder"]
    index_view_class = SpreadsheetIndexView
    list_filter = ["date"]


class DistributionViewSet(ModelViewSet):
    model = Distribution
    icon = "resubmit"
    menu_label = _("Distributions")
    exclude_form_fields = ["reported_by"]
    list_display = [
        "material",
        "date",
        NumberColumn("quantity", model=Distribution),
        NumberColumn("people_informed", model=Distribution),
        "place",
        "region",
        "partner",
    ]
    list_export = [
        "material",
        "date",
        "quantity",
        "people_informed",
        "place",
        "region",
        "partner",
        "reported_by",
    ]
    index_view_class = SpreadsheetIndexView
    list_filter = ["date", "region", "partner"]


class MaterialDownloadViewSet(ModelViewSet):
    """Read-only log of downloads (created only by the serve gate)."""

    model = MaterialDownload
    icon = "download"
    menu_label = _("Downloads")
    form_fields = ["material"]
    inspect_view_enabled = True
    list_display = ["material", "at", "organisation"]
    list_export = ["material", "material.language", "at", "organisation"]
    index_view_class = SpreadsheetIndexView
    list_filter = ["organisation", "at"]


class MaterialsAdminGroup(ModelViewSetGroup):
    menu_label = _("Materials")
    menu_icon = "folder-open-inverse"
    menu_order = 210
    items = (
        PublicationViewSet,
        TopicViewSet,
        PrintRunViewSet,
        DistributionViewSet,
        MaterialDownloadViewSet,
    )


@hooks.register("register_admin_viewset")
def register_materials_admin():
    return MaterialsAdminGroup()


@hooks.register("register_admin_urls")
def register_download_counts_url():
    return [
        path(
            "reports/downloads/",
            DownloadCountsView.as_view(),
            name="material_download_counts",
        ),
        path(
            "campaigns/<int:campaign_id>/brochure/",
            brochure_upload_view,
            name="campaign_brochure_upload",
        ),
    ]


@hooks.register("insert_editor_js")
def brochure_upload_js():
    # The campaign page's "Brochures" panel opens its upload form in a modal.
    return format_html('<script src="{}"></script>', static("js/admin-brochures.js"))


class DownloadCountsMenuItem(MenuItem):
    def is_shown(self, request):
        return may(request.user, "view", MaterialDownload)


@hooks.register("register_reports_menu_item")
def register_download_counts_menu_item():
    return DownloadCountsMenuItem(
        _("Material downloads"),
        reverse("material_download_counts"),
        icon_name="download",
        order=660,
    )
