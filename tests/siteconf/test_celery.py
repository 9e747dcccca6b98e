"""A task travels through Redis to a real Celery worker and its result comes back."""

import pytest

from siteconf.tasks import ping_task


def test_task_runs_inline_without_a_broker(settings):
    assert ping_task.delay("inline").get(timeout=5) == "pong:inline"


@pytest.mark.services
def test_task_round_trip_through_real_worker(celery_worker_on_redis):
    queue = celery_worker_on_redis()

    result = ping_task.apply_async(args=["ci"], queue=queue)

    assert result.get(timeout=60) == "pong:ci"
