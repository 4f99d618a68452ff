#!/usr/bin/env python3
"""Validate tests/data/dev6: cues, ids, stances, duplicates, metadata, word counts.

Adapted from tests/data/dev4/validate.py. Differences: documents are
``e*.txt`` and ``e*.html``; the metadata file of ``eNN_slug.ext`` is
``eNN_slug.meta.json``; dates must fall in 2025-03-01..2026-11-30; articles
must be 450-900 words (for HTML, counted on the visible text with tags,
scripts and styles removed); in HTML documents every cue must lie inside the
<article> element (not in the nav, related links or footer boilerplate).
"""
import html
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
CODEBOOK = Path("/work/shared/codebook-ids.md")
KEYS = {"doc", "party", "issue", "stance", "cue", "optional"}


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


def visible_words(name, text):
    if name.endswith(".html"):
        text = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", text)
        text = re.sub(r"<[^>]+>", " ", text)
        text = html.unescape(text)
    return len(text.split())


def main():
    parties, issues = codebook_ids()
    errors = []
    paths = sorted(p for p in HERE.iterdir() if re.fullmatch(r"e\d\d_[a-z0-9_]+\.(txt|html)", p.name))
    docs = {p.name: p.read_text(encoding="utf-8") for p in paths}
    rows = []
    for n, line in enumerate((HERE / "gold.jsonl").read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            rows.append(json.loads(line))
        except json.JSONDecodeError as e:
            errors.append(f"line {n}: bad JSON ({e})")
    seen = set()
    for n, r in enumerate(rows, 1):
        missing = {"doc", "party", "issue", "stance", "cue"} - set(r)
        if missing:
            errors.append(f"row {n}: missing keys {missing}")
            continue
        extra = set(r) - KEYS
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
        text = docs[r["doc"]]
        cue = r["cue"]
        if not isinstance(cue, str) or not cue.strip() or cue not in text:
            errors.append(f"row {n}: cue not found in {r['doc']}: {cue!r}")
        elif r["doc"].endswith(".html"):
            m = re.search(r"(?s)<article\b.*?</article>", text)
            if not m or cue not in m.group(0):
                errors.append(f"row {n}: cue outside <article> in {r['doc']}: {cue!r}")
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
            if (set(m) != {"outlet", "url", "published"} or not isinstance(m["outlet"], str)
                    or not m["outlet"] or m["url"] is not None
                    or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", str(m["published"]))):
                errors.append(f"{meta.name}: bad metadata {m}")
            elif not ("2025-03-01" <= m["published"] <= "2026-11-30"):
                errors.append(f"{meta.name}: date out of range")
        w = visible_words(name, text)
        if not 450 <= w <= 900:
            errors.append(f"{name}: {w} words")
        if not any(r.get("doc") == name for r in rows):
            errors.append(f"{name}: no gold rows")
    for meta in HERE.glob("*.meta.json"):
        stem = meta.name[: -len(".meta.json")]
        if not any(name.rsplit(".", 1)[0] == stem for name in docs):
            errors.append(f"{meta.name}: no document")
    used_p = {r["party"] for r in rows if "party" in r}
    used_i = {r["issue"] for r in rows if "issue" in r}
    if parties - used_p:
        errors.append(f"parties not covered: {sorted(parties - used_p)}")
    if issues - used_i:
        errors.append(f"issues not covered: {sorted(issues - used_i)}")
    opt = sum(1 for r in rows if r.get("optional"))
    print(f"{len(docs)} docs, {len(rows)} rows ({len(rows) - opt} required, {opt} optional, "
          f"{100 * opt / max(len(rows), 1):.0f}%), "
          f"{len(used_p & parties)}/{len(parties)} parties, {len(used_i & issues)}/{len(issues)} issues")
    for e in errors:
        print("ERROR:", e)
    if not errors:
        print("OK")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
