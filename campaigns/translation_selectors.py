"""Reads for the editors' translation reports: which pages lack a live translation,
and which translations wait (a draft, or with the moderators)."""

from typing import NamedTuple

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db.models import (
    Case,
    CharField,
    Exists,
    OuterRef,
    Q,
    QuerySet,
    Value,
    When,
)
from django.db.models.functions import Cast
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale, Page, WorkflowState

STATE_LABELS = {
    "missing": _("missing"),
    "draft": _("draft"),
    "in_moderation": _("awaiting approval"),
    "needs_changes": _("returned for changes"),
    "live": _("published"),
}
LANGUAGE_NAMES = dict(settings.LANGUAGES)


class LanguageState(NamedTuple):
    code: str
    state: str

    @property
    def label(self) -> str:
        return f"{LANGUAGE_NAMES[self.code]}: {STATE_LABELS[self.state]}"


def _workflow(status: str) -> Exists:
    return Exists(
        WorkflowState.objects.filter(
            base_content_type=ContentType.objects.get_for_model(Page),
            object_id=Cast(OuterRef("pk"), CharField()),
            status=status,
        )
    )


def with_translation_state(pages: QuerySet[Page]) -> QuerySet[Page]:
    """`translation_state`: with the moderators, returned, a draft, or live."""
    return pages.annotate(
        translation_state=Case(
            When(
                _workflow(WorkflowState.STATUS_IN_PROGRESS), then=Value("in_moderation")
            ),
            When(
                _workflow(WorkflowState.STATUS_NEEDS_CHANGES),
                then=Value("needs_changes"),
            ),
            When(Q(live=False) | Q(has_unpublished_changes=True), then=Value("draft")),
            default=Value("live"),
        )
    )


def _other_locales() -> QuerySet[Locale]:
    return Locale.objects.exclude(language_code=settings.LANGUAGE_CODE)


def page_list_missing_translations() -> QuerySet[Page]:
    """Pages in the default language lacking a *live* translation in some other
    language: a draft waiting for approval is not yet a translation visitors see.

    The editors' to-do list for the bilingual website Kosovo's plan requires.
    """
    others = _other_locales()
    pages = Page.objects.filter(
        locale__language_code=settings.LANGUAGE_CODE, depth__gt=1
    )
    missing = Q()
    for locale in others:
        live = Page.objects.filter(
            translation_key=OuterRef("translation_key"), locale=locale, live=True
        )
        missing |= ~Exists(live)
    return pages.filter(missing).order_by("path") if others else pages.none()


def pages_missing_languages(pages: list[Page]) -> dict[int, list[LanguageState]]:
    """For each page, its languages without a live translation and how far each
    got (missing, draft, awaiting approval): one query for the whole list."""
    translations = with_translation_state(
        Page.objects.filter(
            translation_key__in=[page.translation_key for page in pages],
            locale__in=_other_locales(),
        )
    ).values_list(
        "translation_key", "locale__language_code", "live", "translation_state"
    )
    found = {(key, code): (live, state) for key, code, live, state in translations}
    codes = [code for code, _ in settings.LANGUAGES if code != settings.LANGUAGE_CODE]
    result = {}
    for page in pages:
        states = [
            (code, found.get((page.translation_key, code), (False, "missing")))
            for code in codes
        ]
        result[page.pk] = [
            LanguageState(code, state) for code, (live, state) in states if not live
        ]
    return result


def page_list_pending_translations() -> QuerySet[Page]:
    """Translations not yet (or not wholly) live, newest change first."""
    pending = Page.objects.filter(locale__in=_other_locales()).filter(
        Q(live=False) | Q(has_unpublished_changes=True)
    )
    return with_translation_state(pending).order_by("-latest_revision_created_at")
