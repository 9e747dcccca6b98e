"""A trainer's session, from sign-in to a certificate a visitor can check, all in
Albanian: the trainer's and the visitor's browsers ask for Albanian (chromium)."""

import zipfile
from pathlib import Path

import pypdfium2
import pytest
from django.core import mail
from playwright.sync_api import expect

from tests import factories
from tests.siteconf.test_security_uploads import PNG
from trainings.models import Certificate, Participation, Trainee, TrainingSession

pytestmark = pytest.mark.browser
TITLE = "Trajnim për PSV-të me stafin e shkollave, Shkodër"
ALBANIAN = {"locale": "sq-AL"}
# Interface words the journey must never meet (Wagtail's and Fener's English).
ENGLISH = [
    "Save",
    "Sessions",
    "Sign-in sheet",
    "Certificate",
    "Add",
    "Search",
    "Dashboard",
]


@pytest.fixture
def browser_context_args(browser_context_args):
    return {**browser_context_args, **ALBANIAN}


@pytest.fixture
def trainer(transactional_db, make_user):
    """A trainer, the reference lists, and two people they trained before."""
    factories.ProfessionFactory(code="TEACH", name="Mësues")
    factories.ProfessionFactory(code="SOC", name="Punonjës socialë")
    agency = factories.AgencyFactory(code="MES", name="Ministria e Arsimit")
    user = make_user("alice", "Trainer")
    for name in ("Drita Hoxha", "Arben Krasniqi"):
        factories.TraineeFactory(full_name=name, agency=agency, created_by=user)
    return user


def test_trainer_runs_a_session_to_certificates_a_visitor_verifies(
    trainer, live_server, page, other_person, admin_sign_in, screenshot
):
    # given the trainer signed in, on Trajnimet → Seancat
    admin_sign_in(page, "alice")
    _no_english(page)
    page.get_by_role("button", name="Trajnimet").click()
    page.get_by_role("link", name="Seancat").click()
    page.get_by_role("link", name="Shto seancë trajnimi").click()

    # when they describe the session, held in Albanian
    page.get_by_label("Referenca").fill("AL-2023-077")
    page.get_by_label("Titulli").fill(TITLE)
    page.get_by_label("Data e fillimit").fill("2023-03-14")
    page.get_by_label("Data e mbarimit").fill("2023-03-14")
    page.get_by_label("Gjuha").select_option(label="Shqip")

    # and type a person they trained before (her name folds onto hers), a new
    # person, and a head-count row: 18 teachers, women
    def line(n: int, field: str):
        return page.locator(f'[name="participations-{n}-{field}"]')

    line(0, "full_name").fill("DRITA HOXHA")
    line(1, "full_name").fill("Milena Kola")
    line(1, "gender").select_option("F")
    line(1, "profession").fill("Punonjës socialë")
    line(2, "profession").fill("Mësues")
    line(2, "gender").select_option("F")
    line(2, "count").fill("18")
    _no_english(page)
    page.get_by_role("button", name="Krijo").click()

    # then the list shows the session with its 20 people
    page.wait_for_url("**/admin/trainings/sessions/")
    expect(page.locator("tr", has_text="AL-2023-077")).to_contain_text("20")
    _no_english(page)

    # when they open it and download the sign-in sheet
    page.get_by_role("link", name="AL-2023-077").click()
    with page.expect_response("**/sign-in-sheet.pdf") as sheet:
        page.get_by_role("link", name="Lista e prezencës (PDF)").click()

    # then it is an Albanian PDF with the session's named people (served inline, to
    # print: chromium's viewer replaces the body, so read it with the same cookies)
    assert sheet.value.headers["content-type"] == "application/pdf"
    text = _pdf_text(page.request.get(sheet.value.url).body())
    assert TITLE in text
    assert "Drita Hoxha" in text and "Milena Kola" in text
    assert "Emri i plotë" in text and "Nënshkrimi" in text
    assert "Full name" not in text and "Signature" not in text

    # when they attach the scan of the signed sheet to the session
    page.go_back()
    page.get_by_label("Lista e prezencës e nënshkruar (skanim)").set_input_files(
        {"name": "signed.png", "mimeType": "image/png", "buffer": PNG}
    )
    page.get_by_role("button", name="Ruaj").click()
    page.get_by_role("link", name="AL-2023-077").click()

    # then the form links it, and it downloads through the checked view
    with page.expect_download() as scan:
        page.get_by_role("link", name="sessions/evidence/signed.png").click()
    assert "/media/" not in scan.value.url
    assert Path(scan.value.path()).read_bytes() == PNG

    # when they issue the certificates (the task runs inline in tests)
    page.get_by_role("link", name="Certifikatat").click()
    page.get_by_role("button", name="Lësho certifikatat që mungojnë").click()

    # then each named person has a code (head-count rows get none)
    codes = page.locator("table.listing tbody tr td:nth-child(2) a")
    expect(codes).to_have_count(2)
    _no_english(page)
    milena = page.locator("tr", has_text="Milena Kola").locator("a").first.inner_text()
    assert Certificate.objects.get(code=milena).participation.trainee.full_name == (
        "Milena Kola"
    )

    # and the page says they are ready (not "being generated")
    expect(page.get_by_text("Të gjitha 2 certifikatat janë gati.")).to_be_visible()

    # when they download them all at once
    with page.expect_download() as archive:
        page.get_by_role("link", name="Shkarko të gjitha (ZIP)").click()
    names = zipfile.ZipFile(archive.value.path()).namelist()
    assert sorted(name.rsplit("-", 1)[0] for name in names) == [
        "drita-hoxha",
        "milena-kola",
    ]

    # when Milena left an address and they e-mail the certificates in one action
    Trainee.objects.filter(full_name="Milena Kola").update(email="milena@example.org")
    page.get_by_role("button", name="Dërgoju certifikatat kursantëve me e-mail").click()

    # then she gets hers, and the report says who was left out and why
    report = page.locator(".help-block", has_text="Dërguar me e-mail më")
    expect(report).to_contain_text("1 u dërguan, 1 u anashkaluan (pa adresë e-maili)")
    assert [m.to for m in mail.outbox] == [["milena@example.org"]]
    _no_english(page)
    screenshot(page, "trainer-certificates-emailed")

    # and her certificate is printed in Albanian
    pdf = page.request.get(f"{live_server.url}/trainings/certificates/{milena}.pdf")
    text = _pdf_text(pdf.body())
    assert "Milena Kola" in text and TITLE in text
    assert "Certifikatë pjesëmarrjeje" in text, text
    assert "Certificate" not in text and "attended" not in text

    # when a visitor (not signed in, browser in Albanian) checks Milena's code
    visitor = other_person(**ALBANIAN)
    visitor.goto(f"{live_server.url}/verify/{milena}/")

    # then they see her name and the training, in Albanian
    expect(visitor.locator(".verify-name")).to_have_text("Milena Kola")
    expect(visitor.locator(".verify-title")).to_have_text(TITLE)
    _no_english(visitor)
    screenshot(visitor, "trainer-certificate-verified")
    session = TrainingSession.objects.get(ref="AL-2023-077")
    assert session.created_by == trainer and session.language == "sq"
    assert Participation.objects.filter(session=session, trainee=None).get().count == 18


def _no_english(page) -> None:
    text = page.locator("body").inner_text()
    assert not [word for word in ENGLISH if word in text.split()], text[:2000]


def _pdf_text(content: bytes) -> str:
    assert content.startswith(b"%PDF")
    pdf = pypdfium2.PdfDocument(content)
    return "\n".join(page.get_textpage().get_text_range() for page in pdf)
