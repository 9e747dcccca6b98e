"""A trainer registers a session with its attendance, in a real browser."""

from pathlib import Path

import pytest

from trainings.models import TrainingSession

ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"


@pytest.mark.browser
def test_trainer_registers_a_session_with_a_headcount(
    live_server, page, django_user_model
):
    # given a trainer (live_server flushes the DB, so build what the test needs)
    from siteconf.roles import roles_sync

    trainer = django_user_model.objects.create_user("alice", password="pass")
    trainer.groups.add(roles_sync()["Trainer"])
    page.goto(f"{live_server.url}/admin/login/")
    page.fill("#id_username", "alice")
    page.fill("#id_password", "pass")
    page.click("form[action*=login] button[type=submit]")
    # when: Trainings → Sessions → Add, with one head-count row
    page.goto(f"{live_server.url}/admin/trainings/sessions/new/")
    page.fill("#id_ref", "AL-2023-077")
    page.fill("#id_title", "SOP training for school staff, Shkodër")
    page.fill("#id_start_date", "2023-03-14")
    page.fill("#id_end_date", "2023-03-14")
    page.get_by_role("button", name="Add participant").click()
    page.select_option("#id_participations-0-gender", "F")
    page.fill("#id_participations-0-count", "18")
    page.locator("button[data-w-kbd-key-value='mod+s']").click()  # Create
    # then: back on the list, with the head-count summed
    page.wait_for_url("**/admin/trainings/sessions/")
    row = page.locator("tr", has_text="AL-2023-077")
    assert "18" in row.inner_text()
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "trainer-session-saved.png"))
    session = TrainingSession.objects.get(ref="AL-2023-077")
    assert session.created_by == trainer
