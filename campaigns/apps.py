from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CampaignsConfig(AppConfig):
    """Awareness campaigns published as Wagtail pages, and what they reached."""

    name = "campaigns"
    verbose_name = _("Campaigns")

    def ready(self):
        from . import signals  # noqa: F401
