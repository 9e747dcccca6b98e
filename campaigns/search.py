"""Reads for the site search: pages and materials, forgiving of accents, word
endings and typos, in the visitor's language.

PostgreSQL matches words by trigram similarity on accent-folded text
(modelsearch's Fuzzy), so "trafikim", "trafikimi" and "trafkimi" all find
"trafikimit". SQLite (the quick start) takes the words whole or as prefixes.
"""

from django.db import connection
from wagtail.models import Locale, Page
from wagtail.search.backends import get_search_backend
from wagtail.search.query import Fuzzy

from materials.models import Material, Publication
from materials.selectors import publication_list, with_display_files

MAX_MATERIALS = 12  # a short list beside the pages; the library has the rest


def page_search(query: str):
    """Live pages in the visitor's language that match `query`, best first."""
    pages = Page.objects.live().filter(locale=Locale.get_active()).specific()
    return _matching(pages, query)


def material_search(query: str, *, user) -> list[Publication]:
    """Publications the visitor may see whose title, description, topic or
    file titles match `query`."""
    by_files = _matching(Material.objects.all(), query)
    by_metadata = _matching(Publication.objects.all(), query)
    ids = {m.publication_id for m in by_files} | {p.pk for p in by_metadata}
    visible = publication_list(user=user).filter(pk__in=ids)
    return with_display_files(visible[:MAX_MATERIALS])


def _matching(queryset, query: str):
    backend = get_search_backend()
    if connection.vendor == "postgresql":
        return backend.search(Fuzzy(query, unaccent=True), queryset)
    # SQLite: whole words anywhere, or the title's words by prefix.
    found = list(backend.search(query, queryset))
    seen = {row.pk for row in found}
    prefixed = backend.autocomplete(query, queryset)
    return found + [row for row in prefixed if row.pk not in seen]
