from django.apps import AppConfig


class SiteConfig(AppConfig):
    """The project package doubles as an app: user model, roles, demo data."""

    name = "siteconf"
    verbose_name = "Fener"

    def ready(self):
        from . import upstream_fixes

        upstream_fixes.apply()
