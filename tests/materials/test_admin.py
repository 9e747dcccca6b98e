"""Download counts per file and per partner appear in the admin."""

import pytest

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
