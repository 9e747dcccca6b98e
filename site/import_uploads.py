"""Uploaded import files kept between preview and confirm, so nobody uploads twice.

A file goes to private storage (no URL) as `imports/<token>.<ext>`, beside a small
JSON note of who uploaded it, for which import and under which name. The token is
random and bound to the user and the kind: someone else's token, or a guessed one,
finds nothing. A confirmed import deletes its file; files older than
IMPORT_UPLOAD_MAX_AGE are deleted at the next upload and by a nightly task.
"""

import datetime
import json
import secrets
from dataclasses import dataclass
from pathlib import PurePosixPath

from django.core.files.base import ContentFile
from django.utils import timezone

from .storage import private_media

FOLDER = "imports"
MAX_AGE = datetime.timedelta(days=1)


@dataclass(frozen=True)
class KeptUpload:
    token: str
    filename: str
    data: bytes


def import_upload_keep(*, user, kind: str, filename: str, data: bytes) -> str:
    """Store the file for `user`'s import of `kind`; return its token."""
    import_uploads_purge()
    token = secrets.token_urlsafe(24)
    note = {"user": user.pk, "kind": kind, "filename": PurePosixPath(filename).name}
    private_media.save(_note_name(token), ContentFile(json.dumps(note).encode()))
    private_media.save(_data_name(token), ContentFile(data))
    return token


def import_upload_get(*, user, kind: str, token: str) -> KeptUpload | None:
    """The file behind `token`, if it is `user`'s upload for `kind`; else None."""
    if not token.replace("-", "").replace("_", "").isalnum():
        return None
    try:
        with private_media.open(_note_name(token)) as handle:
            note = json.loads(handle.read())
        with private_media.open(_data_name(token)) as handle:
            data = handle.read()
    except (FileNotFoundError, ValueError):
        return None
    if note.get("user") != user.pk or note.get("kind") != kind:
        return None
    return KeptUpload(token=token, filename=note["filename"], data=data)


def import_upload_delete(token: str) -> None:
    for name in (_note_name(token), _data_name(token)):
        private_media.delete(name)


def import_uploads_purge(*, max_age: datetime.timedelta = MAX_AGE) -> int:
    """Delete kept uploads older than `max_age` (never confirmed); return how many."""
    try:
        _folders, names = private_media.listdir(FOLDER)
    except FileNotFoundError:
        return 0
    oldest = timezone.now() - max_age
    purged = 0
    for name in names:
        path = f"{FOLDER}/{name}"
        if private_media.get_modified_time(path) < oldest:
            private_media.delete(path)
            purged += name.endswith(".json")
    return purged


def _note_name(token: str) -> str:
    return f"{FOLDER}/{token}.json"


def _data_name(token: str) -> str:
    return f"{FOLDER}/{token}.data"
