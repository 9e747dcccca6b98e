from django.apps import AppConfig


class MaterialsConfig(AppConfig):
    """Brochures, leaflets and posters: Wagtail documents with awareness metadata."""

    name = "materials"

    def ready(self):
        from . import signals  # noqa: F401
