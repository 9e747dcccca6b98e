"""Project-wide tasks."""

from celery import shared_task


@shared_task
def ping_task(value: str) -> str:
    """Echo a value back: lets ops (and CI) prove a worker answers on the broker."""
    return f"pong:{value}"
