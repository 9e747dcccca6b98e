"""Partner pages, mounted under the language prefix before Wagtail's catch-all."""

from django.urls import path

from . import views

urlpatterns = [
    path("", views.partner_home_view, name="partner_home"),
    path(
        "distributions/new/", views.distribution_report_view, name="distribution_report"
    ),
]
