"""Serbian is written in Cyrillic: a new message cannot slip into the catalogue in Latin."""

import re
from pathlib import Path

import polib
import pytest

LOCALE = Path(__file__).resolve().parents[2] / "locale"
# Fener's own catalogue and its translation of Wagtail's admin (text and scripts).
CATALOGUES = [
    LOCALE / "sr/LC_MESSAGES/django.po",
    *LOCALE.glob("upstream/sr/LC_MESSAGES/*.po"),
]

# What stays as typed in a Cyrillic message: placeholders, HTML, addresses, command
# options, paths and file names, codes and acronyms (PDF, CSV, UTF-8, AL-07).
NOT_WORDS = re.compile(
    r"<code>[^<]*</code>|%\(\w+\)[-#0 +]?\d*(?:\.\d+)?[sdfir]|%[sdfi]|\{\w*\}|<[^>]*>"
    r"|&[a-z#0-9]+;"
    r"|https?://\S+|\S+@\S+|--[a-z-]+|/[a-z/-]+/|\*?\.[a-z]{2,4}\b"
    r"|\b[A-Z][A-Z0-9_]*\b|\bv\d+\b|\b\w+_\w+\b"
)
# Product names (declined with a Cyrillic ending: Excel-у) and the English menu and
# format names of the programs people click in (File → Save As → Text CSV).
NAMES = re.compile(
    r"\b(?:Excel|LibreOffice|Office|Windows|Word|YouTube|Vimeo|Unicode|Fener|Wagtail"
    r"|JavaScript|Embedly)"
    r"(?:-[а-ш]+)?(?=\W|$)"
    r"|\b(?:File|Save As|Text|Date|Comma delimited|Enter)\b"
    # Developers' terms the glossary keeps as written, next to a Serbian gloss.
    r"|\b(?:slug|hook|id)\b"
)
# Words quoted or in brackets as the English source has them: column names, JSON keys.
QUOTED = re.compile(r"\"[^\"]*\"|«[^»]*»|'[^']*'|\([^()]*\)")
# Any word with a Latin letter, also mixed ones such as "Wиндоwс".
LATIN = re.compile(r"\w*[A-Za-zČĆŠŽĐčćšžđ]\w*")


def latin_words(text: str, source: str) -> list[str]:
    in_source = set(LATIN.findall(source.lower()))

    def copied(match):
        return LATIN.sub(
            lambda word: " " if word.group().lower() in in_source else word.group(),
            match.group(),
        )

    for pattern in (NOT_WORDS, NAMES):
        text = pattern.sub(" ", text)
    text = QUOTED.sub(copied, text)
    return LATIN.findall(text)


def translations():
    for catalogue in CATALOGUES:
        for entry in polib.pofile(str(catalogue)):
            if entry.obsolete:
                continue
            yield entry.msgid, entry.msgstr
            for text in entry.msgstr_plural.values():
                yield entry.msgid_plural, text


def test_every_serbian_message_is_in_cyrillic():
    latin = {
        text: words
        for source, text in translations()
        if (words := latin_words(text, source))
    }

    assert latin == {}


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Sačuvaj vrednost", "Save value"),
        ("Сачувај vrednost", "Save value"),
        ("Изаберите plan", "Choose a plan"),
        ("Save", "Save"),
        ("Wиндоwс-1250", "Windows-1250"),
    ],
)
def test_a_latin_word_is_caught(text, source):
    assert latin_words(text, source)


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Преузмите PDF (%(size)s)", "Download PDF (%(size)s)"),
        ("(колоне: code, parent, level)", "(columns: code, parent, level)"),
        ('запис постаје "Erased person %(pk)s"', 'becomes "Erased person %(pk)s"'),
        ("У Excel-у: File → Save As", "In Excel: File → Save As"),
        ("<a href='%(url)s'>Провери</a> /verify/", "<a href='%(url)s'>Verify</a>"),
        ("листа (xlsx), UTF-8, --dry-run, AL-07", "list (xlsx), UTF-8, --dry-run"),
    ],
)
def test_codes_placeholders_and_product_names_may_stay(text, source):
    assert latin_words(text, source) == []
