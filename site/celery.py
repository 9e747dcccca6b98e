"""Celery application: settings come from Django's under the CELERY_ namespace."""

import os

from celery import Celery
from celery.signals import setup_logging

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "siteconf.settings")

app = Celery("siteconf")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()


@setup_logging.connect
def config_loggers(*args, **kwargs):
    """Let Django's LOGGING drive the worker's logs too."""
    from logging.config import dictConfig

    from django.conf import settings

    dictConfig(settings.LOGGING)
