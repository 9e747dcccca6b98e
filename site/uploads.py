"""One check for every upload: its size, its kind read from its content, and that
the content opens, before anything is saved."""

import struct
import zipfile

import filetype
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _
from PIL import Image

# Kinds by MIME type (as read from the magic bytes, not the file's name) → label.
# The MIME type is the code's key only: users read the label.
PDF_AND_IMAGES = {"application/pdf": "PDF", "image/png": "PNG", "image/jpeg": "JPEG"}
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
PPTX = "application/vnd.openxmlformats-officedocument.presentationml.presentation"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
ODT = "application/vnd.oasis.opendocument.text"
# Handouts as trainers and editors write them.
OFFICE = {DOCX: "DOCX", PPTX: "PPTX", XLSX: "XLSX", ODT: "ODT"}
# Names of kinds a refused file may turn out to be, for the error sentence.
KNOWN_KINDS = {
    **PDF_AND_IMAGES,
    **OFFICE,
    "image/webp": "WebP",
    "video/mp4": "MP4",
    "application/zip": "ZIP",
    "image/gif": "GIF",
    "application/x-msdownload": "EXE",
}

# An office file is a ZIP; its kind is told by the part only that kind has.
OFFICE_MAIN_PARTS = {
    "word/document.xml": DOCX,
    "ppt/presentation.xml": PPTX,
    "xl/workbook.xml": XLSX,
}
# Unpacked, a handout's parts stay far below this; a ZIP bomb does not.
MAX_OFFICE_UNZIPPED = 500 * 1024 * 1024

# Largest image decoded to check it (and later to make its preview): an A1 poster
# at 250 dpi (5,850 × 8,280) fits, and decoding one stays under about 200 MB.
MAX_IMAGE_PIXELS = 50_000_000


class UploadValidator:
    """Refuse a new upload that is bigger than a setting's megabytes or of a kind
    not in `allowed`; files already stored pass (a form re-saving them).

    The limit is read at each call, so `MATERIAL_MAX_UPLOAD_MB`-style settings
    can change without restarting forms.
    """

    def __init__(self, *, allowed: dict[str, str], max_mb_setting: str):
        self.allowed = allowed
        self.max_mb_setting = max_mb_setting

    def __call__(self, upload) -> None:
        if not isinstance(upload, UploadedFile):
            return
        self._check_size(upload)
        kind = self._check_kind(upload)
        self._check_opens(upload, kind)

    def _check_size(self, upload) -> None:
        limit = getattr(settings, self.max_mb_setting) * 1024 * 1024
        if upload.size > limit:
            raise ValidationError(
                _("This file is %(size)s; the limit is %(limit)s.")
                % {"size": filesizeformat(upload.size), "limit": filesizeformat(limit)},
                code="file_too_big",
            )

    def _check_kind(self, upload) -> str:
        head = upload.read(2048)
        upload.seek(0)
        guess = filetype.guess(head)
        kind = guess.mime if guess else None
        if head.startswith(b"PK\x03\x04"):  # office files are ZIPs: look inside
            kind = _office_kind(upload) or "application/zip"
        if kind not in self.allowed:
            raise ValidationError(_refusal(kind, self.allowed), code="file_kind")
        return kind

    def _check_opens(self, upload, kind: str) -> None:
        """The right magic bytes before a broken body would pass the kind check,
        be saved and published, and fail later in the preview task."""
        opens = CONTENT_CHECKS.get(kind)
        if opens is None:
            return
        try:
            opens(upload)
        except ValidationError:
            raise
        except Exception as error:  # each parser raises its own exceptions
            raise ValidationError(
                _(
                    "This %(kind)s file is damaged or incomplete and cannot be "
                    "opened. Save or export it again, then upload the new file."
                )
                % {"kind": self.allowed[kind]},
                code="file_broken",
            ) from error
        finally:
            upload.seek(0)


def _pdf_opens(upload) -> None:
    """PDFium (which renders the preview) loads the document and its first page."""
    import pypdfium2  # here, not at start-up: only an upload needs it

    with pypdfium2.PdfDocument(upload.file) as pdf:
        pdf[0].close()  # IndexError for a document without pages


def _image_opens(upload) -> None:
    """Pillow checks the file's structure, then decodes every pixel: a truncated
    image fails here, not later in the preview. Too many pixels are refused before
    decoding (a few bytes can declare gigapixels)."""
    try:
        with Image.open(upload) as image:
            width, height = image.size
            if width * height > MAX_IMAGE_PIXELS:
                raise Image.DecompressionBombError
            image.verify()
        upload.seek(0)
        with Image.open(upload) as image:
            image.load()
    except Image.DecompressionBombError:  # Pillow's own, higher limit: same answer
        raise ValidationError(
            _(
                "This image has more than %(limit)s megapixels. Make it smaller, "
                "then upload it again."
            )
            % {"limit": MAX_IMAGE_PIXELS // 10**6},
            code="image_too_big",
        ) from None


def _mp4_boxes_hold(upload) -> None:
    """The file is a chain of ISO boxes (size, type) that ends exactly at its end
    and holds the movie header ("moov"); garbage after a valid "ftyp" breaks the
    chain. Only the box headers are read, whatever the video's size."""
    end, position, types = upload.size, 0, set()
    while position < end:
        upload.seek(position)
        size, kind = struct.unpack(">I4s", upload.read(8))
        if size == 1:  # 64-bit size follows
            (size,) = struct.unpack(">Q", upload.read(8))
        elif size == 0:  # the last box runs to the end of the file
            size = end - position
        if size < 8 or position + size > end or not kind.isalnum():
            raise ValueError(f"bad box {kind!r} of {size} bytes at {position}")
        types.add(kind)
        position += size
    if b"moov" not in types:
        raise ValueError("no movie header")


def _refusal(kind: str | None, allowed: dict[str, str]) -> str:
    """What a refused file is, by name ("DOCX", "ZIP"), never a MIME type."""
    values = {"found": KNOWN_KINDS.get(kind), "allowed": ", ".join(allowed.values())}
    if values["found"]:
        return (
            _(
                "This is a %(found)s file (by its content, whatever its name); "
                "allowed here are %(allowed)s."
            )
            % values
        )
    return (
        _(
            "This file is not one of the kinds allowed here (%(allowed)s), "
            "whatever its name. Save it as one of them, then upload it again."
        )
        % values
    )


def _office_kind(upload) -> str | None:
    """DOCX, PPTX, XLSX or ODT by the parts in the ZIP, or None."""
    try:
        with zipfile.ZipFile(upload.file) as archive:
            names = set(archive.namelist())
            if "mimetype" in names and archive.read("mimetype").strip() == ODT.encode():
                return ODT
            if "[Content_Types].xml" in names:
                for part, kind in OFFICE_MAIN_PARTS.items():
                    if part in names:
                        return kind
    except (zipfile.BadZipFile, OSError, KeyError):
        return None
    finally:
        upload.seek(0)
    return None


def _office_opens(upload) -> None:
    """Every part's compressed data is whole (CRC checked) and the main part is
    XML, without unpacking more than MAX_OFFICE_UNZIPPED."""
    with zipfile.ZipFile(upload.file) as archive:
        members = archive.infolist()
        if sum(member.file_size for member in members) > MAX_OFFICE_UNZIPPED:
            raise ValueError("unpacks to too much")
        if archive.testzip() is not None:
            raise ValueError("a damaged part")
        names = {member.filename for member in members}
        main = next(
            (p for p in (*OFFICE_MAIN_PARTS, "content.xml") if p in names), None
        )
        if main is None:
            raise ValueError("no main part")
        if not archive.read(main).lstrip().startswith(b"<"):
            raise ValueError("main part is not XML")


# Content checks by kind (kinds without one, none today, pass on their magic bytes).
CONTENT_CHECKS = {
    "application/pdf": _pdf_opens,
    "image/png": _image_opens,
    "image/jpeg": _image_opens,
    "image/webp": _image_opens,
    "video/mp4": _mp4_boxes_hold,
    **dict.fromkeys(OFFICE, _office_opens),
}
