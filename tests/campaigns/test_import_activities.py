"""`import_activities FILE`: the awareness records of an annual report in minutes,
as the report states them (issue 12 item 5), through ActivityResource."""

import datetime
import io
from pathlib import Path

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.urls import reverse
from django.utils import translation

from campaigns.demo import build_activity_kinds
from campaigns.models import CampaignActivity
from campaigns.resources import ActivityResource
from tests.factories import (
    AgencyFactory,
    CampaignPageFactory,
    PlanFactory,
    PlanNodeFactory,
)

pytestmark = pytest.mark.django_db
FILE = Path(__file__).parents[1] / "data" / "awareness" / "activities_2014.csv"
HEADER = FILE.read_text().splitlines()[0]


@pytest.fixture
def lists(campaign_index):
    build_activity_kinds()  # and the media outlets
    CampaignPageFactory(
        parent=campaign_index,
        title="Java 2014",
        slug="java-2014",
        start_date=datetime.date(2014, 1, 1),
        end_date=datetime.date(2014, 12, 31),
    )
    AgencyFactory(code="TDH", name="Terre des hommes")
    AgencyFactory(code="USAID", name="USAID")
    PlanNodeFactory(plan=PlanFactory(code="TP"), code="1.1")


def run(data: bytes, name="activities.csv", **options):
    return ActivityResource().import_file(data, filename=name, **options)


def test_the_reports_records_import_as_stated(lists):
    call_command("import_activities", str(FILE), stdout=io.StringIO())

    rows = {a.ref: a for a in CampaignActivity.objects.all()}
    schools = rows["onac-2014-schools"]
    assert (schools.date, schools.date_precision, schools.quantity) == (
        datetime.date(2014, 4, 1),
        "month",
        14,
    )
    assert (schools.audience_total, schools.audience_female) == (1200, 640)
    assert [m.code for m in schools.measures.all()] == ["1.1"]
    spot = rows["onac-2014-spot"]
    assert (spot.date_precision, spot.broadcasts, spot.audience_total) == (
        "year",
        135,
        None,
    )
    assert {o.code for o in spot.outlets.all()} == {
        "top-channel",
        "vizion-plus",
        "klan-tv",
    }
    camp = rows["ngo-2014-camp"]
    assert camp.campaign is None and camp.organiser.code == "TDH"
    assert camp.end_date == datetime.date(2014, 7, 20)
    assert {f.code for f in camp.funders.all()} == {"USAID", "TDH"}
    assert rows["onac-2014-press"].quantity == 1  # empty: one activity
    assert rows["onac-2014-press"].articles == 6


def test_importing_the_same_file_again_changes_nothing(lists):
    first = run(FILE.read_bytes())
    again = run(FILE.read_bytes())

    assert (first.created, first.updated) == (4, 0)
    assert (again.created, again.updated, again.unchanged) == (0, 0, 4)
    assert CampaignActivity.objects.count() == 4


def test_a_changed_list_cell_updates_the_links(lists):
    run(FILE.read_bytes())
    changed = FILE.read_text().replace("top-channel;vizion-plus;Klan TV", "klan-tv")

    result = run(changed.encode())

    assert (result.created, result.updated, result.unchanged) == (0, 1, 3)
    spot = CampaignActivity.objects.get(ref="onac-2014-spot")
    assert [o.code for o in spot.outlets.all()] == ["klan-tv"]


def test_a_dry_run_writes_nothing(lists):
    result = run(FILE.read_bytes(), dry_run=True)

    assert (result.created, result.errors.report()) == (4, [])
    assert not CampaignActivity.objects.exists()


def test_every_bad_cell_is_reported_and_nothing_is_imported(lists):
    text = (
        f"{HEADER}\n"
        "a1,java-2014,Ekspozitë,exhibiton,2014-05,,,,,,1,,,,,,,\n"
        "a2,,Forum,discussion_forum,2030,,,,,,1,,,,,,,\n"
        "a3,java-2014,Seancë,school_session,2014-04-31,,,,,,0,100,70,40,,,,\n"
        "a4,java-2014,Spot,tv_spot,2014-06,2014,,,,,1,,,,,,Klan,\n"
    )

    with translation.override("sq"):  # the office's language, whatever ran before
        result = run(text.encode())
        report = result.errors.report()

    assert report == [
        "rreshti 2, kolona kind: kod i panjohur 'exhibiton' (mos keni parasysh "
        "exhibition?)",
        "rreshti 3, kolona start_date: 2030 është në të ardhmen: regjistroni "
        "aktivitetet pasi të jenë zhvilluar.",
        "rreshti 3, kolona organiser: Puna jashtë një fushate të zyrës ka nevojë "
        "për organizatorin e saj.",
        "rreshti 4, kolona start_date: '2014-04-31' nuk është datë: shkruani 2014, "
        "2014-04 ose 2014-04-12.",
        "rreshti 4, kolona quantity: 0 është më pak se sa pranon kjo fushë (të "
        "paktën 1).",
        "rreshti 4, kolona audience_total: Gratë dhe burrat e arritur (110) janë "
        "më shumë se totali.",
        "rreshti 5, kolona outlets: kod i panjohur 'Klan' (mos keni parasysh "
        "klan-tv ose Klan TV?)",
        "rreshti 5, kolona end_date: Jepni datën e mbarimit me të njëjtën saktësi "
        "si fillimin.",
    ]
    assert not CampaignActivity.objects.exists()


@pytest.mark.parametrize("format", ["csv", "xlsx"])
def test_an_export_imports_back_unchanged(lists, client, make_user, format):
    run(FILE.read_bytes())
    client.force_login(make_user("office", "Office administrator"))

    response = client.get(reverse("imports:export", args=["activities", format]))
    result = run(response.content, name=f"activities.{format}")

    assert result.errors.report() == []
    assert (result.created, result.updated, result.unchanged) == (0, 0, 4)


def test_the_command_refuses_a_bad_file_with_the_rows(lists, tmp_path):
    path = tmp_path / "bad.csv"
    path.write_text(f"{HEADER}\na1,nowhere,T,tv_spot,2014,,,,,,1,,,,,,,\n")
    errors = io.StringIO()

    with pytest.raises(CommandError):
        call_command("import_activities", str(path), stderr=errors)

    assert "rreshti 2, kolona campaign: kod i panjohur 'nowhere'" in errors.getvalue()


def test_an_activity_outside_its_campaigns_period_is_refused_unless_confirmed(
    lists,
):
    header = f"{HEADER},confirm_outside_campaign"
    outside = "a1,java-2014,Forum,tv_spot,2013-11,,,,,,1,,,,,,,"
    inside = "a2,java-2014,Spot,tv_spot,2014-10,,,,,,1,,,,,,,"

    with translation.override("sq"):
        refused = run(f"{header}\n{outside},\n{inside},\n".encode())
        report = refused.errors.report()
    confirmed = run(f"{header}\n{outside},yes\n{inside},\n".encode())

    # The campaign ran through 2014 (the fixture); November 2013 is before it.
    assert report == [
        "rreshti 2, kolona start_date: Fushata zgjati nga 01.01.2014 deri më "
        "31.12.2014; ky aktivitet bie jashtë saj. Nëse datat janë të sakta, "
        'shkruani "yes" në kolonën confirm_outside_campaign.'
    ]
    assert (confirmed.errors.report(), confirmed.created) == ([], 2)
    assert CampaignActivity.objects.get(ref="a1").date == datetime.date(2013, 11, 1)


def test_a_confirmation_other_than_yes_is_refused(lists):
    text = f"{HEADER},confirm_outside_campaign\na1,java-2014,S,tv_spot,2014-10,,,,,,1,,,,,,,,maybe\n"

    with translation.override("sr"):
        report = run(text.encode()).errors.report()

    assert report == [
        "ред 2, колона confirm_outside_campaign: 'maybe' мора бити \"yes\" или празно"
    ]
