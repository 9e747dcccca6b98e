"""Admin screens shared by every app: the untranslated-names report."""

from django.core.paginator import Paginator
from django.shortcuts import render
from django.utils.translation import get_language_info, gettext
from wagtail.admin.admin_url_finder import AdminURLFinder

from trainings.models import Indicator

from .permissions import policy_required
from .selectors import (
    missing_translation_counts,
    rows_missing_translation,
    vocabulary_models,
)
from .translated import other_languages

ROWS_PER_PAGE = 50


# The officers who read figures (office, monitoring) keep the lists complete.
@policy_required("view", Indicator)
def untranslated_names_view(request):
    """Per vocabulary, how many rows lack English or Serbian; then one list's rows."""
    models = {_key(m): m for m in vocabulary_models()}
    chosen = models.get(request.GET.get("list", ""))
    context = {
        "page_title": gettext("Untranslated names"),
        "header_icon": "globe",
        "languages": [_language_name(code) for code in other_languages()],
        "counts": [
            {
                "key": _key(c["model"]),
                "name": c["model"]._meta.verbose_name_plural,
                "rows": c["rows"],
                "lacking": [c[code] for code in other_languages()],
                "any": any(c[code] for code in other_languages()),
            }
            for c in missing_translation_counts(list(models.values()))
        ],
        "chosen": chosen and chosen._meta.verbose_name_plural,
    }
    if chosen:
        context["page"] = page = Paginator(_rows(chosen), ROWS_PER_PAGE).get_page(
            request.GET.get("p")
        )
        finder = AdminURLFinder(request.user)
        for row in page:
            row.edit_url = finder.get_edit_url(row)
            row.missing = [_language_name(c) for c in row.missing_languages()]
    return render(request, "siteconf/untranslated_names.html", context)


def _key(model) -> str:
    return model._meta.label_lower


def _rows(model):
    # What str(row) reads (a node's plan, a target's indicator), in the same query.
    parents = [f.name for f in model._meta.fields if f.many_to_one and not f.null]
    return rows_missing_translation(model).select_related(*parents)


def _language_name(code: str) -> str:
    return str(get_language_info(code)["name_translated"])
