"""Admin wiring of the screens shared by every app (site/views.py)."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from trainings.models import Indicator

from .permissions import may
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


class UntranslatedNamesMenuItem(MenuItem):
    def is_shown(self, request):
        return may(request.user, "view", Indicator)


@hooks.register("register_reports_menu_item")
def register_untranslated_names_menu_item():
    return UntranslatedNamesMenuItem(
        _("Untranslated names"),
        reverse("untranslated_names"),
        icon_name="globe",
        order=655,
    )
