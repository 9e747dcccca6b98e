"""Figures people type or import stay within realistic bounds (siteconf/bounds.py):
a field error in forms, a row error in imports, and the database refuses the rest."""

import pytest
from django.db import IntegrityError, transaction
from django.forms import modelform_factory
from django.utils import translation

from campaigns.models import CampaignActivity
from materials.models import Distribution, PrintRun
from tests.factories import (
    AgencyFactory,
    ParticipationFactory,
    ProfessionFactory,
    TrainingSessionFactory,
)
from trainings.imports import participants_import
from trainings.models import ManualValue, Participation, Trainee

pytestmark = pytest.mark.django_db

TWO_BILLION = 2147483648  # one more than a PostgreSQL integer holds
HEADER = "session_ref,full_name,gender,profession,agency,count,pre_score,post_score\n"


@pytest.fixture(autouse=True)
def english():
    """The words an English-speaking admin reads (sq and sr: tests/materials)."""
    with translation.override("en"):
        yield


@pytest.mark.parametrize(
    ("model", "field", "value", "limit"),
    [
        (Participation, "count", TWO_BILLION, "10000"),
        (Participation, "pre_score", "150", "100"),
        (Participation, "post_score", "100.01", "100"),
        (PrintRun, "quantity", TWO_BILLION, "1000000"),
        (Distribution, "quantity", TWO_BILLION, "100000"),
        (ManualValue, "value", TWO_BILLION, "10000000"),
        (CampaignActivity, "audience_total", TWO_BILLION, "10000000"),
        (CampaignActivity, "audience_female", 10**12, "10000000"),
        (CampaignActivity, "audience_male", 10**12, "10000000"),
        (CampaignActivity, "broadcasts", TWO_BILLION, "10000"),
        (CampaignActivity, "articles", 10**30, "10000"),
    ],
)
def test_every_form_on_a_figure_refuses_an_unrealistic_one_on_its_field(
    model, field, value, limit
):
    form = modelform_factory(model, fields=[field])(data={field: value})

    assert not form.is_valid()
    assert form.errors[field] == [
        f"{value} is more than this field takes (at most {limit}): check the figure."
    ]


def test_database_refuses_a_head_count_beyond_the_bound_whatever_writes_it():
    row = ParticipationFactory(trainee=None, count=12)

    with pytest.raises(IntegrityError), transaction.atomic():
        Participation.objects.filter(pk=row.pk).update(count=10_001)
    with pytest.raises(IntegrityError), transaction.atomic():
        Participation.objects.filter(pk=row.pk).update(post_score=101)


def test_import_of_unrealistic_counts_and_scores_reports_each_row_and_saves_nothing():
    # given
    TrainingSessionFactory(ref="AL-2021-001")
    ProfessionFactory(code="POL")
    AgencyFactory(code="GDSP")
    data = HEADER + (
        "AL-2021-001,Arta Hoxha,F,POL,GDSP,,50,70\n"
        f"AL-2021-001,,M,POL,GDSP,{TWO_BILLION},,\n"
        "AL-2021-001,,F,POL,GDSP,99999999999999999999999,,\n"
        "AL-2021-001,,F,TEACH,GDSP,10000,150,\n"
    )
    # when
    result = participants_import(data.encode(), filename="2021.csv")
    # then
    assert [str(e) for e in result.errors] == [
        f"row 3, column count: {TWO_BILLION} is more than this field takes "
        "(at most 10000): check the figure.",
        "row 4, column count: 99999999999999999999999 is more than this field "
        "takes (at most 10000): check the figure.",
        "row 5, column profession: unknown profession 'TEACH'",
        "row 5, column pre_score: 150 is out of range (0 to 100)",
    ]
    assert (Participation.objects.count(), Trainee.objects.count()) == (0, 0)


def test_import_of_the_largest_realistic_head_count_is_kept():
    TrainingSessionFactory(ref="AL-2021-001")
    ProfessionFactory(code="POL")

    result = participants_import(
        (HEADER + "AL-2021-001,,M,POL,,10000,0,100\n").encode(), filename="ok.csv"
    )

    assert result.ok, result.errors
    assert Participation.objects.get().count == 10_000
