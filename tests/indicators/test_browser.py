"""The monitoring officer's report, end to end in chromium."""

import io

import pytest
from openpyxl import load_workbook
from wagtail.users.models import UserProfile

from trainings import demo as trainings_demo

pytestmark = pytest.mark.browser


@pytest.fixture
def demo_plans(transactional_db):
    """The real AL NAP 2021-2023 and the demo sessions that feed it (seed_demo's)."""
    trainings_demo.build_reference()
    trainings_demo.build_plans()
    trainings_demo.build_sessions()


def test_officer_reads_actual_against_target_and_exports_xlsx(
    demo_plans, live_server, page, make_user, admin_sign_in, screenshot
):
    # given a monitoring officer who chose Albanian, signed in
    _albanian(make_user("officer", "Monitoring officer"))
    admin_sign_in(page, "officer")

    # when they open the indicator report for AL NAP 2021-2023, year 2022
    page.get_by_role("link", name="Raporti i treguesve").click()
    page.get_by_label("Plani").select_option(  # the plan's Albanian title
        label="Plani Kombëtar i Veprimit për Luftën kundër Trafikimit të Qenieve "
        "Njerëzore 2021-2023 (Shqipëri)"
    )
    page.get_by_label("Periudha").select_option("year")
    page.get_by_label("Viti").fill("2022")
    page.get_by_role("button", name="Shfaq", exact=True).click()
    page.wait_for_url("**&year=2022*")

    # then measure 2.2.5 (training of professional groups) shows target and actual:
    # AL-2022-019 trained 10 labour inspectors, 5 mental health workers, 4 consular staff
    table = page.locator("table.listing")
    headings = table.locator("thead th").all_inner_texts()
    row = table.locator(
        "tbody tr", has=page.get_by_role("cell", name="2.2.5", exact=True)
    )
    cells = dict(zip(headings, row.first.locator("td").all_inner_texts(), strict=False))
    columns = (
        "Vlera bazë 2020",
        "Vlera e synuar 2022",
        "Realizimi 2022",
        "Vlera e synuar e arritur (%)",
    )
    figures_on_screen = [cells[c] for c in columns]
    assert figures_on_screen == ["100", "120", "19", "15,8"]  # an Albanian comma
    row.first.evaluate("tr => tr.style.outline = '3px solid #c00'")  # for the eye
    screenshot(page, "officer-indicator-report-2022")

    # when they export it as XLSX
    with page.expect_download() as download:
        page.get_by_role("link", name="Shkarko XLSX").click()

    # then the spreadsheet opens and holds the same figures for 2.2.5
    sheet = load_workbook(io.BytesIO(_read(download.value))).active
    rows = [list(r) for r in sheet.iter_rows(values_only=True)]
    heading = next(r for r in rows if "Realizimi 2022" in r)
    measure = next(r for r in rows if r[0] == "2.2.5")
    figures = dict(zip(heading, measure, strict=False))
    assert (figures["Vlera e synuar 2022"], figures["Realizimi 2022"]) == (120, 19)


def test_officer_builds_a_report_in_the_background(
    world, live_server, page, make_user, admin_sign_in, screenshot
):
    # given a monitoring officer who chose Albanian, signed in
    _albanian(make_user("officer", "Monitoring officer"))
    admin_sign_in(page, "officer")

    # when they open the 2022 report of plan TP
    page.goto(
        f"{live_server.url}/admin/indicators/?plan={world.plan.pk}&kind=year&year=2022"
    )

    # then the plan's table shows the measure's actual and % of target
    assert page.locator("th", has_text="Vlera e synuar 2022").count() == 1
    assert "120,0" in page.locator("table.listing").inner_text()

    # and building it in the background ends with a download link
    page.select_option("select[name=format]", "xlsx")
    page.click("text=Përgatite në sfond")
    page.wait_for_selector("#job-download:not([hidden])", timeout=10_000)
    assert page.get_attribute("[role=progressbar]", "aria-valuenow") == "100"
    screenshot(page, "officer-indicator-report-job")
    with page.expect_download() as download:
        page.click("#job-download")
    assert download.value.suggested_filename.endswith(".xlsx")


def _read(download) -> bytes:
    with open(download.path(), "rb") as file:
        return file.read()


def _albanian(user) -> None:
    """Account → Preferred language: shqip (Chromium itself asks for English)."""
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "sq"
    profile.save()
