"""The home page as the office arranges it: current campaigns, the newest materials,
the year's figures (small counts withheld) and the hotline, in the reader's language."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from campaigns.models import CampaignIndexPage, HomePage
from tests.factories import (
    CampaignActivityFactory,
    CampaignPageFactory,
    MaterialFactory,
    ParticipationFactory,
    PublicationFactory,
    RegionFactory,
    TrainingSessionFactory,
)

pytestmark = pytest.mark.django_db
TODAY = timezone.localdate()


@pytest.fixture
def index(home_page):
    return CampaignIndexPage.objects.get(locale__language_code="sq")


def campaign(index, title, start, end, **extra):
    return CampaignPageFactory(
        parent=index, title=title, start_date=start, end_date=end, **extra
    )


def home_html(client, language="sq") -> str:
    return client.get(f"/{language}/").content.decode()


def test_the_demo_home_shows_hero_campaigns_figures_materials_and_hotline(
    client, index
):
    html = home_html(client)

    assert "<h1>Fener: kundër trafikimit të qenieve njerëzore</h1>" in html
    for heading in ("Shifrat kryesore", "Linja 116 006"):
        assert f"<h2>{heading}" in html
    assert "Кључни подаци" in home_html(client, "sr")


def test_running_campaigns_come_before_finished_ones(client, index):
    day = datetime.timedelta(days=1)
    campaign(index, "Fushata e mbaruar", TODAY - 90 * day, TODAY - 60 * day)
    campaign(index, "Fushata që po zhvillohet", TODAY - 10 * day, TODAY + 10 * day)

    html = home_html(client)

    assert "<h2>Fushatat aktuale" in html
    assert html.index("Fushata që po zhvillohet") < html.index("Fushata e mbaruar")


def test_a_featured_campaign_comes_first_in_the_readers_language(client, index):
    day = datetime.timedelta(days=1)
    old = campaign(index, "Java 2021", TODAY - 900 * day, TODAY - 890 * day)
    campaign(index, "Fushata që po zhvillohet", TODAY - 10 * day, TODAY + 10 * day)
    home = HomePage.objects.get(locale__language_code="sq")
    home.body[1].value["featured"] = [old]  # the demo's "Current campaigns" block
    home.save_revision().publish()

    html = home_html(client)

    assert html.index("Java 2021") < html.index("Fushata që po zhvillohet")


def test_figures_are_the_latest_years_own_country_small_counts_in_words(
    client, index, settings
):
    settings.FENER_COUNTRY = "AL"
    # 2 sessions with 33 people in 2022; one activity reaching 1,610 people
    for count in (30, 3):
        ParticipationFactory(
            session=TrainingSessionFactory(start_date=datetime.date(2022, 3, 1)),
            trainee=None,
            count=count,
        )
    page = campaign(index, "Tetori 2022", datetime.date(2022, 10, 1), None)
    # 14 school sessions in one record: 14 activity units, as the report counts
    CampaignActivityFactory(
        campaign=page,
        date=datetime.date(2022, 10, 27),
        quantity=14,
        audience_total=1610,
    )
    # and Kosovo's work, which an Albanian office's home page does not count
    prizren = RegionFactory(code="XK-PZ", name="Prizren", country="XK")
    ParticipationFactory(
        session=TrainingSessionFactory(
            start_date=datetime.date(2022, 5, 1), region=prizren
        ),
        trainee=None,
        count=40,
    )
    CampaignActivityFactory(
        campaign=page, date=datetime.date(2022, 5, 2), region=prizren, audience_total=9
    )

    html = home_html(client)

    assert '<span class="meta">2022</span>' in html
    assert "<dd>më pak se 5</dd>" in html  # 2 sessions, withheld
    assert "<dd>33</dd>" in html
    assert "<dd>14</dd>" in html  # activity units, not rows
    assert "<dd>1\xa0610</dd>" in html  # Albanian groups thousands with a space


def test_the_latest_materials_leave_out_partners_only_ones(client, index):
    for title, partners_only in (
        ("Broshura për publikun", False),
        ("Manual për partnerët", True),
    ):
        publication = PublicationFactory(title=title, partners_only=partners_only)
        MaterialFactory(publication=publication, title=title)

    html = home_html(client)

    assert "<h2>Materialet më të reja" in html
    assert "Broshura për publikun" in html
    assert "Manual për partnerët" not in html


def count_queries(client) -> int:
    with CaptureQueriesContext(connection) as queries:
        home_html(client)
    return len(queries)


def test_the_home_page_costs_the_same_queries_with_more_records(client, index):
    day = datetime.timedelta(days=1)
    campaign(index, "Fushata 1", TODAY - 5 * day, TODAY + 5 * day)
    MaterialFactory(publication=PublicationFactory(title="Broshura 1"))
    home_html(client)
    few = count_queries(client)
    for n in range(2, 8):
        campaign(index, f"Fushata {n}", TODAY - n * day, TODAY + n * day)
        MaterialFactory(publication=PublicationFactory(title=f"Broshura {n}"))
    home_html(client)

    assert count_queries(client) == few
