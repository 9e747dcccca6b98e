"""The open-data API, version 1 (/api/v1/): read-only, public, cacheable.

Thin: the parameters are checked here, open_data.py builds the datasets.
Names come in `?language=` (sq, en, sr), else the site's default language, so
one address always gives the same answer and shared caches may keep it.
"""

from datetime import date

from django.conf import settings
from django.http import Http404, HttpResponse, JsonResponse
from django.shortcuts import render
from django.utils import translation
from django.utils.translation import gettext
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_safe

from siteconf.spreadsheets import CSV_CONTENT_TYPE, csv_text

from ..models.reference import Country
from . import open_data
from .periods import period_parse

FORMATS = ("json", "csv")
# An hour: figures change as records are typed in, not by the minute.
MAX_AGE = 3600


def country_error(country: str) -> str:
    """The answer to a `country` that is not one (also the public summary's)."""
    return gettext('"%(country)s" is not a country: use %(countries)s.') % {
        "country": country,
        "countries": ", ".join(Country.values),
    }


def _open(response: HttpResponse) -> HttpResponse:
    # Partners' dashboards read the figures from their own sites.
    response["Access-Control-Allow-Origin"] = "*"
    return response


@require_safe
@cache_control(public=True, max_age=MAX_AGE)
def dataset_view(request, subject: str, name: str, format: str):
    dataset = f"{subject}/{name}"
    if dataset not in open_data.DATASETS or format not in FORMATS:
        raise Http404
    language = request.GET.get("language") or settings.LANGUAGE_CODE
    if language not in dict(settings.LANGUAGES):
        language = settings.LANGUAGE_CODE
    with translation.override(language):
        try:
            period = period_parse(request.GET.get("period") or str(date.today().year))
        except ValueError as error:
            return _open(JsonResponse({"error": str(error)}, status=400))
        country = request.GET.get("country") or None
        if country is not None and country not in Country.values:
            return _open(JsonResponse({"error": country_error(country)}, status=400))
        if (
            dataset == "training/month"
            and open_data.months_in(period) > open_data.MAX_MONTHS
        ):
            message = gettext("Ask for months at most three years at a time.")
            return _open(JsonResponse({"error": message}, status=400))
        data = open_data.dataset_build(dataset, period=period, country=country)
    if format == "json":
        return _open(JsonResponse(data, json_dumps_params={"ensure_ascii": False}))
    columns = open_data.dataset_columns(dataset)
    rows = data.get("rows", [data])
    table = [columns, *([row.get(c, "") for c in columns] for row in rows)]
    return _open(HttpResponse(csv_text(table), content_type=CSV_CONTENT_TYPE))


@require_safe
@cache_control(public=True, max_age=MAX_AGE)
def index_view(request):
    """A browsable list of the datasets, with links to each in JSON and CSV."""
    return render(
        request,
        "trainings/indicators/api_index.html",
        {
            "datasets": open_data.TITLES.items(),
            "min_count": settings.PUBLIC_MIN_COUNT,
            "countries": Country.choices,
        },
    )
