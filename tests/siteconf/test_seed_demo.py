"""`seed_demo` builds a believable site from the real plans, and can be run again."""

from io import StringIO

import pytest
from django.apps import apps
from django.core.management import call_command

pytestmark = pytest.mark.django_db

COUNTED = [
    "trainings.Agency",
    "trainings.Profession",
    "trainings.Region",
    "trainings.Module",
    "trainings.Plan",
    "trainings.PlanNode",
    "trainings.Indicator",
    "trainings.IndicatorTarget",
    "wagtailcore.Page",
    "siteconf.User",
    "auth.Group",
]


def counts() -> dict[str, int]:
    return {label: apps.get_model(label).objects.count() for label in COUNTED}


def seed() -> str:
    out = StringIO()
    call_command("seed_demo", stdout=out)
    return out.getvalue()


def test_seed_demo_is_idempotent():
    seed()
    first = counts()

    seed()

    assert counts() == first


def test_seed_demo_loads_the_real_plans():
    from trainings.models import Indicator, Plan

    seed()

    assert set(Plan.objects.values_list("code", flat=True)) >= {
        "AL-NAP-2021-2023",
        "XK-NSAP-2011-2014",
    }
    # AL NAP measure 2.2.5: professional groups trained, baseline 100, targets 60/120/160.
    indicator = Indicator.objects.get(node__plan__code="AL-NAP-2021-2023", code="2.2.5")
    assert indicator.baseline == 100
    assert {t.year: t.value for t in indicator.targets.all()} == {
        2021: 60,
        2022: 120,
        2023: 160,
    }


def test_seed_demo_prints_a_password_per_role_that_works(client):
    output = seed()

    line = next(
        row for row in output.splitlines() if row.strip().startswith("trainer ")
    )
    password = line.split()[-1]
    # through the sign-in form: django-axes needs the request to authenticate
    client.post("/admin/login/", {"username": "trainer", "password": password})
    assert client.get("/admin/").status_code == 200
