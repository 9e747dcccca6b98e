"""The open-data API: aggregate figures in JSON and CSV, read-only, versioned,
small counts suppressed as in the public summary, cacheable, no personal data.

The world's 2022 participants (tests/indicators/conftest.py), by hand: 15 in all,
all in Albania (its regions' country); profession LAB 6, JUD 5, POL 4; by month
February 7 (S1), May 5 (S2), August 3 (S3); 3 sessions; 13 unique people.
"""

import csv
import io

import pytest

pytestmark = pytest.mark.usefixtures("language_restored")


@pytest.fixture(autouse=True)
def public_minimum(settings):
    settings.PUBLIC_MIN_COUNT = 5


@pytest.fixture
def named(world):
    for row, english in (
        (world.professions.pol, "Police officer"),
        (world.professions.jud, "Judge"),
        (world.professions.lab, "Labour inspector"),
    ):
        row.name_en = english
        row.save()
    return world


def test_breakdown_by_profession_in_json_with_small_counts_suppressed(named, client):
    response = client.get("/api/v1/training/profession.json?period=2022&language=en")

    assert response.status_code == 200
    data = response.json()
    assert data["version"] == 1
    assert data["dataset"] == "training/profession"
    assert data["period"] == {"from": "2022-01-01", "to": "2022-12-31"}
    assert data["country"] is None
    assert data["suppressed_below"] == 5
    assert data["rows"] == [
        {"code": "JUD", "name": "Judge", "participants": 5},
        {"code": "LAB", "name": "Labour inspector", "participants": 6},
        {"code": "POL", "name": "Police officer", "participants": "<5"},
    ]


def test_the_same_figures_in_csv(named, client):
    response = client.get("/api/v1/training/profession.csv?period=2022&language=en")

    assert response["Content-Type"] == "text/csv; charset=utf-8"
    rows = list(csv.reader(io.StringIO(response.content.decode().lstrip("\ufeff"))))
    assert rows == [
        ["code", "name", "participants"],
        ["JUD", "Judge", "5"],
        ["LAB", "Labour inspector", "6"],
        ["POL", "Police officer", "<5"],
    ]


def test_months_are_continuous_and_suppressed(world, client):
    data = client.get("/api/v1/training/month.json?period=2022").json()

    rows = {row["code"]: row for row in data["rows"]}
    assert list(rows) == [f"2022-{m:02d}" for m in range(1, 13)]
    assert rows["2022-02"]["participants"] == 7
    assert rows["2022-05"]["participants"] == 5
    assert rows["2022-08"]["participants"] == "<5"
    assert rows["2022-01"]["participants"] == 0  # zero reveals no one
    assert rows["2022-02"]["sessions"] == "<5"


def test_by_country_counts_each_country(world, client):
    data = client.get("/api/v1/training/country.json?period=2022").json()

    assert data["rows"] == [
        {
            "code": "AL",
            "name": "Shqipëri",
            "sessions": "<5",
            "participants": 15,
            "unique_people": 13,
        },
        {
            "code": "XK",
            "name": "Kosovë",
            "sessions": 0,
            "participants": 0,
            "unique_people": 0,
        },
    ]


def test_a_country_narrows_the_figures(world, client):
    data = client.get("/api/v1/training/region.json?period=2022&country=XK").json()

    assert data["country"] == "XK"
    assert data["rows"] == []


def test_activity_kinds_of_awareness_work(db, client):
    response = client.get("/api/v1/awareness/activity-kind.csv?period=2022")

    rows = list(csv.reader(io.StringIO(response.content.decode().lstrip("\ufeff"))))
    assert rows == [["code", "name", "activities"]]


@pytest.mark.parametrize(
    "url",
    [
        "/api/v1/training/organiser.json",  # organisers are not published
        "/api/v1/training/trainee.json",
        "/api/v1/training/profession.xml",
        "/api/v1/campaigns/profession.json",
    ],
)
def test_unknown_datasets_and_formats_are_not_found(db, client, url):
    assert client.get(url).status_code == 404


def test_bad_parameters_are_clear_errors(db, client):
    period = client.get("/api/v1/training/region.json?period=someday")
    country = client.get("/api/v1/training/region.json?country=FR")

    assert period.status_code == 400 and "nuk është periudhë" in period.json()["error"]
    assert country.status_code == 400 and "FR" in country.json()["error"]


def test_answers_are_cacheable_and_read_only(world, client):
    response = client.get("/api/v1/training/gender.json?period=2022")

    assert "public" in response["Cache-Control"]
    assert "max-age=3600" in response["Cache-Control"]
    assert response["Access-Control-Allow-Origin"] == "*"
    assert client.post("/api/v1/training/gender.json").status_code == 405


def test_no_personal_data_in_any_dataset(world, client):
    # only codes, names of groups and counts: no person, no organiser
    for dataset in ("profession", "gender", "region", "module", "event-type"):
        data = client.get(f"/api/v1/training/{dataset}.json?period=2022").json()
        for row in data["rows"]:
            assert set(row) <= {"code", "name", "participants", "sessions"}


def test_the_index_lists_every_dataset_with_links(db, client):
    response = client.get("/api/v1/")

    assert response.status_code == 200
    html = response.content.decode()
    for dataset in (
        "training/summary",
        "training/month",
        "training/country",
        "training/region",
        "training/profession",
        "training/gender",
        "training/module",
        "training/event-type",
        "awareness/activity-kind",
    ):
        assert f'href="/api/v1/{dataset}.json' in html
        assert f'href="/api/v1/{dataset}.csv' in html or dataset.endswith("summary")
