"""Public campaign views outside the page tree (search, feeds) and an admin report."""

from django.contrib.syndication.views import Feed
from django.shortcuts import render
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail.admin.views.reports import PageReportView

from siteconf.pagination import page_of

from .models import CampaignPage
from .search import material_search, page_search
from .translation_selectors import (
    STATE_LABELS,
    page_list_missing_translations,
    page_list_pending_translations,
    pages_missing_languages,
)


def search_view(request):
    """Site search over live pages in the visitor's language and the materials."""
    query = request.GET.get("q", "").strip()
    results, materials = [], []
    if query:
        results = page_of(request, page_search(query))
        materials = material_search(query, user=request.user)
    return render(
        request,
        "campaigns/search.html",
        {"query": query, "results": results, "materials": materials},
    )


class CampaignFeed(Feed):
    """RSS feed of the newest campaigns in the visitor's language."""

    title = _("Fener: anti-trafficking campaigns")
    description = _("New awareness campaigns of the national coordinator's office.")

    def link(self):
        return f"/{get_language()}/"

    def items(self):
        return (
            CampaignPage.objects.live()
            .filter(locale__language_code=get_language())
            .order_by("-first_published_at")[:20]
        )

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.summary

    def item_link(self, item):
        return item.url

    def item_pubdate(self, item):
        return item.first_published_at


class CampaignAtomFeed(CampaignFeed):
    feed_type = Atom1Feed
    subtitle = CampaignFeed.description


class TranslationReportView(PageReportView):
    """An editors' report on translations; `report` names its URLs and template."""

    header_icon = "globe"
    any_permission_required = ["add", "change", "publish"]

    def __init_subclass__(cls, *, report: str, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.index_url_name = report
        cls.index_results_url_name = f"{report}_results"
        cls.results_template_name = f"campaigns/admin/{report}_results.html"


class MissingTranslationsView(TranslationReportView, report="missing_translations"):
    """Albanian pages still lacking a live English or Serbian version."""

    page_title = _("Missing translations")

    def get_queryset(self):
        self.queryset = page_list_missing_translations().specific(defer=True)
        return super().get_queryset()

    def decorate_paginated_queryset(self, object_list):
        missing = pages_missing_languages(list(object_list))
        for page in object_list:
            page.missing_languages = missing[page.pk]
        return object_list


class PendingTranslationsView(TranslationReportView, report="pending_translations"):
    """Translations saved as drafts or waiting for a moderator."""

    page_title = _("Pending translations")

    def get_queryset(self):
        self.queryset = page_list_pending_translations().select_related(
            "locale", "latest_revision__user"
        )
        return super().get_queryset()

    def decorate_paginated_queryset(self, object_list):
        for page in object_list:
            page.state_label = STATE_LABELS[page.translation_state]
        return object_list
