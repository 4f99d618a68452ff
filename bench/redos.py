"""Is the finder linear? Time per character on adversarial text, 1 KB to 1 MB.

``.venv/bin/python bench/redos.py [--max 1000000] [--only NAME] [--json FILE]``

Each input is built to provoke a super-linear regular expression or loop in the statement
finder: every cue and party repeated with no punctuation, long runs of commas, nested
parentheses, whitespace runs, a run-on text with no punctuation at all, quote marks that
never close. The article is read by the plain-text format first (not timed); then the
finder alone is timed (:meth:`positions.rules.RuleFinder.find` through the registry).
A linear finder shows a flat µs/char column; the ``growth`` column is µs/char at the
largest size over µs/char at 10 KB (1.0 is flat; above ~2 means something is quadratic).
Not part of the test suite (figures depend on the machine); the suite runs a small,
machine-independent version of this check in ``tests/test_fuzz.py``.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from positions.codebook import default_codebook  # noqa: E402
from positions.plugins import get_registry  # noqa: E402
from positions.source import Source  # noqa: E402

SIZES = (1_000, 10_000, 100_000, 1_000_000)


def _repeat(unit: str, n: int) -> str:
    return (unit * (n // max(1, len(unit)) + 1))[:n]


def _cue_words() -> str:
    book = default_codebook()
    words: list[str] = []
    for cue in book.cues:
        words.append(cue.phrase.rstrip("*"))
    for party in book.parties:
        words.extend(a.text for a in party.aliases[:3])
    return " ".join(w for w in words if w) + " "


def _news_without_punctuation() -> str:
    seeds = sorted((ROOT / "seeds").glob("*.txt"))
    text = " ".join(p.read_text(encoding="utf-8", errors="replace") for p in seeds)
    return " ".join(re.sub(r"[^\w\s]", " ", text).split()) + " "


def inputs() -> dict[str, Callable[[int], str]]:
    cues = _cue_words()
    news = _news_without_punctuation()
    return {
        "repeated cue words": lambda n: _repeat(cues, n),
        "Israel rejects (cue run)": lambda n: _repeat("Israel rejects Russia demands Syria ", n),
        "runs of commas": lambda n: _repeat("Israel rejects" + "," * 500 + " ", n),
        "nested parentheses": lambda n: (
            "Israel rejects " + "(" * ((n - 40) // 2) + " Russian presence " + ")" * ((n - 40) // 2)
        ),
        "whitespace runs": lambda n: _repeat("Israel" + " " * 300 + "rejects" + "\t" * 300, n),
        "no punctuation (news)": lambda n: _repeat(news, n),
        "unclosed quotes": lambda n: _repeat('Israel said "we reject the Russian presence ', n),
        # The threat pattern ("If X does not …, Y will"), framed lists and titled officials.
        "conditions, no threatener": lambda n: _repeat(
            "if Israel does not withdraw from the south, Syria ", n
        ),
        "colon frames, one per line": lambda n: _repeat("Israel demands the withdrawal of:\n", n),
        "titled officials": lambda n: _repeat(
            "Syria's chief negotiator, Ghassan Mourad, met Israel's envoy ", n
        ),
    }


def time_finder(text: str) -> tuple[float, int]:
    """Seconds the finder takes on ``text`` (parsing excluded) and the statements found."""
    reg = get_registry()
    article = reg.read(Source.from_text(text, "<bench>"))
    finder = reg.finder()
    t0 = time.perf_counter()
    found = finder.find(article, reg.codebook)
    return time.perf_counter() - t0, len(found)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--max", type=int, default=SIZES[-1], help="largest input in characters")
    ap.add_argument("--only", default=None, help="run only inputs whose name contains this")
    ap.add_argument("--json", default=None, help="write the raw figures here")
    args = ap.parse_args(argv)
    sizes = [n for n in SIZES if n <= args.max]
    time_finder("Israel rejects a Russian military presence in southern Syria.")  # warm up
    rows: list[dict[str, object]] = []
    header = (
        ["input"]
        + [f"{n // 1000} KB µs/char" for n in sizes]
        + ["growth", f"{sizes[-1] // 1000} KB s"]
    )
    print("| " + " | ".join(header) + " |")
    print("|" + "---|" * len(header))
    for name, make in inputs().items():
        if args.only and args.only not in name:
            continue
        per_char: list[float] = []
        last = 0.0
        for n in sizes:
            text = make(n)
            secs, found = time_finder(text)
            per_char.append(secs / len(text) * 1e6)
            last = secs
            rows.append({"input": name, "chars": len(text), "seconds": secs, "statements": found})
        base = per_char[1] if len(per_char) > 1 else per_char[0]
        growth = per_char[-1] / base if base else 0.0
        cells = [name, *(f"{x:.2f}" for x in per_char), f"{growth:.2f}", f"{last:.2f}"]
        print("| " + " | ".join(cells) + " |", flush=True)
    if args.json:
        Path(args.json).write_text(json.dumps(rows, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
