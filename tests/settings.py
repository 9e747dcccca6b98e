"""Test settings: the real settings module, made fast and hermetic."""

import os

os.environ.setdefault("SECRET_KEY", "test-secret-key-not-for-production")

from siteconf.settings import *  # noqa: E402,F403
from siteconf.settings import BASE_DIR, DATABASES, STORAGES  # noqa: E402

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "private": STORAGES["private"],  # in a temporary folder (tests/conftest.py)
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
CACHES = {
    "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
    # Off, as a cached page would outlive its test's rolled-back rows; the page
    # cache's own tests (tests/campaigns/test_page_cache.py) switch it on.
    "pages": {"BACKEND": "django.core.cache.backends.dummy.DummyCache"},
    # Wagtail's renditions (its own alias): a rolled-back image's id comes back
    # in the next test, which would get the old test's rendition file.
    "renditions": {"BACKEND": "django.core.cache.backends.dummy.DummyCache"},
}
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
SECURE_SSL_REDIRECT = False
SESSION_COOKIE_SECURE = CSRF_COOKIE_SECURE = False
# Tasks run inline; tests that need a real worker say so (tests/test_celery.py).
CELERY_TASK_ALWAYS_EAGER = True
if DATABASES["default"]["ENGINE"].endswith("sqlite3"):
    # A file, not memory, so `--reuse-db` skips the migrations on the next run.
    DATABASES["default"]["TEST"] = {"NAME": str(BASE_DIR / ".test-db.sqlite3")}
