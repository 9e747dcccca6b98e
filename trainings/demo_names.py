"""The demo's names in Albanian and Serbian, read from `demo_data/names/*.csv`.

The demo's plans (`demo_data/plans.py`) are written in English, so English goes
to the `_en` columns; the files give the Albanian base text and the Serbian
(Cyrillic) one, keyed by code (reference lists are whole files of their own, in
`trainings/data/`):

    plans.csv                         code,title_sq,title_sr,level_names_sq,level_names_sr
    nodes.csv                         plan,code,title_sq,title_sr
    indicators.csv                    plan,code,name_sq,name_sr,unit_sq,unit_sr
    target_notes.csv                  plan,indicator,year,note_sq,note_sr
    target_groups.csv, channels.csv,
    topics.csv                        name_en,name_sq,name_sr

Level names are joined by " | ". A missing file, row or cell leaves the
English as the base text and the Serbian empty, so the demo works without them
(and the untranslated-names report shows what is left).
"""

import csv
from functools import cache
from pathlib import Path

NAMES = Path(__file__).resolve().parent / "demo_data" / "names"
KEYS = {
    "plans.csv": ("code",),
    "nodes.csv": ("plan", "code"),
    "indicators.csv": ("plan", "code"),
    "target_notes.csv": ("plan", "indicator", "year"),
    "target_groups.csv": ("name_en",),
    "channels.csv": ("name_en",),
    "topics.csv": ("name_en",),
}
LIST_SEPARATOR = " | "


def names_file(name: str, folder: Path | None = None) -> dict[tuple[str, ...], dict]:
    """The rows of `folder/name` (default: NAMES) by their key columns; empty when
    there is no file."""
    return _read(name, folder or NAMES)


@cache
def _read(name: str, folder: Path) -> dict[tuple[str, ...], dict]:
    path = folder / name
    if not path.is_file():
        return {}
    key = KEYS.get(name, ("code",))
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return {
            tuple(row[k].strip() for k in key): {
                column: (value or "").strip() for column, value in row.items()
            }
            for row in csv.DictReader(handle)
        }


def names(
    file: str, key: tuple, field: str, *, english="", albanian="", folder=None
) -> dict:
    """`field`, `field_en` and `field_sr` for one row: Albanian from the file (else
    `albanian`, else the English), English from the data (or the file), Serbian from
    the file. Lists (level names) are written joined by " | " in the files."""
    row = names_file(file, folder).get(tuple(str(k) for k in key), {})
    as_list = isinstance(english, list) or isinstance(albanian, list)

    def cell(language: str):
        text = row.get(f"{field}_{language}", "")
        return text.split(LIST_SEPARATOR) if as_list and text else text

    empty = [] if as_list else ""
    return {
        field: cell("sq") or albanian or english,
        f"{field}_en": cell("en") or english or empty,
        f"{field}_sr": cell("sr") or empty,
    }


def vocabulary_names_apply(model, file: str, *, folder: Path | None = None) -> int:
    """Give the rows of a vocabulary built from English labels (target groups,
    channels, topics) their Albanian and Serbian names; returns rows changed."""
    changed = 0
    for (english,), row in names_file(file, folder).items():
        values = {
            k: v
            for k, v in (("name", row.get("name_sq")), ("name_sr", row.get("name_sr")))
            if v
        }
        if values:
            changed += model.objects.filter(name_en__iexact=english).update(**values)
    return changed
