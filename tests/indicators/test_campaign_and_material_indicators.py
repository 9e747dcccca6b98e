"""Awareness indicators computed from campaign activities, distributions and print runs."""

import datetime

import pytest
from django.core.files.base import ContentFile

from campaigns.models import CampaignActivity, CampaignIndexPage, CampaignPage
from materials.models import Distribution, Material, PrintRun, Publication
from trainings.indicators.periods import period_year
from trainings.indicators.report import report_build
from trainings.models import Indicator

from ..factories import ActivityKindFactory, IndicatorFactory

D = datetime.date
Source = Indicator.Source


def rows_2022(plan) -> dict:
    report = report_build(period=period_year(2022), plan=plan)
    return {row["code"]: row for row in report["indicators"]}


@pytest.fixture
def campaign(home_page):
    index = CampaignIndexPage.objects.filter(locale=home_page.locale).first()
    return index.add_child(instance=CampaignPage(title="Stop trafficking", slug="stop"))


def activity(campaign, day, total, female=None, male=None, measures=()):
    row = CampaignActivity.objects.create(
        campaign=campaign,
        title="School session",
        date=day,
        kind=ActivityKindFactory(),
        audience_total=total,
        audience_female=female,
        audience_male=male,
    )
    row.measures.set(measures)
    return row


def test_campaign_reach_and_activities(world, campaign):
    m11 = world.nodes.m11
    activity(campaign, D(2022, 3, 1), 100, 40, 50, [m11])
    activity(campaign, D(2022, 4, 1), 30, measures=[m11])
    activity(campaign, D(2022, 4, 1), 999)  # not linked
    activity(campaign, D(2021, 4, 1), 999, measures=[m11])  # another year
    reach = IndicatorFactory(
        node=m11,
        code="R",
        source=Source.CAMPAIGN_REACH,
        breakdowns=["gender", "channel"],
    )
    held = IndicatorFactory(node=m11, code="H", source=Source.CAMPAIGN_ACTIVITIES)

    rows = rows_2022(world.plan)

    assert rows[reach.code]["actual"] == 130
    # 40 women and 50 men counted; the other 10 + 30 were not split by gender.
    assert rows[reach.code]["breakdown"] == {
        "gender": {"F": 40, "M": 50, "unknown": 40},
        "channel": {"school_session": 130},
    }
    assert rows[held.code]["actual"] == 2


def test_activities_of_a_campaign_linked_to_the_measure_count(world, campaign):
    campaign.measures.set([world.nodes.m11])
    campaign.save()
    activity(campaign, D(2022, 3, 1), 100)
    reach = IndicatorFactory(
        node=world.nodes.m11, code="R", source=Source.CAMPAIGN_REACH
    )

    assert rows_2022(world.plan)[reach.code]["actual"] == 100


def test_materials_distributed_and_produced(world):
    m11 = world.nodes.m11
    leaflet = Material.objects.create(
        title="Leaflet", file=ContentFile(b"%PDF-1.4", name="leaflet.pdf")
    )
    poster = Material.objects.create(
        title="Poster", file=ContentFile(b"%PDF-1.4", name="poster.pdf")
    )
    handed = Distribution.objects.create(
        material=leaflet, date=D(2022, 5, 1), quantity=300, region=world.regions.tr
    )
    handed.measures.set([m11])
    leaflet.publication = Publication.objects.create(title="Know your rights")
    leaflet.publication.measures.set([m11])
    leaflet.save()
    Distribution.objects.create(material=poster, date=D(2022, 5, 1), quantity=50)
    PrintRun.objects.create(material=leaflet, date=D(2022, 2, 1), quantity=1000)
    PrintRun.objects.create(material=poster, date=D(2022, 2, 1), quantity=400)
    given = IndicatorFactory(
        node=m11, code="DIST", source=Source.MATERIAL_DISTRIBUTED, breakdowns=["region"]
    )
    printed = IndicatorFactory(node=m11, code="PRINT", source=Source.MATERIAL_PRODUCED)

    rows = rows_2022(world.plan)

    assert rows[given.code]["actual"] == 300
    assert rows[given.code]["breakdown"] == {"region": {"TR": 300}}
    # The leaflet was made for 1.1, the poster was not.
    assert rows[printed.code]["actual"] == 1000
