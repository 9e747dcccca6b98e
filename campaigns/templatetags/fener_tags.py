"""Template helpers of the public layout: site navigation and the language switcher."""

from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils.translation import get_language

from campaigns.models import CampaignIndexPage
from materials.models import MaterialLibraryPage

register = template.Library()


@register.simple_tag
def site_sections() -> list:
    """The campaign index and materials library in the visitor's language."""
    language = get_language()
    return [
        model.objects.live().filter(locale__language_code=language).first()
        for model in (CampaignIndexPage, MaterialLibraryPage)
    ]


@register.simple_tag(takes_context=True)
def language_links(context) -> list[dict]:
    """One link per language: the page's translation, or the same view's URL.

    Pages not yet translated are left out rather than linking to a 404.
    """
    page = context.get("page")
    request = context["request"]
    current = get_language()
    if page is not None and hasattr(page, "get_translations"):
        translations = page.get_translations(inclusive=True).live()
        pages = {
            p.locale.language_code: p for p in translations.select_related("locale")
        }
        links = [
            (code, name, pages[code].get_url(request))
            for code, name in settings.LANGUAGES
            if code in pages
        ]
    else:
        links = [
            (code, name, translate_url(request.get_full_path(), code))
            for code, name in settings.LANGUAGES
        ]
    return [
        {"code": code, "name": name, "url": url, "current": code == current}
        for code, name, url in links
    ]


@register.filter
def image_alt(image) -> str:
    """The alt text an image block gives (empty when the editor marked it
    decorative), else the image's own description or title: never none."""
    if image.contextual_alt_text is not None:
        return image.contextual_alt_text
    return image.default_alt_text


# Open Graph names a language with its country: sq_AL, not sq.
OPEN_GRAPH_LOCALES = {"sq": "sq_AL", "en": "en_GB", "sr": "sr_RS"}


@register.simple_tag
def open_graph_locales() -> dict:
    """The page's Open Graph locale and the site's other languages."""
    current = get_language()
    return {
        "current": OPEN_GRAPH_LOCALES.get(current, current),
        "alternates": [
            OPEN_GRAPH_LOCALES.get(code, code)
            for code, _name in settings.LANGUAGES
            if code != current
        ],
    }


@register.simple_tag(takes_context=True)
def absolute_url(context, url: str) -> str:
    """`url` as an address a social network can fetch (renditions are often relative)."""
    return context["request"].build_absolute_uri(url)


@register.simple_tag
def is_reporter(user) -> bool:
    """An implementing institution's reporter: the header links to their reports
    rather than the partner page (the policy decides, trainings/permissions.py)."""
    from siteconf.permissions import may
    from trainings.models import Submission

    return bool(
        user.is_authenticated and user.organisation_id and may(user, "add", Submission)
    )
