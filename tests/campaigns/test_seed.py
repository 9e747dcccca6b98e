"""`seed_demo` builds the awareness side: campaigns, library, workflow (twice is once:
checked with every app's rows in tests/siteconf/test_seed_demo.py)."""

from campaigns.models import CampaignPage
from materials.models import Material, Publication


def test_seed_builds_campaigns_and_materials(demo):
    from wagtail.models import WorkflowPage

    assert CampaignPage.objects.filter(locale__language_code="sr").count() == 6
    assert Material.objects.filter(language="sr").exists()
    assert Publication.objects.filter(
        partners_only=True, kind="training_manual"
    ).exists()
    assert WorkflowPage.objects.filter(workflow__name="Miratimi i Zyrës").count() == 3
    assert all(m.thumbnail for m in Material.objects.all())
