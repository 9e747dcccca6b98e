"""Wagtail admin wiring for the office's side of institutions' reports."""

from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from ..indicators.admin_views import MonitoringMenuItem
from ..models import Submission
from . import views

app_name = "monitoring"
urlpatterns = [
    path("tracker/", views.tracker_view, name="tracker"),
    path("submissions/<int:pk>/", views.review_view, name="review"),
]


@hooks.register("register_admin_urls")
def register_urls():
    return [path("monitoring/", include((urlpatterns, app_name)))]


@hooks.register("register_admin_menu_item")
def register_tracker_menu_item():
    return MonitoringMenuItem(
        _("Reporting tracker"),
        reverse("monitoring:tracker"),
        icon_name="list-ul",
        order=304,
        needs=("review", Submission),
    )
