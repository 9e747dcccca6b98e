"""The public site answers in Albanian, English and Serbian; the admin asks for a login."""

import pytest

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("language", "title"),
    [
        ("sq", "kundër trafikimit"),
        ("en", "against trafficking"),
        ("sr", "против трговине људима"),
    ],
)
def test_home_page_renders_in_each_language(client, home_page, language, title):
    response = client.get(f"/{language}/")

    assert response.status_code == 200
    html = response.content.decode()
    assert f'<html lang="{language}">' in html
    assert title in html
    assert "116 006" in html


def test_home_page_links_to_its_translations(client, home_page):
    html = client.get("/en/").content.decode()

    assert 'hreflang="sq"' in html
    assert 'hreflang="sr"' in html


def test_root_redirects_to_a_language(client, home_page):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE="en")

    assert response.status_code == 302
    assert response["Location"] == "/en/"


def test_admin_requires_login(client):
    response = client.get("/admin/")

    assert response.status_code == 302
    assert "/admin/login/" in response["Location"]


def test_admin_login_page_renders(client):
    response = client.get("/admin/login/")

    assert response.status_code == 200
    assert b"Sign in" in response.content or b"Hyr" in response.content


def test_static_css_is_served(client, home_page):
    html = client.get("/sq/").content.decode()

    assert "/static/css/site.css" in html
