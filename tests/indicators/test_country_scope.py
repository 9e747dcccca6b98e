"""Each country's report counts its own records (issue 14, item 6).

A record's country: its region's country; without a region, its organiser's
(a session's organiser, an activity's organiser, a distribution's partner);
with neither, the installation's country (FENER_COUNTRY, AL here).

The world (conftest) is Albanian: 2022 holds S1-S3, 3 sessions, 15 people,
13 unique. Here Kosovo adds, in 2022:
    K1 2022-03-01 region PR (XK), organiser GDSP (AL) → 1.1   4 × JUD
    K2 2022-04-01 no region, organiser ATIPS (XK)     → -     2 × POL
    K3 2022-04-02 no region, no organiser             → -     1 × LAB
"""

import datetime
import io
import json

import pytest
from django.core.files.base import ContentFile
from django.core.management import call_command

from campaigns.models import CampaignActivity, CampaignIndexPage, CampaignPage
from materials.models import Distribution, Material
from tests.factories import (
    ActivityKindFactory,
    AgencyFactory,
    IndicatorFactory,
    ParticipationFactory,
    PlanFactory,
    PlanNodeFactory,
    RegionFactory,
    TrainingSessionFactory,
)
from trainings.indicators.dashboard import dashboard_data
from trainings.indicators.periods import period_year
from trainings.indicators.report import report_build
from trainings.models import Indicator

D = datetime.date
Source = Indicator.Source


@pytest.fixture
def kosovo(world, settings):
    settings.FENER_COUNTRY = "AL"
    pr = RegionFactory(code="PR", country="XK")
    atips = AgencyFactory(code="ATIPS", country="XK")
    plan = PlanFactory(code="KS", country="XK", start_year=2021, end_year=2023)
    node = PlanNodeFactory(plan=plan, level=0, code="K1", position=0)
    sessions = []
    for day, region, organiser, measures, count, profession in [
        (D(2022, 3, 1), pr, world.agencies.gdsp, [world.nodes.m11], 4, "jud"),
        (D(2022, 4, 1), None, atips, [node], 2, "pol"),
        (D(2022, 4, 2), None, None, [], 1, "lab"),
    ]:
        session = TrainingSessionFactory(
            start_date=day, region=region, organiser=organiser, measures=measures
        )
        ParticipationFactory(
            session=session,
            trainee=None,
            count=count,
            profession=getattr(world.professions, profession),
        )
        sessions.append(session)
    return plan, node, pr, atips


def test_albanias_report_counts_only_albanian_sessions(world, kosovo):
    report = report_build(period=period_year(2022), plan=world.plan)

    # K1 is in a Kosovo region (its Albanian organiser does not make it
    # Albanian), K2 was organised by a Kosovo agency; K3 says nothing of its
    # place, so it is the installation's (Albania's): S1-S3 + K3.
    assert (report["sessions"], report["participants"]) == (4, 16)
    assert report["unique_people"] == 14
    assert report["by_region"] == {"TR": 10, "SH": 5, "unknown": 1}
    # 1.1-a: S1 (7) + S2 (5); K1, though linked to 1.1, is in Kosovo.
    row = next(r for r in report["indicators"] if r["code"] == "1.1-a")
    assert row["actual"] == 12


def test_kosovos_report_counts_kosovo_sessions(world, kosovo):
    plan, node, _pr, _atips = kosovo
    people = IndicatorFactory(
        node=node, code="K1-a", source=Source.TRAINING_PARTICIPANTS
    )

    report = report_build(period=period_year(2022), plan=plan)

    assert (report["sessions"], report["participants"]) == (2, 6)  # K1 4 + K2 2
    assert report["by_region"] == {"PR": 4, "unknown": 2}
    row = next(r for r in report["indicators"] if r["code"] == people.code)
    assert row["actual"] == 2  # K2, linked to K1


def test_the_all_plans_report_still_counts_every_session(world, kosovo):
    report = report_build(period=period_year(2022), plan=None)

    assert (report["sessions"], report["participants"]) == (6, 15 + 4 + 2 + 1)


@pytest.mark.parametrize(
    ("country", "sessions", "participants"),
    # Kosovo: K1 (its region) + K2 (its organiser); Albania: S1-S3 + K3 (no place).
    [("XK", 2, 6), ("AL", 4, 16)],
)
def test_the_report_command_counts_one_country_across_plans(
    world, kosovo, country, sessions, participants
):
    out = io.StringIO()
    call_command(
        "indicator_report",
        *("--from", "2022-01-01", "--to", "2022-12-31", "--country", country),
        stdout=out,
    )

    report = json.loads(out.getvalue())
    assert report["country"] == country
    assert (report["sessions"], report["participants"]) == (sessions, participants)


def test_awareness_records_count_in_their_own_country(world, kosovo, home_page):
    _plan, _node, pr, atips = kosovo
    m11 = world.nodes.m11
    index = CampaignIndexPage.objects.filter(locale=home_page.locale).first()
    campaign = index.add_child(instance=CampaignPage(title="Tetori", slug="tetori"))
    for region, organiser, total in [
        (world.regions.tr, None, 100),  # Albania by its region
        (None, world.agencies.gdsp, 30),  # Albania by its organiser
        (pr, None, 999),  # Kosovo by its region
        (None, atips, 999),  # Kosovo by its organiser
    ]:
        activity = CampaignActivity.objects.create(
            campaign=campaign,
            title="x",
            date=D(2022, 10, 3),
            kind=ActivityKindFactory(code="event", name="Ngjarje"),
            region=region,
            organiser=organiser,
            audience_total=total,
        )
        activity.measures.set([m11])
    brochure = Material.objects.create(
        title="SOP", file=ContentFile(b"%PDF-1.4", name="sop.pdf")
    )
    for region, people in [(world.regions.tr, 40), (pr, 999)]:
        handed = Distribution.objects.create(
            material=brochure,
            date=D(2022, 11, 8),
            quantity=100,
            region=region,
            people_informed=people,
        )
        handed.measures.set([m11])
    reach = IndicatorFactory(node=m11, code="R", source=Source.CAMPAIGN_REACH)
    informed = IndicatorFactory(node=m11, code="I", source=Source.PERSONS_INFORMED)
    copies = IndicatorFactory(node=m11, code="C", source=Source.MATERIAL_DISTRIBUTED)

    rows = {
        r["code"]: r["actual"]
        for r in report_build(period=period_year(2022), plan=world.plan)["indicators"]
    }

    assert (rows["R"], rows["I"], rows["C"]) == (130, 130 + 40, 100)
    assert {reach.code, informed.code, copies.code} <= set(rows)


def test_dashboard_for_a_country_counts_its_sessions(world, kosovo):
    albania = dashboard_data(start=D(2022, 1, 1), end=D(2022, 12, 31), country="AL")
    kosovo_ = dashboard_data(start=D(2022, 1, 1), end=D(2022, 12, 31), country="XK")

    assert sum(bar["value"] for bar in albania["per_month"]) == 4  # S1-S3, K3
    assert sum(bar["value"] for bar in kosovo_["per_month"]) == 2


def test_public_summary_takes_a_country(world, kosovo, client, settings):
    settings.PUBLIC_MIN_COUNT = 1
    settings.FENER_COUNTRY = "AL"

    default = client.get("/figures/summary.json?period=2022").json()
    kosovo_ = client.get("/figures/summary.json?period=2022&country=XK").json()
    unknown = client.get("/figures/summary.json?period=2022&country=FR")

    assert (default["country"], default["participants"]) == ("AL", 16)
    assert (kosovo_["country"], kosovo_["participants"]) == ("XK", 6)
    assert unknown.status_code == 400


def test_a_record_without_a_place_belongs_to_the_installations_country(
    world, kosovo, settings
):
    settings.FENER_COUNTRY = "XK"
    plan = kosovo[0]

    report = report_build(period=period_year(2022), plan=plan)

    # K1 + K2 + K3 (1 labour inspector, no region, no organiser).
    assert (report["sessions"], report["participants"]) == (3, 7)
