from django.apps import AppConfig


class CampaignsConfig(AppConfig):
    """Awareness campaigns published as Wagtail pages, and what they reached."""

    name = "campaigns"
