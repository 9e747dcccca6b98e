"""Spreadsheet exports: no cell runs as a formula, and Excel reads the CSV as UTF-8."""

import csv
import datetime
import io

import pytest
from django.urls import get_resolver, reverse
from openpyxl import load_workbook
from wagtail.admin.views.mixins import SpreadsheetExportMixin
from wagtail.admin.viewsets import viewsets

from materials.models import Distribution
from siteconf.spreadsheets import SafeSpreadsheetExportMixin, cell_safe
from tests.factories import MaterialFactory, TraineeFactory
from tests.indicators.conftest import world  # noqa: F401 (a fixture)
from trainings.models import Indicator

pytestmark = pytest.mark.django_db
HYPERLINK = '=HYPERLINK("http://x","y")'
DDE = "+cmd|' /C calc'!A0"
BOM = b"\xef\xbb\xbf"


def body_of(response) -> bytes:
    assert response.status_code == 200
    if response.streaming:
        return b"".join(response.streaming_content)
    return response.content


def csv_rows(response) -> list[list[str]]:
    body = body_of(response)
    assert body.startswith(BOM)
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    return list(csv.reader(io.StringIO(body.decode("utf-8-sig"))))


def xlsx_cells(response) -> list[list]:
    sheet = load_workbook(io.BytesIO(body_of(response))).active
    assert all(cell.data_type != "f" for row in sheet.iter_rows() for cell in row)
    return [[cell.value for cell in row] for row in sheet.iter_rows()]


def cells(rows) -> set:
    return {value for row in rows for value in row}


@pytest.mark.parametrize(
    ("value", "written"),
    [
        (HYPERLINK, "'" + HYPERLINK),
        (DDE, "'" + DDE),
        ("-2+3", "'-2+3"),
        ("@SUM(A1:A9)", "'@SUM(A1:A9)"),
        ("\t=1", "'\t=1"),
        ("\r=1", "'\r=1"),
        ("+355 69 000 0000", "'+355 69 000 0000"),
        ("-5", "-5"),
        ("+3.5", "+3.5"),
        ("-1e-3", "-1e-3"),
        (-5, -5),
        ("Gëzim Çela", "Gëzim Çela"),
        ("", ""),
        (None, None),
    ],
)
def test_a_cell_that_would_run_as_a_formula_is_written_as_text(value, written):
    assert cell_safe(value) == written


@pytest.fixture
def office(client, make_user):
    client.force_login(make_user("office", "Office administrator"))


@pytest.mark.parametrize("format", ["csv", "xlsx"])
def test_trainee_list_export_keeps_names_as_text(client, office, format):
    for name in (HYPERLINK, "Gëzim Çela", "Милош Петровић"):
        TraineeFactory(full_name=name)
    response = client.get(reverse("trainees:index"), {"export": format})
    rows = csv_rows(response) if format == "csv" else xlsx_cells(response)
    assert {"'" + HYPERLINK, "Gëzim Çela", "Милош Петровић"} <= cells(rows)
    assert HYPERLINK not in cells(rows)


@pytest.mark.parametrize("format", ["csv", "xlsx"])
def test_distribution_export_keeps_the_place_as_text(client, make_user, format):
    client.force_login(make_user("admin"))
    Distribution.objects.create(
        material=MaterialFactory(),
        date=datetime.date(2024, 5, 1),
        quantity=20,
        place=DDE,
    )
    Distribution.objects.create(
        material=MaterialFactory(), date=datetime.date(2024, 5, 2), quantity=5
    )
    response = client.get(reverse("distribution:index"), {"export": format})
    rows = csv_rows(response) if format == "csv" else xlsx_cells(response)
    assert "'" + DDE in cells(rows) and DDE not in cells(rows)
    assert (20 if format == "xlsx" else "20") in cells(rows)  # numbers stay numbers


@pytest.mark.parametrize("format", ["csv", "xlsx"])
def test_indicator_report_export_keeps_names_as_text(
    world,  # noqa: F811
    client,
    make_user,
    format,
):
    client.force_login(make_user("officer", "Monitoring officer"))
    indicator = Indicator.objects.filter(node__plan=world.plan).first()
    indicator.name = HYPERLINK
    indicator.unit = "Pjesëmarrës / Учесници"
    indicator.save()
    response = client.get(
        f"/admin/indicators/export/{format}/",
        {"plan": world.plan.pk, "kind": "year", "year": 2022},
    )
    rows = csv_rows(response) if format == "csv" else xlsx_cells(response)
    assert "'" + HYPERLINK in cells(rows) and HYPERLINK not in cells(rows)
    assert "Pjesëmarrës / Учесници" in cells(rows)


def test_every_admin_listing_that_exports_writes_safe_spreadsheets():
    """A new listing with `list_export` cannot forget the safe export."""
    get_resolver().resolve("/admin/")  # loading the admin URLs registers viewsets
    exporting = [
        viewset
        for viewset in viewsets.viewsets
        if issubclass(
            getattr(viewset, "index_view_class", object), SpreadsheetExportMixin
        )
        and isinstance(getattr(viewset, "list_export", None), list | tuple)
        and viewset.list_export
    ]
    assert len(exporting) >= 5
    unsafe = [
        f"{type(viewset).__name__} of {viewset.model.__name__}"
        for viewset in exporting
        if not issubclass(viewset.index_view_class, SafeSpreadsheetExportMixin)
    ]
    assert unsafe == []
