"""A task travels through Redis to a real Celery worker and its result comes back."""

import os
import subprocess
import sys
import uuid
from pathlib import Path

import pytest

from siteconf.celery import app
from siteconf.tasks import ping_task
from tests.conftest import service_missing

ROOT = Path(__file__).resolve().parents[2]


def test_task_runs_inline_without_a_broker(settings):
    assert ping_task.delay("inline").get(timeout=5) == "pong:inline"


@pytest.fixture
def celery_worker_on_redis():
    """Start a solo worker on a private queue; yield (queue, broker url)."""
    broker = os.environ.get("CELERY_BROKER_URL", "")
    if not broker.startswith("redis://"):
        service_missing("needs CELERY_BROKER_URL=redis://...")
    queue = f"fener-test-{uuid.uuid4().hex[:8]}"
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "tests.settings",
        "CELERY_RESULT_BACKEND": broker,
    }
    worker = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "celery",
            "-A",
            "siteconf",
            "worker",
            "--pool=solo",
            "-Q",
            queue,
            "--without-gossip",
            "--without-mingle",
            "-l",
            "warning",
        ],
        cwd=ROOT,
        env=env,
    )
    try:
        yield queue, broker
    finally:
        worker.terminate()
        worker.wait(timeout=30)


@pytest.mark.services
def test_task_round_trip_through_real_worker(celery_worker_on_redis):
    queue, broker = celery_worker_on_redis
    saved = {
        k: app.conf[k] for k in ("task_always_eager", "broker_url", "result_backend")
    }
    app.conf.update(task_always_eager=False, broker_url=broker, result_backend=broker)
    try:
        result = ping_task.apply_async(args=["ci"], queue=queue)

        assert result.get(timeout=60) == "pong:ci"
    finally:
        app.conf.update(saved)
