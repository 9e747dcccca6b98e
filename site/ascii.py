"""ASCII forms of Albanian and Serbian text: page addresses and name keys.

Serbian Cyrillic goes to Gaj's Latin first, as Serbs write it ("ш" is "š", then
"s"), not through a generic transliterator, which gives Russian-style "sh",
"ch", "zh" ("Шабац" would become "shabats" instead of "sabac").
"""

from anyascii import anyascii
from django.utils.text import slugify

_SERBIAN_CYRILLIC = dict(
    zip(
        "абвгдђежзијклљмнњопрстћуфхцчџш",
        "a b v g d đ e ž z i j k l lj m n nj o p r s t ć u f h c č dž š".split(),
        strict=True,
    )
)
# "đ" has no ASCII decomposition ("Đorđe" would lose it); "dj" is how it is
# written without diacritics.
_BEFORE_ASCII = str.maketrans({"đ": "dj"})


def ascii_fold(text: str) -> str:
    """Lower-case ASCII Latin: "Ђорђе Шабац" is "djordje sabac", "Javë" is "jave"."""
    lowered = text.casefold()
    latin = "".join(_SERBIAN_CYRILLIC.get(char, char) for char in lowered)
    return anyascii(latin.translate(_BEFORE_ASCII)).lower()


def serbian_cyrillic_ascii() -> dict[str, str]:
    """Each Serbian Cyrillic letter, both cases, as ASCII: "ш" "s", "Џ" "Dz"."""
    letters = {}
    for cyrillic, latin in _SERBIAN_CYRILLIC.items():
        plain = anyascii(latin.translate(_BEFORE_ASCII))
        letters[cyrillic] = plain
        letters[cyrillic.upper()] = plain.capitalize()
    return letters


def slug_ascii(text: str) -> str:
    """A page address from any title or slug, in ASCII ("java-kunder-cdo-forme")."""
    return slugify(ascii_fold(text))
