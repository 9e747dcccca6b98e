"""The languages a material can be in: any ISO 639 language, not only the site's.

The NAP asks for information to asylum seekers "in languages that they understand"
(Arabic, Farsi, Urdu...). Each language is named in itself ("Shqip", "العربيّة"),
as on a multilingual leaflet rack. Django's own list (django.conf.locale) gives the
codes and names; Romani, spoken by Roma communities in Albania and Kosovo, is added.
"""

from functools import cache

from django.conf import settings
from django.conf.locale import LANG_INFO

# ISO 639-2 code: Romani has no two-letter one.
NOT_IN_DJANGO = {"rom": "Romanes"}


def _own_name(code: str) -> str:
    name = LANG_INFO[code]["name_local"] if code in LANG_INFO else NOT_IN_DJANGO[code]
    return name[:1].upper() + name[1:]


@cache  # read for every file a library page names: built once
def language_choices() -> list[tuple[str, str]]:
    """The site's languages first, then every other by its own name."""
    site = [code for code, _name in settings.LANGUAGES]
    others = [
        code
        for code, info in LANG_INFO.items()
        if "-" not in code and "name_local" in info and code not in site
    ] + list(NOT_IN_DJANGO)
    others.sort(key=lambda code: LANG_INFO.get(code, {}).get("name", code))
    return [(code, _own_name(code)) for code in site + others]
