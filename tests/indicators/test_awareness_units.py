"""Awareness work as the reports state it: kinds, units, airings, articles, outlets."""

import datetime
import io
import json
from pathlib import Path

import pytest
from django.core.management import call_command
from django.utils import translation

from campaigns.demo import build_activity_kinds
from campaigns.models import ActivityKind, CampaignIndexPage
from campaigns.resources import ActivityResource
from trainings.indicators.periods import period_year
from trainings.indicators.report import report_build
from trainings.models import Indicator

from ..factories import (
    AgencyFactory,
    CampaignActivityFactory,
    CampaignPageFactory,
    IndicatorFactory,
)

D = datetime.date
FILE = Path(__file__).parents[1] / "data" / "awareness" / "activities_2014.csv"


@pytest.fixture
def campaign(home_page):
    index = CampaignIndexPage.objects.get(locale__language_code="sq")
    return CampaignPageFactory(
        parent=index,
        title="Java 2014",
        slug="java-2014",
        start_date=D(2014, 1, 1),
        end_date=D(2014, 12, 31),
    )


def test_report_names_an_activity_kind_breakdown_in_the_readers_language(
    world, campaign
):
    build_activity_kinds()  # and the media outlets
    exhibition = ActivityKind.objects.get(code="exhibition")
    activity = CampaignActivityFactory(
        campaign=campaign, kind=exhibition, audience_total=300
    )
    activity.measures.set([world.nodes.m11])
    IndicatorFactory(
        node=world.nodes.m11,
        code="REACH",
        source=Indicator.Source.CAMPAIGN_REACH,
        breakdowns=["channel"],
    )

    with translation.override("sr"):
        report = report_build(period=period_year(2022), plan=world.plan)

    row = next(r for r in report["indicators"] if r["code"] == "REACH")
    assert row["breakdown"]["channel"] == {"exhibition": 300}
    assert report["labels"]["channel"] == {"exhibition": "Изложба"}


@pytest.fixture
def report_2014(world, campaign):
    """The 2014 records of tests/data/awareness/activities_2014.csv, imported."""
    build_activity_kinds()
    AgencyFactory(code="TDH", name="Terre des hommes")
    AgencyFactory(code="USAID", name="USAID")
    result = ActivityResource().import_file(FILE.read_bytes(), filename=FILE.name)
    assert result.errors.report() == []
    return world


def report_json(*args) -> dict:
    out = io.StringIO()
    call_command("indicator_report", *args, "--format", "json", stdout=out)
    return json.loads(out.getvalue())


def test_the_report_gives_the_years_awareness_figures(report_2014):
    report = report_json("--from", "2014-01-01", "--to", "2014-12-31")

    # units: 14 school sessions + 1 spot + 1 summer camp + 1 press row (empty: 1)
    assert report["activities"] == 17
    # known audiences only: 1200 pupils + 45 children at the camp
    assert report["people_reached"] == 1245
    assert (report["broadcasts"], report["articles"]) == (135, 6)
    assert report["by_activity_kind"] == {
        "school_session": 14,
        "tv_spot": 1,
        "summer_camp": 1,
        "press_article": 1,
    }


def test_a_quarter_counts_the_month_it_contains(report_2014):
    report = report_json("--from", "2014-04-01", "--to", "2014-06-30")

    # April 2014 (14 units) is inside; the 2014 spot is dated by its year
    assert (report["activities"], report["by_activity_kind"]) == (
        14,
        {"school_session": 14},
    )


@pytest.mark.parametrize(
    "source, actual, breakdown",
    [
        ("campaign_activities", 15, {"school_session": 14, "tv_spot": 1}),
        ("campaign_reach", 1200, {"school_session": 1200}),
        ("campaign_broadcasts", 135, {"tv_spot": 135}),
        ("campaign_articles", 0, {}),
        ("campaign_outlets", 3, {"tv_spot": 3}),
    ],
)
def test_indicator_sources_count_the_measures_records(
    report_2014, source, actual, breakdown
):
    # linked to TP:1.1: the school sessions and the spot
    IndicatorFactory(
        node=report_2014.nodes.m11,
        code="AW",
        source=source,
        breakdowns=["activity_kind"],
    )

    report = report_build(period=period_year(2014), plan=report_2014.plan)

    row = next(r for r in report["indicators"] if r["code"] == "AW")
    assert (row["actual"], row["breakdown"]["activity_kind"]) == (actual, breakdown)
