"""Shared fixtures. REQUIRE_SERVICES=1 (CI) turns missing services into failures."""

import os
import subprocess
import sys
import uuid
from pathlib import Path

import pytest
from django.conf import settings
from django.db import connection

REQUIRE_SERVICES = os.environ.get("REQUIRE_SERVICES") == "1"
ROOT = Path(__file__).resolve().parents[1]


def service_missing(reason: str):
    """Fail in CI, where every service must be there; skip on a laptop."""
    if REQUIRE_SERVICES:
        pytest.fail(f"{reason} (REQUIRE_SERVICES=1)")
    pytest.skip(reason)


@pytest.fixture(autouse=True)
def _media_storage(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"


@pytest.fixture
def postgres(db):
    """The test database, which must be PostgreSQL."""
    if connection.vendor != "postgresql":
        service_missing("needs DATABASE_URL pointing at PostgreSQL")
    return connection


@pytest.fixture
def home_page(db):
    """The demo page tree (home + campaign index in sq, en, sr) as the default site."""
    from campaigns.demo import build_pages

    return build_pages()


@pytest.fixture
def roles(db):
    from siteconf.roles import roles_sync

    return roles_sync()


@pytest.fixture
def make_user(db, roles, django_user_model):
    """Create a user in a role (or a superuser with role=None)."""

    def make(username: str, role: str | None = None, **extra):
        user = django_user_model.objects.create_user(
            username=username, password="pass", is_superuser=role is None, **extra
        )
        if role:
            user.groups.add(roles[role])
        return user

    return make


# --- Browser tests (Playwright driving Debian's chromium; see shared/stack-probe.md) ---
# Playwright's sync API runs an event loop in the test thread for the whole session;
# the ORM must be allowed there (subprocess tests drop the variable again).
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    chromium = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
    if not os.path.exists(chromium):
        service_missing(f"needs Chromium at {chromium} (apt-get install chromium)")
    return {
        **browser_type_launch_args,
        "executable_path": chromium,
        "args": [
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
        ],
    }


def ensure_wagtail_roots() -> None:
    """Recreate Wagtail's root page and root collection if a flush removed them.

    Transactional (live_server) tests flush every table, and with `--reuse-db`
    the next run would start without the rows Wagtail's migrations created.
    """
    from wagtail.models import Collection, Locale, Page

    Locale.objects.get_or_create(language_code=settings.LANGUAGE_CODE)
    if Page.get_first_root_node() is None:
        Page.add_root(instance=Page(title="Root", slug="root"))
    if Collection.get_first_root_node() is None:
        Collection.add_root(name="Root")


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        ensure_wagtail_roots()


@pytest.fixture
def live_home_page(transactional_db):
    """The demo page tree for live_server tests (their flush wipes Wagtail's roots)."""
    from campaigns.demo import build_pages

    ensure_wagtail_roots()
    return build_pages()


# --- A real Celery worker on Redis (tests marked `services`) ---


def test_database_url() -> str:
    """DATABASE_URL of the test database, for a worker process that must see its rows.

    Only committed rows are visible there: use `django_db(transaction=True)`.
    """
    db = connection.settings_dict
    if connection.vendor == "sqlite":
        assert db["NAME"] != ":memory:", "a worker cannot open an in-memory database"
        return f"sqlite:///{db['NAME']}"
    if connection.vendor != "postgresql":
        pytest.fail(f"no worker URL for {connection.vendor}")
    password = f":{db['PASSWORD']}" if db.get("PASSWORD") else ""
    host = db.get("HOST") or "localhost"
    return f"postgres://{db['USER']}{password}@{host}:{db.get('PORT') or 5432}/{db['NAME']}"


test_database_url.__test__ = False  # a helper, not a test


@pytest.fixture
def celery_worker_on_redis():
    """Start a solo worker on a private queue and send this process's tasks there.

    Yields `start(**env)`, which starts the worker with extra environment
    (e.g. the test database's DATABASE_URL) and returns its queue name.
    """
    from siteconf.celery import app

    broker = os.environ.get("CELERY_BROKER_URL", "")
    if not broker.startswith("redis://"):
        service_missing("needs CELERY_BROKER_URL=redis://...")
    keys = ("task_always_eager", "broker_url", "result_backend", "task_default_queue")
    saved = {k: app.conf[k] for k in keys}
    workers = []

    def start(**env: str) -> str:
        queue = f"fener-test-{uuid.uuid4().hex[:8]}"
        env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "tests.settings",
            "CELERY_RESULT_BACKEND": broker,
            **env,
        }
        command = [sys.executable, "-m", "celery", "-A", "siteconf", "worker"]
        command += ["--pool=solo", "-Q", queue, "--without-gossip", "--without-mingle"]
        workers.append(subprocess.Popen([*command, "-l", "warning"], cwd=ROOT, env=env))
        app.conf.update(
            task_always_eager=False,
            broker_url=broker,
            result_backend=broker,
            task_default_queue=queue,
        )
        return queue

    try:
        yield start
    finally:
        app.conf.update(saved)
        for worker in workers:
            worker.terminate()
            worker.wait(timeout=30)
