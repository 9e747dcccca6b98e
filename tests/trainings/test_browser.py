"""A trainer's session, from sign-in to a certificate a visitor can check (chromium)."""

from pathlib import Path

import pypdfium2
import pytest
from playwright.sync_api import expect

from tests import factories
from tests.siteconf.test_security_uploads import PNG
from trainings.models import Certificate, Participation, TrainingSession

pytestmark = pytest.mark.browser
TITLE = "SOP training for school staff, Shkodër"


@pytest.fixture
def trainer(transactional_db, make_user):
    """A trainer, the reference lists, and two people they trained before."""
    factories.ProfessionFactory(code="TEACH", name="Teachers")
    factories.ProfessionFactory(code="SOC", name="Social workers")
    agency = factories.AgencyFactory(code="MES", name="Ministry of Education")
    user = make_user("alice", "Trainer")
    for name in ("Drita Hoxha", "Arben Krasniqi"):
        factories.TraineeFactory(full_name=name, agency=agency, created_by=user)
    return user


def test_trainer_runs_a_session_to_certificates_a_visitor_verifies(
    trainer, live_server, page, other_person, admin_sign_in, screenshot
):
    # given the trainer signed in, on Trainings → Sessions
    admin_sign_in(page, "alice")
    page.get_by_role("button", name="Trainings").click()
    page.get_by_role("link", name="Sessions").click()
    page.get_by_role("link", name="Add training session").click()

    # when they describe the session
    page.get_by_label("Reference").fill("AL-2023-077")
    page.get_by_label("Title").fill(TITLE)
    page.get_by_label("Start date").fill("2023-03-14")
    page.get_by_label("End date").fill("2023-03-14")

    # and add a person they trained before, found by name in the chooser
    page.get_by_role("button", name="Add participant").click()
    page.locator("#inline_child_participations-0").get_by_role(
        "button", name="Choose a trainee"
    ).click()
    chooser = page.get_by_role("dialog")
    expect(chooser.get_by_role("link", name="Arben Krasniqi")).to_be_visible()
    chooser.get_by_label("Name", exact=True).fill("drita")
    expect(chooser.get_by_role("link", name="Arben Krasniqi")).to_have_count(0)
    chooser.get_by_role("link", name="Drita Hoxha").click()

    # and a new person, added from the chooser
    page.get_by_role("button", name="Add participant").click()
    page.locator("#inline_child_participations-1").get_by_role(
        "button", name="Choose a trainee"
    ).click()
    chooser.get_by_role("tab", name="Add a new person").click()
    chooser.get_by_label("Full name").fill("Milena Kola")
    chooser.get_by_label("Gender").select_option("F")
    chooser.get_by_label("Profession").select_option(label="Social workers")
    chooser.get_by_role("button", name="Add a new person").click()

    # and a head-count row: 18 teachers, women
    page.get_by_role("button", name="Add participant").click()
    row = page.locator("#inline_child_participations-2")
    row.get_by_label("Profession").select_option(label="Teachers")
    row.get_by_label("Gender").select_option("F")
    row.get_by_label("Number of people").fill("18")
    page.get_by_role("button", name="Create").click()

    # then the list shows the session with its 20 people
    page.wait_for_url("**/admin/trainings/sessions/")
    expect(page.locator("tr", has_text="AL-2023-077")).to_contain_text("20")

    # when they open it and download the sign-in sheet
    page.get_by_role("link", name="AL-2023-077").click()
    with page.expect_response("**/sign-in-sheet.pdf") as sheet:
        page.get_by_role("link", name="Sign-in sheet (PDF)").click()

    # then it is a PDF with the session's named people (served inline, to print:
    # chromium's viewer replaces the body, so read the file with the same cookies)
    assert sheet.value.headers["content-type"] == "application/pdf"
    text = _pdf_text(page.request.get(sheet.value.url).body())
    assert TITLE in text
    assert "Drita Hoxha" in text and "Milena Kola" in text

    # when they attach the scan of the signed sheet to the session
    page.go_back()
    page.get_by_label("Signed sign-in sheet (scan)").set_input_files(
        {"name": "signed.png", "mimeType": "image/png", "buffer": PNG}
    )
    page.get_by_role("button", name="Save").click()
    page.get_by_role("link", name="AL-2023-077").click()

    # then the form links it, and it downloads through the checked view
    with page.expect_download() as scan:
        page.get_by_role("link", name="sessions/evidence/signed.png").click()
    assert "/media/" not in scan.value.url
    assert Path(scan.value.path()).read_bytes() == PNG

    # when they issue the certificates (the task runs inline in tests)
    page.get_by_role("link", name="Certificates").click()
    page.get_by_role("button", name="Issue missing certificates").click()

    # then each named person has a code (head-count rows get none)
    codes = page.locator("table.listing tbody tr td:nth-child(2) a")
    expect(codes).to_have_count(2)
    milena = page.locator("tr", has_text="Milena Kola").locator("a").first.inner_text()
    assert Certificate.objects.get(code=milena).participation.trainee.full_name == (
        "Milena Kola"
    )

    # when a visitor (not signed in) checks Milena's code
    visitor = other_person()
    visitor.goto(f"{live_server.url}/verify/{milena}/")

    # then they see her name and the training
    expect(visitor.locator(".verify-name")).to_have_text("Milena Kola")
    expect(visitor.locator(".verify-title")).to_have_text(TITLE)
    screenshot(visitor, "trainer-certificate-verified")
    session = TrainingSession.objects.get(ref="AL-2023-077")
    assert session.created_by == trainer
    assert Participation.objects.filter(session=session, trainee=None).get().count == 18


def _pdf_text(content: bytes) -> str:
    assert content.startswith(b"%PDF")
    pdf = pypdfium2.PdfDocument(content)
    return "\n".join(page.get_textpage().get_text_range() for page in pdf)
