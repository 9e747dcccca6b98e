"""Published figures never expose small groups of people."""


def test_small_counts_are_suppressed(world, client, settings):
    settings.PUBLIC_MIN_COUNT = 5

    data = client.get("/figures/summary.json?period=2022").json()

    assert data["participants"] == 15
    assert data["by_profession"] == {"POL": "<5", "JUD": 5, "LAB": 6}
    assert data["by_gender"] == {"F": 7, "M": 5, "unknown": "<5"}
    assert data["by_module"]["M2"] == 5
    assert "by_organiser" not in data


def test_threshold_comes_from_settings(world, client, settings):
    settings.PUBLIC_MIN_COUNT = 10

    data = client.get("/figures/summary.json?period=2022-Q2").json()

    assert data["participants"] == "<10"


def test_bad_period_is_a_clear_error(db, client):
    response = client.get("/figures/summary.json?period=someday")

    assert response.status_code == 400
    assert "nuk është periudhë" in response.json()["error"]
