"""Oversized and hostile spreadsheets: refused early, with a short report.

A small file can describe a huge sheet: an XLSX of a few KB may declare
A1:XFD1048576, hold one row of a million cells, a million rows, or unpack to
gigabytes; a 2 MB CSV may hold a million rows. Every import path reads through
one reader (site/import_files.py), which counts rows, columns and cells
while streaming and refuses at the first one past its limit, naming the limit
(IMPORT_MAX_ROWS, IMPORT_MAX_COLUMNS, IMPORT_MAX_CELLS, IMPORT_MAX_UNZIPPED_MB).
A file with thousands of bad rows lists the first IMPORT_MAX_ERRORS of them and
how many more there are. The files are built here, in memory (a few KB each).
"""

import io
import zipfile
from xml.sax.saxutils import escape

import pytest
from django.core.management import CommandError, call_command
from django.utils import translation

from trainings import models

from .test_bad_inputs import GOOD_ROW, HEADERS, counts, run

pytestmark = pytest.mark.django_db

PARTICIPANTS = (
    "session_ref,full_name,gender,profession,agency,count,pre_score,post_score"
)
MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG = "http://schemas.openxmlformats.org/package/2006"
CONTENT = "application/vnd.openxmlformats-officedocument.spreadsheetml"


@pytest.fixture(autouse=True)
def english():
    """The services report in the active language; these tests read English."""
    with translation.override("en"):
        yield


def xlsx(
    header: str,
    rows: bytes,
    *,
    dimension: str = "",
    strings: tuple = (),
    before_rows: bytes = b"",
) -> bytes:
    """A workbook written by hand, as a hostile tool would: `rows` is sheet XML.

    The header's names are shared strings 0..n-1; `strings` follow them.
    """
    names = header.split(",")
    texts = [*names, *strings]
    header_row = b'<row r="1">' + b"".join(
        b'<c t="s"><v>%d</v></c>' % i for i in range(len(names))
    )
    declared = f'<dimension ref="{dimension}"/>' if dimension else ""
    parts = {
        "[Content_Types].xml": (
            f'<Types xmlns="{PKG}/content-types">'
            '<Default Extension="rels" ContentType="application/'
            'vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            f'<Override PartName="/xl/workbook.xml" ContentType="{CONTENT}'
            '.sheet.main+xml"/>'
            f'<Override PartName="/xl/worksheets/sheet1.xml" ContentType="{CONTENT}'
            '.worksheet+xml"/>'
            f'<Override PartName="/xl/sharedStrings.xml" ContentType="{CONTENT}'
            '.sharedStrings+xml"/></Types>'
        ),
        "_rels/.rels": (
            f'<Relationships xmlns="{PKG}/relationships"><Relationship Id="rId1" '
            f'Type="{REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>'
        ),
        "xl/workbook.xml": (
            f'<workbook xmlns="{MAIN}" xmlns:r="{REL}"><sheets>'
            '<sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>'
        ),
        "xl/_rels/workbook.xml.rels": (
            f'<Relationships xmlns="{PKG}/relationships">'
            f'<Relationship Id="rId1" Type="{REL}/worksheet" '
            'Target="worksheets/sheet1.xml"/>'
            f'<Relationship Id="rId2" Type="{REL}/sharedStrings" '
            'Target="sharedStrings.xml"/></Relationships>'
        ),
        "xl/sharedStrings.xml": f'<sst xmlns="{MAIN}">'
        + "".join(f"<si><t>{escape(t)}</t></si>" for t in texts)
        + "</sst>",
        "xl/worksheets/sheet1.xml": f'<worksheet xmlns="{MAIN}">{declared}'.encode()
        + before_rows
        + b"<sheetData>"
        + header_row
        + b"</row>"
        + rows
        + b"</sheetData></worksheet>",
    }
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as book:
        for name, data in parts.items():
            book.writestr(name, data)
    return out.getvalue()


def inline_row(cells: str) -> bytes:
    return (
        "<row>"
        + "".join(
            f'<c t="inlineStr"><is><t>{escape(c)}</t></is></c>'
            for c in cells.split(",")
        )
        + "</row>"
    ).encode()


def good_xlsx(kind: str, *, dimension: str = "") -> bytes:
    return xlsx(HEADERS[kind], inline_row(GOOD_ROW[kind]), dimension=dimension)


# Files whose sheet is far larger than the file: the same refusal on every path.

ROWS_LIMIT = (
    "row 50002: more than 50000 rows below the header (IMPORT_MAX_ROWS): "
    "split the file into smaller ones"
)
HOSTILE = {
    # 1.7 KB: one good row, but the sheet says it fills every cell Excel has.
    "declares A1:XFD1048576": (
        lambda k: good_xlsx(k, dimension="A1:XFD1048576"),
        "x.xlsx",
        "file: the sheet gives its size as A1:XFD1048576 (1048576 rows, 16384 "
        "columns); the limits are 50000 rows below the header (IMPORT_MAX_ROWS) "
        "and 60 columns (IMPORT_MAX_COLUMNS): copy the cells with data into a new "
        "workbook",
    ),
    # 31 KB: one row of a million cells, no dimension.
    "a million columns": (
        lambda k: xlsx(
            HEADERS[k], b"<row>" + b"<c><v>1</v></c>" * 1_000_000 + b"</row>"
        ),
        "x.xlsx",
        "row 2, column BI: more than 60 columns (IMPORT_MAX_COLUMNS): delete the "
        "columns right of the data, or split the file",
    ),
    # 80 KB: a million rows of one shared string (33 MB of sheet XML).
    "a million rows": (
        lambda k: xlsx(HEADERS[k], b'<row><c t="s"><v>0</v></c></row>' * 1_000_000),
        "x.xlsx",
        ROWS_LIMIT,
    ),
    # A row numbered past the limit: the gap would be read as empty rows.
    "row 1048576": (
        lambda k: xlsx(HEADERS[k], b'<row r="1048576"><c><v>1</v></c></row>'),
        "x.xlsx",
        "row 1048576: more than 50000 rows below the header (IMPORT_MAX_ROWS): "
        "split the file into smaller ones",
    ),
    # 2 MB of text: a million short lines.
    "a million CSV rows": (
        lambda k: (HEADERS[k] + "\n" + "a\n" * 1_000_000).encode(),
        "x.csv",
        ROWS_LIMIT,
    ),
    "a CSV row of 100,000 cells": (
        lambda k: (HEADERS[k] + "\n" + "," * 100_000 + "\n").encode(),
        "x.csv",
        "row 2, column BI: more than 60 columns (IMPORT_MAX_COLUMNS): delete the "
        "columns right of the data, or split the file",
    ),
}


@pytest.mark.parametrize("kind", list(HEADERS))
@pytest.mark.parametrize("case", list(HOSTILE))
def test_every_import_path_refuses_a_sheet_past_its_limits(world, kind, case):
    make, name, expected = HOSTILE[case]
    before = counts()
    # when
    errors = run(kind, make(kind), name)
    # then
    assert errors == [expected]
    assert counts() == before


def test_the_cell_limit_names_the_row_and_column_where_it_is_passed(world, settings):
    settings.IMPORT_MAX_CELLS = 20
    rows = ["AL-2022-001,Besa Hoxha,F,POL,GDSP,,,"] * 4
    data = "\n".join([PARTICIPANTS, *rows]).encode()
    # when
    errors = run("participants", data, "p.csv")
    # then
    assert errors == [
        "row 3, column E: more than 20 cells (IMPORT_MAX_CELLS): split the file "
        "into smaller ones"
    ]


def test_a_workbook_that_unpacks_past_the_limit_is_refused_before_it_is_opened(
    world, settings
):
    settings.IMPORT_MAX_UNZIPPED_MB = 1
    padding = b" " * (2 * 1024 * 1024)  # XML allows blanks between rows
    data = xlsx(PARTICIPANTS, padding + inline_row(GOOD_ROW["participants"]))
    assert len(data) < 20_000
    # when
    errors = run("participants", data, "p.xlsx")
    # then
    assert errors == [
        "file: the workbook unpacks to 2.0 MB; the limit is 1 MB "
        "(IMPORT_MAX_UNZIPPED_MB): split it into smaller files"
    ]


def test_a_workbook_with_more_texts_than_cells_allowed_is_refused(world, settings):
    settings.IMPORT_MAX_CELLS = 100
    strings = tuple(f"name {i}" for i in range(200))
    data = xlsx(PARTICIPANTS, inline_row(GOOD_ROW["participants"]), strings=strings)
    # when
    errors = run("participants", data, "p.xlsx")
    # then
    assert errors == [
        "file: the workbook holds more than 100 different texts (IMPORT_MAX_CELLS): "
        "copy the sheet to import into a new workbook"
    ]


def test_a_sheet_of_far_more_formatting_than_cells_is_refused(world):
    # Excel has 16,384 columns, so at most as many column formats.
    formats = b"<cols>" + b'<col min="1" max="1" width="9"/>' * 30_000 + b"</cols>"
    data = xlsx(PARTICIPANTS, inline_row(GOOD_ROW["participants"]), before_rows=formats)
    # when
    errors = run("participants", data, "p.xlsx")
    # then
    assert errors == [
        "file: the sheet holds far more formatting or structure than a table of "
        "1000000 cells needs (IMPORT_MAX_CELLS): copy the cells with data into a "
        "new workbook"
    ]


def test_a_lying_dimension_within_the_limits_reads_the_real_cells(world):
    """A sheet saying A1:H3 for one row still imports that row (padding as before)."""
    data = xlsx(PARTICIPANTS, inline_row("AL-2022-001,Besa Hoxha"), dimension="A1:H3")
    assert run("participants", data, "p.xlsx") == []
    assert models.Trainee.objects.filter(full_name="Besa Hoxha").exists()


# Thousands of bad rows: the first IMPORT_MAX_ERRORS, then how many more.


def _bad_participants(count: int) -> bytes:
    rows = [f"NOSUCH-{i},Person {i},X,POL,GDSP,,," for i in range(count)]
    return "\n".join([PARTICIPANTS, *rows]).encode()


def test_a_file_with_thousands_of_bad_rows_reports_the_first_50_and_the_total(world):
    before = counts()
    # when
    errors = run("participants", _bad_participants(5000), "p.csv")
    # then
    assert len(errors) == 51
    assert errors[0] == "row 2, column session_ref: unknown session 'NOSUCH-0'"
    assert errors[-1] == "… and 9,950 more errors"
    assert counts() == before


def test_the_plan_import_reports_the_first_50_errors_and_the_total(world, tmp_path):
    rows = [f"{i},Goal,=title{i}" for i in range(300)]
    path = tmp_path / "plan.csv"
    path.write_text("\n".join([HEADERS["plan"], *rows]))
    before = counts()
    # when
    with pytest.raises(CommandError) as refused:
        call_command("import_plan", str(path), "--plan", "BAD-PLAN")
    # then
    message = str(refused.value)
    assert message.startswith(
        "300 gabime, asgjë nuk u importua:\nrreshti 2, kolona title:"
    )
    assert message.count("\n") == 51
    assert message.endswith("\n… dhe 250 gabime të tjera")
    assert counts() == before


def test_the_import_command_prints_a_bounded_report(world, tmp_path):
    path = tmp_path / "p.csv"
    path.write_bytes(_bad_participants(5000))
    err = io.StringIO()
    # when
    with pytest.raises(CommandError) as refused:
        call_command("import_participants", str(path), stderr=err)
    # then
    assert str(refused.value) == "10,000 errors; nothing was imported."
    lines = err.getvalue().splitlines()
    assert len(lines) == 51
    assert lines[-1] == "… and 9,950 more errors"


# The admin screens: a short page, in the user's language.


def test_import_screen_shows_100k_bad_rows_in_a_short_page(upload_as_office, world):
    before = counts()
    # when
    page = upload_as_office(
        "trainings_import:index",
        "p.csv",
        _bad_participants(100_000),
        kind="participants",
    )
    # then
    assert len(page.encode()) < 100_000
    assert "1 gabim; asgjë nuk u importua." in page
    assert "rreshti 50002:" in page
    assert "(IMPORT_MAX_ROWS)" in page
    assert counts() == before


def test_import_screen_lists_50_errors_then_the_rest_translated(
    upload_as_office, world
):
    page = upload_as_office(
        "trainings_import:index",
        "p.csv",
        _bad_participants(3000),
        kind="participants",
    )
    assert len(page.encode()) < 100_000
    assert "6\xa0000 gabime; asgjë nuk u importua." in page
    assert page.count("seancë e panjohur &#x27;NOSUCH-") == 25
    assert "… dhe 5\xa0950 gabime të tjera" in page  # sq, the admin's language


def test_plan_screen_refuses_a_declared_giant_sheet_in_a_short_page(
    upload_as_office, world
):
    page = upload_as_office(
        "indicators:plan_import",
        "plan.xlsx",
        good_xlsx("plan", dimension="A1:XFD1048576"),
        plan=world.pk,
    )
    assert len(page.encode()) < 100_000
    assert "A1:XFD1048576" in page
    assert "(IMPORT_MAX_ROWS)" in page
    assert not models.PlanNode.objects.filter(plan=world).exists()
