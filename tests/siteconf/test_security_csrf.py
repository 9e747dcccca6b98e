"""Every state-changing screen refuses a POST without the CSRF token."""

import subprocess

import pytest
from django.test import Client

from tests.conftest import ROOT
from tests.factories import (
    IndicatorFactory,
    MaterialFactory,
    TraineeFactory,
    TrainingSessionFactory,
)

ANONYMOUS = ["/admin/login/", "/sq/accounts/login/"]


@pytest.fixture
def records(home_page):
    return {
        "session": TrainingSessionFactory(),
        "trainee": TraineeFactory(),
        "indicator": IndicatorFactory(),
        # A page without a StreamField: Wagtail cannot read a stream from a
        # POST carrying only the token (the check is about the token).
        "page": home_page.get_children().first(),
    }


def staff_screens(records) -> list[str]:
    session, trainee = records["session"].pk, records["trainee"].pk
    return [
        "/admin/trainings/sessions/new/",
        f"/admin/trainings/sessions/edit/{session}/",
        f"/admin/trainings/sessions/{session}/certificates/",  # issue certificates
        f"/admin/trainings/trainees/{trainee}/merge/",
        f"/admin/trainings/trainees/{trainee}/erase/",  # personal data erasure
        "/admin/trainings/import/",
        "/admin/imports/agencies/",  # upload a reference list
        "/admin/indicators/plans/import/",
        "/admin/indicators/jobs/",  # build a report in the background
        f"/admin/indicators/{records['indicator'].pk}/values/",
        f"/admin/pages/{records['page'].pk}/edit/",
        "/admin/documents/multiple/add/",
        "/admin/logout/",
    ]


def csrf_client(user=None) -> Client:
    client = Client(enforce_csrf_checks=True)
    if user:
        client.force_login(user)
    return client


def test_sign_in_forms_refuse_a_post_without_token(db):
    for url in ANONYMOUS:
        response = csrf_client().post(url, {"username": "x", "password": "y"})
        assert response.status_code == 403, url


def test_staff_screens_refuse_a_post_without_token(records, make_user):
    client = csrf_client(make_user("office"))  # a superuser: only CSRF can refuse

    for url in staff_screens(records):
        assert client.post(url, {}).status_code == 403, url


def test_staff_screens_accept_the_same_post_with_its_token(records, make_user):
    # the control: with the token, the same requests reach the views
    client = csrf_client(make_user("office"))
    client.get("/admin/")
    token = client.cookies["csrftoken"].value

    for url in staff_screens(records)[:-1]:  # logging out last
        response = client.post(url, {"csrfmiddlewaretoken": token})
        assert response.status_code != 403, url


def test_partner_distribution_report_refuses_a_post_without_token(make_user):
    partner = make_user("iom", "Partner")
    material = MaterialFactory()

    response = csrf_client(partner).post(
        "/sq/partners/distributions/new/",
        {"material": material.pk, "quantity": 10, "date": "2023-01-01"},
    )

    assert response.status_code == 403


def test_no_view_is_exempt_from_csrf():
    python_files = subprocess.run(
        ["git", "ls-files", "*.py"], cwd=ROOT, capture_output=True, text=True
    ).stdout.split()
    exempt = [
        name
        for name in python_files
        if "csrf_exempt" in (ROOT / name).read_text() and not name.startswith("tests/")
    ]
    assert python_files and exempt == []
