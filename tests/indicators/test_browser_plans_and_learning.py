"""Issue 13's monitoring screens in chromium: the training plan against what
was held, and the learning results on the dashboard (seed_demo's 2022)."""

import pytest

from trainings import demo as trainings_demo

pytestmark = pytest.mark.browser


@pytest.fixture
def demo_2022(transactional_db):
    trainings_demo.build_reference()
    trainings_demo.build_plans()
    trainings_demo.build_sessions()  # the 2022 training plan too


def test_officer_reads_planned_against_held_and_learning_results(
    demo_2022, live_server, page, make_user, admin_sign_in, screenshot
):
    make_user("officer", "Monitoring officer")
    admin_sign_in(page, "officer")

    page.goto(f"{live_server.url}/admin/indicators/training-plan/?year=2022")
    row = page.locator("tbody tr", has=page.get_by_role("cell", name="TP-2022-03"))
    # 12 prosecutors trained of the 18 planned (AL-2022-014).
    assert row.locator("td").all_inner_texts()[-3:] == ["18", "12", "66.7"]
    screenshot(page, "officer-training-plan-2022")

    page.goto(f"{live_server.url}/admin/indicators/dashboard/?year=2022")
    learning = page.get_by_role("heading", name="Learning results (pre- and post-test)")
    assert learning.is_visible()
    screenshot(page, "officer-dashboard-learning-2022")
