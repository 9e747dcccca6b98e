"""Writes for institutions' reports: save a draft, submit (locks), accept or
return with a comment; every step is kept in the report's history."""

from decimal import Decimal

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext

from ..indicators.periods import Period
from ..indicators.services import manual_value_record
from ..models import (
    Agency,
    NodeStatus,
    Plan,
    Submission,
    SubmissionEntry,
    SubmissionEvent,
    SubmissionEvidence,
    SubmissionValue,
)
from .schedule import period_code

Action = SubmissionEvent.Action


def submission_for(*, plan: Plan, agency: Agency, period: Period) -> Submission:
    """The institution's report for the period; a new, unsaved one until its
    first save (opening the page writes nothing)."""
    found = Submission.objects.filter(
        plan=plan, agency=agency, period=period_code(period)
    ).first()
    return found or Submission(
        plan=plan,
        agency=agency,
        period=period_code(period),
        period_start=period.start,
        period_end=period.end,
    )


@transaction.atomic
def submission_save(
    *,
    submission: Submission,
    user,
    entries: dict[int, dict],
    values: dict[int, tuple[Decimal | None, str]],
    files=(),
    submit: bool = False,
) -> Submission:
    """Keep what the institution wrote: per measure {status, achievements,
    problems}, per indicator (value, note), new evidence files. `submit` locks it
    for the office's review; a submitted or accepted report is not changed."""
    if submission.pk is None:  # the first save; a second tab's save finds it
        submission, _ = Submission.objects.get_or_create(
            plan=submission.plan,
            agency=submission.agency,
            period=submission.period,
            defaults={
                "period_start": submission.period_start,
                "period_end": submission.period_end,
            },
        )
    submission = Submission.objects.select_for_update().get(pk=submission.pk)
    if not submission.editable:
        raise PermissionDenied(gettext("This report was submitted and is locked."))
    for node_id, fields in entries.items():
        SubmissionEntry.objects.update_or_create(
            submission=submission, node_id=node_id, defaults=fields
        )
    for indicator_id, (value, note) in values.items():
        if value is None:
            SubmissionValue.objects.filter(
                submission=submission, indicator_id=indicator_id
            ).delete()
        else:
            SubmissionValue.objects.update_or_create(
                submission=submission,
                indicator_id=indicator_id,
                defaults={"value": value, "note": note},
            )
    for file in files:
        SubmissionEvidence.objects.create(
            submission=submission, file=file, uploaded_by=user
        )
    if submit:
        _submit_check(submission)
        submission.state = Submission.State.SUBMITTED
        submission.submitted_at = timezone.now()
        submission.save(update_fields=["state", "submitted_at"])
    _event(submission, Action.SUBMITTED if submit else Action.SAVED, user)
    return submission


def _submit_check(submission: Submission) -> None:
    missing = submission.entries.filter(status="").count()
    if missing:
        raise ValidationError(
            gettext("Give a status for every measure before submitting.")
        )


@transaction.atomic
def submission_return(*, submission: Submission, user, comment: str) -> Submission:
    """Send a submitted report back to its institution, saying what to change."""
    submission = _locked_submitted(submission)
    if not comment.strip():
        raise ValidationError(gettext("Say what the institution should change."))
    submission.state = Submission.State.RETURNED
    submission.save(update_fields=["state"])
    _event(submission, Action.RETURNED, user, comment)
    return submission


@transaction.atomic
def submission_accept(*, submission: Submission, user, comment: str = "") -> Submission:
    """Accept a submitted report: its statuses become the measures' status for
    the period, its values the indicators' manual values (entered by whoever
    reported them)."""
    submission = _locked_submitted(submission)
    reporter = submission.events.filter(action=Action.SUBMITTED).order_by("-at").first()
    for entry in submission.entries.exclude(status=""):
        NodeStatus.objects.update_or_create(
            node_id=entry.node_id,
            period=submission.period,
            defaults={
                "status": entry.status,
                "achievements": entry.achievements,
                "problems": entry.problems,
                "set_by": user,
            },
        )
    for row in submission.values.select_related("indicator"):
        manual_value_record(
            indicator=row.indicator,
            period_start=submission.period_start,
            period_end=submission.period_end,
            value=row.value,
            note=row.note,
            user=reporter.actor if reporter else user,
        )
    submission.state = Submission.State.ACCEPTED
    submission.save(update_fields=["state"])
    _event(submission, Action.ACCEPTED, user, comment)
    return submission


def _locked_submitted(submission: Submission) -> Submission:
    submission = Submission.objects.select_for_update().get(pk=submission.pk)
    if submission.state != Submission.State.SUBMITTED:
        raise ValidationError(gettext("Only a submitted report can be reviewed."))
    return submission


def _event(submission: Submission, action: str, user, comment: str = "") -> None:
    SubmissionEvent.objects.create(
        submission=submission, action=action, actor=user, comment=comment
    )
