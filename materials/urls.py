"""Partner pages, mounted under the language prefix before Wagtail's catch-all."""

from django.urls import path

from . import views

urlpatterns = [
    path("", views.partner_home_view, name="partner_home"),
    path(
        "distributions/new/", views.distribution_report_view, name="distribution_report"
    ),
    path(
        "distributions/<int:pk>/edit/",
        views.distribution_edit_view,
        name="distribution_edit",
    ),
    path(
        "distributions/<int:pk>/withdraw/",
        views.distribution_withdraw_view,
        name="distribution_withdraw",
    ),
]
