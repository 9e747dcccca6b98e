"""Download counts per file and per partner appear in the admin."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from campaigns.models import CampaignIndexPage
from materials.models import Material, Publication
from siteconf.roles import roles_grant_content
from tests.factories import CampaignPageFactory, PublicationFactory, pdf_bytes

pytestmark = pytest.mark.django_db


def test_download_counts_per_material_and_partner(client, brochure, partner, make_user):
    # given two anonymous downloads of the sq file and one by IOM of the sr file
    client.get(brochure["sq"].url)
    client.get(brochure["sq"].url)
    client.force_login(partner)
    client.get(brochure["sr"].url)

    # when the office opens the report
    client.force_login(make_user("office", "Office administrator"))
    response = client.get("/admin/reports/downloads/")

    # then
    counts = {m.title: m.download_count for m in response.context["materials"]}
    assert counts["116 006 (sq)"] == 2
    assert counts["116 006 (sr)"] == 1
    assert counts["116 006 (en)"] == 0
    organisations = {
        a.code: a.download_count for a in response.context["organisations"]
    }
    assert organisations == {"IOM": 1}


def test_trainers_cannot_see_download_counts(client, make_user):
    client.force_login(make_user("trainer", "Trainer"))

    response = client.get("/admin/reports/downloads/")

    # Wagtail's admin turns a refusal into a redirect with a message.
    assert (response.status_code, response["Location"]) == (302, "/admin/")


def test_editor_publishes_a_brochure_for_a_campaign_through_the_admin(
    client, make_user, home_page
):
    roles_grant_content(home_page=home_page)
    campaign = CampaignPageFactory(
        parent=CampaignIndexPage.objects.get(locale__language_code="sq"),
        title="Linja 116 006",
    )
    client.force_login(make_user("editor", "Campaign editor"))
    assert client.get(f"/admin/pages/{campaign.pk}/edit/").status_code == 200

    # when the editor creates the publication, then uploads its Serbian file
    response = client.post(
        "/admin/publication/new/",
        {"title": "Linja 116 006", "kind": "leaflet", "campaigns": [campaign.pk]},
    )
    assert response.status_code == 302
    publication = Publication.objects.get()
    client.post(
        "/admin/documents/add/",
        {
            "title": "Linija 116 006",
            "file": SimpleUploadedFile("linija.pdf", pdf_bytes()),
            "publication": publication.pk,
            "language": "sr",
        },
    )

    # then visitors find the Serbian file on the campaign page
    material = Material.objects.get()
    assert (material.publication, material.language) == (publication, "sr")
    html = client.get(campaign.url).content.decode()
    assert material.url in html


@pytest.mark.parametrize("words", ["broshura", "Broshura 116"])
def test_publications_listing_searches_the_index(client, make_user, words):
    PublicationFactory(title="Broshura 116 006")
    PublicationFactory(title="Poster për mjekët")
    client.force_login(make_user("office", "Office administrator"))

    html = client.get("/admin/publication/", {"q": words}).content.decode()

    assert "Broshura 116 006" in html and "Poster për mjekët" not in html
