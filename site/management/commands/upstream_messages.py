"""Keep Fener's translations of Wagtail's admin up to date with the installed Wagtail.

Wagtail ships no Albanian catalogue and next to no Serbian one, so Fener carries
them in `locale/upstream/` (a second entry of LOCALE_PATHS, after Fener's own
`locale/`, so Fener's wording wins where both translate a string). After upgrading
Wagtail or wagtail-localize run `manage.py upstream_messages`: it merges the
packages' current English catalogues into ours (new strings arrive untranslated,
changed ones fuzzy, which `make messages` then refuses until someone translates
them). `--check` (run by `make messages`) only reports what is missing.
"""

import subprocess
import tempfile
from importlib.util import find_spec
from pathlib import Path

import polib
from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

# The apps whose screens Fener's users meet (see INSTALLED_APPS).
APPS = {
    "django": [
        "wagtail",
        "wagtail.admin",
        "wagtail.users",
        "wagtail.images",
        "wagtail.documents",
        "wagtail.snippets",
        "wagtail.sites",
        "wagtail.search",
        "wagtail.embeds",
        "wagtail.locales",
        "wagtail.contrib.forms",
        "wagtail.contrib.redirects",
        "wagtail.contrib.settings",
        "wagtail_localize",
        "wagtail_localize.locales",
    ],
    "djangojs": ["wagtail.admin", "wagtail_localize"],
}
LANGUAGES = ["sq", "sr"]
UPSTREAM = Path(settings.BASE_DIR) / "locale" / "upstream"


def template(domain: str) -> polib.POFile:
    """Every msgid of the installed apps' English catalogues, once."""
    pot, seen = polib.POFile(), set()
    pot.metadata = {"Content-Type": "text/plain; charset=UTF-8"}
    for app in APPS[domain]:
        folder = Path(find_spec(app).submodule_search_locations[0])
        source = folder / "locale" / "en" / "LC_MESSAGES" / f"{domain}.po"
        for entry in polib.pofile(str(source)):
            key = (entry.msgctxt, entry.msgid)
            if entry.obsolete or key in seen:
                continue
            seen.add(key)
            entry.msgstr = ""
            entry.msgstr_plural = dict.fromkeys(entry.msgstr_plural, "")
            entry.occurrences, entry.flags = (
                [],
                [f for f in entry.flags if f != "fuzzy"],
            )
            pot.append(entry)
    return pot


def missing(pot: polib.POFile, catalogue: Path) -> list[str]:
    translated = {
        (e.msgctxt, e.msgid) for e in polib.pofile(str(catalogue)) if e.translated()
    }
    return [e.msgid for e in pot if (e.msgctxt, e.msgid) not in translated]


class Command(BaseCommand):
    help = "Merge Wagtail's current strings into locale/upstream, or --check them."

    def add_arguments(self, parser):
        parser.add_argument("--check", action="store_true", help="Only report.")

    def handle(self, *args, check, **options):
        problems = []
        for domain in APPS:
            pot = template(domain)
            for language in LANGUAGES:
                catalogue = UPSTREAM / language / "LC_MESSAGES" / f"{domain}.po"
                if not check:
                    self._merge(pot, catalogue)
                problems += [f"{catalogue}: {m!r}" for m in missing(pot, catalogue)]
        for problem in problems:
            self.stderr.write(problem)
        if problems:
            raise CommandError(f"{len(problems)} upstream strings lack a translation.")
        self.stdout.write(
            "Upstream catalogues cover every string of the installed apps."
        )

    def _merge(self, pot: polib.POFile, catalogue: Path):
        with tempfile.NamedTemporaryFile(suffix=".pot") as handle:
            pot.save(handle.name)
            subprocess.run(
                ["msgmerge", "--quiet", "--update", "--no-location", "--backup=none"]
                + [str(catalogue), handle.name],
                check=True,
            )
