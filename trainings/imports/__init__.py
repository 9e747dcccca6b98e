"""Training imports: sessions and attendance checked and written set-based, run by
their Resources (trainings.resources) inside django-import-export, and the
reference lists' Resources. The functions below are the Resources' entry point
under the names the commands and screens have always used.
"""


def sessions_import(data: bytes, *, filename: str, dry_run: bool = False, user=None):
    """Create or update sessions by `ref` (SessionResource)."""
    from ..resources import SessionResource  # the Resources import this package

    return SessionResource().import_file(
        data, filename=filename, dry_run=dry_run, user=user
    )


def participants_import(
    data: bytes, *, filename: str, dry_run: bool = False, user=None
):
    """Add or update attendance rows of existing sessions (ParticipantResource)."""
    from ..resources import ParticipantResource

    return ParticipantResource().import_file(
        data, filename=filename, dry_run=dry_run, user=user
    )


def reference_import(
    kind: str, data: bytes, *, filename: str, dry_run: bool = False, user=None
):
    """Create or update a reference list's rows by `code` (siteconf.import_kinds)."""
    from siteconf.import_kinds import REFERENCE_KINDS

    resource = REFERENCE_KINDS[kind].resource()
    return resource.import_file(data, filename=filename, dry_run=dry_run, user=user)
