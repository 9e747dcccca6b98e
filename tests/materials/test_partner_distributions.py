"""A partner's home: what it may download, and its reported distributions, which it
may correct or withdraw for a while after reporting (DISTRIBUTION_EDIT_DAYS)."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from materials.models import Distribution
from tests.factories import AgencyFactory, PlanNodeFactory

pytestmark = pytest.mark.django_db


def _distribution(material, organisation, *, quantity=100, day=1, days_ago=0):
    distribution = Distribution.objects.create(
        material=material,
        quantity=quantity,
        date=datetime.date(2022, 10, day),
        place=f"Shkolla {day}",
        partner=organisation,
    )
    if days_ago:  # reported_at is auto_now_add: move it back by hand
        reported_at = timezone.now() - datetime.timedelta(days=days_ago)
        Distribution.objects.filter(pk=distribution.pk).update(reported_at=reported_at)
    return distribution


def test_home_lists_the_partners_only_manual_before_the_public_files(
    client, partner, brochure, manual
):
    client.force_login(partner)

    response = client.get("/sq/partners/")

    # partners-only first, then by title, each file by title and language
    labels = [material.label for material in response.context["materials"]]
    assert labels == [
        "Manual SOP (Shqip)",
        "Broshura 116 006 (English)",
        "Broshura 116 006 (Shqip)",
        "Broshura 116 006 (Српски)",
    ]
    html = response.content.decode()
    assert html.index("Manual SOP (Shqip)") < html.index("Broshura 116 006 (English)")
    assert manual.url in html


def test_report_form_names_each_file_by_title_and_language(client, partner, brochure):
    client.force_login(partner)

    html = client.get("/sq/partners/distributions/new/").content.decode()

    assert ">Broshura 116 006 (Shqip)</option>" in html
    assert ">Broshura 116 006 (English)</option>" in html
    assert ">Broshura 116 006 (Српски)</option>" in html


def test_home_lists_only_the_organisation_distributions_twelve_a_page(
    client, partner, brochure
):
    iom = partner.organisation
    for day in range(1, 14):  # 13 reports: 12 on page 1, 1 on page 2
        _distribution(brochure["sq"], iom, day=day)
    _distribution(brochure["sq"], AgencyFactory(code="UNICEF"), quantity=999, day=20)
    client.force_login(partner)

    first = client.get("/sq/partners/").context["distributions"]
    second = client.get("/sq/partners/?page=2").context["distributions"]

    assert [d.date.day for d in first] == list(range(13, 1, -1))  # newest first
    assert [d.date.day for d in second] == [1]
    assert first.paginator.count == 13  # UNICEF's 999 copies are not IOM's


def test_partner_corrects_a_distribution_reported_last_week(client, partner, brochure):
    measure = PlanNodeFactory()
    brochure["sq"].publication.measures.add(measure)
    distribution = _distribution(brochure["sq"], partner.organisation, days_ago=7)
    client.force_login(partner)

    response = client.post(
        f"/sq/partners/distributions/{distribution.pk}/edit/",
        {
            "material": brochure["en"].pk,
            "quantity": 150,
            "date": "2022-10-18",
            "place": "Pika e kalimit kufitar Morinë",
        },
    )

    assert response.status_code == 302
    distribution.refresh_from_db()
    assert (distribution.material, distribution.quantity) == (brochure["en"], 150)
    assert distribution.place == "Pika e kalimit kufitar Morinë"
    assert list(distribution.measures.all()) == [measure]  # still counted
    assert (
        "Shpërndarja u korrigjua." in client.get(response["Location"]).content.decode()
    )


def test_edit_form_shows_what_was_reported(client, partner, brochure):
    distribution = _distribution(brochure["sq"], partner.organisation, quantity=240)
    client.force_login(partner)

    response = client.get(f"/sq/partners/distributions/{distribution.pk}/edit/")

    assert response.context["form"]["quantity"].value() == 240
    assert 'value="Shkolla 1"' in response.content.decode()


def test_partner_withdraws_a_distribution_and_its_copies_no_longer_count(
    client, partner, brochure
):
    kept = _distribution(brochure["sq"], partner.organisation, quantity=200)
    withdrawn = _distribution(brochure["sq"], partner.organisation, quantity=50)
    client.force_login(partner)
    url = f"/sq/partners/distributions/{withdrawn.pk}/withdraw/"

    assert client.get(url).status_code == 200  # a confirmation first
    response = client.post(url)

    assert list(Distribution.objects.all()) == [kept]
    home = client.get(response["Location"])
    assert home.context["distributed"] == 200  # 250 before
    assert "Shpërndarja u tërhoq." in home.content.decode()


def test_another_partner_distribution_is_not_found(client, partner, brochure):
    theirs = _distribution(brochure["sq"], AgencyFactory(code="UNICEF"))
    client.force_login(partner)

    edit = client.get(f"/sq/partners/distributions/{theirs.pk}/edit/")
    withdraw = client.post(f"/sq/partners/distributions/{theirs.pk}/withdraw/")

    assert (edit.status_code, withdraw.status_code) == (404, 404)
    assert Distribution.objects.filter(pk=theirs.pk).exists()


@pytest.mark.parametrize(("days_ago", "open_"), [(29, True), (31, False)])
def test_a_distribution_can_be_changed_for_thirty_days_after_reporting(
    client, partner, brochure, settings, days_ago, open_
):
    settings.DISTRIBUTION_EDIT_DAYS = 30
    distribution = _distribution(
        brochure["sq"], partner.organisation, days_ago=days_ago
    )
    client.force_login(partner)
    edit = f"/sq/partners/distributions/{distribution.pk}/edit/"

    home = client.get("/sq/partners/").content.decode()
    response = client.post(f"/sq/partners/distributions/{distribution.pk}/withdraw/")

    assert (edit in home) is open_
    assert Distribution.objects.filter(pk=distribution.pk).exists() is not open_
    assert response.status_code == (302 if open_ else 404)


def test_the_period_is_a_setting(client, partner, brochure, settings):
    settings.DISTRIBUTION_EDIT_DAYS = 7
    distribution = _distribution(brochure["sq"], partner.organisation, days_ago=10)
    client.force_login(partner)

    response = client.get(f"/sq/partners/distributions/{distribution.pk}/edit/")

    assert response.status_code == 404


def test_home_queries_do_not_grow_with_its_rows(
    client, partner, brochure, manual, django_assert_num_queries
):
    client.force_login(partner)
    _distribution(brochure["sq"], partner.organisation)
    with CaptureQueriesContext(connection) as one:
        client.get("/sq/partners/")
    for day in range(2, 9):  # seven more reports, on three files
        _distribution(
            brochure[("sq", "en", "sr")[day % 3]], partner.organisation, day=day
        )

    with django_assert_num_queries(len(one)):
        client.get("/sq/partners/")


def test_download_history_counts_only_the_organisation_downloads(
    client, partner, brochure, manual, make_user
):
    other = make_user("unicef", "Partner", organisation=AgencyFactory(code="UNICEF"))
    client.force_login(other)
    client.get(manual.url)  # UNICEF's download is not IOM's
    client.force_login(partner)
    for url in (manual.url, manual.url, manual.url, brochure["sr"].url):
        client.get(url)

    response = client.get("/sq/partners/")

    rows = [(m.label, m.download_count) for m in response.context["downloads"]]
    assert rows == [("Broshura 116 006 (Српски)", 1), ("Manual SOP (Shqip)", 3)]


def test_partner_home_speaks_serbian_in_cyrillic(client, partner, brochure):
    _distribution(brochure["sr"], partner.organisation)
    client.force_login(partner)

    html = client.get("/sr/partners/").content.decode()

    assert "Поделе ваше организације" in html
    assert "Материјали које можете да преузмете" in html
    assert ">Исправи</a>" in html
