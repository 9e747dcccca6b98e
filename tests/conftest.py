"""Shared fixtures. REQUIRE_SERVICES=1 (CI) turns missing services into failures."""

import os

import pytest
from django.db import connection

REQUIRE_SERVICES = os.environ.get("REQUIRE_SERVICES") == "1"


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
