#!/usr/bin/env python3
"""Validate tests/data/blind17: cues, ids, stances, duplicates, metadata, word counts.

Adapted from tests/data/dev20/validate.py (itself from dev11/dev9/dev7/dev4).
Same checks as dev20: documents are fNN_*.txt and fNN_*.html; for an HTML page
the word count is of the visible text (no <head>, <script>, <style>, tags or
entities); every cue must be an exact substring of the document, must not
cross a tag or an entity, and must still be found once boilerplate inside the
body is removed; ids come from codebook-ids.md; stance is an int -2..2;
`optional` is only `true`; no duplicate (doc, party, issue); metadata shape;
400-900 words; all parties and issues covered; the optional share is 10-20 %;
no run of 7 words (case-folded, punctuation stripped) is shared with
seeds/*.txt; `-v` prints words, rows and optional rows per document.

Changed for blind17: the date range is 2025-06-01 - 2026-11-30; an HTML
page's body is its <div class="article-body"> (the AMP page, f14; the class
must be exactly the token "article-body"), else its <div class="story-text">
(f15), both found by balancing nested <div>s. Inside the body, <amp-ad>
elements, <figcaption>s, <aside> boxes, pull-quotes, the "Key quotes" box
(<div class="key-quotes">, which paraphrases officials and is not coded) and
related-links / share boxes are removed before the "not only in boilerplate"
check.
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


def _balanced_div(raw, start):
    """Return (inner HTML, end index) of the <div> whose opening tag starts at `start`."""
    open_end = raw.index(">", start) + 1
    depth, pos = 1, open_end
    tag = re.compile(r"(?is)<(/?)div\b[^>]*>")
    while True:
        m = tag.search(raw, pos)
        if m is None:
            return None, None
        depth += -1 if m.group(1) else 1
        pos = m.end()
        if depth == 0:
            return raw[open_end:m.start()], m.end()


def _div_with_class(raw, cls):
    """First <div> whose class attribute holds exactly the token `cls`."""
    return re.search(r'(?is)<div\b[^>]*class="(?:[^"]*\s)?' + re.escape(cls) + r'(?:\s[^"]*)?"[^>]*>', raw)


def body_region(raw):
    """The article body of an HTML page: article-body div, else story-text div."""
    for cls in ("article-body", "story-text"):
        m = _div_with_class(raw, cls)
        if m:
            return _balanced_div(raw, m.start())[0]
    return None


def body_only(art):
    t = re.sub(r'(?is)<blockquote\b[^>]*class="pullquote"[^>]*>.*?</blockquote>', " ", art)
    t = re.sub(r"(?is)<figcaption\b.*?</figcaption>", " ", t)
    t = re.sub(r"(?is)<amp-ad\b.*?</amp-ad>", " ", t)
    t = re.sub(r"(?is)<aside\b.*?</aside>", " ", t)
    for cls in ("key-quotes", "related-links", "share-bar", "share-tools", "newsletter", "jp-relatedposts", "sharedaddy"):
        while True:
            m = _div_with_class(t, cls)
            if not m:
                break
            inner, end = _balanced_div(t, m.start())
            if inner is None:
                break
            t = t[:m.start()] + " " + t[end:]
    return t


SEEDS = HERE.parents[2] / "seeds"


def words7(text):
    w = re.findall(r"[a-z0-9]+", text.lower())
    return {tuple(w[i:i + 7]) for i in range(len(w) - 6)}


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
            art = body_region(text)
            if art is None or cue not in art:
                errors.append(f"row {n}: cue not inside the body (article-body / story-text) of {r['doc']}: {cue!r}")
            elif "<" in cue or ">" in cue or "&" in cue:
                errors.append(f"row {n}: cue crosses markup: {cue!r}")
            elif cue not in body_only(art):
                errors.append(f"row {n}: cue only in a pull-quote, caption, ad, aside, key-quotes or related/share box of {r['doc']}: {cue!r}")
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
            elif not ("2025-06-01" <= m["published"] <= "2026-11-30"):
                errors.append(f"{meta.name}: date out of range")
        if name.endswith(".html"):
            if body_region(text) is None:
                errors.append(f"{name}: no body element (article-body or story-text div)")
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
    seed7 = set()
    for p in sorted(SEEDS.glob("*.txt")):
        seed7 |= words7(p.read_text(encoding="utf-8"))
    if not seed7:
        errors.append(f"no seed texts found in {SEEDS}")
    for name, text in docs.items():
        shared = words7(visible_text(text) if name.endswith(".html") else text) & seed7
        if shared:
            errors.append(f"{name}: shares {len(shared)} 7-word run(s) with seeds, e.g. {' '.join(sorted(shared)[0])!r}")
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
