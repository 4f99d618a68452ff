#!/usr/bin/env python3
"""Check blind set 3: cues, ids, stances, duplicates, word counts, metadata.

Run from anywhere:  python tests/data/blind3/validate.py
Exit status 0 when every check passes.
"""
import html
import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
CODEBOOK = Path("/work/shared/codebook-ids.md")

PARTIES = {
    "israel", "syria", "russia", "united-states", "turkey", "saudi-arabia",
    "iran", "jordan", "lebanon", "hezbollah", "azerbaijan", "france", "qatar",
    "egypt", "un", "eu", "sdf", "druze",
}
ISSUES = {
    "russian-military-presence-southern-syria", "russian-bases-syria",
    "turkish-military-presence-syria", "iranian-presence-syria",
    "foreign-military-presence-southern-syria", "foreign-military-presence-syria",
    "us-military-presence-syria", "israeli-withdrawal", "demilitarized-zone-south",
    "security-agreement", "disengagement-agreement-1974",
    "humanitarian-corridor-suwayda", "syrian-army-redeployment-south",
    "syrian-strategic-weapons", "israeli-strikes-syria",
    "israel-syria-normalization", "israel-saudi-normalization",
    "two-state-solution", "joint-coordination-mechanism", "shared-economic-zone",
    "russian-mediation", "us-mediation", "russia-syria-relations",
    "turkey-syria-military-cooperation", "syria-territorial-integrity",
    "druze-protection", "hezbollah-disarmament", "israel-lebanon-normalization",
}
MIN_WORDS, MAX_WORDS = 350, 700


def codebook_ids():
    """Ids from the codebook file, if it is there (else the embedded lists)."""
    if not CODEBOOK.exists():
        return PARTIES, ISSUES
    text = CODEBOOK.read_text(encoding="utf-8")
    parties_part, _, issues_part = text.partition("## Issues")
    ids = lambda part: set(re.findall(r"^\| ([a-z0-9-]+) \|", part, re.M)) - {"id"}
    return ids(parties_part), ids(issues_part)


def visible_words(path):
    raw = path.read_text(encoding="utf-8")
    if path.suffix == ".html":
        raw = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", raw)
        raw = re.sub(r"(?s)<[^>]+>", " ", raw)
        raw = html.unescape(raw)
    return len(raw.split())


def main():
    errors = []
    parties, issues = codebook_ids()
    if parties != PARTIES or issues != ISSUES:
        errors.append("embedded id lists differ from codebook-ids.md")
    docs = sorted(p for p in HERE.iterdir() if p.suffix in (".txt", ".html"))
    names = {p.name for p in docs}
    rows = [json.loads(l) for l in (HERE / "gold.jsonl").read_text(encoding="utf-8").splitlines() if l.strip()]
    seen = Counter()
    per_doc = Counter()
    for n, r in enumerate(rows, 1):
        where = f"gold.jsonl:{n}"
        extra = set(r) - {"doc", "party", "issue", "stance", "cue", "optional"}
        if extra:
            errors.append(f"{where}: unexpected keys {sorted(extra)}")
        if r.get("doc") not in names:
            errors.append(f"{where}: unknown doc {r.get('doc')!r}")
            continue
        if r.get("party") not in parties:
            errors.append(f"{where}: unknown party {r.get('party')!r}")
        if r.get("issue") not in issues:
            errors.append(f"{where}: unknown issue {r.get('issue')!r}")
        st = r.get("stance")
        if not (isinstance(st, int) and not isinstance(st, bool) and -2 <= st <= 2):
            errors.append(f"{where}: bad stance {st!r}")
        if "optional" in r and r["optional"] is not True:
            errors.append(f"{where}: optional must be true when present")
        cue = r.get("cue") or ""
        text = (HERE / r["doc"]).read_text(encoding="utf-8")
        if not cue or cue not in text:
            errors.append(f"{where}: cue not in {r['doc']}: {cue!r}")
        if r["doc"].endswith(".html") and re.search(r"[<>]|&[a-z#0-9]+;", cue):
            errors.append(f"{where}: HTML cue contains markup or an entity")
        key = (r["doc"], r.get("party"), r.get("issue"))
        seen[key] += 1
        if seen[key] == 2:
            errors.append(f"{where}: duplicate (doc, party, issue) {key}")
        per_doc[r["doc"]] += 1
    for p in docs:
        w = visible_words(p)
        if not MIN_WORDS <= w <= MAX_WORDS:
            errors.append(f"{p.name}: {w} words, outside {MIN_WORDS}-{MAX_WORDS}")
        meta = HERE / (p.stem + ".meta.json")
        if not meta.exists():
            errors.append(f"{p.name}: no meta file")
        else:
            m = json.loads(meta.read_text(encoding="utf-8"))
            if set(m) != {"outlet", "url", "published"} or m["url"] is not None:
                errors.append(f"{meta.name}: keys must be outlet, url (null), published")
            if not re.fullmatch(r"\d{4}-\d{2}(-\d{2})?", m.get("published") or ""):
                errors.append(f"{meta.name}: bad published {m.get('published')!r}")
            elif not "2025-05" <= m["published"][:7] <= "2026-11":
                errors.append(f"{meta.name}: published outside 2025-05..2026-11")
        if per_doc[p.name] == 0:
            errors.append(f"{p.name}: no gold rows")
        print(f"{p.name:45s} {w:4d} words  {per_doc[p.name]:3d} rows")
    opt = sum(1 for r in rows if r.get("optional"))
    print(f"{len(docs)} documents; {len(rows)} rows: {len(rows) - opt} required, {opt} optional")
    used_p = {r["party"] for r in rows}
    used_i = {r["issue"] for r in rows}
    print(f"parties used {len(used_p)}/{len(parties)}; missing: {sorted(parties - used_p)}")
    print(f"issues used {len(used_i)}/{len(issues)}; missing: {sorted(issues - used_i)}")
    for e in errors:
        print("ERROR", e, file=sys.stderr)
    print("OK" if not errors else f"{len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
