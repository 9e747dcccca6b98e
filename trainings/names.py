"""Name folding for trainee de-duplication across Albanian and Serbian spellings.

The same person is written "Miloš Petrović", "MILOS PETROVIC" or "Милош Петровић"
on different sign-in sheets; `name_key()` folds all of them to one key, so
"unique people trained" counts the person once.
"""

import re

from siteconf.ascii import ascii_fold

_SPACES = re.compile(r"\s+")


def name_key(full_name: str) -> str:
    """Fold a name to lower-case ASCII Latin with single spaces."""
    return _SPACES.sub(" ", ascii_fold(full_name)).strip()
