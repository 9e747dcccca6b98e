"""Download tracking at scale: 100,000 downloads, then the admin counts and a partner page.

Runs against a throwaway SQLite database unless DATABASE_URL is set (point it at an
empty PostgreSQL database to measure production-like figures).
"""

import time

from throwaway import django_setup  # noqa: E402

django_setup("downloads")

from django.core.files.base import ContentFile  # noqa: E402
from django.core.management import call_command  # noqa: E402

DOWNLOADS = 100_000
FILES = 300
ORGANISATIONS = 40


def timed(label: str, fn) -> None:
    start = time.perf_counter()
    result = fn()
    print(f"{label:<48} {time.perf_counter() - start:8.3f} s  ({result})")  # noqa: T201


def main() -> None:
    from materials.models import Material, MaterialDownload
    from materials.selectors import (
        download_list_for_organisation,
        material_download_counts,
        organisation_download_counts,
    )
    from trainings.models import Agency

    call_command("migrate", verbosity=0)
    agencies = Agency.objects.bulk_create(
        Agency(code=f"B{n}", name=f"Bench org {n}") for n in range(ORGANISATIONS)
    )
    materials = []
    for n in range(FILES):
        material = Material(title=f"Bench material {n}", file_hash=f"{n:040d}")
        material.file.save(f"m{n}.pdf", ContentFile(b"%PDF-1.4"), save=False)
        materials.append(material)
    Material.objects.bulk_create(materials)
    materials = list(Material.objects.all())
    timed(
        f"insert {DOWNLOADS:,} downloads (bulk)",
        lambda: len(
            MaterialDownload.objects.bulk_create(
                (
                    MaterialDownload(
                        material=materials[n % FILES],
                        organisation=agencies[n % ORGANISATIONS] if n % 3 else None,
                    )
                    for n in range(DOWNLOADS)
                ),
                batch_size=5000,
            )
        ),
    )
    timed(
        "admin: counts per file (first 200)",
        lambda: len(material_download_counts()[:200]),
    )
    timed("admin: counts per organisation", lambda: len(organisation_download_counts()))
    timed(
        "partner page: one organisation's downloads",
        lambda: len(download_list_for_organisation(organisation=agencies[1])),
    )


if __name__ == "__main__":
    main()
