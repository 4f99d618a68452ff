#!/usr/bin/env python3
"""Validate tests/data/dev4: cues, ids, stances, duplicates, metadata, word counts."""
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
CODEBOOK = Path("/work/shared/codebook-ids.md")


def codebook_ids():
    text = CODEBOOK.read_text(encoding="utf-8")
    parties, issues, section = set(), set(), None
    for line in text.splitlines():
        if line.startswith("## "):
            section = line[3:].strip().lower()
            continue
        m = re.match(r"^\|\s*([a-z][a-z0-9-]*)\s*\|", line)
        if m and m.group(1) != "id":
            (parties if section == "parties" else issues).add(m.group(1))
    return parties, issues


def main():
    parties, issues = codebook_ids()
    errors = []
    docs = {p.name: p.read_text(encoding="utf-8") for p in sorted(HERE.glob("d*.txt"))}
    seen = set()
    rows = [json.loads(l) for l in (HERE / "gold.jsonl").read_text(encoding="utf-8").splitlines() if l.strip()]
    for n, r in enumerate(rows, 1):
        extra = set(r) - {"doc", "party", "issue", "stance", "cue", "optional"}
        if extra:
            errors.append(f"row {n}: unexpected keys {extra}")
        if r["doc"] not in docs:
            errors.append(f"row {n}: unknown doc {r['doc']}")
            continue
        if r["party"] not in parties:
            errors.append(f"row {n}: unknown party {r['party']}")
        if r["issue"] not in issues:
            errors.append(f"row {n}: unknown issue {r['issue']}")
        s = r["stance"]
        if not (isinstance(s, int) and not isinstance(s, bool) and -2 <= s <= 2):
            errors.append(f"row {n}: bad stance {s!r}")
        if "optional" in r and r["optional"] is not True:
            errors.append(f"row {n}: optional must be true")
        if not r["cue"] or r["cue"] not in docs[r["doc"]]:
            errors.append(f"row {n}: cue not found in {r['doc']}: {r['cue']!r}")
        key = (r["doc"], r["party"], r["issue"])
        if key in seen:
            errors.append(f"row {n}: duplicate {key}")
        seen.add(key)
    for name, text in docs.items():
        meta = HERE / name.replace(".txt", ".meta.json")
        if not meta.exists():
            errors.append(f"{name}: no meta file")
        else:
            m = json.loads(meta.read_text(encoding="utf-8"))
            if set(m) != {"outlet", "url", "published"} or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", m["published"]):
                errors.append(f"{meta.name}: bad metadata {m}")
            elif not ("2025-04-01" <= m["published"] <= "2026-11-30"):
                errors.append(f"{meta.name}: date out of range")
        w = len(text.split())
        limit = 1000 if "feature" in name else 750
        if not 400 <= w <= limit:
            errors.append(f"{name}: {w} words")
        if not any(r["doc"] == name for r in rows):
            errors.append(f"{name}: no gold rows")
    used_p = {r["party"] for r in rows}
    used_i = {r["issue"] for r in rows}
    if parties - used_p:
        errors.append(f"parties not covered: {sorted(parties - used_p)}")
    if issues - used_i:
        errors.append(f"issues not covered: {sorted(issues - used_i)}")
    opt = sum(1 for r in rows if r.get("optional"))
    print(f"{len(docs)} docs, {len(rows)} rows ({len(rows) - opt} required, {opt} optional), "
          f"{len(used_p)}/{len(parties)} parties, {len(used_i)}/{len(issues)} issues")
    for e in errors:
        print("ERROR:", e)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
