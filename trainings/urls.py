"""Language-free trainings URLs: certificate verification and PDF downloads."""

from django.urls import path

from . import calendar_views, views

app_name = "trainings"

urlpatterns = [
    path(
        "verify/<str:code>/",
        views.certificate_verify_view,
        name="certificate_verify",
    ),
    path(
        "trainings/sessions/<int:pk>/sign-in-sheet.pdf",
        views.session_signin_sheet_view,
        name="session_signin_sheet",
    ),
    path(
        "trainings/sessions/<int:pk>/files/<str:field>",
        views.session_file_view,
        name="session_file",
    ),
    path(
        "trainings/sessions/<int:pk>/certificates.zip",
        views.session_certificates_zip_view,
        name="session_certificates_zip",
    ),
    # A calendar app's subscription: the secret in the address is the sign-in.
    path(
        "calendar/<int:user_id>/<str:key>.ics",
        calendar_views.calendar_feed_view,
        name="calendar_feed",
    ),
    path(
        "trainings/certificates/<str:code>.pdf",
        views.certificate_pdf_view,
        name="certificate_pdf",
    ),
]
