"""Production runs on PostgreSQL: its constraints and full-text search are relied on."""

import datetime

import pytest
from django.db import IntegrityError, transaction

from trainings.models import Participation, Trainee, TrainingSession

pytestmark = pytest.mark.services


def test_database_is_postgresql_and_enforces_participation_rules(postgres):
    session = TrainingSession.objects.create(
        ref="PG-1",
        title="SOP",
        start_date=datetime.date(2022, 5, 3),
        end_date=datetime.date(2022, 5, 4),
    )
    trainee = Trainee.objects.create(full_name="Arta Hoxha")

    with pytest.raises(IntegrityError), transaction.atomic():
        Participation.objects.create(session=session, trainee=trainee, count=2)
    with pytest.raises(IntegrityError), transaction.atomic():
        TrainingSession.objects.create(
            ref="PG-2",
            title="Backwards",
            start_date=datetime.date(2022, 5, 4),
            end_date=datetime.date(2022, 5, 3),
        )
    assert postgres.vendor == "postgresql"


def test_site_search_uses_postgres_full_text(postgres, home_page):
    from wagtail.models import Page

    results = Page.objects.live().search("trafficking")

    assert home_page.get_translation(
        home_page.locale.__class__.objects.get(language_code="en")
    ).pk in [page.pk for page in results]
