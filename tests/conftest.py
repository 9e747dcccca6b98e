"""Shared fixtures. REQUIRE_SERVICES=1 (CI) turns missing services into failures."""

import os
import subprocess
import sys
import uuid
from pathlib import Path

import pytest
from django.conf import settings
from django.db import connection

from tests.seeded_demo import SeededDemo

REQUIRE_SERVICES = os.environ.get("REQUIRE_SERVICES") == "1"
ROOT = Path(__file__).resolve().parents[1]


def service_missing(reason: str):
    """Fail in CI, where every service must be there; skip on a laptop."""
    if REQUIRE_SERVICES:
        pytest.fail(f"{reason} (REQUIRE_SERVICES=1)")
    pytest.skip(reason)


@pytest.fixture(autouse=True)
def _media_storage(settings, tmp_path):
    """Public and private files in the test's own temporary folders."""
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.PRIVATE_MEDIA_ROOT = tmp_path / "private-media"
    private = {
        **settings.STORAGES["private"],
        "OPTIONS": {"location": settings.PRIVATE_MEDIA_ROOT},
    }
    settings.STORAGES = {**settings.STORAGES, "private": private}


@pytest.fixture
def stored_privately(settings):
    """Whether a stored file's name is in PRIVATE_MEDIA_ROOT and not in MEDIA_ROOT
    (which a web server may serve to anyone)."""

    def check(name: str) -> bool:
        private = Path(settings.PRIVATE_MEDIA_ROOT) / name
        return private.is_file() and not (Path(settings.MEDIA_ROOT) / name).exists()

    return check


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
def language_restored():
    """Puts back the active language a request in the test switched to.

    LocaleMiddleware leaves the last request's language active in the thread, so
    a test asking in English would make the next test's texts English.
    """
    from django.utils import translation

    language = translation.get_language()
    yield
    translation.activate(language)


@pytest.fixture
def roles(db):
    from siteconf.roles import roles_sync

    return roles_sync()


@pytest.fixture
def editor_client(client, make_user, home_page):
    """A campaign editor signed in, with content rights on every language's pages."""
    from siteconf.roles import roles_grant_content

    roles_grant_content(home_page=home_page)
    client.force_login(make_user("editor", "Campaign editor"))
    return client


@pytest.fixture
def make_user(db, roles, django_user_model):
    """Create a user in a role (or a superuser with role=None), reading the admin
    in `admin_language` if given."""

    def make(
        username: str, role: str | None = None, *, admin_language: str = "", **extra
    ):
        user = django_user_model.objects.create_user(
            username=username, password="pass", is_superuser=role is None, **extra
        )
        if role:
            user.groups.add(roles[role])
        if admin_language:  # the admin speaks Albanian (the site's default) otherwise
            from wagtail.users.models import UserProfile

            profile = UserProfile.get_for_user(user)
            profile.preferred_language = admin_language
            profile.save()
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


def migrated_rows_restore() -> None:
    """Put back the rows data migrations create, if a flush removed them.

    Transactional (live_server, worker) tests end by flushing every table; the
    flush's post_migrate recreates content types and model permissions, but not
    Wagtail's root page, root collection and default locale, nor wagtail-localize's
    "submit_translation" permission (the roles' Translate action).
    """
    from django.contrib.auth.models import Permission
    from django.contrib.contenttypes.models import ContentType
    from wagtail.models import Collection, Locale, Page

    Locale.objects.get_or_create(language_code=settings.LANGUAGE_CODE)
    if Page.get_first_root_node() is None:
        Page.add_root(instance=Page(title="Root", slug="root"))
    if Collection.get_first_root_node() is None:
        Collection.add_root(name="Root")
    translation_type, _ = ContentType.objects.get_or_create(
        app_label="wagtail_localize", model="translation"
    )
    Permission.objects.get_or_create(
        content_type=translation_type,
        codename="submit_translation",
        defaults={"name": "Can submit translations"},
    )


# The one repair after live-server flushes: at the start of the session (a run
# stopped mid-way, with `--reuse-db`, leaves a flushed database behind) and after
# every test that flushed, so each test starts from the migrated database.


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        migrated_rows_restore()


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_teardown(item, nextitem):
    yield  # the flush is the last fixture teardown: repair after it
    from pytest_django.plugin import blocking_manager_key

    if _flushes_database(item):
        with item.config.stash[blocking_manager_key].unblock():
            migrated_rows_restore()
    if DEMO.is_open and not _reads_demo(nextitem):
        with item.config.stash[blocking_manager_key].unblock():
            DEMO.discard()


def _flushes_database(item) -> bool:
    """Whether pytest-django ends this test with a flush (as its own ordering decides)."""
    from pytest_django.plugin import validate_django_db

    marker = item.get_closest_marker("django_db")
    if marker:
        transaction, reset_sequences, *_ = validate_django_db(marker)
        if transaction or reset_sequences:
            return True
    fixtures = set(getattr(item, "fixturenames", ()))
    return bool(fixtures & {"transactional_db", "live_server"})


# --- The demo site, seeded once for the tests that read it (tests/seeded_demo.py) ---

DEMO = SeededDemo()


@pytest.fixture(scope="session")
def _demo_discarded(django_db_setup, django_db_blocker):
    """Rolls the demo back at the end of a run that stopped in the middle of its tests."""
    yield DEMO
    with django_db_blocker.unblock():
        DEMO.discard()


@pytest.fixture
def _demo_seeded(_demo_discarded, django_db_blocker) -> str:
    with django_db_blocker.unblock():
        return DEMO.seed()


@pytest.fixture
def demo(_demo_seeded, db) -> str:
    """seed_demo's site, to read, and what seed_demo printed (the demo passwords).

    Ask for it first, in a test without a django_db mark: the test's `db` savepoint
    must open inside the transaction that holds the demo.
    """
    return _demo_seeded


def _reads_demo(item) -> bool:
    return item is not None and "demo" in getattr(item, "fixturenames", ())


@pytest.hookimpl(trylast=True)  # after pytest-django's own ordering
def pytest_collection_modifyitems(items):
    """The demo's tests run one after the other, and first: one seed serves them
    all. Under xdist (`make test`), the first tests of the run go to the first worker
    in one batch, so they stay together there too (xdist's `loadgroup` would say so
    explicitly, but its groups are lost with pytest 9: it renames `item._nodeid`)."""
    items[:] = [i for i in items if _reads_demo(i)] + [
        i for i in items if not _reads_demo(i)
    ]


@pytest.fixture
def live_home_page(transactional_db):
    """The demo page tree (home + campaign index in sq, en, sr) for live_server tests."""
    from campaigns.demo import build_pages

    return build_pages()


BROWSER_TIMEOUT_MS = 10_000  # fail in seconds rather than Playwright's 30


@pytest.fixture
def page(page):
    page.set_default_timeout(BROWSER_TIMEOUT_MS)
    return page


@pytest.fixture
def other_person(browser):
    """A page in a browser context of its own: another person, not signed in."""
    contexts = []

    def new_page(**context_args):
        contexts.append(browser.new_context(**context_args))
        new = contexts[-1].new_page()
        new.set_default_timeout(BROWSER_TIMEOUT_MS)
        return new

    yield new_page
    for context in contexts:
        context.close()


ARTIFACTS = ROOT / "test-artifacts"  # git-ignored; CI can keep it as an artefact


# Wagtail's admin scrolls inside <main>, which a full-page screenshot misses:
# grow the window to the size of what <main> holds for the picture.
_CONTENT_SIZE = """() => {
    const main = document.querySelector("main") || document.documentElement;
    const box = main.getBoundingClientRect();
    return [Math.max(innerWidth, box.left + main.scrollWidth),
            Math.max(innerHeight, box.top + main.scrollHeight)];
}"""


@pytest.fixture
def screenshot():
    """Save the browser's whole page as test-artifacts/<name>.png."""

    def save(page, name: str) -> Path:
        ARTIFACTS.mkdir(exist_ok=True)
        path = ARTIFACTS / f"{name}.png"
        window = page.viewport_size
        width, height = page.evaluate(_CONTENT_SIZE)
        page.set_viewport_size({"width": int(width), "height": min(int(height), 16000)})
        # A plan's whole table is a large image (AL NAP: ~2,500 x 16,000 px):
        # on a loaded 2-core machine it takes longer than the default 10 s.
        page.screenshot(path=str(path), full_page=True, timeout=30_000)
        page.set_viewport_size(window)
        return path

    return save


@pytest.fixture
def admin_sign_in(live_server):
    """Sign in through the admin's login form, as a person does."""

    def sign_in(page, username: str, password: str = "pass") -> None:
        page.goto(f"{live_server.url}/admin/login/")
        # By field, not label: the form speaks the browser's language.
        page.locator("#id_username").fill(username)
        page.locator("#id_password").fill(password)
        page.locator("form button[type=submit]").click()
        page.wait_for_url(f"{live_server.url}/admin/")

    return sign_in


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
