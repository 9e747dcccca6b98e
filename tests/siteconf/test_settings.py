"""Deployment settings come from the environment, with safe local defaults."""

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PRODUCTION_ENV = {
    "SECRET_KEY": "x" * 64 + "production-like-secret-value-0123456789",
    "ALLOWED_HOSTS": "fener.example.org",
    "DATABASE_URL": "sqlite:////tmp/fener-deploy-check.sqlite3",
}


def run_python(code: str, **env) -> subprocess.CompletedProcess:
    clean = {k: v for k, v in os.environ.items() if k not in _SETTINGS_VARS}
    return subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        env={**clean, "DJANGO_SETTINGS_MODULE": "siteconf.settings", **env},
        capture_output=True,
        text=True,
        timeout=120,
    )


_SETTINGS_VARS = {
    "SECRET_KEY",
    "DEBUG",
    "DATABASE_URL",
    "CELERY_BROKER_URL",
    "ALLOWED_HOSTS",
    "CELERY_TASK_ALWAYS_EAGER",
    "MEDIA_ROOT",
    "PRIVATE_MEDIA_ROOT",
    # Set by tests/conftest.py for Playwright; `check --deploy` rightly refuses it.
    "DJANGO_ALLOW_ASYNC_UNSAFE",
}
READ = (
    "import json; from django.conf import settings as s; print(json.dumps({"
    "'db': s.DATABASES['default']['ENGINE'], 'name': str(s.DATABASES['default']['NAME']),"
    "'eager': s.CELERY_TASK_ALWAYS_EAGER, 'hosts': s.ALLOWED_HOSTS, 'debug': s.DEBUG}))"
)


def test_local_defaults_use_sqlite_and_inline_tasks():
    result = run_python(READ, DEBUG="true")

    values = json.loads(result.stdout)
    assert values["db"] == "django.db.backends.sqlite3"
    assert values["name"].endswith("db.sqlite3")
    assert values["eager"] is True


def test_environment_selects_postgres_broker_and_hosts():
    result = run_python(
        READ,
        **{
            **PRODUCTION_ENV,
            "DATABASE_URL": "postgres://fener:pw@db.internal:5432/fener",
            "CELERY_BROKER_URL": "redis://cache.internal:6379/0",
        },
    )

    values = json.loads(result.stdout)
    assert values["db"] == "django.db.backends.postgresql"
    assert values["name"] == "fener"
    assert values["eager"] is False
    assert values["hosts"] == ["fener.example.org"]
    assert values["debug"] is False


def test_secret_key_is_required_when_debug_is_off():
    result = run_python(READ)

    assert result.returncode != 0
    assert "SECRET_KEY is required" in result.stderr


def test_private_files_inside_the_served_media_folder_are_refused():
    result = run_python(
        READ, DEBUG="true", MEDIA_ROOT="/srv/media", PRIVATE_MEDIA_ROOT="/srv/media/p"
    )

    assert result.returncode != 0
    assert "PRIVATE_MEDIA_ROOT must not be inside MEDIA_ROOT" in result.stderr


def test_deploy_check_is_clean_with_production_values():
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=ROOT,
        env={
            **{k: v for k, v in os.environ.items() if k not in _SETTINGS_VARS},
            "DJANGO_SETTINGS_MODULE": "siteconf.settings",
            **PRODUCTION_ENV,
        },
        capture_output=True,
        text=True,
        timeout=120,
    )

    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


# Pages that answer without a database (sign-in redirects): the headers come from
# the middleware, the same on every response.
HEADERS = (
    "import json, django; django.setup(); from django.test import Client;"
    "get = lambda path: Client().get(path, secure=True, HTTP_HOST='fener.example.org');"
    "print(json.dumps({path: {'status': r.status_code, **r.headers}"
    " for path, r in ((p, get(p)) for p in ('/sq/partners/', '/admin/'))}))"
)


def policy(header: str) -> dict[str, str]:
    return dict(part.strip().split(" ", 1) for part in header.split(";"))


def test_production_responses_carry_the_security_headers():
    result = run_python(HEADERS, **PRODUCTION_ENV)

    responses = json.loads(result.stdout.splitlines()[-1])
    for headers in responses.values():
        assert headers["status"] == 302  # to the sign-in page
        assert headers["Strict-Transport-Security"] == (
            "max-age=31536000; includeSubDomains; preload"
        )
        assert headers["X-Content-Type-Options"] == "nosniff"
        assert headers["Referrer-Policy"] == "same-origin"
        assert headers["X-Frame-Options"] == "SAMEORIGIN"
        assert headers["Cross-Origin-Opener-Policy"] == "same-origin"
        features = headers["Permissions-Policy"].split(", ")
        assert {"camera=()", "microphone=()", "geolocation=()"} <= set(features)
    public = policy(responses["/sq/partners/"]["Content-Security-Policy"])
    assert public["default-src"] == "'self'"
    assert public["script-src"] == "'self'"  # no inline script, no eval
    assert public["style-src"] == "'self'"
    assert public["object-src"] == "'none'"
    assert public["frame-ancestors"] == "'self'"
    admin = policy(responses["/admin/"]["Content-Security-Policy"])
    assert admin["script-src"] == "'self' 'unsafe-inline'"  # Wagtail's inline scripts
    assert admin["script-src-attr"] == "'none'"  # but no onclick= / onerror=
    assert admin["object-src"] == "'none'"
