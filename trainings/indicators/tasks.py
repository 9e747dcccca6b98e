"""Celery task building large indicator reports in the background."""

from celery import shared_task

from ..models import ReportJob
from .services import report_job_run


@shared_task(bind=True, soft_time_limit=10 * 60, time_limit=11 * 60)
def indicator_report_task(self, job_id: str, language: str | None = None) -> dict:
    """Build the file of ReportJob `job_id` in `language` (the requester's).

    Progress is reported as PROGRESS meta.
    """

    def progress(percent: int, step: str) -> None:
        # Eager runs have no result backend to store the state in.
        if not self.request.is_eager:
            self.update_state(state="PROGRESS", meta={"percent": percent, "step": step})

    job = report_job_run(
        job=ReportJob.objects.get(pk=job_id), language=language, progress=progress
    )
    return {"job": str(job.pk), "state": job.state}
