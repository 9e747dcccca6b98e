"""The monitoring officer's report, end to end in chromium."""

from pathlib import Path

import pytest

pytestmark = pytest.mark.browser
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"


def test_officer_builds_a_report_in_the_background(
    keep_wagtail_tree, world, live_server, page, make_user
):
    # given a monitoring officer signed in
    make_user("officer", "Monitoring officer")
    page.goto(f"{live_server.url}/admin/login/")
    page.fill("input[name=username]", "officer")
    page.fill("input[name=password]", "pass")
    page.click("button[type=submit]")

    # when they open the 2022 report of plan TP
    page.goto(
        f"{live_server.url}/admin/indicators/?plan={world.plan.pk}&kind=year&year=2022"
    )

    # then the plan's table shows the measure's actual and % of target
    assert page.locator("th", has_text="Target 2022").count() == 1
    assert "120.0" in page.locator("table.listing").inner_text()

    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "indicator-report.png"), full_page=True)

    # and building it in the background ends with a download link
    page.select_option("select[name=format]", "xlsx")
    page.click("text=Build in the background")
    page.wait_for_selector("#job-download:not([hidden])", timeout=10_000)
    assert page.get_attribute("[role=progressbar]", "aria-valuenow") == "100"
    page.screenshot(path=str(ARTIFACTS / "indicator-report-job.png"), full_page=True)
    with page.expect_download() as download:
        page.click("#job-download")
    assert download.value.suggested_filename.endswith(".xlsx")
