"""Private files: kept outside MEDIA_ROOT, reachable only through views that check
who asks (sign-in sheet scans, agendas, certificates, reports, library documents)."""

import filecmp

from django.core.files.storage import FileSystemStorage, storages
from django.core.signals import setting_changed
from django.dispatch import receiver
from django.utils.functional import LazyObject, empty

# Model fields holding private files, as (app_label.Model, field): what
# `move_private_files` moves out of MEDIA_ROOT.
PRIVATE_FILE_FIELDS = [
    ("trainings.TrainingSession", "agenda"),
    ("trainings.TrainingSession", "signin_sheet_scan"),
    ("trainings.Certificate", "pdf"),
    ("trainings.ReportJob", "file"),
    ("materials.Material", "file"),
]


class PrivateFileSystemStorage(FileSystemStorage):
    """A folder the web server never serves, so its files have no URL: a page must
    link to the view that checks permissions (Wagtail's serve view expects this
    NotImplementedError from storages without URLs)."""

    def url(self, name):
        raise NotImplementedError(
            "Private files are served by permission-checked views."
        )


class _PrivateStorage(LazyObject):
    """`storages["private"]`, looked up again after a settings override (tests)."""

    def _setup(self):
        self._wrapped = storages["private"]


private_media = _PrivateStorage()


def private_storage():
    """The `storage=` of private file fields: a callable, so migrations name this
    function rather than a folder, and the folder follows `STORAGES`."""
    return private_media


@receiver(setting_changed)
def _private_storage_reset(*, setting, **kwargs):
    if setting == "STORAGES":
        private_media._wrapped = empty


def private_files_move() -> dict[str, int]:
    """Move the files of PRIVATE_FILE_FIELDS from MEDIA_ROOT to their private storage,
    under the same names (installations from before private storage); idempotent.

    A name private storage already holds with other content (two files, one name:
    which row meant which cannot be told) is left in place and counted as a conflict.
    """
    from django.apps import apps

    public = storages["default"]
    counts = {"moved": 0, "not_public": 0, "conflicts": 0}
    for label, field_name in PRIVATE_FILE_FIELDS:
        model = apps.get_model(label)
        private = model._meta.get_field(field_name).storage
        names = model.objects.exclude(**{field_name: ""}).values_list(
            field_name, flat=True
        )
        for name in names.iterator():
            if not public.exists(name):
                counts["not_public"] += 1
                continue
            if not private.exists(name):
                with public.open(name) as content:
                    private.save(name, content)
            elif not filecmp.cmp(public.path(name), private.path(name), shallow=False):
                counts["conflicts"] += 1
                continue
            public.delete(name)
            counts["moved"] += 1
    return counts
