#!/usr/bin/env python3
"""Validate blind set 20: cues, ids, stances, duplicates, metadata, word counts.

Adapted from tests/data/dev23/validate.py, with the same checks: documents are
fNN_*.txt and fNN_*.html; for an HTML page the word count is of the visible
text (no <head>, <script>, <style>, tags or entities); every cue must be an
exact substring of the document, must lie in the body, must not cross a tag or
an entity, and must still be found once boilerplate inside the body is
removed; ids come from /work/shared/codebook-ids.md; stance is an int -2..2;
`optional` may only be true; no duplicate (doc, party, issue); metadata is
{"outlet", "url": null, "published": "YYYY-MM-DD"} with a date in 2025-06-01 -
2026-11-30; 400-900 words; all parties and issues covered; the optional share
is 10-20 %; no document shares a run of 7 words (case-folded, punctuation
stripped) with seeds/*.txt. `-v` prints words, rows and optional rows per
document.

An HTML page's body is, in order of preference, its <div class="article__body">
(f08), its <section class="story">, or its <article> (f10), found as in dev23.
Inside the body, <aside> elements (f08's pull-quote), <figcaption>s (f08's
claim-bearing caption) and any <div>/<section> whose class is one of
more-on-story, related, comments, cookie-banner, newsletter-box,
newsletter-signup, share-bar or share-tools are removed before the "not only
in boilerplate" check. Every <aside class="pullquote"> must repeat text of the
body proper; a JSON-LD "articleBody", where present (none in this set; f10 has JSON-LD without one), must
equal the body's <p> paragraphs joined by blank lines.
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


def _balanced(raw, start, tag="div"):
    """Return (inner HTML, end index) of the <tag> element whose opening tag starts at `start`."""
    open_end = raw.index(">", start) + 1
    depth, pos = 1, open_end
    pat = re.compile(r"(?is)<(/?)" + tag + r"\b[^>]*>")
    while True:
        m = pat.search(raw, pos)
        if m is None:
            return None, None
        depth += -1 if m.group(1) else 1
        pos = m.end()
        if depth == 0:
            return raw[open_end:m.start()], m.end()


def _with_class(raw, tag, cls, pos=0):
    pat = re.compile(r'(?is)<' + tag + r'\b[^>]*class="[^"]*(?<![\w-])' + re.escape(cls) + r'(?![\w-])[^"]*"[^>]*>')
    return pat.search(raw, pos)


def body_region(raw):
    """The article body of an HTML page (see the module docstring for the order)."""
    m = _with_class(raw, "div", "article__body")
    if m:
        return _balanced(raw, m.start(), "div")[0]
    m = _with_class(raw, "section", "story")
    if m:
        return _balanced(raw, m.start(), "section")[0]
    m = re.search(r"(?is)<article\b[^>]*>(.*?)</article>", raw)
    return m.group(1) if m else None


BOILER_CLASSES = ("more-on-story", "related", "comments", "cookie-banner", "newsletter-box",
                  "newsletter-signup", "share-bar", "share-tools")


def body_only(art):
    t = re.sub(r"(?is)<aside\b.*?</aside>", " ", art)
    t = re.sub(r"(?is)<figcaption\b.*?</figcaption>", " ", t)
    for tag in ("div", "section"):
        for cls in BOILER_CLASSES:
            while True:
                m = _with_class(t, tag, cls)
                if not m:
                    break
                inner, end = _balanced(t, m.start(), tag)
                if inner is None:
                    break
                t = t[:m.start()] + " " + t[end:]
    return t


def _text(fragment):
    return " ".join(html.unescape(re.sub(r"(?s)<[^>]+>", " ", fragment)).split())


def html_checks(name, raw):
    """Pull-quotes repeat body text; a JSON-LD articleBody equals the body paragraphs."""
    errors = []
    art = body_region(raw)
    if art is None:
        return errors
    proper = _text(body_only(art))
    for m in re.finditer(r'(?is)<aside\b[^>]*class="[^"]*pullquote[^"]*"[^>]*>(.*?)</aside>', art):
        first = re.search(r"(?is)<p\b[^>]*>(.*?)</p>", m.group(1))
        quote = _text(first.group(1) if first else m.group(1)).strip(' "\u201c\u201d')
        if not quote or quote not in proper:
            errors.append(f"{name}: pull-quote does not repeat body text: {quote!r}")
    for m in re.finditer(r'(?is)<script\b[^>]*type="application/ld\+json"[^>]*>(.*?)</script>', raw):
        try:
            data = json.loads(m.group(1))
        except ValueError as e:
            errors.append(f"{name}: bad JSON-LD: {e}")
            continue
        if isinstance(data, dict) and "articleBody" in data:
            paras = [html.unescape(re.sub(r"(?s)<[^>]+>", "", p))
                     for p in re.findall(r"(?is)<p\b[^>]*>(.*?)</p>", body_only(art))]
            if data["articleBody"] != "\n\n".join(paras):
                errors.append(f"{name}: JSON-LD articleBody differs from the body paragraphs")
    return errors


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
                errors.append(f"row {n}: cue not inside the body (article__body / section.story / article) of {r['doc']}: {cue!r}")
            elif "<" in cue or ">" in cue or "&" in cue:
                errors.append(f"row {n}: cue crosses markup: {cue!r}")
            elif cue not in body_only(art):
                errors.append(f"row {n}: cue only in a pull-quote, caption, aside or related/comments/share box of {r['doc']}: {cue!r}")
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
                errors.append(f"{name}: no body element (article__body, section.story or article)")
            errors.extend(html_checks(name, text))
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
