#!/usr/bin/env python3
"""Validate tests/data/blind15: cues, ids, stances, duplicates, metadata, word counts.

Adapted from tests/data/dev11/validate.py. As there: documents are fNN_*.txt and
fNN_*.html; for an HTML page the word count is of the visible text (no <head>,
<script>, <style>, tags or entities); every cue must be an exact substring of
the document, must not cross a tag or an entity, and must still be found once
the boilerplate inside the body is removed; the optional share must be
10-20 %; `-v` prints words, rows and optional rows per document.

Changed for blind15 (the two HTML layouts of this set):
- a page with <div data-component="text-block"> elements (f15) has as its body
  the concatenation of those blocks only (image-block figures, headline,
  byline and links blocks are not body);
- otherwise the body is the <article> element (f14), from which
  <div class="paywall-note">, <div class="related-links">, <figcaption> and
  <blockquote class="pullquote"> are removed before the "not only in
  boilerplate" check.
New: no run of 7 words may be shared with the seed texts (seeds/*.txt).
"""
import html
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
CODEBOOK = Path("/work/shared/codebook-ids.md")
SEEDS = ROOT / "seeds"
NGRAM = 7


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


def _div_with_class(raw, cls, start=0):
    return re.compile(r'(?is)<div\b[^>]*class="[^"]*\b' + re.escape(cls) + r'\b[^"]*"[^>]*>').search(raw, start)


def _div_with_component(raw, comp, start=0):
    return re.compile(r'(?is)<div\b[^>]*data-component="' + re.escape(comp) + r'"[^>]*>').search(raw, start)


def body_region(raw):
    """The body of an HTML page: its text-blocks joined, or else its <article>."""
    blocks, pos = [], 0
    while True:
        m = _div_with_component(raw, "text-block", pos)
        if not m:
            break
        inner, end = _balanced_div(raw, m.start())
        if inner is None:
            break
        blocks.append(inner)
        pos = end
    if blocks:
        return "\n".join(blocks)
    m = re.search(r"(?is)<article\b[^>]*>(.*?)</article>", raw)
    return m.group(1) if m else None


def _drop_divs(t, finder, name):
    while True:
        m = finder(t, name)
        if not m:
            return t
        inner, end = _balanced_div(t, m.start())
        if inner is None:
            return t
        t = t[:m.start()] + " " + t[end:]


def body_only(art):
    t = re.sub(r'(?is)<blockquote\b[^>]*class="pullquote"[^>]*>.*?</blockquote>', " ", art)
    t = re.sub(r"(?is)<figcaption\b.*?</figcaption>", " ", t)
    for cls in ("paywall-note", "related-links"):
        t = _drop_divs(t, _div_with_class, cls)
    for comp in ("image-block", "links-block"):
        t = _drop_divs(t, _div_with_component, comp)
    return t


def words(text):
    return re.findall(r"[a-z0-9]+", text.lower().replace("’", "'").replace("'", ""))


def ngrams(ws, n=NGRAM):
    return {tuple(ws[i:i + n]) for i in range(len(ws) - n + 1)}


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
                errors.append(f"row {n}: cue not inside the body (text-blocks / <article>) of {r['doc']}: {cue!r}")
            elif "<" in cue or ">" in cue or "&" in cue:
                errors.append(f"row {n}: cue crosses markup: {cue!r}")
            elif cue not in body_only(art):
                errors.append(f"row {n}: cue only in a caption, paywall note, image/links block or related box of {r['doc']}: {cue!r}")
        key = (r["doc"], r["party"], r["issue"])
        if key in seen:
            errors.append(f"row {n}: duplicate {key}")
        seen.add(key)
    seed_grams = set()
    for p in sorted(SEEDS.glob("*.txt")):
        seed_grams |= ngrams(words(p.read_text(encoding="utf-8")))
    if not seed_grams:
        errors.append(f"no seed texts found in {SEEDS}")
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
            if body_region(text) is None:
                errors.append(f"{name}: no text-blocks and no <article> element")
            vis = visible_text(text)
        else:
            vis = text
        w = len(vis.split())
        shared = ngrams(words(vis)) & seed_grams
        if shared:
            errors.append(f"{name}: shares {len(shared)} {NGRAM}-word run(s) with the seeds, e.g. {' '.join(sorted(shared)[0])!r}")
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
