"""Registers the "Trainings" admin menu and its extra admin URLs."""

from django.urls import path
from wagtail import hooks

from . import (
    admin_views,
    attendance_views,
    checkin_views,
    privacy_views,
)
from .indicators import admin_views as _indicator_views  # noqa: F401
from .monitoring import admin_urls as _monitoring_urls  # noqa: F401
from .monitoring.viewsets import node_status_viewset, reporting_schedule_viewset
from .viewsets import TrainingsGroup, trainee_chooser_viewset


@hooks.register("register_admin_viewset")
def register_trainings_viewsets():
    return [
        trainee_chooser_viewset,
        TrainingsGroup(),
        node_status_viewset,
        reporting_schedule_viewset,
    ]


@hooks.register("register_admin_urls")
def register_trainings_urls():
    return [
        path(
            "trainings/trainees/<int:pk>/merge/",
            admin_views.trainee_merge_view,
            name="trainings_trainee_merge",
        ),
        path(
            "trainings/trainees/<int:pk>/personal-data/",
            privacy_views.trainee_export_view,
            name="trainings_trainee_export",
        ),
        path(
            "trainings/trainees/<int:pk>/erase/",
            privacy_views.trainee_erase_view,
            name="trainings_trainee_erase",
        ),
        path(
            "trainings/sessions/<int:pk>/certificates/",
            admin_views.session_certificates_view,
            name="trainings_session_certificates",
        ),
        path(
            "trainings/sessions/<int:pk>/attendance-days/",
            attendance_views.session_attendance_days_view,
            name="trainings_session_attendance_days",
        ),
        path(
            "trainings/sessions/<int:pk>/paste/",
            attendance_views.session_paste_view,
            name="trainings_session_paste",
        ),
        path(
            "trainings/sessions/<int:pk>/check-in/",
            checkin_views.session_checkins_view,
            name="trainings_session_checkins",
        ),
        path(
            "trainings/sessions/<int:pk>/check-in/qr/",
            checkin_views.session_checkin_qr_view,
            name="trainings_session_checkin_qr",
        ),
    ]


@hooks.register("register_log_actions")
def register_person_log(actions):
    """Admin history of people and attendance in its own, name-free log."""
    from .models import Participation, PersonLogEntry, Trainee

    for model in (Trainee, Participation):
        actions.register_model(model, PersonLogEntry)
