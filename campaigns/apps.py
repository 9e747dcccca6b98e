from django.apps import AppConfig


class CampaignsConfig(AppConfig):
    """Awareness campaigns published as Wagtail pages, and what they reached."""

    name = "campaigns"

    def ready(self):
        from . import signals  # noqa: F401
