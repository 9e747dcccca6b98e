"""Password reset is throttled per address and per network: flooding someone's
mailbox, or the office's mail server, stops after a few e-mails, and the answer
never tells whether the address has an account."""

import pytest
from django.core import mail
from django.core.cache import cache

RESET = "/admin/password_reset/"
DONE = "/admin/password_reset/done/"
OFFICE_NETWORK = "198.51.100.7"
ELSEWHERE = "203.0.113.9"


@pytest.fixture(autouse=True)
def _fresh_counters():
    cache.clear()  # the counters live in the Django cache
    yield
    cache.clear()


@pytest.fixture
def staff(make_user):
    return {
        name: make_user(name, "Campaign editor", email=f"{name}@onac.gov.al")
        for name in ("alice", "bob")
    }


def ask(client, email, address=OFFICE_NETWORK):
    return client.post(RESET, {"email": email}, REMOTE_ADDR=address)


def test_fifteen_requests_for_one_address_send_three_emails(client, staff):
    spellings = ["alice@onac.gov.al", "ALICE@onac.gov.al", " Alice@ONAC.gov.al "]

    answers = [ask(client, spellings[n % 3]) for n in range(15)]

    assert len(mail.outbox) == 3
    assert {sent.to[0] for sent in mail.outbox} == {"alice@onac.gov.al"}
    # every answer is the same neutral confirmation, throttled or not
    assert {(a.status_code, a["Location"]) for a in answers} == {(302, DONE)}


def test_another_address_from_another_network_is_unaffected(client, staff):
    for _ in range(15):
        ask(client, "alice@onac.gov.al")

    answer = ask(client, "bob@onac.gov.al", address=ELSEWHERE)

    assert (answer.status_code, answer["Location"]) == (302, DONE)
    assert mail.outbox[-1].to == ["bob@onac.gov.al"]
    assert len(mail.outbox) == 4


def test_fifteen_addresses_from_one_network_send_ten_emails(client, make_user):
    for n in range(16):
        make_user(f"user{n}", "Campaign editor", email=f"user{n}@onac.gov.al")

    answers = [ask(client, f"user{n}@onac.gov.al") for n in range(15)]

    assert len(mail.outbox) == 10
    assert {(a.status_code, a["Location"]) for a in answers} == {(302, DONE)}
    ask(client, "user15@onac.gov.al", address=ELSEWHERE)
    assert mail.outbox[-1].to == ["user15@onac.gov.al"]


def test_an_unknown_address_gets_the_same_answer_and_no_email(client, staff):
    answer = ask(client, "nobody@example.org")

    assert (answer.status_code, answer["Location"]) == (302, DONE)
    assert not mail.outbox


@pytest.mark.services
def test_the_limits_hold_with_the_production_cache_redis(client, staff, settings):
    """Counters in Redis, as every gunicorn worker shares them in production."""
    import os
    import uuid

    from tests.conftest import service_missing

    redis = os.environ.get("CELERY_BROKER_URL", "")
    if not redis.startswith("redis://"):
        service_missing("needs CELERY_BROKER_URL=redis://...")
    settings.CACHES = {
        **settings.CACHES,
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": redis,
            "KEY_PREFIX": f"fener-test-{uuid.uuid4().hex[:8]}",
        },
    }

    for _ in range(15):
        ask(client, "alice@onac.gov.al")
    ask(client, "bob@onac.gov.al", address=ELSEWHERE)

    assert [sent.to for sent in mail.outbox] == [["alice@onac.gov.al"]] * 3 + [
        ["bob@onac.gov.al"]
    ]
