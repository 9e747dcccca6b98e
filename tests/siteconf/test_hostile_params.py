"""Every GET view, public and admin, asked with hostile values: never a 5xx.

The same resolver walk as the role matrix (tests/siteconf/url_walk.py). Each
URL is requested with every common query parameter set to a NUL, a quote, a
huge number, a negative number and a non-number, then with each path argument
set to the same values, as a superuser (who passes every permission check and
so reaches the parsing) and as an anonymous visitor. A bad parameter gets a
400, a 404 or an empty result; a 500 fails the test with its URL.
"""

from urllib.parse import quote, urlencode

import pytest
from django.conf import settings
from django.test import Client

from tests.siteconf.access_table import RAISES, TABLE
from tests.siteconf.url_walk import routes

pytestmark = pytest.mark.django_db

HOSTILE = {
    "NUL": "\x00",
    "quote": '"',
    "huge": "99999999999999999999",
    "negative": "-1",
    "non-number": "abc",
}
PARAMETERS = (
    "q",
    "p",
    "page",
    "id",
    "year",
    "period",
    "kind",
    "from",
    "to",
    "ordering",
    "plan",
    "format",
    "quarter",
    "half",
)


def hostile_urls(world_urls, value: str) -> list[str]:
    """Each URL with hostile query parameters, and with hostile path arguments."""
    query = urlencode(dict.fromkeys(PARAMETERS, value))
    urls = []
    for route in routes():
        if TABLE.get(route.route) and TABLE[route.route].ok == RAISES:
            continue  # Wagtail's deliberate error page
        urls += [f"{url.split('?')[0]}?{query}" for url in world_urls[route.route]]
        if route.literal and route.args:
            urls += route.urls({name: quote(value, safe="") for name in route.args})
    return urls


@pytest.mark.parametrize("value", HOSTILE.values(), ids=HOSTILE.keys())
@pytest.mark.parametrize("role", ["superuser", "anonymous"])
def test_no_view_answers_hostile_parameters_with_a_server_error(
    role, value, world, world_urls
):
    user = world.users[role]
    client = Client(raise_request_exception=False)
    if user:
        client.force_login(user)
    errors = []
    # when
    for url in hostile_urls(world_urls, value):
        response = client.get(url)
        if response.status_code >= 500:
            errors.append(f"{url}: {response.status_code}")
        if user and not client.cookies.get(settings.SESSION_COOKIE_NAME).value:
            client.force_login(user)
    # then
    assert not errors, f"{len(errors)} server errors:\n" + "\n".join(errors)


# The probe's own findings (issue 10, defect 9), each one request.


@pytest.mark.parametrize("query", ["\x00", "Hoxha\x00", '"', 'Besa "Hoxha'])
def test_site_search_answers_nul_and_quotes_without_a_server_error(query, home_page):
    # when
    response = Client(raise_request_exception=False).get("/sq/search/", {"q": query})
    # then
    assert response.status_code in (200, 400)


def test_a_nul_in_a_path_argument_is_a_bad_request(db):
    # when
    response = Client(raise_request_exception=False).get("/verify/%00/")
    # then
    assert response.status_code == 400


@pytest.mark.parametrize("year", ["abc", "-1", "99999999999999999999", "1999"])
def test_dashboard_refuses_a_year_that_is_not_one(year, make_user, client):
    client.force_login(make_user("monitor", "Monitoring officer"))
    # when
    response = client.get("/admin/indicators/dashboard/", {"year": year})
    # then
    assert response.status_code == 400
    assert "year" in response.content.decode().lower()


CHOOSERS = ["trainee_chooser", "documents/chooser", "images/chooser", "choose-page"]


@pytest.mark.parametrize("chooser", CHOOSERS)
def test_choosers_answer_ids_that_are_not_keys_with_nothing(chooser, make_user):
    client = Client(raise_request_exception=False)
    client.force_login(make_user("office", "Office administrator"))
    # when
    response = client.get(
        f"/admin/{chooser}/chosen-multiple/",
        {"id": ["abc", "-1", "99999999999999999999"]},
    )
    # then
    assert response.status_code == 200
    assert response.json()["result"] == []


@pytest.mark.parametrize("chooser", CHOOSERS[:3])
def test_choosers_answer_a_key_that_is_not_one_as_not_found(chooser, make_user):
    client = Client(raise_request_exception=False)
    client.force_login(make_user("office", "Office administrator"))
    # when
    response = client.get(f"/admin/{chooser}/chosen/abc/")
    # then (Django's LocaleMiddleware answers an admin 404 with a redirect)
    assert response.status_code in (302, 404)


@pytest.mark.parametrize("page", ["abc", "-1", "99999999999999999999"])
def test_workflow_editor_answers_any_page_number(page, make_user, home_page):
    from wagtail.models import Workflow

    # Its own: a flushing test may have removed the one Wagtail's migrations make.
    workflow = Workflow.objects.create(name="Office approval")
    client = Client(raise_request_exception=False)
    client.force_login(make_user("root"))
    # when
    response = client.get(f"/admin/workflows/edit/{workflow.pk}/", {"p": page})
    # then
    assert response.status_code == 200
