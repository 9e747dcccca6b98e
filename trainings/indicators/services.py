"""Writes for plan monitoring: plan imports, manual values and background report jobs."""

from datetime import date
from decimal import Decimal

from django.conf import settings
from django.core.files.base import ContentFile
from django.db import transaction
from django.utils import translation
from django.utils.translation import gettext_noop

from ..models import Indicator, IndicatorDenominator, ManualValue, Plan, ReportJob
from .exports import report_csv, report_pdf, report_xlsx
from .periods import Period
from .plan_import import PlanImportResult, plan_import
from .report import Progress, report_build

RENDERERS = {"xlsx": report_xlsx, "pdf": report_pdf, "csv": report_csv}


def manual_value_record(
    *,
    indicator: Indicator,
    period_start: date,
    period_end: date,
    value: Decimal,
    note: str = "",
    user,
) -> ManualValue:
    """Record what a responsible institution reported, with who entered it and when."""
    return ManualValue.objects.create(
        indicator=indicator,
        period_start=period_start,
        period_end=period_end,
        value=value,
        note=note,
        entered_by=user,
    )


@transaction.atomic
def denominator_record(
    *, indicator: Indicator, year: int, value: Decimal, source: str = "", label: str
) -> IndicatorDenominator:
    """Set the population `indicator` is a percentage of in `year` (replacing
    that year's number) and who it is."""
    indicator.denominator_label = label
    indicator.save(update_fields=["denominator_label"])
    denominator, _ = IndicatorDenominator.objects.update_or_create(
        indicator=indicator, year=year, defaults={"value": value, "source": source}
    )
    return denominator


def plan_create_and_import(
    *, values: dict, name: str, content: bytes, dry_run: bool = False
) -> PlanImportResult:
    """Create a plan from `values` and import its file in one transaction.

    A refused file (PlanImportError) or a dry run leaves no empty plan behind;
    `values` are checked like the admin form does (ValidationError).
    """
    with transaction.atomic():
        plan = Plan(**values)
        plan.full_clean()
        plan.save()
        result = plan_import(plan=plan, name=name, content=content, dry_run=dry_run)
        if dry_run:
            transaction.set_rollback(True)
    return result


def report_job_start(
    *, plan: Plan | None, period: Period, format: str, user, language: str
) -> ReportJob:
    """Queue a report build; the task starts once the job row is committed.

    The file is written in `language`, the requesting user's.
    """
    from .tasks import indicator_report_task

    job = ReportJob.objects.create(
        plan=plan,
        period_start=period.start,
        period_end=period.end,
        period_label=period.label,
        format=format,
        created_by=user,
    )
    indicator_report_task.delay_on_commit(str(job.pk), language)
    return job


def report_job_run(
    *, job: ReportJob, language: str | None = None, progress: Progress | None = None
) -> ReportJob:
    """Build the report file for `job` in `language`, saving progress as it goes."""

    def step(percent: int, text: str) -> None:
        job.progress, job.step = percent, text
        job.save(update_fields=["progress", "step"])
        if progress:
            progress(percent, text)

    job.state = ReportJob.State.RUNNING
    job.save(update_fields=["state"])
    try:
        period = Period(job.period_start, job.period_end, job.period_label)
        with translation.override(language or settings.LANGUAGE_CODE):
            report = report_build(period=period, plan=job.plan, progress=step)
            content = RENDERERS[job.format](report)
    except Exception as error:
        job.state, job.error = ReportJob.State.FAILED, str(error)
        job.save(update_fields=["state", "error"])
        raise
    if isinstance(content, str):
        content = content.encode()
    plan = job.plan.code if job.plan else "all-plans"
    name = f"{plan}-{period.slug}.{job.format}"
    job.file.save(name, ContentFile(content), save=False)
    job.state, job.progress, job.step = ReportJob.State.DONE, 100, gettext_noop("Ready")
    job.save()
    return job
