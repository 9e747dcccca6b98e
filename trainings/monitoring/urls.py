"""The reporting institutions' pages, under the language prefix (/sq/reporting/)."""

from django.urls import path

from . import views

urlpatterns = [
    path("", views.reporting_home_view, name="reporting_home"),
    # Before the report's own address, which would read "evidence" as a plan.
    path("evidence/<int:pk>/", views.evidence_view, name="reporting_evidence"),
    path(
        "<str:plan>/<str:period>/",
        views.submission_edit_view,
        name="reporting_submission",
    ),
]
