"""What real users send (tests/data/bad/, see its README.md): each file is refused
with the exact `row N, column X: reason` they see, and nothing at all is written.

Every import path reads files through one reader (site/import_table.py),
so the file-level cases are also run against each path with its own header.
"""

import datetime
import io
import zipfile
from pathlib import Path

import pytest
from django.core.files.uploadhandler import TemporaryFileUploadHandler
from django.core.management import CommandError, call_command
from openpyxl import Workbook

from trainings import models
from trainings.imports import participants_import, reference_import, sessions_import
from trainings.indicators.plan_import import PlanImportError, plan_import

from .conftest import DATA

pytestmark = pytest.mark.django_db

BAD = DATA / "bad"
SAVE_AS_UTF8 = (
    'Në Excel: File → Save As → "CSV UTF-8 (Comma delimited) (*.csv)"; në '
    'LibreOffice: Save As → Text CSV, grupi i karaktereve "Unicode (UTF-8)".'
)
SAVE_AS_XLSX = "ruajeni nga Excel ose LibreOffice si .xlsx (ose CSV UTF-8)"
FORMULA = (
    "është formulë, ose do të bëhej e tillë kur hapet në Excel (fillon me =, "
    "+, - ose @): shkruani vlerën e thjeshtë"
)
HTML = "emrat, titujt dhe kodet janë tekst i thjeshtë, hiqni shënimet <...>"
WRITTEN = [
    models.TrainingSession,
    models.Participation,
    models.Trainee,
    models.Plan,
    models.PlanNode,
    models.Indicator,
    models.IndicatorTarget,
    models.Agency,
    models.Profession,
]


def counts() -> list[int]:
    return [model.objects.count() for model in WRITTEN]


def run(kind: str, data: bytes, name: str) -> list[str]:
    """Import through the service of `kind`; the errors as the user reads them."""
    if kind == "plan":
        plan = models.Plan.objects.get(code="BAD-PLAN")
        try:
            plan_import(plan=plan, name=name, content=data)
        except PlanImportError as error:
            return error.errors.report()
        return []
    if kind == "professions":
        result = reference_import("professions", data, filename=name)
    else:
        importer = {"sessions": sessions_import, "participants": participants_import}
        result = importer[kind](data, filename=name)
    return result.errors.report()


def _kind(name: str) -> str:
    return name.split("_")[0]


CORPUS = {
    # Encodings: only UTF-8 (with or without Excel's BOM) is read.
    "participants_windows1250.csv": [
        "skedari: skedari nuk është tekst UTF-8 (rreshti 2 ka bajtin 0x9a); duket "
        "si Windows-1250 (Evropa Qendrore). " + SAVE_AS_UTF8,
    ],
    "participants_windows1252.csv": [
        "skedari: skedari nuk është tekst UTF-8 (rreshti 2 ka bajtin 0xeb); duket "
        "si Windows-1250 (Evropa Qendrore) ose Windows-1252 (Evropa Perëndimore). "
        "" + SAVE_AS_UTF8,
    ],
    "participants_non_utf8.csv": [
        "skedari: skedari nuk është tekst UTF-8 (rreshti 3 ka bajtin 0xeb); duket "
        "si Windows-1250 (Evropa Qendrore) ose Windows-1252 (Evropa Perëndimore). "
        "" + SAVE_AS_UTF8,
    ],
    "participants_unicode_text.txt": [
        'skedari: skedari është tekst UTF-16 ("Unicode Text" i Excel-it), jo CSV '
        "UTF-8. " + SAVE_AS_UTF8,
    ],
    # Not a spreadsheet, or not the one its name says.
    "participants_empty.csv": [
        "skedari: skedari është bosh",
    ],
    "participants_header_only.csv": [
        "skedari: nuk ka rreshta poshtë titullit",
    ],
    "participants_really_pdf.xlsx": [
        "skedari: emri mbaron me .xlsx, por skedari është një dokument PDF: "
        + SAVE_AS_XLSX,
    ],
    "participants_really_zip.xlsx": [
        "skedari: emri mbaron me .xlsx, por skedari është një arkiv ZIP: "
        + SAVE_AS_XLSX,
    ],
    "participants_old_excel.xlsx": [
        "skedari: emri mbaron me .xlsx, por skedari është një libër pune i vjetër "
        "Excel 97-2003 (.xls) ose një skedar tjetër Office 97-2003: " + SAVE_AS_XLSX,
    ],
    "participants_xlsx_named.csv": [
        "skedari: ky është një libër pune XLSX: ngarkojeni me një emër .xlsx",
    ],
    # The header.
    "sessions_missing_column.csv": [
        "rreshti 1, kolona title: mungon një kolonë e detyrueshme",
    ],
    "sessions_extra_column.csv": [
        "rreshti 1, kolona trainer: kolonë e panjohur (mos keni parasysh trainers?)",
        "rreshti 1, kolona colour: kolonë e panjohur (kolonat janë end_date, "
        "event_type, funders, language, measures, modules, notes, organiser, "
        "qualifier, ref, region, series, sessions_count, start_date, title, "
        "trainers, venue)",
    ],
    "sessions_title_rows.csv": [
        "skedari: titulli duhet të jetë në rreshtin 1, jo në rreshtin 3: fshini "
        "rreshtat sipër tij",
    ],
    "plan_unknown_column.csv": [
        "rreshti 1, kolona indicatorcode: kolonë e panjohur (mos keni parasysh "
        "indicator_code?)",
    ],
    # Cells no column may hold.
    "participants_merged_cells.xlsx": [
        "rreshti 2, kolona session_ref: qelizat A2:A4 janë të bashkuara: ndajini "
        "dhe plotësoni çdo qelizë",
    ],
    "participants_formula.xlsx": [
        "rreshti 2, kolona pre_score: '=40+15' " + FORMULA,
        "rreshti 3, kolona full_name: '=HYPERLINK(\"http://evil.examp…' " + FORMULA,
    ],
    "participants_formula_text.csv": [
        "rreshti 2, kolona full_name: '=HYPERLINK(\"http://evil.examp…' " + FORMULA,
        "rreshti 3, kolona full_name: '@SUM(1+1)*cmd|' /C calc'!A0' " + FORMULA,
        "rreshti 4, kolona full_name: '+1+2' " + FORMULA,
    ],
    "plan_formula.csv": [
        "rreshti 2, kolona title: '=1+2' " + FORMULA,
        "rreshti 3, kolona indicator_name: '@SUM(A1:A9)' " + FORMULA,
    ],
    "participants_html_name.csv": [
        "rreshti 2, kolona full_name: përmban HTML ('<img src=x "
        "onerror=alert(1)>'): " + HTML,
        "rreshti 3, kolona full_name: përmban HTML ('<script>alert('x')</script> "
        "H…'): " + HTML,
    ],
    "sessions_html_title.csv": [
        "rreshti 2, kolona title: përmban HTML "
        "('<script>alert('fener')</scrip…'): " + HTML,
        "rreshti 3, kolona title: përmban HTML ('<b>bold</b> title'): " + HTML,
    ],
    "participants_nul_byte.csv": [
        "rreshti 2, kolona full_name: përmban një karakter kontrolli të padukshëm "
        "(U+0000): shkruajeni qelizën përsëri",
    ],
    "sessions_title_too_long.csv": [
        "rreshti 2, kolona title: ka 314 karaktere; ruhen të shumtën 255",
    ],
    "sessions_unquoted_comma.csv": [
        "rreshti 2: 12 qeliza, por titulli ka 11: një presje brenda qelizës "
        'kërkon thonjëza rreth qelizës ("Trajnim, pjesa 2")',
    ],
    "plan_code_as_date.xlsx": [
        "rreshti 2, kolona code: është qelizë date (2026-02-02), por kjo kolonë "
        "nuk është datë: Excel i kthen kodet si 2.2 në data; formatojeni kolonën "
        "si Text dhe shkruajeni përsëri",
    ],
    # Dates.
    "sessions_excel_serial.csv": [
        "rreshti 2, kolona start_date: '44562' është numër dite i Excel-it "
        "(2022-01-01 në Excel), jo datë: formatojeni kolonën si Date, ose "
        "shkruani datat si VVVV-MM-DD",
        "rreshti 2, kolona end_date: '44563' është numër dite i Excel-it "
        "(2022-01-02 në Excel), jo datë: formatojeni kolonën si Date, ose "
        "shkruani datat si VVVV-MM-DD",
    ],
    "sessions_excel_serial.xlsx": [
        "rreshti 2, kolona start_date: '44562' është numër dite i Excel-it "
        "(2022-01-01 në Excel), jo datë: formatojeni kolonën si Date, ose "
        "shkruani datat si VVVV-MM-DD",
    ],
    "sessions_bad_date.csv": [
        "rreshti 3, kolona start_date: '2022-13-01' nuk është datë si VVVV-MM-DD",
        "rreshti 4, kolona start_date: '01/03/2022' mund të jetë 2022-01-03 ose "
        "2022-03-01 (rendi i ditës dhe muajit ndryshon nga vendi në vend): "
        "shkruani datat si VVVV-MM-DD",
    ],
    # Repeated rows.
    "sessions_duplicate_ref.csv": [
        "rreshti 3, kolona ref: përsërit rreshtin 2 (ref 'AL-2022-001' përsëri)",
    ],
    "participants_duplicate_person.csv": [
        "rreshti 4, kolona full_name: përsërit rreshtin 2 (i njëjti person në të "
        "njëjtën seancë: 'MILOS PETROVIC')",
    ],
    "participants_duplicate_row.csv": [
        "rreshti 4: përsërit rreshtin 3 (të njëjtat qeliza)",
    ],
    "plan_duplicate_indicator.csv": [
        "rreshti 4, kolona indicator_code: përsërit rreshtin 3 (treguesi '1.1-a' sërish)"
    ],
    # Numbers and codes.
    "participants_negative_count.csv": [
        "rreshti 3, kolona count: -3 duhet të jetë 1 ose më shumë",
    ],
    "participants_nan_score.csv": [
        "rreshti 2, kolona pre_score: 'nan' nuk është numër",
        "rreshti 3, kolona post_score: 'inf' nuk është numër",
    ],
    "plan_negative_numbers.csv": [
        "rreshti 3, kolona budget: -5000 duhet të jetë 0 ose më shumë",
        "rreshti 3, kolona baseline: -10 duhet të jetë 0 ose më shumë",
        "rreshti 3, kolona target_2022: -20 duhet të jetë 0 ose më shumë",
    ],
    "sessions_unknown_code.csv": [
        "rreshti 3, kolona organiser: institucion i panjohur 'NOSUCH'",
        "rreshti 4, kolona modules: modul i panjohur 'MOD-NONE'",
        "rreshti 4, kolona measures: masë e panjohur e planit 'AL-NAP:9.9.9' "
        "(shkruani PLANI:KODI)",
    ],
}


@pytest.mark.parametrize(("name", "expected"), CORPUS.items(), ids=list(CORPUS))
def test_corpus_file_is_refused_with_its_reason_and_writes_nothing(
    world, name, expected
):
    before = counts()
    # when
    errors = run(_kind(name), (BAD / name).read_bytes(), name)
    # then
    assert errors == expected
    assert counts() == before


def test_every_corpus_file_is_tested_and_described():
    readme = (BAD / "README.md").read_text()
    on_disk = {p.name for p in BAD.iterdir() if p.suffix not in (".md", ".py")}
    tested_elsewhere = {  # tests/trainings/test_imports.py
        "participants_bad_row.xlsx",
        "participants_count_with_name.csv",
        "participants_gender_x.csv",
        "participants_unknown_session.csv",
        "sessions_end_before_start.csv",
    }
    assert on_disk - tested_elsewhere == set(CORPUS)
    assert [n for n in sorted(on_disk) if f"`{n}`" not in readme] == []


# What is accepted: the user's Excel habits that are fine.


def test_utf8_with_excel_bom_is_accepted(world):
    data = "\ufeffsession_ref,full_name\nAL-2022-001,Gëzim Çela\n".encode()
    assert run("participants", data, "p.csv") == []
    assert models.Trainee.objects.filter(full_name="Gëzim Çela").exists()


def test_semicolon_separated_csv_from_an_albanian_or_serbian_excel_is_read(world):
    # Excel saves "CSV" with the region's list separator: `;` where `,` is decimal.
    data = (DATA / "participants_semicolons.csv").read_bytes()
    assert run("participants", data, "p.csv") == []
    assert models.Trainee.objects.filter(full_name="Gëzim Çela").exists()


def test_real_date_cells_and_signed_numbers_are_accepted(world):
    book = Workbook()
    book.active.append(["ref", "title", "start_date", "end_date"])
    day = datetime.date(2022, 10, 5)
    book.active.append(["AL-2022-050", "Dates", day, day + datetime.timedelta(1)])
    assert run("sessions", _xlsx(book), "s.xlsx") == []
    session = models.TrainingSession.objects.get(ref="AL-2022-050")
    assert str(session.end_date) == "2022-10-06"


def test_plan_dashes_mean_empty_and_plus_signed_numbers_are_numbers(world):
    data = (
        b"code,parent,level,title,budget,indicator_code,indicator_name,baseline,"
        b"target_2022,target_2023\n"
        b"1,,Goal,Protection,-,1-a,People,+10,-,N/A\n"
    )
    assert run("plan", data, "plan.csv") == []
    indicator = models.Indicator.objects.get(code="1-a")
    assert indicator.baseline == 10
    assert not indicator.targets.exists()


def _xlsx(book: Workbook) -> bytes:
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


# The same file-level mistakes on every import path (one reader serves them all).

HEADERS = {
    "sessions": "ref,title,start_date,end_date",
    "participants": "session_ref,full_name",
    "professions": "code,name",
    "plan": "code,level,title",
}
GOOD_ROW = {
    "sessions": "AL-2022-060,Title,2022-03-01,2022-03-02",
    "participants": "AL-2022-001,Besa Hoxha",
    "professions": "SOC,Social workers",
    "plan": "1,Goal,Protection",
}


def _with(kind: str, *rows: str) -> bytes:
    return "\n".join([HEADERS[kind], *rows]).encode()


def _merged_xlsx(kind: str) -> bytes:
    book = Workbook()
    book.active.append(HEADERS[kind].split(","))
    book.active.append(GOOD_ROW[kind].split(","))
    book.active.append([None, *GOOD_ROW[kind].split(",")[1:]])
    book.active.merge_cells("A2:A3")
    return _xlsx(book)


def _zip() -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("data.csv", "a,b\n")
    return out.getvalue()


FILE_CASES = {
    "empty": (
        lambda k: b"",
        "x.csv",
        [
            "skedari: skedari është bosh",
        ],
    ),
    "header only": (
        lambda k: _with(k),
        "x.csv",
        [
            "skedari: nuk ka rreshta poshtë titullit",
        ],
    ),
    "tabs": (
        lambda k: _with(k, GOOD_ROW[k]).replace(b",", b"\t"),
        "x.csv",
        [
            "skedari: kolonat janë të ndara me tabulatorë, jo me presje. Ruajeni "
            'si "CSV UTF-8 (Comma delimited)", ose si .xlsx',
        ],
    ),
    "windows-1250": (
        lambda k: _with(k, GOOD_ROW[k] + "šđć").decode().encode("cp1250"),
        "x.csv",
        [
            "skedari: skedari nuk është tekst UTF-8 (rreshti 2 ka bajtin 0x9a); duket "
            "si Windows-1250 (Evropa Qendrore). " + SAVE_AS_UTF8,
        ],
    ),
    "utf-16 without BOM": (
        lambda k: _with(k, GOOD_ROW[k]).decode().encode("utf-16-le"),
        "x.csv",
        [
            "skedari: skedari është tekst UTF-16 pa shenjë të rendit të bajtëve, jo "
            "CSV UTF-8. " + SAVE_AS_UTF8,
        ],
    ),
    "pdf named .xlsx": (
        lambda k: b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n",
        "x.xlsx",
        [
            "skedari: emri mbaron me .xlsx, por skedari është një dokument PDF: "
            + SAVE_AS_XLSX,
        ],
    ),
    "zip named .xlsx": (
        lambda k: _zip(),
        "x.xlsx",
        [
            "skedari: emri mbaron me .xlsx, por skedari është një arkiv ZIP: "
            + SAVE_AS_XLSX,
        ],
    ),
    "pdf named .csv": (
        lambda k: b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n",
        "x.csv",
        [
            "skedari: ky është një dokument PDF, jo skedar CSV: " + SAVE_AS_XLSX,
        ],
    ),
    "csv named .xlsx": (
        lambda k: _with(k, GOOD_ROW[k]),
        "x.xlsx",
        [
            "skedari: emri mbaron me .xlsx, por skedari është tekst (një CSV i "
            "riemërtuar?): ngarkojeni me një emër .csv",
        ],
    ),
    ".xls": (
        lambda k: b"\xd0\xcf\x11\xe0",
        "x.xls",
        [
            "skedari: ky është një libër pune i vjetër Excel 97-2003 (.xls); mund të "
            "importohen vetëm skedarë .csv dhe .xlsx: " + SAVE_AS_XLSX,
        ],
    ),
    "duplicate row": (
        lambda k: _with(k, GOOD_ROW[k], GOOD_ROW[k]),
        "x.csv",
        [
            "rreshti 3: përsërit rreshtin 2 (të njëjtat qeliza)",
        ],
    ),
    "unknown column": (
        lambda k: (HEADERS[k] + ",remarks\n" + GOOD_ROW[k] + ",x\n").encode(),
        "x.csv",
        None,  # the list of columns differs per path; the start is the same
    ),
}


@pytest.mark.parametrize("kind", list(HEADERS))
@pytest.mark.parametrize("case", list(FILE_CASES))
def test_every_import_path_refuses_the_same_bad_file_the_same_way(world, kind, case):
    make, name, expected = FILE_CASES[case]
    before = counts()
    # when
    errors = run(kind, make(kind), name)
    # then
    if expected is None:
        assert len(errors) == 1
        assert errors[0].startswith(
            "rreshti 1, kolona remarks: kolonë e panjohur (kolonat janë "
        )
    else:
        assert errors == expected
    assert counts() == before


@pytest.mark.parametrize("kind", list(HEADERS))
def test_every_import_path_refuses_merged_formula_and_html_cells(world, kind):
    before = counts()
    first = GOOD_ROW[kind].split(",")[0]
    html = GOOD_ROW[kind].replace(first, "<script>x</script>", 1)
    assert run(kind, _merged_xlsx(kind), "x.xlsx") == [
        f"rreshti 2, kolona {HEADERS[kind].split(',')[0]}: qelizat A2:A3 janë të "
        "bashkuara: ndajini dhe plotësoni çdo qelizë"
    ]
    assert run(kind, _with(kind, "=1+1" + GOOD_ROW[kind]), "x.csv") == [
        f"rreshti 2, kolona {HEADERS[kind].split(',')[0]}: '=1+1{first}' {FORMULA}"
    ]
    assert run(kind, _with(kind, html), "x.csv") == [
        f"rreshti 2, kolona {HEADERS[kind].split(',')[0]}: përmban HTML "
        f"('<script>x</script>'): {HTML}"
    ]
    assert counts() == before


# 100 MB: refused by size before anything is read.


def _sparse_file(path: Path, size_mb: int, header: str) -> Path:
    """A file of the real size on disk, without writing 100 MB (a sparse file)."""
    with path.open("wb") as handle:
        handle.write(header.encode() + b"\n")
        handle.truncate(size_mb * 1024 * 1024)
    return path


# command → (arguments before FILE, after FILE)
COMMANDS = {
    "import_sessions": ([], []),
    "import_participants": ([], []),
    "import_reference": (["professions"], []),
    "import_plan": ([], ["--plan", "BAD-PLAN"]),
}


@pytest.mark.parametrize("command", list(COMMANDS))
def test_commands_refuse_a_100_mb_file_by_its_size_without_reading_it(
    world, tmp_path, monkeypatch, command
):
    path = _sparse_file(tmp_path / "big.csv", 100, "code,name")
    before = counts()
    monkeypatch.setattr(Path, "read_bytes", _never_read)
    # when
    with pytest.raises(CommandError) as refused:
        before_file, after_file = COMMANDS[command]
        call_command(command, *before_file, str(path), *after_file)
    # then
    assert str(refused.value) == (
        f"{path}: skedari është 100.0 MB; kufiri është 10 MB (IMPORT_MAX_UPLOAD_MB): "
        "ndajeni në skedarë më të vegjël"
    )
    assert counts() == before


def _never_read(self):
    raise AssertionError(f"{self} was read")


def test_the_services_refuse_too_many_bytes_too(world, settings):
    settings.IMPORT_MAX_UPLOAD_MB = 1
    data = _with("participants", GOOD_ROW["participants"]).ljust(2 * 1024 * 1024)
    assert run("participants", data, "p.csv") == [
        "skedari: skedari është 2.0 MB; kufiri është 1 MB (IMPORT_MAX_UPLOAD_MB): "
        "ndajeni në skedarë më të vegjël"
    ]


# The admin screens: the same words, the choices kept, nothing written.


def test_import_screen_shows_the_encoding_advice_and_keeps_the_kind(
    upload_as_office, world
):
    before = counts()
    content = (BAD / "participants_windows1250.csv").read_bytes()
    # when
    page = upload_as_office(
        "trainings_import:index", "p.csv", content, kind="participants"
    )
    # then
    assert "1 gabim; asgjë nuk u importua." in page
    assert "duket si Windows-1250 (Evropa Qendrore)" in page
    assert "CSV UTF-8 (Comma delimited) (*.csv)" in page
    assert '<option value="participants" selected>' in page
    assert counts() == before


def test_import_screen_refuses_a_too_big_upload_by_size(
    upload_as_office, world, settings
):
    settings.IMPORT_MAX_UPLOAD_MB = 1
    before = counts()
    content = _with("sessions", GOOD_ROW["sessions"]).ljust(3 * 1024 * 1024)
    # when
    page = upload_as_office("trainings_import:index", "s.csv", content, kind="sessions")
    # then
    assert (
        "Skedari është 3.0 MB; kufiri është 1 MB (IMPORT_MAX_UPLOAD_MB): ndajeni "
        "në skedarë më të vegjël." in page
    )
    assert "të shumtën 1 MB" in page  # the field's help text
    assert '<option value="sessions" selected>' in page
    assert counts() == before


def test_plan_screen_names_the_merged_range_and_keeps_the_plan(upload_as_office, world):
    before = counts()
    # when
    page = upload_as_office(
        "indicators:plan_import",
        "plan.xlsx",
        _merged_xlsx("plan"),
        plan=world.pk,
    )
    # then
    assert "rreshti 2, kolona code: qelizat A2:A3 janë të bashkuara" in page
    assert f'<option value="{world.pk}" selected>' in page
    assert counts() == before


def test_plan_screen_refuses_a_too_big_upload_and_keeps_the_plan(
    upload_as_office, world, settings
):
    settings.IMPORT_MAX_UPLOAD_MB = 1
    content = _with("plan", GOOD_ROW["plan"]).ljust(2 * 1024 * 1024)
    page = upload_as_office(
        "indicators:plan_import", "plan.csv", content, plan=world.pk
    )
    assert "Skedari është 2.0 MB; kufiri është 1 MB" in page
    assert f'<option value="{world.pk}" selected>' in page
    assert not models.PlanNode.objects.filter(plan=world).exists()


def test_an_upload_above_the_memory_threshold_streams_to_disk_and_imports(
    upload_as_office, world, settings, monkeypatch
):
    settings.FILE_UPLOAD_MAX_MEMORY_SIZE = 1024
    to_disk = []
    original = TemporaryFileUploadHandler.new_file

    def new_file(self, *args, **kwargs):
        to_disk.append(args)
        return original(self, *args, **kwargs)

    monkeypatch.setattr(TemporaryFileUploadHandler, "new_file", new_file)
    rows = [
        f"AL-2022-{i:03},Session {i},2022-03-01,2022-03-02" for i in range(100, 160)
    ]
    content = _with("sessions", *rows)
    assert len(content) > 1024
    # when
    page = upload_as_office("trainings_import:index", "s.csv", content, kind="sessions")
    # then
    assert "u krijuan 60, u përditësuan 0." in page
    assert len(to_disk) == 1
