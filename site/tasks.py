"""Project-wide tasks."""

from celery import shared_task


@shared_task
def ping_task(value: str) -> str:
    """Echo a value back: lets ops (and CI) prove a worker answers on the broker."""
    return f"pong:{value}"


@shared_task
def import_uploads_purge_task() -> int:
    """Delete import files uploaded for a preview and never confirmed (after a day)."""
    from .import_uploads import import_uploads_purge

    return import_uploads_purge()
