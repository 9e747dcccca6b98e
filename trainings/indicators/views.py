"""Monitoring screens in the Wagtail admin, and the public figures endpoint.

Thin: a form validates, a selector or service does the work, a template shows it.
Indicator figures are aggregates, so reading them needs `view_indicator` (the
monitoring officer, the office, superusers), not access to trainee names.
"""

from datetime import date
from urllib.parse import urlencode

from django.conf import settings
from django.http import FileResponse, Http404, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import translation
from django.utils.translation import get_language, gettext
from django.views.decorators.http import require_POST

from siteconf.permissions import may, policy_required, row_or_404
from siteconf.spreadsheets import CSV_CONTENT_TYPE, csv_text
from siteconf.storage import private_no_store

from ..models import Indicator, ManualValue, Plan, ReportJob
from ..models.reference import Country
from ..monitoring.selectors import plans_status
from ..selectors.training_plan import training_plan_report
from ..upload_screen import upload_screen
from . import exports
from .api_views import country_error
from .dashboard import CHARTS, dashboard_data
from .forms import (
    DashboardForm,
    DenominatorForm,
    ManualValueForm,
    PeriodForm,
    PlanImportForm,
)
from .learning import learning_tables
from .periods import period_parse, period_year
from .plan_import import PlanImportError, plan_import
from .report import public_summary, report_build
from .services import (
    denominator_record,
    manual_value_record,
    plan_create_and_import,
    report_job_start,
)

# Reading figures, and loading a plan's table (views and the admin menu).
VIEW = ("view", Indicator)
IMPORT = ("change", Plan)
CONTENT_TYPES = {
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "pdf": "application/pdf",
    "csv": CSV_CONTENT_TYPE,
}


def _period_form(request) -> PeriodForm:
    if "kind" in request.GET:
        return PeriodForm(request.GET)
    return PeriodForm(PeriodForm.initial_for_today() | {"kind": "year"})


@policy_required(*VIEW)
def report_view(request):
    form = _period_form(request)
    report, heading, rows = None, [], []
    if form.is_valid():
        report = report_build(
            period=form.cleaned_data["period"], plan=form.cleaned_data["plan"]
        )
        heading, cells = exports.report_table(report, localise=True)
        rows = list(zip(cells, report["indicators"], strict=True))
    return render(
        request,
        "trainings/indicators/report.html",
        {
            "page_title": gettext("Indicator report"),
            "header_icon": "table",
            "form": form,
            "report": report,
            "figures": exports.report_figures(report) if report else {},
            "learning": learning_tables(report["learning"], report["labels"])
            if report
            else [],
            "heading": heading,
            "rows": rows,
            "query": request.GET.urlencode(),
            "can_enter": may(request.user, "add", ManualValue),
            "status_table": exports.status_table(report["status"])
            if report and exports.status_reported(report)
            else None,
            "can_change_plan": may(request.user, *IMPORT),
        },
    )


@policy_required(*VIEW)
def export_view(request, format: str):
    if format not in CONTENT_TYPES:
        raise Http404
    form = _period_form(request)
    if not form.is_valid():
        return HttpResponse(
            form.errors.as_text(), status=400, content_type="text/plain"
        )
    data = form.cleaned_data
    renderer = {"xlsx": exports.report_xlsx, "pdf": exports.report_pdf}.get(
        format, exports.report_csv
    )
    with translation.override(data["language"] or get_language()):
        report = report_build(period=data["period"], plan=data["plan"])
        content = renderer(report)
    response = HttpResponse(content, content_type=CONTENT_TYPES[format])
    plan = data["plan"].code if data["plan"] else "all-plans"
    name = f"{plan}-{data['period'].slug}.{format}"
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    return response


@require_POST
@policy_required(*VIEW)
def job_start_view(request):
    form = PeriodForm(request.POST)
    format = request.POST.get("format", "xlsx")
    if not form.is_valid() or format not in CONTENT_TYPES:
        return HttpResponse(
            gettext("Choose a plan, a period and a format."), status=400
        )
    job = report_job_start(
        plan=form.cleaned_data["plan"],
        period=form.cleaned_data["period"],
        format=format,
        user=request.user,
        language=form.cleaned_data["language"] or get_language(),
    )
    return redirect("indicators:job", job_id=job.pk)


@policy_required(*VIEW)
def job_view(request, job_id):
    job = row_or_404(request.user, "view", ReportJob, job_id)
    return render(
        request,
        "trainings/indicators/job.html",
        {
            "page_title": gettext("Building report"),
            "header_icon": "time",
            "job": job,
        },
    )


@policy_required(*VIEW)
def job_status_view(request, job_id):
    """Polled by the progress bar."""
    job = row_or_404(request.user, "view", ReportJob, job_id)
    done = job.state == ReportJob.State.DONE
    return JsonResponse(
        {
            "state": job.state,
            "state_label": job.get_state_display(),
            "progress": job.progress,
            "step": gettext(job.step) if job.step else "",
            "error": job.error,
            "download": reverse("indicators:job_download", args=[job.pk])
            if done
            else None,
        }
    )


@private_no_store
@policy_required(*VIEW)
def job_download_view(request, job_id):
    job = row_or_404(request.user, "view", ReportJob, job_id)
    if job.state != ReportJob.State.DONE:
        raise Http404
    return FileResponse(
        job.file.open("rb"),
        as_attachment=True,
        filename=job.file.name.split("/")[-1],
        content_type=CONTENT_TYPES[job.format],
    )


@policy_required("add", ManualValue)
def manual_value_view(request, indicator_id: int):
    indicator = get_object_or_404(
        Indicator.objects.select_related("node__plan"), pk=indicator_id
    )
    form = ManualValueForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        manual_value_record(indicator=indicator, user=request.user, **form.cleaned_data)
        return redirect("indicators:manual", indicator_id=indicator.pk)
    values = indicator.manual_values.select_related("entered_by").order_by(
        "-period_end"
    )
    return render(
        request,
        "trainings/indicators/manual.html",
        {
            "page_title": gettext("Values of %(code)s") % {"code": indicator.code},
            "header_icon": "edit",
            "indicator": indicator,
            "form": form,
            "values": values,
        },
    )


@policy_required(*IMPORT)
def denominators_view(request, indicator_id: int):
    """A percent indicator's population per year ("health staff": 9,400 in 2015)."""
    indicator = get_object_or_404(
        Indicator.objects.select_related("node__plan"), pk=indicator_id
    )
    form = DenominatorForm(request.POST or None, indicator=indicator)
    if request.method == "POST" and form.is_valid():
        denominator_record(indicator=indicator, **form.cleaned_data)
        return redirect("indicators:denominators", indicator_id=indicator.pk)
    return render(
        request,
        "trainings/indicators/denominators.html",
        {
            "page_title": gettext("Denominators of %(code)s")
            % {"code": indicator.code},
            "header_icon": "edit",
            "indicator": indicator,
            "form": form,
            "denominators": indicator.denominators.order_by("-year"),
        },
    )


def _plan_import_run(form: PlanImportForm):
    def run(data: dict, *, name: str, content: bytes):
        options = {"name": name, "content": content, "dry_run": data["dry_run"]}
        try:
            if data["plan"]:
                return plan_import(plan=data["plan"], **options)
            return plan_create_and_import(values=form.new_plan_values(), **options)
        except PlanImportError as error:
            return error

    return run


@policy_required(*IMPORT)
def plan_import_view(request):
    """Load a plan's measures, indicators and targets from the office's table."""
    form = PlanImportForm(
        request.POST or None,
        request.FILES or None,
        can_create=may(request.user, "add", Plan),
    )
    return upload_screen(
        request,
        form=form,
        run=_plan_import_run(form),
        title=gettext("Import a plan"),
        intro=gettext(
            "Pick the plan, or describe a new one, then upload its table: one row "
            "per indicator (columns: code, parent, level, title, lead, contributing, "
            "indicator_code, indicator_name, baseline, target_<year>..., "
            "target_<year>_h1 or target_<year>_q3 for a half-year or a quarter, "
            "counting, direction, source, breakdowns, professions). Re-importing "
            "updates rows by code."
        ),
    )


def _dashboard(request) -> tuple[dict, HttpResponse | None]:
    """The dashboard's year, country and figures, or the answer to a bad year."""
    form = DashboardForm(request.GET)
    if not form.is_valid():  # a year typed in the address, e.g. ?year=abc
        return {}, HttpResponse(
            form.errors.as_text(), status=400, content_type="text/plain"
        )
    year, country = form.year_or_today(), form.country_or_default()
    period = period_year(year)
    data = dashboard_data(start=period.start, end=period.end, country=country)
    return {"year": year, "country": country, "data": data}, None


@policy_required(*VIEW)
def dashboard_view(request):
    context, refused = _dashboard(request)
    if refused:
        return refused
    charts = [(name, CHARTS[name][0]) for name in CHARTS]
    return render(
        request,
        "trainings/indicators/dashboard.html",
        context
        | {
            "page_title": gettext("Monitoring dashboard"),
            "header_icon": "site",
            "countries": Country.choices,
            "charts": dict(charts),
            "query": urlencode(
                {"year": context["year"], "country": context["country"]}
            ),
            "plans_status": plans_status(
                country=context["country"], as_of=period_year(context["year"]).end
            ),
        },
    )


@policy_required(*VIEW)
def dashboard_chart_csv_view(request, chart: str):
    """One chart's figures as CSV: its labels and values, as drawn."""
    if chart not in CHARTS:
        raise Http404
    context, refused = _dashboard(request)
    if refused:
        return refused
    key, label, value = CHARTS[chart]
    rows = [[bar["label"], bar["value"]] for bar in context["data"][key]]
    response = HttpResponse(
        csv_text([[str(label), str(value)], *rows]), content_type=CSV_CONTENT_TYPE
    )
    name = f"{chart}-{context['country']}-{context['year']}.csv"
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    return response


@policy_required(*VIEW)
def training_plan_view(request):
    """Planned against held for a year: the screen, or `?format=json`."""
    form = DashboardForm(request.GET)
    if not form.is_valid():
        return HttpResponse(
            form.errors.as_text(), status=400, content_type="text/plain"
        )
    year = form.year_or_today()
    country = form.country_or_default()
    report = training_plan_report(years=range(year, year + 1), country=country)
    if request.GET.get("format") == "json":
        return JsonResponse({"year": year, "country": country, **report})
    return render(
        request,
        "trainings/indicators/training_plan.html",
        {
            "page_title": gettext("Training plan: planned and held"),
            "header_icon": "calendar",
            "year": year,
            "country": country,
            "countries": Country.choices,
            "report": report,
        },
    )


def public_summary_view(request):
    """Public training figures of one country, small counts suppressed:
    /figures/summary.json?period=2022&country=XK (the installation's country,
    FENER_COUNTRY, when not given)."""
    try:
        period = period_parse(request.GET.get("period") or str(date.today().year))
    except ValueError as error:
        return JsonResponse({"error": str(error)}, status=400)
    country = request.GET.get("country") or settings.FENER_COUNTRY
    if country not in Country.values:
        return JsonResponse({"error": country_error(country)}, status=400)
    return JsonResponse(public_summary(period=period, country=country))
