"""The report files a donor receives: a PDF with the office's logo and a formatted
XLSX (title rows, frozen heading, widths, wrapped text, number formats, names
instead of codes, one sheet per breakdown), read back as a reader would.

The world's 2022 participants (tests/indicators/conftest.py), by hand:
profession LAB 6 (5 head-count + C), JUD 5 (B twice + 3), POL 4 (A twice + 2),
15 in all; gender F 7, M 5, unknown 3.
"""

import datetime
import io

import pypdfium2
import pypdfium2.raw as pdfium_c
import pytest
from django.core.files.base import ContentFile
from django.utils import translation
from openpyxl import load_workbook
from wagtail.images import get_image_model

from tests.factories import image_bytes
from tests.indicators.xlsx_table import pane_row, table
from trainings.indicators.exports import report_pdf, report_xlsx
from trainings.indicators.periods import period_year
from trainings.indicators.report import report_build
from trainings.models import CertificateTemplate

pytestmark = pytest.mark.usefixtures("language_restored")

GENERATED = datetime.date(2026, 12, 8)


@pytest.fixture
def named(world):
    """Readable names in Albanian and Serbian for the codes the report shows."""
    world.plan.title = "Plani i provës"
    world.plan.title_sr = "План за пробу"
    world.plan.save()
    world.nodes.m11.title = (
        "Trajnimi i gjyqtarëve dhe prokurorëve për identifikimin e viktimave "
        "të trafikimit"
    )
    world.nodes.m11.save()
    world.people.name = "Numri i profesionistëve të trajnuar për identifikimin"
    world.people.save()
    names = {
        world.agencies.gdsp: ("Policia e Shtetit", "Државна полиција"),
        world.agencies.sm: ("Shkolla e Magjistraturës", "Школа магистратуре"),
        world.professions.pol: ("Polic", "Полицајац"),
        world.professions.jud: ("Gjyqtar", "Судија"),
        world.professions.lab: ("Inspektor pune", "Инспектор рада"),
    }
    for row, (albanian, serbian) in names.items():
        row.name, row.name_sr = albanian, serbian
        row.save()
    return world


def _report(world, language: str = "sq") -> dict:
    with translation.override(language):
        return report_build(period=period_year(2022), plan=world.plan)


def _book(world, language: str = "sq"):
    report = _report(world, language)
    with translation.override(language):
        return load_workbook(io.BytesIO(report_xlsx(report, today=GENERATED)))


def test_xlsx_opens_with_title_rows_in_the_users_language(named):
    sheet = _book(named)["TP"]

    assert sheet["A1"].value == "Plani i provës"
    assert sheet["A2"].value == "Periudha: 1 janar 2022 – 31 dhjetor 2022 (2022)"
    assert sheet["A3"].value == "Krijuar më 8 dhjetor 2026"
    assert sheet["A1"].font.bold


def test_xlsx_title_rows_in_serbian(named):
    sheet = _book(named, "sr")["TP"]

    assert sheet["A1"].value == "План за пробу"
    assert sheet["A2"].value.startswith("Период: 1. јануар 2022. – 31. децембар 2022.")
    assert sheet["A3"].value == "Направљено 8. децембар 2026."


def test_xlsx_heading_is_frozen_bold_and_wrapped_under_the_titles(named):
    sheet = _book(named)["TP"]

    heading, rows = table(sheet)
    assert sheet.freeze_panes == "A6"
    assert heading[:3] == ["Nr.", "Measure", "Institucioni përgjegjës"]
    first = sheet.cell(row=5, column=1)
    assert first.font.bold and first.alignment.wrap_text
    assert all(cell.alignment.wrap_text for cell in rows[0])


def test_xlsx_columns_are_as_wide_as_their_content_needs(named):
    sheet = _book(named)["TP"]

    heading, _rows = table(sheet)
    width = {
        name: sheet.column_dimensions[chr(ord("A") + i)].width
        for i, name in enumerate(heading)
    }
    # a code is narrow, a long title wraps in a wide column
    assert width["Nr."] < 10
    assert 30 <= width["Measure"] <= 50 and 30 <= width["Treguesit"] <= 50
    assert width["Nr."] < width["Njësia"] < width["Treguesit"]


def test_xlsx_cells_are_numbers_with_formats_and_names_not_codes(named):
    sheet = _book(named)["TP"]

    heading, rows = table(sheet)
    people = next(row for row in rows if row[0].value == "1.1")
    cell = dict(zip(heading, people, strict=True))
    assert cell["Institucioni përgjegjës"].value == "Policia e Shtetit"
    assert cell["Institucioni kontribues"].value == "Shkolla e Magjistraturës"
    # 1.1-a: 2022 participants of measure 1.1 (S1 7 + S2 5), target 10, base 8
    actual = cell["Realizimi 2022"]
    assert actual.value == 12 and actual.number_format == "#,##0"
    assert cell["Vlera bazë 2020"].number_format == "#,##0"
    percent = cell["Vlera e synuar e arritur (%)"]
    assert percent.value == pytest.approx(1.2) and percent.number_format == "0%"
    # POL: A in S1 and in S2
    assert "Polic 2" in cell["Ndarja"].value and "Gjyqtar" in cell["Ndarja"].value
    assert "POL" not in cell["Ndarja"].value


def test_xlsx_has_one_sheet_per_breakdown_with_names_counts_and_shares(named):
    book = _book(named)

    assert book.sheetnames[0] == "TP"
    assert {"Profesioni", "Gjinia", "Rajoni", "Modul"} <= set(book.sheetnames)
    sheet = book["Profesioni"]
    rows = list(sheet.iter_rows(min_row=pane_row(sheet), values_only=True))
    assert rows[:3] == [
        ("Inspektor pune", 6, pytest.approx(0.4)),
        ("Gjyqtar", 5, pytest.approx(1 / 3)),
        ("Polic", 4, pytest.approx(4 / 15)),
    ]
    assert rows[3] == ("Gjithsej", 15, 1)
    assert sheet.cell(row=pane_row(sheet), column=3).number_format == "0.0%"
    gender = book["Gjinia"]
    rows = list(gender.iter_rows(min_row=pane_row(gender), values_only=True))
    assert [row[:2] for row in rows] == [
        ("Femër", 7),
        ("Mashkull", 5),
        ("i panjohur", 3),
        ("Gjithsej", 15),
    ]


def test_xlsx_sheet_names_in_serbian(named):
    book = _book(named, "sr")

    assert {"Професија", "Пол"} <= set(book.sheetnames)
    rows = list(book["Професија"].iter_rows(min_row=6, values_only=True))
    assert rows[0][:2] == ("Инспектор рада", 6)


def test_xlsx_download_is_the_formatted_workbook(named, make_user, client):
    client.force_login(make_user("officer", "Monitoring officer"))

    response = client.get(
        f"/admin/indicators/export/xlsx/?plan={named.plan.pk}&kind=year&year=2022"
    )

    book = load_workbook(io.BytesIO(response.content))
    assert book["TP"].freeze_panes == "A6"
    assert "Profesioni" in book.sheetnames


def _images(pdf: bytes) -> int:
    page = pypdfium2.PdfDocument(pdf)[0]
    return len(list(page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_IMAGE])))


def test_pdf_prints_the_offices_logo_from_the_certificate_template(named):
    report = _report(named)
    assert _images(report_pdf(report)) == 0

    template = CertificateTemplate.load()
    template.logo = get_image_model().objects.create(
        title="Logo", file=ContentFile(image_bytes("PNG"), name="logo.png")
    )
    template.save()

    assert _images(report_pdf(report)) == 1


def test_pdf_is_still_made_when_the_logo_file_is_gone(named):
    template = CertificateTemplate.load()
    template.logo = get_image_model().objects.create(
        title="Logo", file=ContentFile(image_bytes("PNG"), name="logo.png")
    )
    template.save()
    template.logo.file.storage.delete(template.logo.file.name)

    assert _images(report_pdf(_report(named))) == 0


def test_pdf_names_institutions_and_breakdowns_not_codes(named):
    with translation.override("sq"):
        pdf = report_pdf(_report(named))

    text = " ".join(
        page.get_textpage().get_text_range() for page in pypdfium2.PdfDocument(pdf)
    )
    text = " ".join(text.split())
    assert "Policia e Shtetit" in text and "Shkolla e Magjistraturës" in text
    assert "GDSP" not in text
