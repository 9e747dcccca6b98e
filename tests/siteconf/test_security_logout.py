"""Signing out takes a POST with the CSRF token: a link, an image or a prefetch that
GETs a sign-out URL leaves the user signed in."""

import pytest
from django.test import Client

# (sign-out URL, a page only a signed-in user reaches)
SIGN_OUTS = [
    ("/admin/logout/", "/admin/"),
    ("/sq/accounts/logout/", "/sq/partners/"),
    ("/django-admin/logout/", "/django-admin/"),
]


@pytest.fixture
def user(make_user, home_page):
    """A partner who is also staff and superuser: reaches all three areas."""
    from tests.factories import AgencyFactory

    partner = make_user("iom", "Partner", organisation=AgencyFactory(code="IOM"))
    partner.is_staff = partner.is_superuser = True
    partner.save()
    return partner


def signed_in_browser(user) -> Client:
    browser = Client(enforce_csrf_checks=True)
    browser.force_login(user)
    return browser


def still_signed_in(browser: Client, private: str) -> bool:
    return browser.get(private).status_code == 200


@pytest.mark.parametrize(("sign_out", "private"), SIGN_OUTS)
# OPTIONS answers which methods are allowed; CSRF refuses PUT and DELETE first.
@pytest.mark.parametrize(
    ("method", "status"),
    [("get", 405), ("head", 405), ("options", 200), ("put", 403), ("delete", 403)],
)
def test_a_sign_out_url_opened_without_post_leaves_the_user_signed_in(
    user, sign_out, private, method, status
):
    browser = signed_in_browser(user)
    assert still_signed_in(browser, private)

    response = getattr(browser, method)(sign_out)

    assert response.status_code == status
    assert still_signed_in(browser, private)


@pytest.mark.parametrize(("sign_out", "private"), SIGN_OUTS)
def test_a_post_without_the_csrf_token_leaves_the_user_signed_in(
    user, sign_out, private
):
    browser = signed_in_browser(user)

    assert browser.post(sign_out).status_code == 403
    assert still_signed_in(browser, private)


@pytest.mark.parametrize(("sign_out", "private"), SIGN_OUTS)
def test_a_post_with_the_csrf_token_signs_out(user, sign_out, private):
    browser = signed_in_browser(user)
    browser.get(private)  # a page with the sign-out form sets the CSRF cookie
    token = browser.cookies["csrftoken"].value

    response = browser.post(sign_out, {"csrfmiddlewaretoken": token})

    assert response.status_code == 302
    assert not still_signed_in(browser, private)
