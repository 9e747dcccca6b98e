"""Answers of Wagtail and its libraries to odd input, corrected in one place.

Each turned a hostile query string into a 500 (issue 10, defect 9) in views that
are Wagtail's, not ours to subclass one by one; `apply()` runs once at start
(SiteConfig.ready). Each fix keeps the library's behaviour for ordinary input.
"""

from django.conf import settings
from django.contrib.admin.utils import unquote
from django.http import Http404
from django.utils.translation import gettext, gettext_noop

from .choosers import pks_clean


def apply() -> None:
    _search_quotes_escape()
    _chooser_ids_clean()
    _workflow_pages_page()
    _page_permission_names_translate()


def _search_quotes_escape() -> None:
    """SQLite search: a `"` typed into any search box (public or admin) ended the
    FTS5 string early ("fts5: syntax error"). `modelsearch` wraps each term in
    double quotes but escapes only `'` and `\\`; FTS5 reads a doubled quote inside
    a string as a quote, so the term is now searched for as typed."""
    if not settings.DATABASES["default"]["ENGINE"].endswith("sqlite3"):
        return
    from modelsearch.backends.database.sqlite.query import Lexeme

    as_sql = Lexeme.as_sql
    if getattr(as_sql, "fener_fix", False):
        return

    def as_sql_quotes_escaped(self, compiler, connection):
        template, params = as_sql(self, compiler, connection)
        return template, [param.replace('"', '""') for param in params]

    as_sql_quotes_escaped.fener_fix = True
    Lexeme.as_sql = as_sql_quotes_escaped


def _chooser_ids_clean() -> None:
    """Choosers looked up the ids of the address as given: `chosen/abc/` or
    `chosen-multiple/?id=abc` was a ValueError (an OverflowError on SQLite for a
    huge number). An id that cannot be a key of the model now finds nothing, like
    the id of a row that does not exist: a 404 for one, an empty list for many."""
    from wagtail.admin.views import chooser as page_chooser
    from wagtail.admin.views.generic import chooser
    from wagtail.models import Page

    _ids_sift(chooser.ChosenMultipleViewMixin, model_of=lambda view: view.model_class)
    _ids_sift(page_chooser.ChosenMultipleView, model_of=lambda view: Page)
    get = chooser.ChosenViewMixin.get
    if getattr(get, "fener_fix", False):
        return

    def get_of_a_key(self, request, pk):
        if not pks_clean(self.model_class, [unquote(str(pk))]):
            raise Http404
        return get(self, request, pk)

    get_of_a_key.fener_fix = True
    chooser.ChosenViewMixin.get = get_of_a_key


def _ids_sift(view_class, *, model_of) -> None:
    """`view_class.get` reads only the `id`s that can be keys of the model (Wagtail
    subclasses override `get_objects`, so the sifting happens before `get`)."""
    get = view_class.get
    if getattr(get, "fener_fix", False):
        return

    def get_of_keys(self, request, *args, **kwargs):
        query, model = request.GET.copy(), model_of(self)
        query.setlist("id", [str(pk) for pk in pks_clean(model, query.getlist("id"))])
        request.GET = query
        return get(self, request, *args, **kwargs)

    get_of_keys.fener_fix = True
    view_class.get = get_of_keys


def _workflow_pages_page() -> None:
    """The workflow editor (superusers) read its list's `?p=` with int() and
    Paginator.page(): `abc`, `-1` or a huge number was a 500. Paginator.get_page
    answers any value with a page (the first or the last), as Wagtail's listings do."""
    from django.core.paginator import Paginator
    from wagtail.admin.views.workflows import Edit
    from wagtail.models import Page

    if getattr(Edit.get_paginated_pages, "fener_fix", False):
        return

    def get_paginated_pages(self):
        pages = Page.objects.filter(workflowpage__workflow=self.get_object())
        pages.paginator = Paginator(pages, self.MAX_PAGES)
        return pages.paginator.get_page(self.request.GET.get("p"))

    get_paginated_pages.fener_fix = True
    Edit.get_paginated_pages = get_paginated_pages


# Wagtail stores these permission names in English and shows them untranslated on
# a group's page permissions; listed here so Fener's catalogue translates them.
PAGE_PERMISSION_NAMES = [
    gettext_noop("Can add page"),
    gettext_noop("Can change page"),
    gettext_noop("Can delete page"),
    gettext_noop("Can view page"),
    gettext_noop("Delete pages with children"),
    gettext_noop("Lock/unlock pages you've locked"),
    gettext_noop("Publish any page"),
    gettext_noop("Unlock any page"),
]


def _page_permission_names_translate() -> None:
    """A group's page permissions read "Wagtail core | page | Publish any page" in
    every language: each checkbox now shows the permission's translated name."""
    from wagtail.users.forms import PagePermissionsForm

    field = PagePermissionsForm.base_fields["permissions"]
    field.label_from_instance = lambda permission: gettext(permission.name)
