"""Public campaign pages and the admin listings write dates and counts per language."""

import datetime

import pytest
from wagtail.models import Locale
from wagtail.users.models import UserProfile

from materials.models import PrintRun
from tests.factories import CampaignActivityFactory, MaterialFactory

pytestmark = pytest.mark.usefixtures("language_restored")

DAY = datetime.date(2026, 12, 7)


@pytest.mark.parametrize(
    ("language", "day", "reached"),
    [
        ("sq", "07.12.2026", "1\xa0250\xa0000"),
        ("sr", "7.12.2026.", "1.250.000"),
        ("en", "07/12/2026", "1,250,000"),
    ],
)
def test_campaign_page_dates_and_counts_as_its_language(
    client, translated_campaign, language, day, reached
):
    CampaignActivityFactory(
        campaign=translated_campaign, date=DAY, audience_total=1_250_000
    )
    page = translated_campaign.get_translation(
        Locale.objects.get(language_code=language)
    )

    html = client.get(page.url).content.decode()

    assert f"<td>{day}</td>" in html
    assert f"<td>{reached}</td>" in html


@pytest.mark.parametrize(
    ("language", "copies"),
    [("sq", "50\xa0000"), ("sr", "50.000"), ("en", "50,000")],
)
def test_print_runs_listing_groups_copies_in_the_users_language(
    client, make_user, language, copies
):
    PrintRun.objects.create(material=MaterialFactory(), date=DAY, quantity=50_000)
    user = make_user("office", "Office administrator")
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language
    profile.save()
    client.force_login(user)

    html = client.get("/admin/printrun/").content.decode()

    assert copies in html
    assert "50000" not in html.replace('value="50000"', "")
