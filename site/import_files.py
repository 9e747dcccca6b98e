"""From uploaded bytes to raw rows: size, kind of file, encoding, delimiter, merged cells.

Every check that needs the file itself rather than its columns lives here (and
in `import_xlsx.py`), so the training imports and the plan import refuse a bad file in
the same words. Rows, columns and cells are counted while the file streams
(`sheet.Limits`), before anything is kept.
"""

import codecs
import csv
import io
import zipfile
from pathlib import Path

import filetype
from charset_normalizer import from_bytes
from django.conf import settings
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from .import_sheet import SAVE_AS_XLSX, FileRefused, Limits, Sheet

__all__ = ["FileRefused", "Sheet", "sheet_read", "size_problem"]
SAVE_AS_UTF8 = gettext_lazy(
    'In Excel: File → Save As → "CSV UTF-8 (Comma delimited) (*.csv)"; '
    'in LibreOffice: Save As → Text CSV, character set "Unicode (UTF-8)".'
)
# Files people send instead of a spreadsheet, named by their content.
REFUSED_EXTENSIONS = {
    ".xls": gettext_lazy("an old Excel 97-2003 workbook (.xls)"),
    ".ods": gettext_lazy("a LibreOffice spreadsheet (.ods)"),
    ".numbers": gettext_lazy("an Apple Numbers spreadsheet"),
    ".pdf": gettext_lazy("a PDF document"),
    ".doc": gettext_lazy("a Word document"),
    ".docx": gettext_lazy("a Word document"),
    ".zip": gettext_lazy("a ZIP archive"),
}
ZIP_SIGNATURE = b"PK\x03\x04"  # also XLSX, DOCX, ODS
# .xls and .doc (Office 97-2003), which filetype does not recognise.
OLE_SIGNATURE = bytes.fromhex("D0CF11E0A1B11AE1")
# Encodings an Albanian or Serbian office's Excel or Notepad may save a CSV in.
ENCODING_NAMES = {
    "cp1250": gettext_lazy("Windows-1250 (Central European)"),
    "cp1252": gettext_lazy("Windows-1252 (Western European)"),
    "cp1251": gettext_lazy("Windows-1251 (Cyrillic)"),
    "iso8859_2": gettext_lazy("ISO-8859-2 (Latin-2)"),
}


def size_limit_bytes() -> int:
    return settings.IMPORT_MAX_UPLOAD_MB * 1024 * 1024


def size_problem(size: int) -> str | None:
    """Why a file of `size` bytes is refused before it is read, or None."""
    if size <= size_limit_bytes():
        return None
    return _(
        "the file is %(size).1f MB; the limit is %(limit)s MB "
        "(IMPORT_MAX_UPLOAD_MB): split it into smaller files"
    ) % {"size": size / 1024 / 1024, "limit": settings.IMPORT_MAX_UPLOAD_MB}


def sheet_read(data: bytes, *, filename: str) -> Sheet:
    """CSV for .csv (or a name without one of the refused extensions), XLSX for .xlsx."""
    if problem := size_problem(len(data)):
        raise FileRefused(problem)
    if not data.strip():
        raise FileRefused(_("the file is empty"))
    suffix = Path(filename).suffix.lower()
    if suffix in REFUSED_EXTENSIONS:
        raise FileRefused(
            _("this is %(kind)s; only .csv and .xlsx files can be imported: %(advice)s")
            % {"kind": REFUSED_EXTENSIONS[suffix], "advice": SAVE_AS_XLSX}
        )
    found = _content_kind(data)
    if suffix == ".xlsx":
        if not found:
            raise FileRefused(
                _(
                    "the name ends in .xlsx but the file is text (a renamed CSV?): "
                    "upload it with a .csv name"
                )
            )
        if found != "xlsx":
            raise FileRefused(
                _("the name ends in .xlsx but the file is %(kind)s: %(advice)s")
                % {"kind": found, "advice": SAVE_AS_XLSX}
            )
        # The XLSX reader (openpyxl) is imported when an XLSX arrives, not at start-up.
        from .import_xlsx import xlsx_sheet

        return xlsx_sheet(data)
    if found == "xlsx":
        raise FileRefused(_("this is an XLSX workbook: upload it with a .xlsx name"))
    if found:
        raise FileRefused(
            _("this is %(kind)s, not a CSV file: %(advice)s")
            % {"kind": found, "advice": SAVE_AS_XLSX}
        )
    return Sheet(rows=_csv_rows(data))


def _content_kind(data: bytes) -> str:
    """What the bytes are, in words ("" for text), whatever the file is called.

    Text is recognised first: filetype matches some formats by two bytes only,
    which a CSV could start with.
    """
    if data.startswith(ZIP_SIGNATURE):
        return _zip_kind(data)
    if data.startswith(OLE_SIGNATURE):
        return _("an old Excel 97-2003 workbook (.xls) or another Office 97-2003 file")
    if _is_text(data):
        return ""
    kind = filetype.guess(data[:8192])
    if kind is None:
        return ""  # legacy-encoded text, most likely: the CSV reader says which
    if kind.extension == "pdf":
        return str(REFUSED_EXTENSIONS[".pdf"])
    return _("a %(extension)s file (%(mime)s)") % {
        "extension": kind.extension.upper(),
        "mime": kind.mime,
    }


def _zip_kind(data: bytes) -> str:
    """XLSX, ODS and DOCX files are ZIP archives; their member names tell them apart."""
    try:
        names = set(zipfile.ZipFile(io.BytesIO(data)).namelist())
    except zipfile.BadZipFile:
        return _("a damaged ZIP (or XLSX) file")
    if any(name.startswith("xl/") for name in names):
        return "xlsx"
    if "word/document.xml" in names:
        return str(REFUSED_EXTENSIONS[".docx"])
    if "content.xml" in names:
        return str(REFUSED_EXTENSIONS[".ods"])
    return str(REFUSED_EXTENSIONS[".zip"])


def _is_text(data: bytes) -> bool:
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return True  # the CSV reader explains UTF-16
    try:
        data[:8192].decode("utf-8")
    except UnicodeDecodeError as error:
        return error.start > 8188  # a character cut at the end of the sample
    return True


def _csv_rows(data: bytes) -> list[list[str]]:
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise FileRefused(
            _(
                'the file is UTF-16 text (Excel\'s "Unicode Text"), not CSV UTF-8. '
                "%(advice)s"
            )
            % {"advice": SAVE_AS_UTF8}
        )
    if data[:4096].count(0) > len(data[:4096]) // 4:
        raise FileRefused(
            _(
                "the file is UTF-16 text without a byte-order mark, not CSV UTF-8. "
                "%(advice)s"
            )
            % {"advice": SAVE_AS_UTF8}
        )
    try:
        text = data.decode("utf-8-sig")  # Excel's "CSV UTF-8" starts with a BOM
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        raise FileRefused(
            _(
                "the file is not UTF-8 text (line %(line)s has byte %(byte)s); it "
                "looks like %(encoding)s. %(advice)s"
            )
            % {
                "line": line,
                "byte": f"{data[error.start]:#04x}",
                "encoding": _likely_encoding(data),
                "advice": SAVE_AS_UTF8,
            }
        ) from error
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_delimiter(text))
    limits = Limits()
    rows = []
    try:
        for number, row in enumerate(reader, start=1):
            limits.row(number)
            limits.row_cells(number, len(row))
            rows.append(row)
    except csv.Error as error:
        raise FileRefused(
            _("line %(line)s is not valid CSV (%(error)s)")
            % {"line": reader.line_num, "error": error}
        ) from None
    _delimiter_check(rows[0] if rows else [])
    return rows


def _likely_encoding(data: bytes) -> str:
    """Name the encoding(s) the bytes most likely are, for the error message."""
    match = from_bytes(data[:65536], cp_isolation=list(ENCODING_NAMES)).best()
    if match is None:
        return _("a legacy (non-Unicode) encoding")
    names = [match.encoding] + [
        e for e in match.could_be_from_charset if e != match.encoding
    ]
    known = [str(ENCODING_NAMES[e]) for e in names if e in ENCODING_NAMES]
    if len(known) > 1:
        return _("%(first)s or %(second)s") % {"first": known[0], "second": known[1]}
    return known[0] if known else match.encoding


def _delimiter(text: str) -> str:
    """`;` when the header line has more semicolons than commas, else `,`.

    Excel saves "CSV" with the list separator of the system's region, which is
    `;` in Albanian and Serbian (the decimal comma takes `,`). Only the header
    is looked at: its names hold neither, where data cells (`MB;UK`) may.
    """
    header = text[: text.find("\n") if "\n" in text else len(text)]
    return ";" if header.count(";") > header.count(",") else ","


def _delimiter_check(header: list[str]) -> None:
    """A header read as one cell holding tabs was saved as "Text (Tab delimited)"."""
    if len(header) != 1:
        return
    separators = (("\t", _("tabs")),)
    for separator, name in separators:
        if separator in header[0]:
            raise FileRefused(
                _(
                    "the columns are separated by %(separator)s, not commas. Save "
                    'it as "CSV UTF-8 (Comma delimited)", or as .xlsx'
                )
                % {"separator": name}
            )
