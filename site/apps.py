from django.apps import AppConfig
from wagtail.users.apps import WagtailUsersAppConfig


class SiteConfig(AppConfig):
    """The project package doubles as an app: user model, roles, demo data."""

    name = "siteconf"
    # This module holds other app configs (UsersConfig, and the Wagtail one it
    # extends): without the flag Django would load plain AppConfig for "siteconf".
    default = True
    verbose_name = "Fener"

    def ready(self):
        from . import upstream_fixes
        from .locale_memo import locale_lookups_memoise
        from .roles import role_labels_show
        from .searchable import searchable_choices_register
        from .slugs import editor_slug_field_transliterate

        upstream_fixes.apply()
        role_labels_show()
        editor_slug_field_transliterate()
        searchable_choices_register()
        locale_lookups_memoise()


class UsersConfig(WagtailUsersAppConfig):
    """Wagtail's users app, its groups listed by their names in the reader's language."""

    group_viewset = "siteconf.groups.GroupViewSet"
