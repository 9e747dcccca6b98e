"""Import reference data by code: the Resources of siteconf.import_kinds."""

from siteconf.import_kinds import REFERENCE_KINDS
from siteconf.resources import FenerResult


def reference_import(
    kind: str, data: bytes, *, filename: str, dry_run: bool = False, user=None
) -> FenerResult:
    """Create or update rows by `code` (columns `code,name` plus each list's own)."""
    resource = REFERENCE_KINDS[kind].resource()
    return resource.import_file(data, filename=filename, dry_run=dry_run, user=user)
