"""The background indicator report, built by a real Celery worker on Redis."""

import time

import pytest

from tests.conftest import test_database_url
from trainings.models import Agency, ReportJob

pytestmark = [
    pytest.mark.services,
    pytest.mark.django_db(transaction=True),  # the worker sees committed rows only
]


def _poll(client, url: str, *, seconds: int = 90) -> dict:
    """Ask the progress endpoint, as the page's progress bar does, until it settles."""
    deadline = time.monotonic() + seconds
    while True:
        status = client.get(url).json()
        if status["state"] in ("done", "failed") or time.monotonic() > deadline:
            return status
        time.sleep(0.5)


def test_worker_builds_the_report_and_the_progress_endpoint_says_so(
    world, make_user, client, celery_worker_on_redis, settings
):
    # given a worker on the test database and media folder
    celery_worker_on_redis(
        DATABASE_URL=test_database_url(),
        MEDIA_ROOT=str(settings.MEDIA_ROOT),
        PRIVATE_MEDIA_ROOT=str(settings.PRIVATE_MEDIA_ROOT),
    )
    client.force_login(make_user("officer", "Monitoring officer"))

    # when the officer asks for a background report
    response = client.post(
        "/admin/indicators/jobs/",
        {"plan": world.plan.pk, "kind": "year", "year": 2022, "format": "csv"},
    )
    job = ReportJob.objects.get()
    assert response.url == f"/admin/indicators/jobs/{job.pk}/"
    status = _poll(client, f"/admin/indicators/jobs/{job.pk}/status/")

    # then the worker finished it, and the file holds the year's figures
    assert status["state"] == "done", status
    assert status["progress"] == 100 and not status["error"]
    job.refresh_from_db()
    assert job.file.name.endswith("TP-2022.csv")
    download = client.get(status["download"])
    lines = b"".join(download.streaming_content).decode().splitlines()
    assert "Realizimi 2022" in lines[0]  # the requester's language, not the worker's
    # 1.1-a in 2022: S1 (7) + S2 (5) against a target of 10, as in test_report.py
    # (direction "Rritje": an increase is wanted)
    # (institutions by name, as the report files name them)
    lead, contributing = (Agency.objects.get(code=c).name for c in ("GDSP", "SM"))
    row = (
        f"1.1,Measure 1.1,{lead},{contributing},People trained under 1.1,people,"
        "Rritje,8,10,12,120.0,"
    )
    assert any(line.startswith(row) for line in lines), lines
