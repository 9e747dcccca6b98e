"""An editor enters awareness work as the 2014 report states it: "14 awareness
activities in schools" in April, an NGO's project outside any campaign, airings
on named outlets; unknown figures stay empty; a date in 2030 is refused."""

import datetime

import pytest

from campaigns.models import CampaignActivity, MediaOutlet
from tests.factories import (
    ActivityKindFactory,
    AgencyFactory,
    CampaignActivityFactory,
    CampaignPageFactory,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def kind():
    return ActivityKindFactory(code="school_session")


def form_data(kind, **changes) -> dict:
    data = {
        "campaign": "",
        "title": "Aktivitete ndërgjegjësimi në shkolla",
        "kind": kind.pk,
        "when": "2014-04",
        "until": "",
        "place": "",
        "region": "",
        "organiser": "",
        "quantity": "14",
        "audience_total": "",
        "audience_female": "",
        "audience_male": "",
        "broadcasts": "",
        "articles": "",
        "ref": "",
    }
    return data | changes


def test_ngo_work_outside_a_campaign_in_april_with_fourteen_units(editor_client, kind):
    ngo = AgencyFactory(code="TDH", name="Terre des hommes")
    donor = AgencyFactory(code="USAID", name="USAID")

    response = editor_client.post(
        "/admin/campaignactivity/new/",
        form_data(kind, organiser=ngo.pk, funders=[donor.pk]),
    )

    assert response.status_code == 302, response.context["form"].errors
    activity = CampaignActivity.objects.get()
    assert activity.ref == f"activity-{activity.pk}"  # a key for exports
    assert (activity.date, activity.date_precision) == (
        datetime.date(2014, 4, 1),
        "month",
    )
    assert activity.quantity == 14
    assert activity.campaign is None
    assert list(activity.funders.all()) == [donor]
    # unknown is not zero
    assert (activity.audience_total, activity.broadcasts, activity.articles) == (
        None,
        None,
        None,
    )
    listing = editor_client.get("/admin/campaignactivity/").content.decode()
    assert "Prill 2014" in listing


def test_airings_on_three_outlets(editor_client, kind, campaign_index):
    campaign = CampaignPageFactory(parent=campaign_index, title="Java 2014")
    outlets = [
        MediaOutlet.objects.create(code=code, name=name)
        for code, name in (
            ("top-channel", "Top Channel"),
            ("vizion-plus", "Vizion Plus"),
            ("klan-tv", "Klan TV"),
        )
    ]
    tv_spot = ActivityKindFactory(code="tv_spot", name="Spot televiziv")

    response = editor_client.post(
        "/admin/campaignactivity/new/",
        form_data(
            tv_spot,
            campaign=campaign.pk,
            title="Spoti 116 006",
            when="2014",
            quantity="1",
            broadcasts="135",
            outlets=[o.pk for o in outlets],
            confirm_dates="on",
        ),
    )

    assert response.status_code == 302, response.context["form"].errors
    activity = CampaignActivity.objects.get()
    assert activity.broadcasts == 135
    assert activity.outlets.count() == 3


def test_a_date_in_the_future_is_refused(editor_client, kind):
    ngo = AgencyFactory(code="TDH")

    response = editor_client.post(
        "/admin/campaignactivity/new/",
        form_data(kind, organiser=ngo.pk, when="2030-05"),
    )

    assert response.status_code == 200
    assert "2030-05" in response.context["form"].errors["when"][0]
    assert not CampaignActivity.objects.exists()


def test_work_outside_a_campaign_names_its_organiser(editor_client, kind):
    response = editor_client.post("/admin/campaignactivity/new/", form_data(kind))

    assert response.status_code == 200
    assert response.context["form"].errors["organiser"] == [
        "Puna jashtë një fushate të zyrës ka nevojë për organizatorin e saj."
    ]


def test_outside_the_campaigns_period_only_when_confirmed(
    editor_client, kind, campaign_index
):
    campaign = CampaignPageFactory(
        parent=campaign_index,
        title="Java 2014",
        start_date=datetime.date(2014, 10, 13),
        end_date=datetime.date(2014, 10, 19),
    )
    data = form_data(kind, campaign=campaign.pk, when="2014-04")

    refused = editor_client.post("/admin/campaignactivity/new/", data)
    # a year may be the campaign's week: no question asked
    inside = editor_client.post(
        "/admin/campaignactivity/new/", data | {"when": "2014", "title": "Viti"}
    )
    confirmed = editor_client.post(
        "/admin/campaignactivity/new/", data | {"confirm_dates": "on"}
    )

    assert "confirm_dates" in refused.context["form"].errors
    assert inside.status_code == confirmed.status_code == 302
    assert CampaignActivity.objects.count() == 2


def test_the_edit_form_shows_the_date_as_entered(editor_client, campaign_index):
    campaign = CampaignPageFactory(parent=campaign_index)
    activity = CampaignActivityFactory(
        campaign=campaign, date=datetime.date(2014, 4, 1), date_precision="month"
    )

    response = editor_client.get(f"/admin/campaignactivity/edit/{activity.pk}/")

    assert response.context["form"].initial["when"] == "2014-04"
