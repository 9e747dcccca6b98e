"""Check the plan name files (plans.csv, indicators.csv, nodes.csv, target_notes.csv).

Every plan, indicator, node and non-empty target note in ``plans.py`` must have exactly
one row, and no translated cell may be empty where the English is not. Run:
``python3 trainings/demo_data/names/check_plan_names.py``.
"""
import csv
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import plans  # noqa: E402


def rows(name):
    path = os.path.join(HERE, name)
    if not os.path.exists(path):
        return None
    with open(path, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def check(name, expected, keycols, pairs):
    """expected: {key: {col: english}}; pairs: [(translated col, english col)]."""
    data = rows(name)
    if data is None:
        print(f"{name}: MISSING")
        return 1
    errors = 0
    seen = {}
    for r in data:
        key = tuple(r[c] for c in keycols)
        if key in seen:
            print(f"{name}: duplicate row {key}")
            errors += 1
        seen[key] = r
        if key not in expected:
            print(f"{name}: unknown key {key}")
            errors += 1
    for key, en in expected.items():
        r = seen.get(key)
        if r is None:
            print(f"{name}: no row for {key}")
            errors += 1
            continue
        for col, encol in pairs:
            if en[encol] and not r[col].strip():
                print(f"{name}: empty {col} for {key}")
                errors += 1
            if not en[encol] and r[col].strip():
                print(f"{name}: {col} set for {key} but English is empty")
                errors += 1
    print(f"{name}: {len(data)} rows, {len(expected)} expected, {errors} problems")
    return errors


def main():
    P = plans.PLANS
    errors = 0
    exp = {(p["code"],): {"title": p["title"], "levels": " | ".join(p["level_names"])} for p in P}
    errors += check("plans.csv", exp, ["code"], [("title_sq", "title"), ("title_sr", "title"),
                                                 ("level_names_sq", "levels"), ("level_names_sr", "levels")])
    data = rows("plans.csv") or []
    for r in data:
        p = next((p for p in P if p["code"] == r["code"]), None)
        for col in ("level_names_sq", "level_names_sr"):
            if p and len(r[col].split(" | ")) != len(p["level_names"]):
                print(f"plans.csv: {col} of {r['code']} has the wrong number of levels")
                errors += 1
    exp = {(p["code"], i["code"]): {"name": i["name"], "unit": i["unit"]}
           for p in P for n in p["nodes"] for i in n["indicators"]}
    errors += check("indicators.csv", exp, ["plan", "code"],
                    [("name_sq", "name"), ("name_sr", "name"), ("unit_sq", "unit"), ("unit_sr", "unit")])
    exp = {(p["code"], n["code"]): {"title": n["title"]} for p in P for n in p["nodes"]}
    errors += check("nodes.csv", exp, ["plan", "code"], [("title_sq", "title"), ("title_sr", "title")])
    exp = {(p["code"], i["code"], str(y)): {"note": t}
           for p in P for n in p["nodes"] for i in n["indicators"]
           for y, t in i.get("target_notes", {}).items() if t}
    errors += check("target_notes.csv", exp, ["plan", "indicator", "year"],
                    [("note_sq", "note"), ("note_sr", "note")])
    # Serbian columns must be Cyrillic (no Latin letters except in codes/acronyms kept as is).
    for name, cols in (("plans.csv", ["title_sr", "level_names_sr"]), ("indicators.csv", ["name_sr", "unit_sr"]),
                       ("nodes.csv", ["title_sr"]), ("target_notes.csv", ["note_sr"])):
        for r in rows(name) or []:
            for c in cols:
                latin = sum(ch.isascii() and ch.isalpha() for ch in r[c])
                cyr = sum("\u0400" <= ch <= "\u04ff" for ch in r[c])
                if latin > cyr:
                    print(f"{name}: {c} of {r.get('code') or r.get('indicator')} looks Latin: {r[c][:60]}")
    print("OK" if not errors else f"{errors} problems")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
