"""Demo page tree: a home page and a campaign index in Albanian, English and Serbian."""

from django.conf import settings
from wagtail.models import Locale, Page, Site

from .models import CampaignIndexPage, HomePage

HOME = {
    "sq": {
        "title": "Fener: kundër trafikimit të qenieve njerëzore",
        "intro": "<p>Fushata ndërgjegjësimi, materiale dhe trajnime të Zyrës së "
        "Koordinatorit Kombëtar kundër Trafikimit.</p>",
    },
    "en": {
        "title": "Fener: against trafficking in human beings",
        "intro": "<p>Awareness campaigns, materials and trainings of the Office of "
        "the National Anti-Trafficking Coordinator.</p>",
    },
    "sr": {
        "title": "Fener: protiv trgovine ljudima",
        "intro": "<p>Kampanje podizanja svesti, materijali i obuke Kancelarije "
        "nacionalnog koordinatora za borbu protiv trgovine ljudima.</p>",
    },
}
CAMPAIGN_INDEX = {
    "sq": {"title": "Fushatat", "slug": "fushatat"},
    "en": {"title": "Campaigns", "slug": "campaigns"},
    "sr": {"title": "Kampanje", "slug": "kampanje"},
}


def build_locales() -> dict[str, Locale]:
    return {
        code: Locale.objects.get_or_create(language_code=code)[0]
        for code, _ in settings.LANGUAGES
    }


def build_pages() -> HomePage:
    """Create (or find) the home page and campaign index with their translations."""
    locales = build_locales()
    home = _home_page(locales[settings.LANGUAGE_CODE])
    index = CampaignIndexPage.objects.filter(locale=home.locale).first()
    if index is None:
        index = home.add_child(
            instance=CampaignIndexPage(**CAMPAIGN_INDEX[settings.LANGUAGE_CODE])
        )
    for code, locale in locales.items():
        if code != settings.LANGUAGE_CODE:
            publish_translation(home, locale, HOME[code])
            publish_translation(index, locale, CAMPAIGN_INDEX[code])
    return home


def _home_page(locale: Locale) -> HomePage:
    home = HomePage.objects.filter(locale=locale).first()
    if home:
        return home
    # Replace Wagtail's placeholder "Welcome" page (and the site pointing at it).
    Page.objects.filter(depth=2).not_type(HomePage).delete()
    root = Page.get_first_root_node()
    home = root.add_child(
        instance=HomePage(slug="home", locale=locale, **HOME[locale.language_code])
    )
    Site.objects.update_or_create(
        is_default_site=True,
        defaults={"hostname": "localhost", "root_page": home, "site_name": "Fener"},
    )
    return home


def publish_translation(page: Page, locale: Locale, fields: dict) -> Page:
    """Copy `page` into `locale` (once), set the translated fields and publish."""
    translation = page.get_translation_or_none(locale)
    if translation is None:
        translation = page.copy_for_translation(locale)
    translation = translation.specific
    for name, value in fields.items():
        setattr(translation, name, value)
    translation.save_revision().publish()
    return translation
