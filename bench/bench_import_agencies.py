"""Time a reference list through the Resource import screens' path: 5,000 agencies.

What the admin does for *Import lists → Institutions*: keep the upload, preview it
(a dry run), confirm it (the import), then the same again for a re-import of the
same rows changed (updates). Prints time and queries for each step, on a throw-away
test database of the DATABASE_URL server.
"""

import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "siteconf.settings")
os.environ.setdefault("SECRET_KEY", "bench-only-not-secret")

import django  # noqa: E402

django.setup()

from django.db import connection  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402

ROWS = 5_000


def agencies_csv(suffix: str = "") -> bytes:
    """Ministries first, then units below them (by code), some with aliases."""
    lines = ["code,name,kind,country,parent,aliases"]
    for i in range(ROWS):
        parent = f"AG{i // 50:04}" if i >= 100 else ""
        aliases = f"A{i};B{i}" if i % 7 == 0 else ""
        kind = ("state", "ngo", "io", "donor")[i % 4]
        lines.append(f'AG{i:04},Agency {i}{suffix},{kind},AL,{parent},"{aliases}"')
    return ("\n".join(lines) + "\n").encode()


def timed(label: str, func):
    with CaptureQueriesContext(connection) as queries:
        start = time.perf_counter()
        result = func()
        elapsed = time.perf_counter() - start
    assert result.ok, result.errors.report()[:5]
    print(  # noqa: T201
        f"{label:<22} {ROWS} rows in {elapsed:5.2f} s, {len(queries):3} queries "
        f"(new {result.created}, updated {result.updated}, "
        f"unchanged {result.unchanged})"
    )


def preview_and_confirm(user, data: bytes, label: str) -> None:
    from siteconf.import_kinds import REFERENCE_KINDS
    from siteconf.import_uploads import (
        import_upload_delete,
        import_upload_get,
        import_upload_keep,
    )

    token = import_upload_keep(user=user, kind="agencies", filename="a.csv", data=data)

    def run(dry_run: bool):
        kept = import_upload_get(user=user, kind="agencies", token=token)
        resource = REFERENCE_KINDS["agencies"].resource()
        return resource.import_file(
            kept.data, filename=kept.filename, dry_run=dry_run, user=user
        )

    timed(f"{label}: preview", lambda: run(True))
    timed(f"{label}: confirm", lambda: run(False))
    import_upload_delete(token)


def main() -> None:
    from siteconf.models import User

    vendor = connection.vendor
    test_db = connection.creation.create_test_db(verbosity=0, autoclobber=True)
    try:
        user = User.objects.create(username="bench")
        print(f"database: {vendor} ({test_db})")  # noqa: T201
        preview_and_confirm(user, agencies_csv(), "first import")
        preview_and_confirm(user, agencies_csv(" (renamed)"), "re-import")
    finally:
        connection.creation.destroy_test_db(test_db, verbosity=0)


if __name__ == "__main__":
    main()
