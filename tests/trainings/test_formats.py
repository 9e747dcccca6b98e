"""Certificates, sign-in sheets and the verify page write dates as their language does."""

import datetime

import pypdfium2
import pytest

from tests.factories import ParticipationFactory, TraineeFactory, TrainingSessionFactory
from trainings.models import Certificate
from trainings.services.certificates import session_signin_sheet_render
from trainings.tasks import certificates_issue_task

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("language_restored")]
DATES = {"sq": "7 dhjetor 2026", "sr": "7. децембар 2026.", "en": "7 December 2026"}


@pytest.fixture
def session_in():
    def make(language: str):
        day = datetime.date(2026, 12, 7)
        session = TrainingSessionFactory(
            language=language, start_date=day, end_date=day
        )
        ParticipationFactory(session=session, trainee=TraineeFactory())
        return session

    return make


def _pdf_text(content: bytes) -> str:
    pages = pypdfium2.PdfDocument(content)
    return " ".join(" ".join(p.get_textpage().get_text_range() for p in pages).split())


@pytest.mark.parametrize(("language", "written"), DATES.items())
def test_certificate_dates_the_training_in_its_language(session_in, language, written):
    session = session_in(language)

    certificates_issue_task(session.pk)

    assert written in _pdf_text(Certificate.objects.get().pdf.read())


@pytest.mark.parametrize(("language", "written"), DATES.items())
def test_sign_in_sheet_dates_the_session_in_its_language(session_in, language, written):
    session = session_in(language)

    text = _pdf_text(session_signin_sheet_render(session=session))

    assert written in text


@pytest.mark.parametrize(("language", "written"), DATES.items())
def test_verify_page_dates_the_training_in_the_visitors_language(
    client, session_in, language, written
):
    session = session_in("sq")
    certificates_issue_task(session.pk)
    code = Certificate.objects.get().code

    page = client.get(f"/verify/{code}/", HTTP_ACCEPT_LANGUAGE=language)

    assert written in page.content.decode()
