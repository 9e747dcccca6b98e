"""A session's agenda and signed sign-in sheet scan: private files, downloaded only by
the session's trainers and the office, through a view that logs the scan."""

import pytest
from django.conf import settings
from django.http import Http404
from django.test import RequestFactory
from django.urls import reverse
from django.views.static import serve

from tests.factories import pdf_bytes
from tests.siteconf.test_security_uploads import PNG, add_session
from trainings.models import PersonalDataExport, TrainingSession

pytestmark = pytest.mark.django_db


@pytest.fixture
def uploaded(client, make_user):
    """A session a trainer added with an agenda and a scan, through the admin form."""
    trainer = make_user("alice", "Trainer")
    client.force_login(trainer)
    response = add_session(
        client, agenda=("agenda.pdf", pdf_bytes()), signin_sheet_scan=("scan.png", PNG)
    )
    assert response.status_code == 302
    client.logout()
    return trainer, TrainingSession.objects.get()


def _file_url(session, field: str) -> str:
    return reverse("trainings:session_file", args=[session.pk, field])


def test_the_edit_form_links_the_scan_to_the_checked_view(client, uploaded):
    trainer, session = uploaded
    client.force_login(trainer)

    page = client.get(reverse("training_sessions:edit", args=[session.pk]))

    html = page.content.decode()
    assert f'href="{_file_url(session, "signin_sheet_scan")}"' in html
    assert f'href="{_file_url(session, "agenda")}"' in html
    assert settings.MEDIA_URL not in html


def test_the_trainer_and_the_office_download_the_scan_and_it_is_logged(
    client, make_user, uploaded
):
    trainer, session = uploaded
    for user in (trainer, make_user("office", "Office administrator")):
        client.force_login(user)

        response = client.get(_file_url(session, "signin_sheet_scan"))

        assert response.status_code == 200
        assert b"".join(response.streaming_content) == PNG
        assert response["Content-Disposition"].startswith("attachment")
    logged = PersonalDataExport.objects.order_by("pk")
    assert [(e.user.username, e.what, e.detail) for e in logged] == [
        ("alice", "sign-in sheet scan", session.ref),
        ("office", "sign-in sheet scan", session.ref),
    ]


def test_the_agenda_downloads_without_an_export_entry(client, uploaded):
    trainer, session = uploaded
    client.force_login(trainer)

    response = client.get(_file_url(session, "agenda"))

    assert b"".join(response.streaming_content).startswith(b"%PDF")
    assert not PersonalDataExport.objects.exists()


def test_another_trainer_and_a_monitor_get_404_and_nothing_is_logged(
    client, make_user, uploaded
):
    _, session = uploaded
    for username, role in (("bob", "Trainer"), ("monitor", "Monitoring officer")):
        client.force_login(make_user(username, role))
        for field in ("signin_sheet_scan", "agenda"):
            # (LocaleMiddleware first tries /sq/trainings/..., a 404 too)
            response = client.get(_file_url(session, field), follow=True)
            assert response.status_code == 404
    assert not PersonalDataExport.objects.exists()


def test_anonymous_visitors_are_sent_to_sign_in(client, uploaded):
    _, session = uploaded

    response = client.get(_file_url(session, "signin_sheet_scan"))

    assert response.status_code == 302
    assert "/accounts/login/?next=" in response["Location"]


def test_the_files_are_not_under_media_root_so_media_urls_serve_nothing(
    uploaded, stored_privately
):
    _, session = uploaded
    for file in (session.agenda, session.signin_sheet_scan):
        assert stored_privately(file.name)
        # what `make run` (DEBUG) serves at MEDIA_URL, and a web server would
        request = RequestFactory().get(settings.MEDIA_URL + file.name)
        with pytest.raises(Http404):
            serve(request, file.name, document_root=settings.MEDIA_ROOT)
