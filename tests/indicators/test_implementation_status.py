"""Implementation status per measure and period, rolled up by goal and plan.

Plan SP, hand-counted. Goal G1: objective 1.1 (measures 1.1.1, 1.1.2) and
measure 1.2; goal G2: measures 2.1 … 2.5. Eight measures (the leaves).

    1.1.1  2022-H1 in progress, 2022-H2 fully implemented
    1.1.2  2022-H1 fully implemented
    1.2    2022-H2 partially implemented
    2.1    2022-H1 fully implemented
    2.2    2022-H2 fully implemented
    2.3    2023-H1 fully implemented (after 2022: no status in 2022)
    2.4    2022-H2 cancelled
    2.5    nothing
    1.1 (an objective, not a measure) 2022-H2 not implemented: not counted

As of 2022-12-31: fully 4 of 8 = 50.0 %, partially 1 = 12.5 %, cancelled 1 =
12.5 %, no status 2 = 25.0 %. G1 (3): fully 2 = 66.7 %, partially 1 = 33.3 %.
G2 (5): fully 2 = 40.0 %, cancelled 1 = 20.0 %, no status 2 = 40.0 %.
As of 2022-06-30: fully 2 = 25.0 %, in progress 1 = 12.5 %, no status 5 = 62.5 %.
"""

import datetime
import io
import json

import pytest
from django.core.management import call_command

from tests.factories import IndicatorFactory, PlanFactory, PlanNodeFactory
from trainings.models import Indicator, NodeStatus
from trainings.monitoring.selectors import status_rollup

D = datetime.date


@pytest.fixture
def sp(db):
    plan = PlanFactory(code="SP", level_names=["Goal", "Objective", "Measure"])
    node = {}

    def add(code, parent=None, level=2):
        node[code] = PlanNodeFactory(
            plan=plan,
            parent=node.get(parent),
            level=level,
            code=code,
            position=len(node),
            title=f"Measure {code}",
        )

    add("G1", level=0)
    add("1.1", "G1", level=1)
    add("1.1.1", "1.1")
    add("1.1.2", "1.1")
    add("1.2", "G1", level=1)
    add("G2", level=0)
    for n in range(1, 6):
        add(f"2.{n}", "G2", level=1)
    for code, period, status in [
        ("1.1.1", "2022-H1", "in_progress"),
        ("1.1.1", "2022-H2", "full"),
        ("1.1.2", "2022-H1", "full"),
        ("1.2", "2022-H2", "partial"),
        ("2.1", "2022-H1", "full"),
        ("2.2", "2022-H2", "full"),
        ("2.3", "2023-H1", "full"),
        ("2.4", "2022-H2", "cancelled"),
        ("1.1", "2022-H2", "not_implemented"),
    ]:
        NodeStatus.objects.create(
            node=node[code],
            period=period,
            status=status,
            achievements=f"Done in {period}",
            problems="Late funds" if code == "1.2" else "",
        )
    IndicatorFactory(node=node["1.2"], code="1.2-a", source=Indicator.Source.MANUAL)
    IndicatorFactory(node=node["2.5"], code="2.5-a")
    return plan


def test_year_rollup_counts_every_measure_with_its_latest_status(sp):
    rollup = status_rollup(plan=sp, as_of=D(2022, 12, 31))

    assert rollup["total"] == 8
    assert rollup["counts"] == {
        "not_started": 0,
        "in_progress": 0,
        "partial": 1,
        "full": 4,
        "not_implemented": 0,
        "cancelled": 1,
        "unreported": 2,
    }
    assert rollup["percent"]["full"] == 50.0
    assert rollup["percent"]["partial"] == 12.5
    assert rollup["percent"]["unreported"] == 25.0


def test_rollup_by_goal(sp):
    rollup = status_rollup(plan=sp, as_of=D(2022, 12, 31))

    g1, g2 = rollup["by_goal"]
    assert (g1["code"], g1["total"], g1["counts"]["full"]) == ("G1", 3, 2)
    assert g1["percent"]["full"] == 66.7
    assert g1["percent"]["partial"] == 33.3
    assert (g2["code"], g2["total"]) == ("G2", 5)
    assert g2["percent"] == g2["percent"] | {
        "full": 40.0,
        "cancelled": 20.0,
        "unreported": 40.0,
    }


def test_first_half_year_reads_only_statuses_set_by_then(sp):
    rollup = status_rollup(plan=sp, as_of=D(2022, 6, 30))

    assert rollup["counts"]["full"] == 2
    assert rollup["counts"]["in_progress"] == 1
    assert rollup["counts"]["unreported"] == 5
    assert rollup["percent"]["full"] == 25.0


def test_headline_says_it_as_the_plan_does(sp):
    from django.utils import translation

    with translation.override("en"):
        rollup = status_rollup(plan=sp, as_of=D(2022, 12, 31))

    assert rollup["headline"] == "50.0 % fully implemented (4 of 8 measures)"


def test_period_code_sets_the_dates_and_refuses_a_range(sp):
    status = NodeStatus.objects.get(node__code="1.2")
    assert (status.period_start, status.period_end) == (D(2022, 7, 1), D(2022, 12, 31))
    with pytest.raises(ValueError):
        NodeStatus(node=status.node, period="2022-01-01..2022-02-01").save()


def test_indicator_report_json_has_the_status(sp):
    out = io.StringIO()
    call_command(
        "indicator_report",
        "--from", "2022-01-01", "--to", "2022-12-31", "--plan", "SP",
        stdout=out,
    )  # fmt: skip
    data = json.loads(out.getvalue())

    assert data["status"]["total"] == 8
    assert data["status"]["counts"]["full"] == 4
    assert [g["code"] for g in data["status"]["by_goal"]] == ["G1", "G2"]
    row = next(r for r in data["indicators"] if r["code"] == "1.2-a")
    assert row["status"] == "partial"
    assert row["status_period"] == "2022-H2"
    assert row["problems"] == "Late funds"
    assert next(r for r in data["indicators"] if r["code"] == "2.5-a")["status"] == ""


def test_report_screen_shows_the_rollup_in_albanian(sp, make_user, client):
    client.force_login(make_user("officer", "Monitoring officer"))

    html = client.get(f"/admin/indicators/?plan={sp.pk}&kind=year&year=2022")

    text = html.content.decode()
    assert "50,0 % e zbatuar plotësisht (4 nga 8 masa)" in text
    assert "Zbatuar pjesërisht" in text  # 1.2's row and the counts


def test_csv_export_has_a_status_column(sp, make_user, client):
    client.force_login(make_user("officer", "Monitoring officer"))

    response = client.get(
        f"/admin/indicators/export/csv/?plan={sp.pk}&kind=year&year=2022&language=en"
    )

    lines = response.content.decode().splitlines()
    assert "Status" in lines[0]
    assert any("1.2" in line and "Partially implemented" in line for line in lines)


ADD = "/admin/trainings/implementation-status/new/"


def test_monitoring_officer_sets_a_status_in_the_admin(sp, make_user, client):
    officer = make_user("officer", "Monitoring officer")
    client.force_login(officer)
    node = sp.nodes.get(code="2.5")

    response = client.post(
        ADD,
        {
            "node": node.pk,
            "period": "2022-h2",
            "status": "not_started",
            "achievements": "",
            "problems": "No budget line",
        },
    )

    assert response.status_code == 302, response.content.decode()[:2000]
    status = NodeStatus.objects.get(node=node)
    assert (status.period, status.period_end) == ("2022-H2", D(2022, 12, 31))
    assert status.set_by == officer
    assert status_rollup(plan=sp, as_of=D(2022, 12, 31))["counts"]["unreported"] == 1


def test_a_trainer_cannot_set_a_status(sp, make_user, client):
    client.force_login(make_user("trainer", "Trainer"))
    node = sp.nodes.get(code="2.5")

    client.post(ADD, {"node": node.pk, "period": "2022-H2", "status": "full"})

    assert not NodeStatus.objects.filter(node=node).exists()


def test_dashboard_shows_each_plans_status(sp, make_user, client):
    client.force_login(make_user("officer", "Monitoring officer", admin_language="en"))

    html = client.get("/admin/indicators/dashboard/?year=2022&country=AL")

    text = html.content.decode()
    assert "50.0 % fully implemented (4 of 8 measures)" in text
    assert "4 · 50.0 %" in text
