"""`import_print_runs FILE` and `import_distributions FILE`: the office's tables of
copies printed and handed out, imported whole or not at all, and exported back."""

import datetime
import io

import pytest
from django.core.management import call_command
from django.urls import reverse
from django.utils import translation

from materials.models import Distribution, PrintRun
from materials.resources import DistributionResource, PrintRunResource
from tests.factories import (
    AgencyFactory,
    PlanFactory,
    PlanNodeFactory,
    RegionFactory,
)

pytestmark = pytest.mark.django_db

PRINT_RUNS = (
    "ref,material,date,quantity,funder\n"
    "pr-2014-1,116 006 (sq),2014-03-01,5000,IOM\n"
    "pr-2014-2,116 006 (en),2014-03-01,1000,\n"
)
DISTRIBUTIONS = (
    "ref,material,date,quantity,place,region,partner,measures\n"
    "d-1,116 006 (sq),2014-06-05,120,Han i Hotit,KU,IOM,TP:1.1\n"
    "d-2,116 006 (sq),2014-06-06,80,,KU,,\n"
)


@pytest.fixture
def lists(brochure):
    AgencyFactory(code="IOM", name="IOM")
    RegionFactory(code="KU", name="Kukës")
    PlanNodeFactory(plan=PlanFactory(code="TP"), code="1.1")
    return brochure


def test_print_runs_import_by_file_title_and_again_change_nothing(lists, tmp_path):
    path = tmp_path / "print_runs.csv"
    path.write_text(PRINT_RUNS)

    call_command("import_print_runs", str(path), stdout=io.StringIO())
    again = PrintRunResource().import_file(path.read_bytes(), filename=path.name)

    run = PrintRun.objects.get(ref="pr-2014-1")
    assert (run.material, run.quantity, run.funder.code) == (lists["sq"], 5000, "IOM")
    assert PrintRun.objects.get(ref="pr-2014-2").funder is None
    assert (again.created, again.updated, again.unchanged) == (0, 0, 2)


def test_distributions_import_with_their_measures(lists, tmp_path):
    path = tmp_path / "distributions.csv"
    path.write_text(DISTRIBUTIONS)

    call_command("import_distributions", str(path), stdout=io.StringIO())

    first = Distribution.objects.get(ref="d-1")
    assert (first.date, first.quantity, first.place) == (
        datetime.date(2014, 6, 5),
        120,
        "Han i Hotit",
    )
    assert [m.code for m in first.measures.all()] == ["1.1"]
    assert Distribution.objects.get(ref="d-2").measures.count() == 0


def test_a_bad_row_refuses_the_file(lists):
    text = (
        "ref,material,date,quantity,funder\n"
        "pr-1,116 006 (sk),2014-03-01,5000,\n"
        "pr-2,116 006 (sq),2014-03-01,2000000,\n"
    )

    with translation.override("sq"):  # the office's language, whatever ran before
        result = PrintRunResource().import_file(text.encode(), filename="p.csv")
        report = result.errors.report()

    assert report == [
        "rreshti 2, kolona material: kod i panjohur '116 006 (sk)' (mos keni "
        "parasysh 116 006 (sr) ose 116 006 (sq)?)",
        "rreshti 3, kolona quantity: 2000000 është më shumë se sa pranon kjo "
        "fushë (më së shumti 1000000): kontrolloni shifrën.",
    ]
    assert not PrintRun.objects.exists()


@pytest.mark.parametrize("kind", ["print_runs", "distributions"])
@pytest.mark.parametrize("format", ["csv", "xlsx"])
def test_an_export_imports_back_unchanged(lists, client, make_user, kind, format):
    resource = {"print_runs": PrintRunResource, "distributions": DistributionResource}
    text = PRINT_RUNS if kind == "print_runs" else DISTRIBUTIONS
    resource[kind]().import_file(text.encode(), filename="f.csv")
    client.force_login(make_user("office", "Office administrator"))

    response = client.get(reverse("imports:export", args=[kind, format]))
    result = resource[kind]().import_file(response.content, filename=f"f.{format}")

    assert result.errors.report() == []
    assert (result.created, result.updated, result.unchanged) == (0, 0, 2)
