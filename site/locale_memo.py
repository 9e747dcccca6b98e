"""Wagtail looks the active locale up in the database whenever it is asked
(routing, `localized`, selectors): five or six identical queries per fresh page.
Within one request the answer cannot change, so it is remembered for that request
only: never across requests, where the admin (and tests) add and remove locales.
"""

from contextvars import ContextVar

from django.core.signals import request_finished, request_started
from wagtail.models.i18n import LocaleManager

_memo: ContextVar[dict | None] = ContextVar("fener_locale_memo", default=None)


def locale_lookups_memoise() -> None:
    lookup = LocaleManager.get_for_language
    if getattr(lookup, "fener_memo", False):
        return

    def get_for_language(self, language_code):
        memo = _memo.get()
        if memo is None:  # outside a request: as Wagtail does
            return lookup(self, language_code)
        if language_code not in memo:
            memo[language_code] = lookup(self, language_code)
        return memo[language_code]

    get_for_language.fener_memo = True
    LocaleManager.get_for_language = get_for_language
    request_started.connect(_memo_start, dispatch_uid="fener_locale_memo_start")
    request_finished.connect(_memo_end, dispatch_uid="fener_locale_memo_end")


def _memo_start(**kwargs) -> None:
    _memo.set({})


def _memo_end(**kwargs) -> None:
    _memo.set(None)
