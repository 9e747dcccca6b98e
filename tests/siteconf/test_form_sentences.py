"""A violated database check answers a form with a sentence on the field to
correct, in the reader's language: never `Constraint "…" is violated.`"""

import datetime

import pytest
from django.apps import apps
from django.db import models
from django.forms import modelform_factory
from django.urls import reverse
from django.utils import translation

from campaigns.models import CampaignActivity
from siteconf.constraints import FieldCheckConstraint
from tests.factories import TrainingSessionFactory
from trainings.models import ManualValue, TrainingSession

pytestmark = pytest.mark.django_db

PROJECT_APPS = ("trainings", "campaigns", "materials", "siteconf")


@pytest.mark.parametrize(
    ("model", "data", "field", "sentence"),
    [
        (
            TrainingSession,
            {"start_date": "2023-05-10", "end_date": "2023-05-09"},
            "end_date",
            "The end date is before the start date: a session ends on or after "
            "the day it starts.",
        ),
        (
            CampaignActivity,
            {"audience_total": 100, "audience_female": 70, "audience_male": 40},
            "audience_total",
            "Women and girls plus men and boys reached are more than the people "
            "reached: the total includes both.",
        ),
        (
            ManualValue,
            {"period_start": "2022-12-31", "period_end": "2022-01-01"},
            "period_end",
            "The period ends before it starts: the end must be on or after the start.",
        ),
    ],
)
def test_a_violated_check_is_a_sentence_on_its_field(model, data, field, sentence):
    form = modelform_factory(model, fields=list(data))(data=data)
    with translation.override("en"):
        assert not form.is_valid()
        assert form.errors == {field: [sentence]}


def test_every_check_a_form_can_hit_has_a_sentence_and_a_field():
    """A bound (`_in_range`) is a field validator first (tests/siteconf/test_bounds.py);
    every other check must say which field and why."""
    unnamed = []
    for model in apps.get_models():
        if model._meta.app_label not in PROJECT_APPS:
            continue
        for constraint in model._meta.constraints:
            if not isinstance(constraint, models.CheckConstraint):
                continue
            if constraint.name.endswith("_in_range"):
                continue
            has_words = constraint.violation_error_message not in (
                None,
                constraint.default_violation_error_message,
            )
            if not (isinstance(constraint, FieldCheckConstraint) and has_words):
                unnamed.append(f"{model.__name__}.{constraint.name}")
    assert unnamed == []


def test_session_screen_marks_the_end_date_in_the_readers_language(client, make_user):
    client.force_login(make_user("office", "Office administrator", admin_language="sr"))
    form = {
        "ref": "AL-2023-061",
        "title": "Identifikimi i viktimave",
        "start_date": "2023-05-10",
        "end_date": "2023-05-09",
        "language": "sq",
        "participations-TOTAL_FORMS": "0",
        "participations-INITIAL_FORMS": "0",
        "participations-MIN_NUM_FORMS": "0",
        "participations-MAX_NUM_FORMS": "1000",
    }
    response = client.post(reverse("training_sessions:add"), form)
    assert response.status_code == 200
    page = response.content.decode()
    assert "Constraint" not in page and "session_dates_in_order" not in page
    errors = response.context["form"].errors
    assert list(errors) == ["end_date"]
    assert errors["end_date"][0].startswith("Датум завршетка је пре датума почетка")
    assert not TrainingSession.objects.exists()


def test_the_database_still_refuses_dates_out_of_order():
    from django.db import IntegrityError, transaction

    session = TrainingSessionFactory()
    session.end_date = session.start_date - datetime.timedelta(days=1)
    with pytest.raises(IntegrityError), transaction.atomic():
        session.save()
