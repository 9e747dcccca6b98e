"""The trainer's session editor with 50 named people: HTML size, time, queries.

Issue 17's goal: at most 150 KB and 1 s with the real reference lists (143
institutions, 55 professions). Runs against a throwaway SQLite database unless
DATABASE_URL is set (point it at an empty PostgreSQL database for production-like
figures). Prints one line per size: `session editor, N people: X KB, Y ms, Q queries`.
"""

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("DEBUG", "true")
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "siteconf.settings")
os.environ.setdefault(
    "DATABASE_URL", f"sqlite:///{tempfile.mkdtemp()}/bench-editor.sqlite3"
)

import django  # noqa: E402

django.setup()

from django.core.management import call_command  # noqa: E402

RUNS = 7


def main() -> None:
    from django.conf import settings
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext, setup_test_environment

    from bench.session_world import session_with_people
    from trainings.demo import build_reference

    settings.ALLOWED_HOSTS = ["*"]
    setup_test_environment()
    call_command("migrate", verbosity=0)
    build_reference()
    for people in (22, 50):
        session, trainer = session_with_people(people, username=f"bench{people}")
        client = Client()
        client.force_login(trainer)
        url = f"/admin/trainings/sessions/edit/{session.pk}/"
        client.get(url)  # warm the template and translation caches
        times = []
        for _ in range(RUNS):
            start = time.perf_counter()
            with CaptureQueriesContext(connection) as queries:
                response = client.get(url)
            times.append((time.perf_counter() - start) * 1000)
            assert response.status_code == 200, response.status_code
        print(  # noqa: T201
            f"session editor, {people} people: {len(response.content) / 1024:.0f} KB, "
            f"{statistics.median(times):.0f} ms, {len(queries)} queries"
        )


if __name__ == "__main__":
    main()
