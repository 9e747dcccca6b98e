"""Private files: kept outside MEDIA_ROOT, reachable only through views that check
who asks (sign-in sheet scans, agendas, certificates, reports, library documents)."""

import filecmp

from django.core.files.storage import FileSystemStorage, storages
from django.core.signals import setting_changed
from django.dispatch import receiver
from django.utils.functional import LazyObject, empty
from django.views.decorators.cache import cache_control


class PrivateFileSystemStorage(FileSystemStorage):
    """A folder the web server never serves, so its files have no URL: a page must
    link to the view that checks permissions (Wagtail's serve view expects this
    NotImplementedError from storages without URLs)."""

    def url(self, name):
        raise NotImplementedError(
            "Private files are served by permission-checked views."
        )


# The decorator of every view answering with a private file or personal data
# (sign-in sheets, certificates, scans, reports, library documents, a certificate's
# verification page): no browser or proxy cache keeps a copy, which would outlive
# an erasure or a partner's access. Wagtail's admin URLs are `never_cache` already.
private_no_store = cache_control(private=True, no_store=True)


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


def private_file_fields() -> list:
    """Every model field storing its files here (see `private_storage`)."""
    from django.apps import apps

    return [
        field
        for model in apps.get_models()
        for field in model._meta.get_fields()
        if getattr(field, "storage", None) is private_media
    ]


def private_files_move() -> dict[str, int]:
    """Move the files of private fields from MEDIA_ROOT to private storage, under
    the same names (installations from before private storage); idempotent.

    A name private storage already holds with other content (two files, one name:
    which row meant which cannot be told) is left in place and counted as a conflict.
    """
    public = storages["default"]
    counts = {"moved": 0, "not_public": 0, "conflicts": 0}
    for field in private_file_fields():
        names = field.model._default_manager.exclude(**{field.name: ""})
        for name in names.values_list(field.name, flat=True).iterator():
            if not public.exists(name):
                counts["not_public"] += 1
                continue
            if not private_media.exists(name):
                with public.open(name) as content:
                    private_media.save(name, content)
            elif not _same_content(public.path(name), private_media.path(name)):
                counts["conflicts"] += 1
                continue
            public.delete(name)
            counts["moved"] += 1
    return counts


def _same_content(path: str, other: str) -> bool:
    return filecmp.cmp(path, other, shallow=False)
