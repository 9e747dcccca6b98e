"""Browser journey: a trainer pastes ten people from a spreadsheet and saves."""

import pytest
from playwright.sync_api import expect

from tests import factories
from trainings.models import Participation

pytestmark = pytest.mark.browser

# What Excel or LibreOffice puts on the clipboard for ten rows of four cells.
BLOCK = "\n".join(
    f"{name}\t{gender}\tMësues\tMES"
    for name, gender in [
        ("DRITA HOXHA", "F"),
        ("Arben Krasniqi", "M"),
        ("Elira Kola", "F"),
        ("Besnik Gjoka", "M"),
        ("Mirela Dushku", "F"),
        ("Gentian Cela", "M"),
        ("Ilda Meta", "F"),
        ("Klodian Rama", "M"),
        ("Lindita Bregu", "Femër"),
        ("Olsi Zeneli", "Mashkull"),
    ]
)


@pytest.fixture
def browser_context_args(browser_context_args):
    return {**browser_context_args, "locale": "sq-AL"}  # the trainer reads Albanian


@pytest.fixture
def trainer(transactional_db, make_user):
    """A trainer with an empty session and Drita Hoxha, trained before."""
    factories.ProfessionFactory(code="TEACH", name="Mësues")
    agency = factories.AgencyFactory(code="MES", name="Ministria e Arsimit")
    user = make_user("alice", "Trainer")
    factories.TraineeFactory(full_name="Drita Hoxha", agency=agency, created_by=user)
    session = factories.TrainingSessionFactory(
        ref="AL-2023-090", title="Referimi", language="sq"
    )
    session.trainers.add(user)
    return session


def test_trainer_pastes_ten_people_and_saves(
    trainer, live_server, page, admin_sign_in, screenshot
):
    # given the trainer on their session's page
    admin_sign_in(page, "alice")
    page.goto(f"{live_server.url}/admin/trainings/sessions/edit/{trainer.pk}/")
    # when they paste ten spreadsheet rows and add them
    page.locator("a.button-small", has_text="Ngjit persona").click()
    page.get_by_label("Rreshta të kopjuar nga një fletëllogaritëse").fill(BLOCK)
    page.get_by_role("button", name="Shto këta persona").click()
    # then the session's table lists the ten, Drita as the person she was
    expect(page.get_by_text("10 persona u shtuan.")).to_be_visible()
    names = page.locator('input[name$="-full_name"]')
    expect(names.nth(0)).to_have_value("Drita Hoxha")
    expect(
        page.locator('input[name$="-full_name"][value="Olsi Zeneli"]')
    ).to_have_count(1)
    screenshot(page, "session-paste-ten-people")
    # and saving the session keeps them
    page.get_by_role("button", name="Ruaj").click()
    page.wait_for_url("**/admin/trainings/sessions/")
    assert Participation.objects.filter(session=trainer).count() == 10
    assert Participation.objects.filter(trainee__full_name="Drita Hoxha").count() == 1
