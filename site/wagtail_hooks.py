"""Admin wiring of the screens shared by every app (site/views.py)."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from trainings.indicators.admin_views import MonitoringMenuItem

from .views import untranslated_names_view


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
