"""Long public lists in pages: a phone loads twelve cards, not the whole history."""

from django.core.paginator import Page, Paginator

PUBLIC_PAGE_SIZE = 12


def page_of(request, items, per_page: int = PUBLIC_PAGE_SIZE) -> Page:
    """The page `?page=N` asks for; a missing, bad or too high number gives the
    first or last page, never an error."""
    return Paginator(items, per_page).get_page(request.GET.get("page"))
