"""`seed_demo` builds a believable site from the real plans, and can be run again.

The tests read the demo seeded once for them (the `demo` fixture, tests/seeded_demo.py);
seeding a second time is checked here for every app's rows at once.
"""

from io import StringIO

from django.apps import apps
from django.core.management import call_command
from django.db.models import Sum

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
    # the training records (tests/trainings/test_demo.py)
    "trainings.TrainingSession",
    "trainings.Participation",
    "trainings.Trainee",
    # the awareness side (tests/campaigns/test_seed.py)
    "campaigns.CampaignPage",
    "campaigns.CampaignActivity",
    "materials.Publication",
    "materials.Material",
    "materials.Distribution",
    "materials.MaterialDownload",
]


def counts() -> dict[str, int]:
    rows = {label: apps.get_model(label).objects.count() for label in COUNTED}
    people = apps.get_model("trainings.Participation").objects.aggregate(n=Sum("count"))
    return rows | {"people trained": people["n"]}


def test_seed_demo_is_idempotent(demo, django_capture_on_commit_callbacks):
    first = counts()

    with django_capture_on_commit_callbacks(execute=True):
        call_command("seed_demo", stdout=StringIO())

    assert counts() == first


def test_seed_demo_loads_the_real_plans(demo):
    from trainings.models import Indicator, Plan

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


def test_seed_demo_prints_a_password_per_role_that_works(demo, client):
    line = next(row for row in demo.splitlines() if row.strip().startswith("trainer "))
    password = line.split()[-1]
    # through the sign-in form: django-axes needs the request to authenticate
    client.post("/admin/login/", {"username": "trainer", "password": password})
    assert client.get("/admin/").status_code == 200
