"""Institutions' reports: the reporter's pages on the public site, the office's
review and tracker in the admin. Thin: forms validate, services write."""

from datetime import date

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext

from siteconf.permissions import may, policy_required, row_or_404

from ..models import Plan, Submission, SubmissionEvidence
from .forms import ReviewForm, SubmissionForm
from .reporting import manual_indicators_for, measures_for, reporter_periods, tracker
from .schedule import due_date, period_code, periods_of, reporting_period
from .services import (
    submission_accept,
    submission_for,
    submission_return,
    submission_save,
)


def _reporter_agency(request):
    """The signed-in reporter's institution; anyone else is refused."""
    user = request.user
    if not (may(user, "add", Submission) and user.organisation_id):
        raise PermissionDenied(gettext("This page is for reporting institutions."))
    return user.organisation


@login_required
def reporting_home_view(request):
    agency = _reporter_agency(request)
    return render(
        request,
        "trainings/monitoring/reporting_home.html",
        {
            "agency": agency,
            "plans": reporter_periods(agency=agency, today=date.today()),
        },
    )


@login_required
def submission_edit_view(request, plan: str, period: str):
    """The institution's report for a period: saved as a draft, or submitted."""
    agency = _reporter_agency(request)
    plan = get_object_or_404(Plan, code=plan)
    try:
        the_period = reporting_period(plan, period)
    except ValueError:
        raise Http404 from None
    measures = measures_for(plan=plan, agency=agency)
    if not measures.exists():
        raise Http404
    submission = submission_for(plan=plan, agency=agency, period=the_period)
    form = SubmissionForm(
        request.POST or None,
        request.FILES or None,
        measures=measures,
        indicators=manual_indicators_for(plan=plan, agency=agency),
        submission=submission,
    )
    if request.method == "POST" and submission.editable and form.is_valid():
        submit = "submit" in request.POST
        try:
            submission_save(
                submission=submission,
                user=request.user,
                entries=form.entries(),
                values=form.values(),
                files=[f for f in [form.cleaned_data["evidence"]] if f],
                submit=submit,
            )
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(
                request,
                gettext("Your report was submitted to the office.")
                if submit
                else gettext("Your draft was saved."),
            )
            return redirect(request.path)
    saved = submission.pk is not None
    return render(
        request,
        "trainings/monitoring/submission_edit.html",
        {
            "agency": agency,
            "plan": plan,
            "period": the_period,
            "due": due_date(plan, the_period),
            "submission": submission,
            "form": form,
            "events": submission.events.select_related("actor") if saved else [],
            "evidence": submission.evidence.all() if saved else [],
        },
    )


@login_required
def evidence_view(request, pk: int):
    """An evidence file, for its institution and the office; a 404 to anyone else."""
    evidence = get_object_or_404(SubmissionEvidence, pk=pk)
    row_or_404(request.user, "view", Submission, evidence.submission_id)
    return FileResponse(
        evidence.file.open("rb"), as_attachment=True, filename=str(evidence)
    )


@policy_required("review", Submission)
def tracker_view(request):
    """Per plan and period: who submitted, who is late, the per cent reporting."""
    plans = list(Plan.objects.order_by("-start_year", "code"))
    chosen = request.GET.get("plan")
    plan = next((p for p in plans if str(p.pk) == chosen), plans[0] if plans else None)
    today = date.today()
    periods = []
    if plan:
        until = min(today, date(plan.end_year, 12, 31))
        periods = [(period_code(p), p) for p in periods_of(plan, until=until)]
    period = dict(periods).get(request.GET.get("period", ""))
    period = period or (periods[0][1] if periods else None)
    return render(
        request,
        "trainings/monitoring/tracker.html",
        {
            "page_title": gettext("Reporting tracker"),
            "header_icon": "list-ul",
            "plans": plans,
            "plan": plan,
            "periods": periods,
            "data": tracker(plan=plan, period=period, today=today) if period else None,
        },
    )


@policy_required("review", Submission)
def review_view(request, pk: int):
    submission = row_or_404(request.user, "view", Submission, pk)
    form = ReviewForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        comment = form.cleaned_data["comment"]
        try:
            if "accept" in request.POST:
                submission_accept(
                    submission=submission, user=request.user, comment=comment
                )
                messages.success(request, gettext("The report was accepted."))
            else:
                submission_return(
                    submission=submission, user=request.user, comment=comment
                )
                messages.success(
                    request, gettext("The report was returned to the institution.")
                )
        except ValidationError as error:
            form.add_error(None, error)
        else:
            return redirect("monitoring:review", pk=submission.pk)
    return render(
        request,
        "trainings/monitoring/review.html",
        {
            "page_title": gettext("Report of %(agency)s, %(period)s")
            % {"agency": submission.agency.label, "period": submission.period},
            "header_icon": "doc-full",
            "submission": submission,
            "entries": submission.entries.select_related("node").order_by(
                "node__position"
            ),
            "values": submission.values.select_related("indicator"),
            "evidence": submission.evidence.all(),
            "events": submission.events.select_related("actor"),
            "form": form,
        },
    )
