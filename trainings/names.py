"""Name folding for trainee de-duplication across Albanian and Serbian spellings.

The same person is written "Miloš Petrović", "MILOS PETROVIC" or "Милош Петровић"
on different sign-in sheets; `name_key()` folds all of them to one key, so
"unique people trained" counts the person once.
"""

import re

from anyascii import anyascii

# Serbian Cyrillic to Gaj's Latin alphabet, so "ш" becomes "š" (then "s"), as
# people type it, and not "sh" as a generic transliterator would.
_SERBIAN_CYRILLIC = dict(
    zip(
        "абвгдђежзијклљмнњопрстћуфхцчџш",
        "a b v g d đ e ž z i j k l lj m n nj o p r s t ć u f h c č dž š".split(),
        strict=True,
    )
)
# "đ" has no ASCII decomposition; "dj" is how it is written without diacritics.
_BEFORE_ASCII = str.maketrans({"đ": "dj"})
_SPACES = re.compile(r"\s+")


def name_key(full_name: str) -> str:
    """Fold a name to lower-case ASCII Latin with single spaces."""
    lowered = full_name.casefold()
    latin = "".join(_SERBIAN_CYRILLIC.get(char, char) for char in lowered)
    ascii_name = anyascii(latin.translate(_BEFORE_ASCII)).lower()
    return _SPACES.sub(" ", ascii_name).strip()
