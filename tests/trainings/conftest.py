"""Reference data the sample files in tests/data/ refer to."""

import json
from pathlib import Path

import pytest

from tests import factories

DATA = Path(__file__).resolve().parent.parent / "data"


@pytest.fixture
def reference(db, make_user):
    """Agencies, professions, regions, modules, a plan and two trainers."""
    for code in ("GDSP", "MES", "OSCE", "IOM", "AMA", "UNICEF"):
        factories.AgencyFactory(code=code)
    factories.ProfessionFactory(code="POL", name="Police officers")
    factories.ProfessionFactory(code="TEACH", name="Teachers")
    factories.RegionFactory(code="TR", name="Tirana")
    factories.RegionFactory(code="SH", name="Shkodër")
    factories.ModuleFactory(code="MOD-ID")
    factories.ModuleFactory(code="MOD-REF", title="Referral")
    plan = factories.PlanFactory(code="AL-NAP")
    for code in ("1.1.5", "3.1.13"):
        factories.PlanNodeFactory(plan=plan, code=code)
    return {
        "trainer": make_user("trainer", "Trainer"),
        "trainer2": make_user("trainer2", "Trainer"),
    }


def data_file(name: str) -> tuple[bytes, str]:
    path = DATA / name
    return path.read_bytes(), path.name


# Browser tests (pytest-playwright driving Debian's chromium; see stack-probe.md).


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_setup(item):
    """Keep a copy of a browser test's database, which the live server's flush
    will empty (tests/conftest.py allows the ORM under Playwright's event loop)."""
    yield
    if item.get_closest_marker("browser"):
        from django.db import connection

        with _db_unblocked(item):
            item.stash[_SAVED_DB] = connection.creation.serialize_db_to_string()


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_teardown(item):
    """After the live server's flush, put back what the migrations had created.

    The flush runs last in teardown, so a fixture cannot do this; without it the
    next run (with --reuse-db) finds no Wagtail root page, locale or collection.
    """
    yield
    if not item.get_closest_marker("browser"):
        return
    from django.contrib.contenttypes.models import ContentType
    from django.db import connection
    from wagtail.models import Page

    saved = item.stash.get(_SAVED_DB, None)
    with _db_unblocked(item):
        # A test skipped before its live server started left the data alone.
        flushed = not Page.objects.filter(depth=1).exists()
    if saved and flushed:
        with _db_unblocked(item):
            # The flush's post_migrate made new content types (and their
            # permissions) with other ids: make way for the saved ones.
            ContentType.objects.all().delete()
            ContentType.objects.clear_cache()
            connection.creation.deserialize_db_from_string(_types_first(saved))


_SAVED_DB = pytest.StashKey[str]()


def _types_first(saved: str) -> str:
    """Content types before the rows that point at them: loading a row can look
    its type up (Wagtail's signal handlers do), which would create it early."""
    rows = json.loads(saved)
    rows.sort(key=lambda row: row["model"] != "contenttypes.contenttype")
    return json.dumps(rows)


def _db_unblocked(item):
    from pytest_django.plugin import blocking_manager_key

    return item.config.stash[blocking_manager_key].unblock()
