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
from .selectors import page_list_missing_translations


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


class MissingTranslationsView(PageReportView):
    """Admin report: Albanian pages still lacking their English or Serbian version."""

    page_title = _("Missing translations")
    header_icon = "globe"
    index_url_name = "missing_translations"
    index_results_url_name = "missing_translations_results"
    results_template_name = "campaigns/admin/missing_translations_results.html"
    any_permission_required = ["add", "change", "publish"]

    def get_queryset(self):
        self.queryset = page_list_missing_translations().specific(defer=True)
        return super().get_queryset()

    def decorate_paginated_queryset(self, object_list):
        from .selectors import page_missing_languages

        for page in object_list:
            page.missing_languages = page_missing_languages(page=page)
        return object_list
