#!/usr/bin/env python3
"""Validate tests/data/blind7: cues, ids, stances, duplicates, metadata, word counts.

Copied from tests/data/dev9/validate.py (itself from dev7 / dev4). As in dev9:
documents are fNN_*.txt and fNN_*.html; for an HTML page the word count is of
the visible text (no <head>, <script>, <style>, tags or entities); every HTML cue
must lie inside the page's body region, must not cross a tag, and must still be
found there once pull-quotes (<blockquote class="pullquote">) and <figcaption>
elements are removed; the optional share must be 10-20 %; `-v` prints words,
rows and optional rows per document. Changed for blind7: the body region of an
HTML page is its <article> element or, for blog-style pages, its
<div class="post-body ..."> element (matched with nested <div>s balanced), so a
cue never rests on the JSON-LD script, the menus, the share widgets or the
comments.
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


def visible_text(raw):
    t = re.sub(r"(?is)<head\b.*?</head>", " ", raw)
    t = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", t)
    t = re.sub(r"(?s)<[^>]+>", " ", t)
    return html.unescape(t)


def _post_body_region(raw):
    m = re.search(r'(?is)<div\b[^>]*\bclass="(?:[^"]*\s)?post-body(?:\s[^"]*)?"[^>]*>', raw)
    if not m:
        return None
    depth, pos = 1, m.end()
    for t in re.finditer(r"(?is)<(/?)div\b[^>]*>", raw[pos:]):
        depth += -1 if t.group(1) else 1
        if depth == 0:
            return raw[pos:pos + t.start()]
    return None


def article_region(raw):
    """The body region: <article>...</article>, else <div class="post-body">...</div>."""
    m = re.search(r"(?is)<article\b[^>]*>(.*?)</article>", raw)
    if m:
        return m.group(1)
    return _post_body_region(raw)


def article_body_only(art):
    t = re.sub(r'(?is)<blockquote\b[^>]*class="pullquote"[^>]*>.*?</blockquote>', " ", art)
    return re.sub(r"(?is)<figcaption\b.*?</figcaption>", " ", t)


def main():
    parties, issues = codebook_ids()
    errors = []
    docs = {p.name: p.read_text(encoding="utf-8")
            for p in sorted(list(HERE.glob("f*.txt")) + list(HERE.glob("f*.html")))}
    seen = set()
    rows = [json.loads(l) for l in (HERE / "gold.jsonl").read_text(encoding="utf-8").splitlines() if l.strip()]
    for n, r in enumerate(rows, 1):
        extra = set(r) - {"doc", "party", "issue", "stance", "cue", "optional"}
        missing = {"doc", "party", "issue", "stance", "cue"} - set(r)
        if extra or missing:
            errors.append(f"row {n}: unexpected keys {extra} / missing keys {missing}")
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
        text = docs[r["doc"]]
        cue = r["cue"]
        if not isinstance(cue, str) or not cue.strip() or cue not in text:
            errors.append(f"row {n}: cue not found in {r['doc']}: {cue!r}")
        elif r["doc"].endswith(".html"):
            art = article_region(text)
            if art is None or cue not in art:
                errors.append(f"row {n}: cue not inside <article> / post-body of {r['doc']}: {cue!r}")
            elif "<" in cue or ">" in cue or "&" in cue:
                errors.append(f"row {n}: cue crosses markup: {cue!r}")
            elif cue not in article_body_only(art):
                errors.append(f"row {n}: cue only in a pull-quote or caption of {r['doc']}: {cue!r}")
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
                    or m["url"] is not None or not isinstance(m["published"], str)
                    or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", m["published"])):
                errors.append(f"{meta.name}: bad metadata {m}")
            elif not ("2025-01-01" <= m["published"] <= "2026-11-30"):
                errors.append(f"{meta.name}: date out of range")
        if name.endswith(".html"):
            if article_region(text) is None:
                errors.append(f"{name}: no <article> or <div class=\"post-body\"> element")
            w = len(visible_text(text).split())
        else:
            w = len(text.split())
        if "-v" in sys.argv[1:]:
            mine = [r for r in rows if r.get("doc") == name]
            print(f"{name}: {w} words, {len(mine)} rows, {sum(1 for r in mine if r.get('optional'))} optional")
        if not 400 <= w <= 900:
            errors.append(f"{name}: {w} words")
        if not any(r["doc"] == name for r in rows):
            errors.append(f"{name}: no gold rows")
    for meta in HERE.glob("*.meta.json"):
        stem = meta.name[: -len(".meta.json")]
        if not any(d.rsplit(".", 1)[0] == stem for d in docs):
            errors.append(f"{meta.name}: meta without document")
    used_p = {r.get("party") for r in rows}
    used_i = {r.get("issue") for r in rows}
    if parties - used_p:
        errors.append(f"parties not covered: {sorted(parties - used_p)}")
    if issues - used_i:
        errors.append(f"issues not covered: {sorted(issues - used_i)}")
    opt = sum(1 for r in rows if r.get("optional"))
    if rows and not 0.10 <= opt / len(rows) <= 0.20:
        errors.append(f"optional share {opt}/{len(rows)} outside 10-20 %")
    print(f"{len(docs)} docs, {len(rows)} rows ({len(rows) - opt} required, {opt} optional), "
          f"{len(used_p & parties)}/{len(parties)} parties, {len(used_i & issues)}/{len(issues)} issues")
    for e in errors:
        print("ERROR:", e)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
