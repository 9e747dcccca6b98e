"""Empty the public page cache whenever something a public page shows changes."""

from django.db.models.signals import m2m_changed, post_delete, post_save
from django.dispatch import receiver
from wagtail.models import Locale, PageViewRestriction, Site
from wagtail.signals import page_published, page_unpublished, post_page_move

from materials.models import CustomImage, Material, Publication
from trainings.models import Region

from .models import ActivityKind, CampaignActivity, Channel, MediaOutlet, TargetGroup
from .page_cache import page_cache_invalidate

# Rows rendered on public pages (page privacy included: a page made private must
# stop being served). Download counts are not among them, so downloads keep the cache.
# Pages themselves count only when what visitors see changes (the page signals
# below): a draft saved, a lock or a workflow step shows nothing new.
PUBLIC_CONTENT = (
    PageViewRestriction,
    Site,
    Locale,
    CampaignActivity,
    TargetGroup,
    Channel,
    ActivityKind,
    MediaOutlet,
    Region,
    Publication,
    Material,
    CustomImage,
)


@receiver([page_published, page_unpublished, post_page_move])
def public_content_changed(sender, **kwargs) -> None:
    # Scheduled publishing (Celery beat's publish_scheduled) sends these too.
    page_cache_invalidate()


for model in PUBLIC_CONTENT:
    for signal in (post_save, post_delete):
        signal.connect(public_content_changed, sender=model)
    for field in model._meta.many_to_many:
        m2m_changed.connect(public_content_changed, sender=field.remote_field.through)
