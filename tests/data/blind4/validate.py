#!/usr/bin/env python3
"""Validate tests/data/blind4 (BLIND set): cues, ids, stances, duplicates, metadata, word counts.

Adapted from tests/data/dev4/validate.py. Differences: documents may be
.txt or .html; HTML word counts are taken on the visible text (tags, scripts
and styles removed); in HTML documents each cue must also lie inside the
<article> element (never in nav, related links or footer boilerplate);
words 400-900; published dates 2025-02-01 .. 2026-11-30.
"""
import html
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


def visible_text(name, text):
    if not name.endswith(".html"):
        return text
    t = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", text)
    t = re.sub(r"<[^>]+>", " ", t)
    return html.unescape(t)


def article_part(name, text):
    if not name.endswith(".html"):
        return text
    m = re.search(r"(?is)<article\b.*?</article>", text)
    return m.group(0) if m else ""


def main():
    parties, issues = codebook_ids()
    errors = []
    docs = {p.name: p.read_text(encoding="utf-8")
            for p in sorted(list(HERE.glob("b*.txt")) + list(HERE.glob("b*.html")))}
    seen = set()
    rows = [json.loads(l) for l in (HERE / "gold.jsonl").read_text(encoding="utf-8").splitlines() if l.strip()]
    for n, r in enumerate(rows, 1):
        extra = set(r) - {"doc", "party", "issue", "stance", "cue", "optional"}
        missing = {"doc", "party", "issue", "stance", "cue"} - set(r)
        if extra:
            errors.append(f"row {n}: unexpected keys {extra}")
        if missing:
            errors.append(f"row {n}: missing keys {missing}")
            continue
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
        elif r["cue"] not in article_part(r["doc"], docs[r["doc"]]):
            errors.append(f"row {n}: cue outside <article> in {r['doc']}: {r['cue']!r}")
        key = (r["doc"], r["party"], r["issue"])
        if key in seen:
            errors.append(f"row {n}: duplicate {key}")
        seen.add(key)
    for name, text in docs.items():
        meta = HERE / (name.rsplit(".", 1)[0] + ".meta.json")
        if not meta.exists():
            errors.append(f"{name}: no meta file")
        else:
            m = json.loads(meta.read_text(encoding="utf-8"))
            if set(m) != {"outlet", "url", "published"} or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", str(m["published"])):
                errors.append(f"{meta.name}: bad metadata {m}")
            elif not ("2025-02-01" <= m["published"] <= "2026-11-30"):
                errors.append(f"{meta.name}: date out of range")
        w = len(visible_text(name, text).split())
        if not 400 <= w <= 900:
            errors.append(f"{name}: {w} words")
        if not any(r.get("doc") == name for r in rows):
            errors.append(f"{name}: no gold rows")
    used_p = {r.get("party") for r in rows}
    used_i = {r.get("issue") for r in rows}
    if parties - used_p:
        errors.append(f"parties not covered: {sorted(parties - used_p)}")
    if issues - used_i:
        errors.append(f"issues not covered: {sorted(issues - used_i)}")
    opt = sum(1 for r in rows if r.get("optional"))
    print(f"{len(docs)} docs, {len(rows)} rows ({len(rows) - opt} required, {opt} optional), "
          f"{len(used_p & parties)}/{len(parties)} parties, {len(used_i & issues)}/{len(issues)} issues")
    for e in errors:
        print("ERROR:", e)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
