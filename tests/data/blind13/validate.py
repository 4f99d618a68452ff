#!/usr/bin/env python3
"""Validate tests/data/blind13: cues, ids, stances, duplicates, metadata, word counts.

Adapted from tests/data/dev11/validate.py, which was copied from tests/data/dev9/validate.py (itself from dev7, adapted from dev4). As in dev9:
documents are fNN_*.txt and fNN_*.html; for an HTML page the word count is of
the visible text (no <head>, <script>, <style>, tags or entities); every cue
must be an exact substring of the document, must not cross a tag or an entity,
and must still be found once pull-quotes (<blockquote class="pullquote">) and
<figcaption> elements are removed; the optional share must be 10-20 %; `-v`
prints words, rows and optional rows per document.

Changed for dev11: an HTML page's body is either its <article> element or its
<div class="entry-content"> element (a WordPress-style page with no
<article>; found by balancing nested <div>s; preferred when both exist), and
inside the body Jetpack-style related-post and share boxes
(<div class="jp-relatedposts">, <div class="sharedaddy">) are removed too
before the "not only in boilerplate" check.

Changed for blind13: the two HTML pages of this set use neither <article> nor
entry-content. An HTML page's body is, in order of preference, its
<div id="article-text">, its <div class="body-copy">, its
<div class="entry-content"> or its <article> (divs found by balancing nested
<div>s). Inside the body, a trailing <div class="read-more"> link list and any
<aside class="most-read"> / <div class="most-read"> box are removed too before
the "not only in boilerplate" check. New check: no 7-word run of any document
may also occur in ../../../seeds/*.txt (words = lower-cased [a-z0-9]+ runs of
the visible text).
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


def words(text):
    return re.findall(r"[a-z0-9]+", text.lower().replace("\u2019", "'"))


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
    return re.search(r'(?is)<div\b[^>]*class="[^"]*\b' + re.escape(cls) + r'\b[^"]*"[^>]*>', raw)


def _div_with_id(raw, ident):
    return re.search(r'(?is)<div\b[^>]*id="' + re.escape(ident) + r'"[^>]*>', raw)


def body_region(raw):
    """The article body of an HTML page: #article-text, .body-copy, .entry-content or <article>."""
    for m in (_div_with_id(raw, "article-text"), _div_with_class(raw, "body-copy"),
              _div_with_class(raw, "entry-content")):
        if m:
            return _balanced_div(raw, m.start())[0]
    m = re.search(r"(?is)<article\b[^>]*>(.*?)</article>", raw)
    return m.group(1) if m else None


def body_only(art):
    t = re.sub(r'(?is)<blockquote\b[^>]*class="pullquote"[^>]*>.*?</blockquote>', " ", art)
    t = re.sub(r"(?is)<figcaption\b.*?</figcaption>", " ", t)
    t = re.sub(r'(?is)<aside\b[^>]*class="[^"]*\bmost-read\b[^"]*"[^>]*>.*?</aside>', " ", t)
    for cls in ("jp-relatedposts", "sharedaddy", "read-more", "most-read"):
        while True:
            m = _div_with_class(t, cls)
            if not m:
                break
            inner, end = _balanced_div(t, m.start())
            if inner is None:
                break
            t = t[:m.start()] + " " + t[end:]
    return t


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
                errors.append(f"row {n}: cue not inside the body (article-text / body-copy / entry-content / <article>) of {r['doc']}: {cue!r}")
            elif "<" in cue or ">" in cue or "&" in cue:
                errors.append(f"row {n}: cue crosses markup: {cue!r}")
            elif cue not in body_only(art):
                errors.append(f"row {n}: cue only in a pull-quote, caption, related/share box, read-more or most-read list of {r['doc']}: {cue!r}")
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
            if body_region(text) is None:
                errors.append(f"{name}: no article-text / body-copy / entry-content div or <article> element")
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
    seeds = HERE.parents[2] / "seeds"
    seen7 = set()
    for sp in sorted(seeds.glob("*.txt")):
        w = words(sp.read_text(encoding="utf-8"))
        seen7.update(tuple(w[i:i + 7]) for i in range(len(w) - 6))
    for name, text in docs.items():
        w = words(visible_text(text) if name.endswith(".html") else text)
        shared = [" ".join(w[i:i + 7]) for i in range(len(w) - 6) if tuple(w[i:i + 7]) in seen7]
        if shared:
            errors.append(f"{name}: shares a 7-word run with seeds: {shared[0]!r}")
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
