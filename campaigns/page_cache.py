"""Whole-page cache of the public site for anonymous visitors.

Django's cache middleware does the caching (one entry per full URL with its query
string, active language and time zone, and the response's Vary headers). This module
only decides which requests may use it, and makes invalidation one write: every key
carries a generation token that any change to public content replaces
(campaigns.signals), so no list of affected URLs is needed.

The cache alias must be shared by every web and Celery process (Redis in
production): with a per-process cache (locmem) a page published by another process
shows after at most PAGE_CACHE_SECONDS.
"""

import uuid

from django.conf import settings
from django.contrib.messages.storage.cookie import CookieStorage
from django.core.cache import caches
from django.db import transaction
from django.middleware.cache import CacheMiddleware
from django.urls import Resolver404, resolve
from django.utils import timezone
from django.utils.cache import patch_cache_control

PAGE_CACHE = "pages"
_GENERATION_KEY = "page-cache-generation"
# Cookies that mean the visitor has a session (signed in, or a page password
# entered) or a pending message: their pages are their own.
_PRIVATE_COOKIES = (settings.SESSION_COOKIE_NAME, CookieStorage.cookie_name)


def page_cache_generation() -> str:
    """The token every cached page key carries; a lost token only empties the cache."""
    return caches[PAGE_CACHE].get_or_set(
        _GENERATION_KEY, lambda: uuid.uuid4().hex, timeout=None
    )


def page_cache_invalidate() -> None:
    """Drop every cached page once the current transaction commits.

    Not before: a visitor's request running meanwhile would read the old rows and
    cache them under the new token.
    """
    transaction.on_commit(_new_generation)


def _new_generation() -> None:
    caches[PAGE_CACHE].set(_GENERATION_KEY, uuid.uuid4().hex, timeout=None)


def _cacheable(request) -> bool:
    """An anonymous GET of a Wagtail page (never a document, form or admin view)."""
    if settings.PAGE_CACHE_SECONDS <= 0 or request.method not in ("GET", "HEAD"):
        return False
    if any(name in request.COOKIES for name in _PRIVATE_COOKIES):
        return False
    try:
        return resolve(request.path_info).url_name == "wagtail_serve"
    except Resolver404:
        return False


def _django_cache(get_response, request) -> CacheMiddleware:
    # One instance per request: the key prefix changes with the generation.
    return CacheMiddleware(
        get_response,
        page_timeout=settings.PAGE_CACHE_SECONDS,
        key_prefix=request.page_cache_prefix,
        cache_alias=PAGE_CACHE,
    )


class PageCacheFetchMiddleware:
    """After the session, locale and auth middleware: answer from the cache on a hit."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not _cacheable(request):
            return self.get_response(request)
        # The date too: a campaign's status (upcoming, ongoing...) changes at midnight.
        request.page_cache_prefix = f"{page_cache_generation()}.{timezone.localdate()}"
        cached = _django_cache(self.get_response, request).process_request(request)
        return cached or self.get_response(request)


class PageCacheUpdateMiddleware:
    """Before the middleware that add Vary or cookies: store what the fetch missed."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if not hasattr(request, "page_cache_prefix"):
            return response
        # A response setting a cookie (CSRF, messages) belongs to its visitor alone.
        if not response.cookies and not request.user.is_authenticated:
            cache = _django_cache(self.get_response, request)
            response = cache.process_response(request, response)
        # Only this cache learns of a publish: browsers and proxies must ask again.
        patch_cache_control(response, max_age=0)
        del response["Expires"]
        return response
