"""The office's plan import screen in the admin: the same strict import as the command."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from trainings.models import Indicator, IndicatorTarget, Plan, PlanNode

from .conftest import PLAN_FILES

URL = "indicators:plan_import"
NEW_PLAN = {
    "code": "AL-NAP-2024",
    "title": "National Action Plan 2024-2026",
    "country": "AL",
    "start_year": "2024",
    "end_year": "2026",
    "level_names": "Policy goal; Specific objective; Measure",
}


def _post(client, file_name: str, **data):
    path = PLAN_FILES / file_name
    data["file"] = SimpleUploadedFile(path.name, path.read_bytes())
    response = client.post(reverse(URL), data)
    assert response.status_code == 200
    return response.content.decode()


@pytest.fixture
def office(client, make_user):
    client.force_login(make_user("office", "Office administrator"))
    return client


def test_office_imports_a_good_file_into_a_plan(office, empty_plan):
    # when
    page = _post(office, "good.csv", plan=empty_plan.pk)
    # then
    assert (
        "u importuan 5 masa (5 të reja, 0 të përditësuara), 4 tregues (4 të rinj, 0 "
        "të përditësuar), 11 vlera të synuara (11 të reja, 0 të përditësuara)." in page
    )
    assert sorted(empty_plan.nodes.values_list("code", flat=True)) == [
        "2.2",
        "2.2.3",
        "2.2.5",
        "3.1.1",
        "II",
    ]
    assert Indicator.objects.filter(node__plan=empty_plan).count() == 4


def test_office_creates_a_new_plan_from_the_screen(office, empty_plan):
    page = _post(office, "good.csv", **NEW_PLAN)

    assert "u importuan 5 masa (5 të reja" in page
    plan = Plan.objects.get(code="AL-NAP-2024")
    assert plan.level_names == ["Policy goal", "Specific objective", "Measure"]
    assert plan.nodes.count() == 5


def test_bad_file_lists_every_row_error_writes_nothing_and_keeps_the_choice(
    office, empty_plan
):
    page = _post(office, "bad.csv", plan=empty_plan.pk)

    assert "10 gabime; asgjë nuk u importua." in page
    for expected in [
        "parent: &#x27;9.9&#x27; nuk është kod i një rreshti më sipër",
        "lead: kod i panjohur XYZ",
        "breakdowns: e panjohur: shoe_size",
        "code: është e detyrueshme",
        "level: &#x27;Chapter&#x27; nuk është nivel i këtij plani",
        "source: &#x27;guesswork&#x27; nuk është një nga",
    ]:
        assert expected in page
    assert f'<option value="{empty_plan.pk}" selected>' in page
    assert not PlanNode.objects.exists()


def test_bad_file_for_a_new_plan_creates_no_plan_and_keeps_what_was_typed(
    office, empty_plan
):
    page = _post(office, "bad.csv", **NEW_PLAN)

    assert "code: është e detyrueshme" in page
    assert 'value="National Action Plan 2024-2026"' in page
    assert not Plan.objects.filter(code="AL-NAP-2024").exists()


def test_new_plan_needs_its_fields_and_a_fresh_code(office, empty_plan):
    page = _post(office, "good.csv", **NEW_PLAN | {"code": "AL-NAP", "title": ""})

    assert "Ekziston një plan me këtë kod: zgjidheni më lart." in page
    assert "E detyrueshme për një plan të ri." in page
    assert not PlanNode.objects.exists()


def test_dry_run_reports_the_counts_and_writes_nothing(office, empty_plan):
    page = _post(office, "good.csv", plan=empty_plan.pk, dry_run="on")
    assert "do të importoheshin 5 masa (5 të reja, 0 të përditësuara)" in page
    assert not PlanNode.objects.exists()
    assert not IndicatorTarget.objects.exists()

    page = _post(office, "good.csv", dry_run="on", **NEW_PLAN)
    assert "do të importoheshin 5 masa (5 të reja" in page
    assert not Plan.objects.filter(code="AL-NAP-2024").exists()


@pytest.mark.parametrize("role", ["Trainer", "Monitoring officer"])
def test_roles_without_plan_rights_are_refused(client, make_user, empty_plan, role):
    client.force_login(make_user("someone", role))

    path = PLAN_FILES / "good.csv"
    response = client.post(
        reverse(URL),
        {
            "plan": empty_plan.pk,
            "file": SimpleUploadedFile("good.csv", path.read_bytes()),
        },
    )

    # Wagtail answers a refused admin view with a redirect to the dashboard.
    assert response.status_code == 302
    assert response.url == reverse("wagtailadmin_home")
    assert (
        "Import a plan" not in client.get(reverse("wagtailadmin_home")).content.decode()
    )
    assert not PlanNode.objects.exists()


def test_the_office_finds_the_screen_in_the_menu(office):
    home = office.get(reverse("wagtailadmin_home")).content.decode()

    assert reverse(URL) in home
