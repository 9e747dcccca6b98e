"""`seed_demo` builds the awareness side: campaigns, library, workflow; twice is once."""

from io import StringIO

import pytest
from django.core.management import call_command

from campaigns.models import CampaignActivity, CampaignPage
from materials.models import Distribution, Material, MaterialDownload, Publication

pytestmark = pytest.mark.django_db

COUNTED = (
    CampaignPage,
    CampaignActivity,
    Publication,
    Material,
    Distribution,
    MaterialDownload,
)


def seed():
    call_command("seed_demo", stdout=StringIO())
    return {model.__name__: model.objects.count() for model in COUNTED}


def test_seed_builds_campaigns_and_materials_once(django_capture_on_commit_callbacks):
    from wagtail.models import WorkflowPage

    with django_capture_on_commit_callbacks(execute=True):
        first = seed()

    assert seed() == first
    assert CampaignPage.objects.filter(locale__language_code="sr").count() == 6
    assert Material.objects.filter(language="sr").exists()
    assert Publication.objects.filter(
        partners_only=True, kind="training_manual"
    ).exists()
    assert WorkflowPage.objects.filter(workflow__name="Miratimi i Zyrës").count() == 3
    assert all(m.thumbnail for m in Material.objects.all())
