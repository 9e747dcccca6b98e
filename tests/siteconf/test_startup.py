"""Start-up stays quick: every command, web worker and Celery worker starts Django,
loads the URL conf, the admin hooks and the tasks, and none of that needs a PDF,
spreadsheet or QR library (together about 1.3 s); they are imported where used."""

import json

from .test_settings import PRODUCTION_ENV, run_python

HEAVY = ("weasyprint", "openpyxl", "segno", "pypdfium2")

# A fresh interpreter: this test process has long imported all of them.
STARTUP = (
    "import importlib, json, sys, django; django.setup();"
    "from django.apps import apps; from django.urls import get_resolver;"
    "get_resolver().url_patterns;"
    "from django.utils.module_loading import module_has_submodule as has;"
    "[importlib.import_module(f'{a.name}.{m}') for a in apps.get_app_configs()"
    " for m in ('wagtail_hooks', 'tasks') if has(a.module, m)];"
    "import siteconf.celery;"
    f"print(json.dumps(sorted({{n.split('.')[0] for n in sys.modules}} & {set(HEAVY)!r})))"
)


def test_starting_django_loads_no_pdf_spreadsheet_or_qr_library():
    result = run_python(STARTUP, **PRODUCTION_ENV)

    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout.splitlines()[-1]) == []
