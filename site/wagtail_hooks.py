"""Registers the admin screens the whole site shares: the list imports and the
untranslated names report (site/views.py)."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.viewsets.base import ViewSet

from trainings.indicators.admin_views import MonitoringMenuItem

from . import import_views
from .import_kinds import import_kinds_for
from .views import untranslated_names_view


class ImportMenuItem(MenuItem):
    def is_shown(self, request):
        return bool(import_kinds_for(request.user))


class ImportListsViewSet(ViewSet):
    """Upload → preview → confirm for every Resource import, with blank templates
    and exports in the import's own columns."""

    name = "imports"
    url_prefix = "imports"
    icon = "upload"
    menu_label = _("Import lists")
    menu_order = 850
    add_to_admin_menu = True

    def get_urlpatterns(self):
        views = import_views
        return [
            path("", views.import_index_view, name="index"),
            path("<str:kind>/", views.import_upload_view, name="upload"),
            path("<str:kind>/<str:token>/", views.import_preview_view, name="preview"),
            path(
                "<str:kind>/template/<str:format>/",
                views.import_template_view,
                name="template",
            ),
            path(
                "<str:kind>/export/<str:format>/",
                views.import_export_view,
                name="export",
            ),
        ]

    def get_menu_item(self, order=None):
        return ImportMenuItem(
            self.menu_label,
            self.menu_url,
            icon_name=self.icon,
            order=order or self.menu_order,
        )


@hooks.register("register_admin_viewset")
def register_import_lists():
    return ImportListsViewSet()


@hooks.register("register_admin_urls")
def register_untranslated_names_url():
    return [
        path(
            "reports/untranslated-names/",
            untranslated_names_view,
            name="untranslated_names",
        )
    ]


@hooks.register("register_reports_menu_item")
def register_untranslated_names_menu_item():
    # Shown to whoever may read the figures, as the view asks.
    return MonitoringMenuItem(
        _("Untranslated names"),
        reverse("untranslated_names"),
        icon_name="globe",
        order=655,
    )
