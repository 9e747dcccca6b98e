"""Write the corpus files a text editor cannot: other encodings, XLSX, binary fakes.

Run once, from the repository root, when a file here has to change:

    .venv/bin/python tests/data/bad/make_files.py

The outputs are committed; README.md in this folder says what each one is.
"""

import datetime
import io
import zipfile
from pathlib import Path

from openpyxl import Workbook

HERE = Path(__file__).resolve().parent
PARTICIPANTS = (
    "session_ref,full_name,gender,profession,agency,count,pre_score,post_score"
)
# Albanian and Serbian Latin names: ë, ç (Windows-1250 and -1252 alike), š, ć, đ (1250 only).
NAMES_SQ = ["Gëzim Çela", "Arbër Dervishi", "Ëndrit Hoxha"]
NAMES_SR = ["Miloš Petrović", "Đorđe Ćosić", "Gëzim Çela"]


def text_files() -> None:
    rows = [PARTICIPANTS] + [f"AL-2022-001,{n},M,POL,GDSP,,," for n in NAMES_SR]
    (HERE / "participants_windows1250.csv").write_bytes(
        "\r\n".join(rows).encode("cp1250")
    )
    rows = [PARTICIPANTS] + [f"AL-2022-001,{n},M,POL,GDSP,,," for n in NAMES_SQ]
    (HERE / "participants_windows1252.csv").write_bytes(
        "\r\n".join(rows).encode("cp1252")
    )
    # Excel's "Unicode Text (*.txt)": UTF-16 little-endian with a BOM, tab-separated.
    rows = [PARTICIPANTS.replace(",", "\t"), "AL-2022-001\tGëzim Çela\tM\tPOL\tGDSP"]
    (HERE / "participants_unicode_text.txt").write_bytes(
        "\r\n".join(rows).encode("utf-16")
    )
    # A NUL byte left by a broken export (PostgreSQL refuses NUL in text).
    rows = [PARTICIPANTS, "AL-2022-001,Besa\x00 Hoxha,F,POL,GDSP,,,"]
    (HERE / "participants_nul_byte.csv").write_bytes("\n".join(rows).encode())


def workbook(path: str, rows: list[list], merge: str = "", number_format=None):
    book = Workbook()
    sheet = book.active
    for row in rows:
        sheet.append(row)
    if merge:
        sheet.merge_cells(merge)
    if number_format:
        for cell in sheet["C"][1:]:
            cell.number_format = number_format
    book.save(HERE / path)


def xlsx_files() -> None:
    header = PARTICIPANTS.split(",")
    # The session cell merged over its participants, as on a printed list.
    workbook(
        "participants_merged_cells.xlsx",
        [
            header,
            ["AL-2022-001", "Gëzim Çela", "M", "POL", "GDSP"],
            [None, "Besa Hoxha", "F", "POL", "GDSP"],
            [None, "Miloš Petrović", "M", "POL", "GDSP"],
        ],
        merge="A2:A4",
    )
    workbook(
        "participants_formula.xlsx",
        [
            header,
            ["AL-2022-001", "Gëzim Çela", "M", "POL", "GDSP", None, "=40+15", 80],
            ["AL-2022-001", '=HYPERLINK("http://evil.example","Besa")', "F", "POL"],
        ],
    )
    # Start dates typed as numbers in a "General" column; end dates real date cells.
    workbook(
        "sessions_excel_serial.xlsx",
        [
            ["ref", "title", "start_date", "end_date"],
            ["AL-2022-001", "Serial", 44562, datetime.date(2022, 1, 2)],
        ],
        number_format="General",
    )
    # Plan codes 2.2 and 2.2.1: Excel turned the first into 2 February.
    workbook(
        "plan_code_as_date.xlsx",
        [
            ["code", "parent", "level", "title"],
            [datetime.datetime(2026, 2, 2), None, "Goal", "Professionalism"],
            ["2.2.1", "2.2", "Measure", "Police training"],
        ],
    )


def fake_files() -> None:
    """Files that are not what their name says."""
    (HERE / "participants_really_pdf.xlsx").write_bytes(
        b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n%%EOF\n"
    )
    archive = io.BytesIO()
    with zipfile.ZipFile(archive, "w") as zipped:
        zipped.writestr("participants.csv", PARTICIPANTS + "\n")
    (HERE / "participants_really_zip.xlsx").write_bytes(archive.getvalue())
    # An Office 97-2003 (.xls) file starts with this OLE2 signature.
    (HERE / "participants_old_excel.xlsx").write_bytes(
        bytes.fromhex("D0CF11E0A1B11AE1") + bytes(504)
    )
    book = io.BytesIO()
    Workbook().save(book)
    (HERE / "participants_xlsx_named.csv").write_bytes(book.getvalue())


if __name__ == "__main__":
    text_files()
    xlsx_files()
    fake_files()
