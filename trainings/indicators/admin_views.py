"""Wagtail admin wiring for the monitoring screens (imported by trainings/wagtail_hooks.py)."""

from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from siteconf.permissions import may

from . import views

app_name = "indicators"
urlpatterns = [
    path("", views.report_view, name="report"),
    path("export/<str:format>/", views.export_view, name="export"),
    path("dashboard/", views.dashboard_view, name="dashboard"),
    path(
        "dashboard/<slug:chart>.csv",
        views.dashboard_chart_csv_view,
        name="dashboard_chart",
    ),
    path("jobs/", views.job_start_view, name="job_start"),
    path("jobs/<uuid:job_id>/", views.job_view, name="job"),
    path("jobs/<uuid:job_id>/status/", views.job_status_view, name="job_status"),
    path("jobs/<uuid:job_id>/download/", views.job_download_view, name="job_download"),
    path("<int:indicator_id>/values/", views.manual_value_view, name="manual"),
    path(
        "<int:indicator_id>/denominators/",
        views.denominators_view,
        name="denominators",
    ),
    path("plans/import/", views.plan_import_view, name="plan_import"),
    path("training-plan/", views.training_plan_view, name="training_plan"),
]


class MonitoringMenuItem(MenuItem):
    def __init__(self, *args, needs: tuple = views.VIEW, **kwargs):
        super().__init__(*args, **kwargs)
        self.needs = needs  # (action, model), asked of the model's policy

    def is_shown(self, request):
        return may(request.user, *self.needs)


@hooks.register("register_admin_urls")
def register_urls():
    return [path("indicators/", include((urlpatterns, app_name)))]


@hooks.register("register_admin_menu_item")
def register_report_menu_item():
    return MonitoringMenuItem(
        _("Indicator report"),
        reverse("indicators:report"),
        icon_name="table",
        order=300,
    )


@hooks.register("register_admin_menu_item")
def register_dashboard_menu_item():
    return MonitoringMenuItem(
        pgettext_lazy("admin menu", "Dashboard"),
        reverse("indicators:dashboard"),
        icon_name="site",
        order=301,
    )


@hooks.register("register_admin_menu_item")
def register_training_plan_menu_item():
    return MonitoringMenuItem(
        _("Planned and held trainings"),
        reverse("indicators:training_plan"),
        icon_name="calendar",
        order=301,
    )


@hooks.register("register_admin_menu_item")
def register_plan_import_menu_item():
    return MonitoringMenuItem(
        _("Import a plan"),
        reverse("indicators:plan_import"),
        icon_name="upload",
        order=302,
        needs=views.IMPORT,
    )
