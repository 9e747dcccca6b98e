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
