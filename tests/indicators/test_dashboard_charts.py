"""The monitoring dashboard's charts: every month of the year, empty ones too, and
people trained by gender, region, module and event type, each downloadable as CSV.

The world's 2022 (tests/indicators/conftest.py), by hand: S1 in February (TR,
7 people), S2 in May (SH, 5), S3 in August (TR, 3); gender F 7, M 5, unknown 3;
module M1 12 (S1 and S2), M2 5 (S2), none 3 (S3).
"""

import csv
import io

import pytest

pytestmark = pytest.mark.usefixtures("language_restored")


@pytest.fixture
def officer(world, make_user, client):
    world.regions.tr.name = "Tiranë"
    world.regions.tr.save()
    world.regions.sh.name = "Shkodër"
    world.regions.sh.save()
    user = make_user("officer", "Monitoring officer")
    client.force_login(user)
    return user


def _chart(client, name: str) -> list[list[str]]:
    response = client.get(f"/admin/indicators/dashboard/{name}.csv?year=2022")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    return list(csv.reader(io.StringIO(response.content.decode().lstrip("\ufeff"))))


def test_every_month_is_on_the_chart_even_without_trainings(officer, client):
    html = client.get("/admin/indicators/dashboard/?year=2022").content.decode()

    assert "janar 2022" in html and "dhjetor 2022" in html
    rows = _chart(client, "month")
    assert len(rows) == 13  # heading + 12 months
    assert rows[1] == ["janar 2022", "0"]
    assert rows[2] == ["shkurt 2022", "1"]


def test_people_trained_by_gender(officer, client):
    assert _chart(client, "gender") == [
        ["Gjinia", "Persona"],
        ["Femër", "7"],
        ["Mashkull", "5"],
        ["i panjohur", "3"],
    ]


def test_people_trained_by_region_and_module(officer, client):
    assert _chart(client, "region")[1:] == [["Tiranë", "10"], ["Shkodër", "5"]]
    modules = dict(_chart(client, "module")[1:])
    assert modules["i panjohur"] == "3"
    assert sorted(modules.values()) == ["12", "3", "5"]


def test_the_dashboard_draws_the_new_charts_with_their_csv_links(officer, client):
    html = client.get("/admin/indicators/dashboard/?year=2022").content.decode()

    for chart in ("month", "profession", "gender", "region", "module", "event-type"):
        assert f'href="/admin/indicators/dashboard/{chart}.csv?' in html
    assert "Tiranë" in html and "Femër" in html


def test_an_unknown_chart_is_not_found(officer, client):
    response = client.get("/admin/indicators/dashboard/trainees.csv?year=2022")

    assert response.status_code == 404
