"""Time the participants import on 20,000 generated rows, on the configured database.

Uses a throw-away test database (`test_<name>`) on the DATABASE_URL server, so
it never touches real data. Prints rows per second for a first import (creates
trainees and attendance), a re-import (updates only) and a dry run.
"""

import csv
import io
import os
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "siteconf.settings")
os.environ.setdefault("SECRET_KEY", "bench-only-not-secret")

import django  # noqa: E402

django.setup()

from django.db import connection  # noqa: E402

# BENCH_ROWS=2000 for a quick run.
ROWS = int(os.environ.get("BENCH_ROWS", "20000"))
SESSIONS = 200


def build_reference():
    from trainings.models import Agency, Profession, TrainingSession

    Agency.objects.bulk_create(
        Agency(code=f"AG{i}", name=f"Agency {i}") for i in range(30)
    )
    Profession.objects.bulk_create(
        Profession(code=f"PR{i}", name=f"Profession {i}") for i in range(40)
    )
    TrainingSession.objects.bulk_create(
        TrainingSession(
            ref=f"B-{i:04}",
            title="Bench session",
            start_date="2022-01-01",
            end_date="2022-01-02",
        )
        for i in range(SESSIONS)
    )


def generate_csv(rng: random.Random) -> bytes:
    """About 90% named rows (people attend up to a few sessions), 10% head-counts."""
    first = "Ardian Besa Dritan Elira Gëzim Jonida Милош Јелена Марко Teuta".split()
    last = "Hoxha Krasniqi Çela Петровић Јовановић Leka Shala Gashi".split()
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(
        [
            "session_ref",
            "full_name",
            "gender",
            "profession",
            "agency",
            "count",
            "pre_score",
            "post_score",
        ]
    )
    seen = set()
    while len(seen) < ROWS:
        session = f"B-{rng.randrange(SESSIONS):04}"
        agency, profession = f"AG{rng.randrange(30)}", f"PR{rng.randrange(40)}"
        gender = rng.choice("FM")
        if rng.random() < 0.9:
            name = f"{rng.choice(first)} {rng.choice(last)} {rng.randrange(3000)}"
            key = (session, name, agency)
            row = [
                session,
                name,
                gender,
                profession,
                agency,
                "",
                rng.randint(30, 70),
                rng.randint(60, 100),
            ]
        else:
            key = (session, profession, agency, gender)
            row = [session, "", gender, profession, agency, rng.randint(2, 30), "", ""]
        if key not in seen:
            seen.add(key)
            writer.writerow(row)
    return out.getvalue().encode()


def rescored(data: bytes) -> bytes:
    """The same rows with every score and count moved, to time updates."""
    rows = list(csv.reader(io.StringIO(data.decode())))
    for row in rows[1:]:
        for i in (5, 6, 7):
            if row[i]:
                row[i] = str(int(row[i]) - 1)
    out = io.StringIO()
    csv.writer(out).writerows(rows)
    return out.getvalue().encode()


def timed(label: str, func) -> None:
    start = time.perf_counter()
    result = func()
    elapsed = time.perf_counter() - start
    assert result.ok, result.errors[:5]
    print(  # noqa: T201
        f"{label:<28} {ROWS} rows in {elapsed:6.2f} s = {ROWS / elapsed:8.0f} rows/s "
        f"(created {result.created}, updated {result.updated})"
    )


def main() -> None:
    from trainings.imports import participants_import

    vendor = connection.vendor
    test_db = connection.creation.create_test_db(verbosity=0, autoclobber=True)
    try:
        build_reference()
        data = generate_csv(random.Random(42))
        print(f"database: {vendor} ({test_db}); file: {len(data) / 1e6:.1f} MB CSV")  # noqa: T201
        timed(
            "dry run (check only)",
            lambda: participants_import(data, filename="b.csv", dry_run=True),
        )
        timed("first import", lambda: participants_import(data, filename="b.csv"))
        timed("re-import, same file", lambda: participants_import(data, filename="b"))
        changed = rescored(data)
        timed(
            "re-import, all rescored",
            lambda: participants_import(changed, filename="b"),
        )
    finally:
        connection.creation.destroy_test_db(test_db, verbosity=0)


if __name__ == "__main__":
    main()
