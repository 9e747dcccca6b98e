"""Django for a benchmark: a throwaway SQLite database and media folder, unless
DATABASE_URL / MEDIA_ROOT say otherwise (an empty PostgreSQL database gives
production-like figures)."""

import os
import sys
import tempfile
from pathlib import Path


def django_setup(name: str) -> None:
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    os.environ.setdefault("DEBUG", "true")
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "siteconf.settings")
    os.environ.setdefault(
        "DATABASE_URL", f"sqlite:///{tempfile.mkdtemp()}/bench-{name}.sqlite3"
    )
    os.environ.setdefault("MEDIA_ROOT", tempfile.mkdtemp())

    import django

    django.setup()
