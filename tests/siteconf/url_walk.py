"""Every URL pattern the project registers, as concrete URLs to request.

The walk reads Django's resolver, so a view added tomorrow is in it without
anyone listing it. Path arguments are filled from `objects` (fixture rows by
model) and `values` (by argument name); patterns written as regular
expressions (Wagtail's page serving, document serving) need a sample URL.
"""

import re
from dataclasses import dataclass, field

from django.apps import apps
from django.conf import settings
from django.urls import URLPattern, URLResolver, get_resolver
from django.urls.resolvers import LocalePrefixPattern, RegexPattern

LANG = "[lang]/"  # stands for every language's prefix in a route
_ARG = re.compile(r"<(?:(?P<converter>\w+):)?(?P<name>\w+)>")
_REGEX_ONLY = re.compile(r"[\\()\[\]{}*+?|.]")


@dataclass(frozen=True)
class Route:
    """One URL pattern: `route` is its full pattern text, the table's key."""

    route: str
    name: str
    callback: object = field(compare=False, repr=False)
    args: tuple[str, ...] = ()
    literal: bool = True  # False: a regular expression a sample URL must fill

    @property
    def model(self):
        """The model of a Wagtail (or Django class-based) view, if it has one."""
        view = self.callback
        while view is not None:
            model = (getattr(view, "view_initkwargs", None) or {}).get("model")
            model = model or getattr(getattr(view, "view_class", None), "model", None)
            if isinstance(model, str):  # "app_label.Model", as Wagtail's viewsets allow
                model = apps.get_model(model)
            if isinstance(model, type) and hasattr(model, "_meta"):
                return model
            view = getattr(view, "__wrapped__", None)
        return None

    def urls(self, values: dict[str, object]) -> list[str]:
        """Concrete URLs, one per language for localised routes."""
        path = _ARG.sub(lambda m: str(values[m["name"]]), self.route)
        languages = [code for code, _ in settings.LANGUAGES] if LANG in path else [""]
        return ["/" + path.replace(LANG, f"{code}/") for code in languages]


def routes() -> list[Route]:
    return list(_walk(get_resolver().url_patterns, prefix="", literal=True))


def _walk(patterns, *, prefix: str, literal: bool):
    for entry in patterns:
        text, is_literal = _text(entry.pattern)
        if isinstance(entry, URLResolver):
            yield from _walk(
                entry.url_patterns, prefix=prefix + text, literal=literal and is_literal
            )
        elif isinstance(entry, URLPattern):
            route = prefix + text
            yield Route(
                route=route,
                name=entry.name or "",
                callback=entry.callback,
                args=tuple(m["name"] for m in _ARG.finditer(route)),
                literal=literal and is_literal,
            )


def _text(pattern) -> tuple[str, bool]:
    if isinstance(pattern, LocalePrefixPattern):
        return LANG, True
    text = str(pattern)
    if isinstance(pattern, RegexPattern):
        bare = text.removeprefix("^").removesuffix("$").removesuffix(r"\Z")
        if not _REGEX_ONLY.search(bare.replace("/", "")):
            return bare, True  # a plain prefix written as a regex ("^pages/")
        return text, False
    return text, True
