from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class MaterialsConfig(AppConfig):
    """Brochures, leaflets and posters: Wagtail documents with awareness metadata."""

    name = "materials"
    verbose_name = _("Materials")

    def ready(self):
        from . import signals  # noqa: F401
        from .permissions import register_policies

        register_policies()
