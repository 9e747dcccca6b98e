"""The indicator report writes budgets, big counts and dates as the officer's language does.

Albanian groups with a non-breaking space and writes "lekë" after the figure,
Serbian groups with dots, English with commas and the currency first.
"""

import datetime
import io

import pypdfium2
import pytest
from openpyxl import load_workbook
from wagtail.users.models import UserProfile

from tests.indicators.xlsx_table import table
from trainings.models import ManualValue

pytestmark = pytest.mark.usefixtures("language_restored")

QUERY = "?plan={plan}&kind=year&year=2022"
CASES = [
    # language, currency, budget, manual value, how the screen and PDF write them
    (
        "sq",
        "ALL",
        50_677_784,
        ("50\xa0677\xa0784\xa0lekë", "1\xa0234\xa0567", "31 dhjetor 2022"),
    ),
    ("sr", "EUR", 1_250_000, ("1.250.000\xa0€", "1.234.567", "31. децембар 2022.")),
    ("en", "EUR", 1_250_000, ("€1,250,000", "1,234,567", "31 December 2022")),
    ("en", "ALL", 50_677_784, ("ALL 50,677,784", "1,234,567", "31 December 2022")),
]


@pytest.fixture
def report_in(world, make_user, client):
    def open_as(language: str, currency: str, budget: int) -> str:
        world.plan.currency = currency
        world.plan.save()
        world.plan.nodes.filter(code="1.1").update(budget=budget)
        ManualValue.objects.create(
            indicator=world.manual,
            period_start=datetime.date(2022, 1, 1),
            period_end=datetime.date(2022, 12, 31),
            value=1_234_567,
        )
        user = make_user("officer")
        profile = UserProfile.get_for_user(user)
        profile.preferred_language = language
        profile.save()
        client.force_login(user)
        return QUERY.format(plan=world.plan.pk)

    return open_as


@pytest.mark.parametrize(("language", "currency", "budget", "expected"), CASES)
def test_report_screen_writes_budget_and_counts_in_the_language(
    report_in, client, language, currency, budget, expected
):
    query = report_in(language, currency, budget)

    html = client.get("/admin/indicators/" + query).content.decode()

    money, count, _ = expected
    assert money in html
    assert count in html


@pytest.mark.parametrize(("language", "currency", "budget", "expected"), CASES)
def test_report_pdf_writes_budget_counts_and_dates_in_the_language(
    report_in, client, language, currency, budget, expected
):
    query = report_in(language, currency, budget)

    pdf = client.get("/admin/indicators/export/pdf/" + query).content

    text = " ".join(
        page.get_textpage().get_text_range() for page in pypdfium2.PdfDocument(pdf)
    )
    text = " ".join(text.replace("\xa0", " ").split())
    for word in expected:
        assert word.replace("\xa0", " ") in text


@pytest.mark.parametrize(
    ("language", "currency", "shown"),
    [("sq", "ALL", '" lekë"'), ("sr", "EUR", '" €"'), ("en", "EUR", '"€"#,##0')],
)
def test_xlsx_budget_is_a_number_shown_with_its_currency(
    report_in, client, language, currency, shown
):
    query = report_in(language, currency, 1_250_000)

    xlsx = client.get("/admin/indicators/export/xlsx/" + query).content

    sheet = load_workbook(io.BytesIO(xlsx)).active
    heading, rows = table(sheet)
    column = heading.index(_budget_heading(language))
    budget = next(row[column] for row in rows if row[0].value == "1.1")
    assert budget.value == 1_250_000  # Excel can still add budgets up
    assert shown.replace(" ", "\xa0") in budget.number_format


def test_csv_budget_stays_a_plain_number(report_in, client):
    query = report_in("sq", "ALL", 50_677_784)

    text = client.get("/admin/indicators/export/csv/" + query).content.decode()

    assert "50677784" in text and "lekë" not in text


def _budget_heading(language: str) -> str:
    return {"sq": "Buxheti", "sr": "Буџет", "en": "Budget"}[language]


def test_report_pdf_keeps_every_column_on_the_page_and_numbers_pages(report_in, client):
    query = report_in("sq", "ALL", 50_677_784)

    pdf = pypdfium2.PdfDocument(
        client.get("/admin/indicators/export/pdf/" + query).content
    )

    page = pdf[0]
    width, height = page.get_size()
    on_page = " ".join(
        page.get_textpage().get_text_bounded(0, 0, width, height).split()
    )
    # the last column (the breakdown) and the page number, inside the page
    assert "Ndarja" in on_page
    assert f"1 / {len(pdf)}" in on_page
