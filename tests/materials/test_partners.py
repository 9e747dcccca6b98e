"""Partners sign in, see their organisation's downloads and report distributions."""

import datetime

import pytest

from materials.models import Distribution
from tests.factories import RegionFactory

pytestmark = pytest.mark.django_db


def test_partner_signs_in_on_the_public_site(client, partner):
    response = client.post(
        "/en/accounts/login/", {"username": "iom", "password": "pass"}, follow=True
    )

    assert response.redirect_chain[-1][0] == "/en/partners/"
    assert "IOM Tirana" in response.content.decode()


def test_partner_home_lists_the_organisation_downloads(client, partner, brochure):
    client.force_login(partner)
    client.get(brochure["sq"].url)
    client.get(brochure["sq"].url)

    response = client.get("/sq/partners/")

    rows = [(m.label, m.download_count) for m in response.context["downloads"]]
    assert rows == [("Broshura 116 006 (Shqip)", 2)]


def test_valid_distribution_report_is_saved_for_the_organisation(
    client, partner, brochure
):
    # given a partner on the report form
    client.force_login(partner)
    region = RegionFactory(code="KU", name="Kukës")

    # when they report 200 leaflets handed out at the border crossing
    response = client.post(
        "/sq/partners/distributions/new/",
        {
            "material": brochure["sq"].pk,
            "quantity": 200,
            "date": "2022-10-18",
            "place": "Pika e kalimit kufitar Morinë",
            "region": region.pk,
        },
    )

    # then it is recorded against IOM and they are thanked
    assert response.status_code == 302
    distribution = Distribution.objects.get()
    assert distribution.partner.code == "IOM"
    assert distribution.reported_by == partner
    assert (distribution.quantity, distribution.date) == (
        200,
        datetime.date(2022, 10, 18),
    )
    thanks = "Faleminderit: shpërndarja u regjistrua."
    assert thanks in client.get(response["Location"]).content.decode()


def test_partner_reports_the_people_briefed_with_the_copies(client, partner, brochure):
    client.force_login(partner)

    client.post(
        "/sq/partners/distributions/new/",
        {
            "material": brochure["sq"].pk,
            "quantity": 650,
            "people_informed": 85,
            "date": "2022-11-08",
        },
    )

    # 650 copies, 85 people: "persons informed" indicators count the 85.
    distribution = Distribution.objects.get()
    assert (distribution.quantity, distribution.people_informed) == (650, 85)


def test_invalid_distribution_report_keeps_what_was_typed(client, partner, brochure):
    client.force_login(partner)

    response = client.post(
        "/sq/partners/distributions/new/",
        {
            "material": brochure["sq"].pk,
            "quantity": 0,
            "date": "2099-01-01",
            "place": "Shkolla Naim Frashëri",
        },
    )

    html = response.content.decode()
    assert response.status_code == 200
    assert not Distribution.objects.exists()
    assert 'value="Shkolla Naim Frashëri"' in html
    assert 'value="2099-01-01"' in html
    assert "nuk mund të jetë në të ardhmen" in html  # the site speaks Albanian
    assert response.context["form"].errors["quantity"]


def test_partner_pages_are_closed_to_non_partners(client, django_user_model):
    assert client.get("/sq/partners/").status_code == 302  # to the sign-in page
    client.force_login(django_user_model.objects.create_user("someone"))
    assert client.get("/sq/partners/distributions/new/").status_code == 403


def test_partner_signs_out_back_to_the_site(client, partner):
    client.force_login(partner)

    response = client.post("/sq/accounts/logout/")

    assert (response.status_code, response["Location"]) == (302, "/")
    assert client.get("/sq/partners/").status_code == 302


@pytest.mark.parametrize("quantity", ["2147483648", "99999999999999999999"])
def test_unrealistic_distribution_report_gets_a_field_error_in_the_site_language(
    client, partner, brochure, quantity
):
    client.force_login(partner)

    response = client.post(
        "/sq/partners/distributions/new/",
        {
            "material": brochure["sq"].pk,
            "quantity": quantity,
            "date": "2022-10-18",
            "place": "Shkolla Naim Frashëri",
        },
    )

    assert response.status_code == 200
    assert not Distribution.objects.exists()
    assert response.context["form"].errors["quantity"] == [
        f"{quantity} është më shumë se sa pranon kjo fushë (më së shumti 100000): "
        "kontrolloni shifrën."
    ]
