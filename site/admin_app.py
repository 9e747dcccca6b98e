"""Django's admin (at /django-admin/), started without loading openpyxl."""

from importlib import import_module

from django.apps import apps
from django.contrib.admin.apps import AdminConfig, SimpleAdminConfig
from django.utils.module_loading import module_has_submodule

# Apps whose `admin` module registers nothing: import-export's only defines
# mixins, and loading it loads openpyxl (about 0.4 s) in every command and worker.
SKIPPED = {"import_export"}


class FenerAdminConfig(AdminConfig):
    """Every app's `admin` module found, as Django's own does, but the SKIPPED ones."""

    def ready(self):
        SimpleAdminConfig.ready(self)
        for app in apps.get_app_configs():
            if app.name not in SKIPPED and module_has_submodule(app.module, "admin"):
                import_module(f"{app.name}.admin")
