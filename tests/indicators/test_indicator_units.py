"""Indicators count what their unit says: campaigns, not activities; persons, not copies.

AL NAP 3.1.1-a and 3.1.2-d are "Number of campaigns"; 2.1.5-b is "Number of
persons informed" (issue 14, item 4).
"""

import datetime

import pytest
from django.core.files.base import ContentFile

from campaigns.models import CampaignActivity, CampaignIndexPage, CampaignPage
from materials.models import Distribution, Material
from trainings.models import Indicator

from ..factories import ActivityKindFactory, IndicatorFactory
from .test_campaign_and_material_indicators import rows_2022

D = datetime.date
Source = Indicator.Source


def kind_row(code: str):
    """An activity kind of the list (the demo's codes)."""
    return ActivityKindFactory(code=code, name=code)


@pytest.fixture
def campaigns(home_page):
    index = CampaignIndexPage.objects.filter(locale=home_page.locale).first()
    return [
        index.add_child(instance=CampaignPage(title=title, slug=title.lower()))
        for title in ("October", "Hotline", "Schools")
    ]


def activity(campaign, day, kind, total=0, measures=()):
    row = CampaignActivity.objects.create(
        campaign=campaign, title="x", date=day, kind=kind, audience_total=total
    )
    row.measures.set(measures)
    return row


def test_campaigns_count_distinct_campaigns_with_activity_in_the_period(
    world, campaigns
):
    october, hotline, schools = campaigns
    m11 = world.nodes.m11
    october.measures.set([m11])
    october.save()
    # October: three activities in 2022 (two TV spots, one social media post).
    activity(october, D(2022, 10, 3), kind_row("tv_spot"))
    activity(october, D(2022, 10, 4), kind_row("tv_spot"))
    activity(october, D(2022, 10, 5), kind_row("social_media"))
    # Hotline: one social media activity linked to the measure itself.
    activity(hotline, D(2022, 6, 15), kind_row("social_media"), measures=[m11])
    # Schools: linked, but active only in 2021; and an unlinked 2022 activity.
    activity(schools, D(2021, 3, 1), kind_row("school_session"), measures=[m11])
    activity(schools, D(2022, 3, 1), kind_row("school_session"))
    held = IndicatorFactory(
        node=m11,
        code="CAMP",
        source=Source.CAMPAIGNS,
        breakdowns=["channel", "campaign"],
    )

    row = rows_2022(world.plan)[held.code]

    # 5 linked activities in 2022, of 2 campaigns.
    assert row["actual"] == 2
    assert row["breakdown"] == {
        # October ran on TV and social media, the hotline on social media.
        "channel": {"tv_spot": 1, "social_media": 2},
        "campaign": {"October": 1, "Hotline": 1},
    }


def test_persons_informed_are_people_reached_and_people_briefed_not_copies(
    world, campaigns
):
    m11 = world.nodes.m11
    brochure = Material.objects.create(
        title="SOP brochure", file=ContentFile(b"%PDF-1.4", name="sop.pdf")
    )

    def handed(day, copies, people, measures=(m11,)):
        row = Distribution.objects.create(
            material=brochure, date=day, quantity=copies, people_informed=people
        )
        row.measures.set(measures)

    handed(D(2022, 11, 8), 650, 85)  # a briefing: 85 people, 650 copies
    handed(D(2022, 12, 1), 300, None)  # copies left at a desk: nobody counted
    handed(D(2022, 12, 2), 100, 40, measures=())  # another measure's
    handed(D(2021, 5, 1), 100, 30)  # another year
    activity(campaigns[0], D(2022, 4, 1), kind_row("roundtable"), 25, measures=[m11])
    informed = IndicatorFactory(
        node=m11, code="INF", source=Source.PERSONS_INFORMED, breakdowns=["region"]
    )

    row = rows_2022(world.plan)[informed.code]

    assert row["actual"] == 85 + 25
    assert row["breakdown"] == {"region": {"unknown": 110}}


def test_persons_informed_by_gender_keeps_the_unsplit_people_as_unknown(
    world, campaigns
):
    m11 = world.nodes.m11
    brochure = Material.objects.create(
        title="SOP brochure", file=ContentFile(b"%PDF-1.4", name="sop.pdf")
    )
    row = Distribution.objects.create(
        material=brochure, date=D(2022, 3, 1), quantity=10, people_informed=12
    )
    row.measures.set([m11])
    meeting = activity(campaigns[0], D(2022, 4, 1), kind_row("roundtable"), 30, [m11])
    meeting.audience_female, meeting.audience_male = 10, 15
    meeting.save()
    informed = IndicatorFactory(
        node=m11, code="INF", source=Source.PERSONS_INFORMED, breakdowns=["gender"]
    )

    row = rows_2022(world.plan)[informed.code]

    assert row["actual"] == 42
    assert row["breakdown"] == {"gender": {"F": 10, "M": 15, "unknown": 17}}
