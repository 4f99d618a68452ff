"""Validate tests/data/dev5: cues are exact substrings, ids come from codebook-ids.md."""
import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
CODEBOOK = Path("/work/shared/codebook-ids.md")


def codebook_ids():
    parties, issues, section = set(), set(), None
    for line in CODEBOOK.read_text(encoding="utf-8").splitlines():
        if line.startswith("## "):
            section = line[3:].strip().lower()
        m = re.match(r"\|\s*([a-z0-9-]+)\s*\|", line)
        if m and m.group(1) != "id" and m.group(1).strip("-"):
            (parties if section == "parties" else issues if section == "issues" else set()).add(m.group(1))
    return parties, issues


def main():
    parties, issues = codebook_ids()
    errors, seen = [], set()
    rows = [json.loads(l) for l in (HERE / "gold.jsonl").read_text(encoding="utf-8").splitlines() if l.strip()]
    docs = sorted(p.name for p in HERE.glob("e*.txt"))
    for d in docs:
        meta = json.loads((HERE / d.replace(".txt", ".meta.json")).read_text(encoding="utf-8"))
        assert set(meta) == {"outlet", "url", "published"}, d
        if not ("2025-05-01" <= meta["published"] <= "2026-11-30"):
            errors.append(f"{d}: date {meta['published']}")
        n = len((HERE / d).read_text(encoding="utf-8").split())
        if not 400 <= n <= 650:
            errors.append(f"{d}: {n} words")
    for i, r in enumerate(rows, 1):
        text = (HERE / r["doc"]).read_text(encoding="utf-8") if (HERE / r["doc"]).exists() else None
        if text is None:
            errors.append(f"row {i}: missing doc {r['doc']}")
            continue
        if r["cue"] not in text:
            errors.append(f"row {i}: cue not in {r['doc']}: {r['cue']!r}")
        if r["party"] not in parties:
            errors.append(f"row {i}: bad party {r['party']}")
        if r["issue"] not in issues:
            errors.append(f"row {i}: bad issue {r['issue']}")
        if r["stance"] not in (-2, -1, 0, 1, 2) or isinstance(r["stance"], bool):
            errors.append(f"row {i}: bad stance {r['stance']}")
        if r.get("optional", True) is not True:
            errors.append(f"row {i}: optional must be true if present")
        key = (r["doc"], r["party"], r["issue"])
        if key in seen:
            errors.append(f"row {i}: duplicate {key}")
        seen.add(key)
    per_doc = Counter(r["doc"] for r in rows)
    opt = sum(1 for r in rows if r.get("optional"))
    print(f"{len(docs)} docs, {len(rows)} rows ({len(rows) - opt} required, {opt} optional)")
    for d in docs:
        print(f"  {d}: {per_doc[d]} rows")
    print("parties missing:", sorted(parties - {r['party'] for r in rows}))
    print("issues missing:", sorted(issues - {r['issue'] for r in rows}))
    for e in errors:
        print("ERROR", e)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
