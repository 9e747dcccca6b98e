"""Check the name files of the demo's reference data against reference.py.

Run from the repository root: ``python3 trainings/demo_data/names/check_reference_names.py``.

For agencies.csv, professions.csv, regions.csv, sops.csv and modules.csv it checks that
the header is the expected one, every code of the Python data has exactly one row, no row
names a code the data does not have, no cell is empty where the English (or, for
regions, the Albanian) name is not empty, no word mixes Latin and Cyrillic letters and
no Albanian or English cell has Cyrillic ones. It also lists, as notes, Serbian cells that
contain Latin letters (brand names and acronyms such as UNICEF are expected there).
Exit status 1 when a check fails.
"""

import csv
import pathlib
import re
import sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))

from trainings.demo_data import reference  # noqa: E402

# file: (items, header, the item's key holding the source text of each translated column)
FILES = {
    "agencies.csv": (reference.AGENCIES, ["code", "name_sq", "name_sr"], "name"),
    "professions.csv": (reference.PROFESSIONS, ["code", "name_sq", "name_sr"], "name"),
    "regions.csv": (reference.REGIONS, ["code", "name_en", "name_sr"], "name"),
    "sops.csv": (reference.SOPS, ["code", "title_sq", "title_sr"], "title"),
    "modules.csv": (reference.MODULES, ["code", "title_sq", "title_sr"], "title"),
}
LATIN = re.compile(r"[A-Za-z]")
CYRILLIC = re.compile(r"[\u0400-\u04ff]")


def say(line):
    sys.stdout.write(line + "\n")


def check(filename, items, header, source_key):
    errors, notes = [], []
    path = HERE / filename
    if not path.exists():
        return [f"{filename}: missing"], notes
    with path.open(encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f))
    if not rows or rows[0] != header:
        errors.append(f"{filename}: header {rows[0] if rows else None} != {header}")
        return errors, notes
    by_code = {}
    for n, row in enumerate(rows[1:], start=2):
        if len(row) != len(header):
            errors.append(f"{filename}:{n}: {len(row)} cells, expected {len(header)}")
            continue
        if row[0] in by_code:
            errors.append(f"{filename}:{n}: duplicate code {row[0]}")
        by_code[row[0]] = dict(zip(header, row, strict=True))
    codes = [item["code"] for item in items]
    for code in codes:
        if code not in by_code:
            errors.append(f"{filename}: no row for {code}")
    for code in by_code:
        if code not in codes:
            errors.append(f"{filename}: row for unknown code {code}")
    sources = {item["code"]: item[source_key] for item in items}
    for code, row in by_code.items():
        for column in header[1:]:
            value = row[column]
            if sources.get(code, "").strip() and not value.strip():
                errors.append(f"{filename}: {code} has an empty {column}")
            if value != value.strip() or "  " in value:
                errors.append(f"{filename}: {code} {column} has stray spaces")
            for word in re.findall(r"\w+", value):
                if LATIN.search(word) and CYRILLIC.search(word):
                    errors.append(
                        f"{filename}: {code} {column} mixes scripts in {word!r}"
                    )
            if not column.endswith("_sr") and CYRILLIC.search(value):
                errors.append(f"{filename}: {code} {column} has Cyrillic letters")
            if column.endswith("_sr") and LATIN.search(value):
                notes.append(f"{filename}: {code} {column} keeps Latin text: {value}")
    say(f"{filename}: {len(by_code)} rows for {len(codes)} codes")
    return errors, notes


def main():
    errors, notes = [], []
    for filename, (items, header, source_key) in FILES.items():
        e, n = check(filename, items, header, source_key)
        errors += e
        notes += n
    for note in notes:
        say(f"note: {note}")
    for error in errors:
        say(f"ERROR: {error}")
    say("OK" if not errors else f"{len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
