"""Periodic work for the public site."""

from celery import shared_task
from django.core.management import call_command


@shared_task(soft_time_limit=120, time_limit=180)
def pages_publish_scheduled_task() -> None:
    """Publish pages whose go-live time has come and unpublish expired ones.

    Wagtail leaves this to a cron job; Celery beat runs it so scheduled campaign
    launches (the October week) need no server crontab.
    """
    call_command("publish_scheduled")
