"""Every download passes the gate: counted, and partners-only files kept from others."""

import pytest

from materials.models import MaterialDownload

pytestmark = pytest.mark.django_db


def test_download_is_recorded_and_still_returns_the_file(client, brochure):
    # when an anonymous visitor downloads the Serbian brochure
    response = client.get(brochure["sr"].url)

    # then the file comes back and the download counts for that language file
    assert response.status_code == 200
    assert b"".join(response.streaming_content).startswith(b"%PDF")
    download = MaterialDownload.objects.get()
    assert download.material == brochure["sr"]
    assert download.organisation is None
    assert download.user is None


def test_partner_download_is_credited_to_the_organisation(client, brochure, partner):
    client.force_login(partner)

    client.get(brochure["en"].url)

    assert MaterialDownload.objects.get().organisation.code == "IOM"


def test_restricted_manual_is_refused_to_anonymous_visitors_even_by_direct_url(
    client, manual
):
    response = client.get(f"/documents/{manual.pk}/{manual.filename}")

    assert response.status_code == 302
    assert response["Location"].startswith("/sq/accounts/login/?next=/documents/")
    assert not MaterialDownload.objects.exists()


def test_restricted_manual_is_refused_to_a_signed_in_non_partner(
    client, manual, django_user_model
):
    client.force_login(django_user_model.objects.create_user("visitor"))

    response = client.get(manual.url)

    assert response.status_code == 403
    assert not MaterialDownload.objects.exists()


def test_restricted_manual_is_served_to_a_partner(client, manual, partner):
    client.force_login(partner)

    response = client.get(manual.url)

    assert response.status_code == 200
    assert MaterialDownload.objects.filter(material=manual).count() == 1


def test_office_staff_may_download_restricted_manual(client, manual, make_user):
    client.force_login(make_user("office", "Office administrator"))

    assert client.get(manual.url).status_code == 200
