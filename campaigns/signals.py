"""Empty the public page cache whenever something a public page shows changes."""

from django.db.models.signals import m2m_changed, post_delete, post_save
from django.dispatch import receiver
from wagtail.models import Locale, Page, PageViewRestriction, Site
from wagtail.signals import page_published, page_unpublished, post_page_move

from materials.models import CustomImage, Material, Publication
from trainings.models import Region

from .models import CampaignActivity, Channel, TargetGroup
from .page_cache import page_cache_invalidate

# Rows rendered on public pages (page privacy included: a page made private must
# stop being served). Download counts are not among them, so downloads keep the cache.
PUBLIC_CONTENT = (
    Page,
    PageViewRestriction,
    Site,
    Locale,
    CampaignActivity,
    TargetGroup,
    Channel,
    Region,
    Publication,
    Material,
    CustomImage,
)


@receiver([page_published, page_unpublished, post_page_move])
def page_changed(sender, **kwargs) -> None:
    # Scheduled publishing (Celery beat's publish_scheduled) sends these too.
    page_cache_invalidate()


@receiver([post_save, post_delete, m2m_changed])
def content_changed(sender, instance=None, **kwargs) -> None:
    if isinstance(instance, PUBLIC_CONTENT):
        page_cache_invalidate()
