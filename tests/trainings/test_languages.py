"""The trainings screens and documents speak Albanian or Serbian, never Fener's English.

An office user without a preferred language reads the admin in Albanian (the
default); one who chose Serbian reads it in Serbian. Certificates and sign-in
sheets are printed in the session's language, whoever prints them; the public
certificate check answers in the visitor's language.
"""

import json
import re

import pypdfium2
import pytest
from django.urls import reverse
from wagtail.users.models import UserProfile

from tests.factories import ParticipationFactory, TraineeFactory, TrainingSessionFactory
from trainings.models import Certificate
from trainings.services.certificates import session_signin_sheet_render
from trainings.tasks import certificates_issue_task

pytestmark = pytest.mark.django_db

# What these screens showed in English: Fener's own words (not Wagtail's).
ENGLISH = [
    "Sessions",
    "Trainees",
    "Attendance",
    "Certificates",
    "Certificate",
    "Sign-in sheet",
    "Merge duplicates",
    "Export personal data",
    "Erase personal data",
    "Import spreadsheets",
    "What to import",
    "Check only",
    "Who and what",
    "Notes and evidence",
    "Participants",
    "Participant",
    "Reference data",
    "Issue missing certificates",
    "Audit log",
    "Export log",
    "Erasure log",
    "Start date",
    "Full name",
    "Gender",
    "Profession",
    "Agency",
    "Agencies",
    "Institution",
    "Same name",
    "People",
    "Record type",
    "Trainings",
    "Female",
    "head-count",
    "cannot be undone",
    "No other person has this name",
]
# One word per screen family, so an untranslated screen cannot pass unnoticed.
EXPECTED = {
    "sq": ["Seancat", "Kursantët", "Pjesëmarrja", "Trajnimet", "Certifikatat"],
    "sr": ["Сесије", "Полазници", "Присуство", "Обуке", "Сертификати"],
}


@pytest.fixture
def office(make_user):
    return make_user("office", "Office administrator")


@pytest.fixture
def session():
    session = TrainingSessionFactory(title="Identifikimi i viktimave", language="sq")
    ParticipationFactory(
        session=session, trainee=TraineeFactory(full_name="Arta Hoxha", gender="F")
    )
    return session


def _visible(html: str) -> str:
    """The text a person reads: no scripts, styles, tags or attributes, but the
    menu (drawn by JavaScript from the sidebar's JSON)."""
    menu = re.search(
        r'(?s)<script id="wagtail-sidebar-props"[^>]*>(.*?)</script>', html
    )
    html = re.sub(r"(?s)<(script|style|template)\b.*?</\1>", " ", html)
    text = re.sub(r"\s+", " ", re.sub(r"(?s)<[^>]+>", " ", html))
    if menu:
        text += " " + json.dumps(json.loads(menu[1]), ensure_ascii=False)
    return text


def _screens(session) -> list[str]:
    trainee = session.participations.get().trainee
    return [
        reverse("wagtailadmin_home"),
        reverse("training_sessions:index"),
        reverse("training_sessions:add"),
        reverse("training_sessions:edit", args=[session.pk]),
        reverse("trainees:index"),
        reverse("trainees:edit", args=[trainee.pk]),
        reverse("attendance:index"),
        reverse("trainings_import:index"),
        reverse("trainings_session_certificates", args=[session.pk]),
        reverse("trainings_trainee_merge", args=[trainee.pk]),
        reverse("trainings_trainee_erase", args=[trainee.pk]),
        reverse("agency:index"),
        reverse("profession:index"),
        reverse("region:index"),
        reverse("sop:index"),
        reverse("module:index"),
        reverse("exportlog:index"),
        reverse("erasurelog:index"),
        reverse("audit_log:index"),
    ]


@pytest.mark.parametrize("language", ["sq", "sr"])
def test_trainings_screens_show_no_english_of_fener(client, office, session, language):
    if language != "sq":  # Albanian is the default, for users who chose nothing
        profile = UserProfile.get_for_user(office)
        profile.preferred_language = language
        profile.save()
    client.force_login(office)
    seen = ""
    for url in _screens(session):
        response = client.get(url)
        assert response.status_code == 200, url
        text = _visible(response.content.decode())
        english = [w for w in ENGLISH if re.search(rf"\b{re.escape(w)}\b", text)]
        assert english == [], url
        seen += text
    assert [w for w in EXPECTED[language] if w not in seen] == []


def _pdf_text(content: bytes) -> str:
    pdf = pypdfium2.PdfDocument(content)
    return "\n".join(page.get_textpage().get_text_range() for page in pdf)


@pytest.mark.parametrize(
    ("language", "words", "english"),
    [
        ("sq", ["Certifikatë pjesëmarrjeje", "Vërtetohet se"], "attended"),
        ("sr", ["Сертификат о присуству", "Овим се потврђује"], "attended"),
    ],
)
def test_certificate_is_printed_in_the_sessions_language(
    session, language, words, english
):
    session.language = language
    session.save()
    # when the office (Albanian by default) issues the certificates
    certificates_issue_task(session.pk)
    # then
    text = _pdf_text(Certificate.objects.get().pdf.read())
    assert [w for w in words if w not in text] == []
    assert english not in text and "Arta Hoxha" in text


@pytest.mark.parametrize(
    ("language", "words"),
    [
        ("sq", ["Emri i plotë", "Nënshkrimi", "Femër", "Faqja 1 nga 1"]),
        ("sr", ["Име и презиме", "Потпис", "Женско", "Страна 1 од 1"]),
    ],
)
def test_sign_in_sheet_is_printed_in_the_sessions_language(session, language, words):
    session.language = language
    session.save()
    text = _pdf_text(session_signin_sheet_render(session=session))
    assert [w for w in words if w not in text] == []
    assert "Signature" not in text and "Full name" not in text


@pytest.mark.parametrize(
    ("accept", "heading"),
    [
        ("", "Certifikatë pjesëmarrjeje: e vlefshme"),
        ("sr", "Сертификат о присуству: важећи"),
    ],
)
def test_verify_page_answers_in_the_visitors_language(client, session, accept, heading):
    certificates_issue_task(session.pk)
    code = Certificate.objects.get().code
    headers = {"HTTP_ACCEPT_LANGUAGE": accept} if accept else {}
    page = client.get(f"/verify/{code}/", **headers).content.decode()
    assert heading in page
    assert "Certificate of attendance" not in page


def test_a_head_count_row_names_itself_in_the_readers_language(language_restored):
    from django.utils import translation

    row = ParticipationFactory(trainee=None, count=12, profession=None)
    # when
    with translation.override("sr"):
        shown = str(row)
    # then
    assert shown.endswith("12 × учесника"), shown
