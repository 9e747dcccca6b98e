"""Login throttling (django-axes) on the admin and the partners' sign-in screens."""

import pytest
from django.conf import settings
from django.core.management import call_command

SIGN_IN_SCREENS = ["/admin/login/", "/sq/accounts/login/"]
OFFICE_NETWORK = "198.51.100.7"


def sign_in(client, url, password, address=OFFICE_NETWORK, **headers):
    return client.post(
        url,
        {"username": "alice", "password": password},
        REMOTE_ADDR=address,
        **headers,
    )


def signed_in(client) -> bool:
    return "_auth_user_id" in client.session


@pytest.fixture
def alice(make_user, home_page):
    return make_user("alice", "Partner")


def lock_out(client, url):
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        assert sign_in(client, url, "wrong").status_code == 200  # form again
    return sign_in(client, url, "wrong")


@pytest.mark.parametrize("url", SIGN_IN_SCREENS)
def test_failed_sign_ins_lock_the_account_even_for_the_right_password(
    client, alice, url
):
    # when the password is wrong AXES_FAILURE_LIMIT times in a row
    locked = lock_out(client, url)

    # then a clear page says why (in Albanian, the default language), not a stack trace
    assert locked.status_code == 429
    assert "registration/locked_out.html" in [t.name for t in locked.templates]
    text = locked.content.decode()
    assert "Hyrja është pezulluar" in text
    assert "pas 60 minutash" in text  # AXES_COOLOFF_TIME, 1 hour by default

    # and the right password is refused too
    assert sign_in(client, url, "pass").status_code == 429
    assert not signed_in(client)


@pytest.mark.parametrize(
    ("url", "title"),
    [("/en/accounts/login/", "Sign-in paused"), ("/sr/accounts/login/", "Пријава је")],
)
def test_lockout_page_speaks_the_partner_screen_language(client, alice, url, title):
    locked = lock_out(client, url)

    assert title in locked.content.decode()


def test_lock_holds_a_username_from_one_address_only(client, alice):
    lock_out(client, "/admin/login/")

    # alice on another network is not shut out (nobody can lock her out from afar)
    assert (
        sign_in(client, "/admin/login/", "pass", address="203.0.113.5").status_code
        == 302
    )
    assert signed_in(client)


def test_other_users_on_the_same_network_can_still_sign_in(client, alice, make_user):
    make_user("bob", "Partner")
    lock_out(client, "/admin/login/")

    response = client.post(
        "/admin/login/",
        {"username": "bob", "password": "pass"},
        REMOTE_ADDR=OFFICE_NETWORK,
    )

    assert response.status_code == 302


def test_behind_a_proxy_the_header_it_sets_names_the_client(client, alice, settings):
    # gunicorn sees only the proxy; the proxy sets X-Real-IP to the client's address
    settings.AXES_IPWARE_META_PRECEDENCE_ORDER = ["HTTP_X_REAL_IP"]
    for _ in range(settings.AXES_FAILURE_LIMIT):
        sign_in(
            client, "/admin/login/", "wrong", "127.0.0.1", HTTP_X_REAL_IP=OFFICE_NETWORK
        )

    other_client = sign_in(
        client, "/admin/login/", "pass", "127.0.0.1", HTTP_X_REAL_IP="203.0.113.5"
    )
    assert other_client.status_code == 302
    locked = sign_in(
        client, "/admin/login/", "pass", "127.0.0.1", HTTP_X_REAL_IP=OFFICE_NETWORK
    )
    assert locked.status_code == 429


def test_administrator_unlocks_a_user_with_axes_reset_username(client, alice):
    lock_out(client, "/admin/login/")

    call_command("axes_reset_username", "alice")

    assert sign_in(client, "/admin/login/", "pass").status_code == 302
    assert signed_in(client)


def test_sign_in_after_the_cool_off_time_works_again(client, alice, settings):
    lock_out(client, "/sq/accounts/login/")

    settings.AXES_COOLOFF_TIME = 0.0  # hours: the lock has expired

    assert sign_in(client, "/sq/accounts/login/", "pass").status_code == 302
