"""One check for every upload: its size, and its kind read from its content."""

import filetype
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _

# Kinds by MIME type (as read from the magic bytes, not the file's name) → label.
PDF_AND_IMAGES = {"application/pdf": "PDF", "image/png": "PNG", "image/jpeg": "JPEG"}


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
        limit = getattr(settings, self.max_mb_setting) * 1024 * 1024
        if upload.size > limit:
            raise ValidationError(
                _("This file is %(size)s; the limit is %(limit)s.")
                % {"size": filesizeformat(upload.size), "limit": filesizeformat(limit)},
                code="file_too_big",
            )
        head = upload.read(2048)
        upload.seek(0)
        kind = filetype.guess(head)
        if kind is None or kind.mime not in self.allowed:
            raise ValidationError(
                _("This file's content is %(found)s; allowed are %(allowed)s.")
                % {
                    "found": kind.mime if kind else _("unknown"),
                    "allowed": ", ".join(self.allowed.values()),
                },
                code="file_kind",
            )
