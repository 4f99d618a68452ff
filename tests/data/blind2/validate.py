"""Sanity checks for the blind2 set (run: python tests/data/blind2/validate.py).

Checks: every cue is an exact substring of its document (for HTML: of the raw
file and of one visible text node), ids are in codebook-ids.md, stance is an
int in -2..2, optional is only ever true, no duplicate (doc, party, issue),
350-600 words per article, meta files well formed.
"""
import json
import re
import sys
from html.parser import HTMLParser
from pathlib import Path

HERE = Path(__file__).resolve().parent
CODEBOOK = Path("/work/shared/codebook-ids.md")


class TextNodes(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.nodes, self.skip = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style", "head"):
            self.skip += 1

    def handle_endtag(self, tag):
        if tag in ("script", "style", "head") and self.skip:
            self.skip -= 1

    def handle_data(self, data):
        if not self.skip:
            self.nodes.append(data)


def ids():
    parties, issues, section = set(), set(), None
    for line in CODEBOOK.read_text(encoding="utf-8").splitlines():
        if line.startswith("## "):
            section = line[3:].strip().lower()
        m = re.match(r"\|\s*([a-z][a-z0-9-]*)\s*\|", line)
        if m and m.group(1) != "id":
            (parties if section == "parties" else issues).add(m.group(1))
    return parties, issues


def main():
    errors = []
    parties, issues = ids()
    docs = {p.name: p for p in HERE.iterdir() if p.suffix in (".txt", ".html")}
    texts, visible = {}, {}
    for name, p in sorted(docs.items()):
        raw = p.read_text(encoding="utf-8")
        texts[name] = raw
        if p.suffix == ".html":
            tn = TextNodes()
            tn.feed(raw)
            visible[name] = tn.nodes
            words = len(" ".join(tn.nodes).split())
        else:
            words = len(raw.split())
        if not 350 <= words <= 600:
            errors.append(f"{name}: {words} words")
        meta = HERE / (p.stem + ".meta.json")
        m = json.loads(meta.read_text(encoding="utf-8"))
        if set(m) != {"outlet", "url", "published"} or m["url"] is not None:
            errors.append(f"{meta.name}: bad keys {m}")
        if not re.fullmatch(r"(2025-(0[6-9]|1[0-2])|2026-(0[1-9]|10))(-\d\d)?", m["published"]):
            errors.append(f"{meta.name}: published out of range {m['published']}")
        print(f"{name:48s} {words:4d} words  {m['published']}")
    seen = set()
    n = nopt = 0
    for i, line in enumerate((HERE / "gold.jsonl").read_text(encoding="utf-8").splitlines(), 1):
        r = json.loads(line)
        n += 1
        nopt += bool(r.get("optional"))
        if set(r) - {"doc", "party", "issue", "stance", "cue", "optional"}:
            errors.append(f"line {i}: extra keys")
        if r["doc"] not in texts:
            errors.append(f"line {i}: unknown doc {r['doc']}")
            continue
        if r["party"] not in parties:
            errors.append(f"line {i}: bad party {r['party']}")
        if r["issue"] not in issues:
            errors.append(f"line {i}: bad issue {r['issue']}")
        if type(r["stance"]) is not int or not -2 <= r["stance"] <= 2:
            errors.append(f"line {i}: bad stance {r['stance']}")
        if "optional" in r and r["optional"] is not True:
            errors.append(f"line {i}: optional must be true")
        if r["cue"] not in texts[r["doc"]]:
            errors.append(f"line {i}: cue not in {r['doc']}: {r['cue']!r}")
        if r["doc"] in visible:
            if "&" in r["cue"] or "<" in r["cue"]:
                errors.append(f"line {i}: markup/entity in cue")
            if not any(r["cue"] in node for node in visible[r["doc"]]):
                errors.append(f"line {i}: cue not in one visible text node")
        key = (r["doc"], r["party"], r["issue"])
        if key in seen:
            errors.append(f"line {i}: duplicate {key}")
        seen.add(key)
    used_p = {k[1] for k in seen}
    used_i = {k[2] for k in seen}
    print(f"\n{len(texts)} docs, {n} rows ({n - nopt} required, {nopt} optional)")
    print("parties unused:", sorted(parties - used_p) or "none")
    print("issues unused:", sorted(issues - used_i) or "none")
    shifts = HERE / "shifts.jsonl"
    if shifts.exists():
        for i, line in enumerate(shifts.read_text(encoding="utf-8").splitlines(), 1):
            s = json.loads(line)
            if s["party"] not in parties or s["issue"] not in issues:
                errors.append(f"shifts line {i}: bad id")
    for e in errors:
        print("ERROR", e)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
