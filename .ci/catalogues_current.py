"""Fail when a message in the code is missing from locale/sq or locale/sr.

`make messages` counts untranslated entries, but a string marked in the code and
never extracted is not an entry at all: it reaches users in English and no count
sees it. This runs makemessages for sq in a temporary tree (links to the code, a
copy of locale/), so the committed catalogues are never touched, and compares
the messages it finds with each committed catalogue. Messages only in a
catalogue (left from removed code) are reported as a warning.

Run by `make lint` (so by CI's .ci/run): `.venv/bin/python .ci/catalogues_current.py`.
"""

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import polib

ROOT = Path(__file__).resolve().parents[1]
LANGUAGES = ("sq", "sr")
NOT_CODE = {".git", ".venv", "locale"}
# Only the temporary tree's locale/: the project's LOCALE_PATHS would send the
# extracted messages into the committed catalogues.
SETTINGS = "from siteconf.settings import *  # noqa\nLOCALE_PATHS = []\n"


def top_level_entries() -> set[str]:
    """What a developer's makemessages reads: tracked or new files, not ignored ones."""
    listed = subprocess.run(
        ["git", "ls-files", "--cached", "--others", "--exclude-standard"],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    if listed.returncode == 0:
        return {line.split("/")[0] for line in listed.stdout.splitlines()}
    return {entry for entry in os.listdir(ROOT) if not entry.startswith(".")}


def messages_in_code(tree: Path) -> polib.POFile:
    for entry in top_level_entries() - NOT_CODE:
        if (ROOT / entry).exists():
            (tree / entry).symlink_to(ROOT / entry)
    shutil.copytree(ROOT / "locale", tree / "locale")
    (tree / "catalogue_settings.py").write_text(SETTINGS)
    subprocess.run(
        [sys.executable, str(ROOT / "manage.py"), "makemessages", "-l", "sq"]
        + ["--symlinks", "--keep-pot", "--ignore=.venv", "--ignore=tests/data"]
        + ["--verbosity=0"]
        + ["--settings=catalogue_settings"],
        cwd=tree,
        env={**os.environ, "PYTHONPATH": str(tree), "DEBUG": "true"},
        check=True,
    )
    return polib.pofile(str(tree / "locale" / "django.pot"))


def say(line: str) -> None:
    sys.stdout.write(line + "\n")


def key(entry: polib.POEntry) -> tuple[str | None, str]:
    return entry.msgctxt, entry.msgid


def main() -> int:
    with tempfile.TemporaryDirectory() as tree:
        found = messages_in_code(Path(tree))
    in_code = {key(entry): entry for entry in found}
    failed = False
    for language in LANGUAGES:
        path = f"locale/{language}/LC_MESSAGES/django.po"
        catalogue = {key(e) for e in polib.pofile(str(ROOT / path)) if not e.obsolete}
        for missing in sorted(in_code.keys() - catalogue, key=str):
            where = ", ".join(f"{f}:{n}" for f, n in in_code[missing].occurrences)
            say(f"{path}: missing {missing[1]!r} ({where})")
            failed = True
        for extra in sorted(catalogue - in_code.keys(), key=str):
            say(f"warning: {path}: {extra[1]!r} is no longer in the code")
    if failed:
        say(
            "Run: DEBUG=true .venv/bin/python manage.py makemessages -l sq -l sr "
            "--ignore=.venv --no-location, translate, then compilemessages."
        )
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
