"""Score extracted statements against an analyst's gold annotations.

Gold rows are JSON lines ``{"doc", "party", "issue", "stance", "cue", "optional"?}``. A gold
row is found when a statement for the same document, party and issue has a stance of the
same sign; statements are counted once per (document, party, issue); a statement whose key
is only in optional gold rows counts neither way. Exact = same stance value, among found.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from attrs import field, frozen

from positions.errors import InputError

__all__ = ["Score", "load_gold", "score"]

Key = tuple[str, str, str]
Missed = tuple[Key, tuple[int, ...], tuple[int, ...]]  # key, gold stances, stances found
Spurious = tuple[Key, tuple[int, ...], tuple[int, ...] | None]  # key, found, gold (None: none)


# Typed converters: attrs' mypy plugin mistypes the bare ``converter=tuple``.
def _missed(value: Iterable[Missed]) -> tuple[Missed, ...]:
    return tuple(value)


def _spurious(value: Iterable[Spurious]) -> tuple[Spurious, ...]:
    return tuple(value)


def _sign(v: int) -> int:
    return (v > 0) - (v < 0)


@frozen
class Score:
    gold: int
    predicted: int
    found: int
    exact: int
    true_positive: int
    false_positive: int
    missed: tuple[Missed, ...] = field(converter=_missed)
    spurious: tuple[Spurious, ...] = field(converter=_spurious)

    @property
    def precision(self) -> float:
        total = self.true_positive + self.false_positive
        return self.true_positive / total if total else 0.0

    @property
    def recall(self) -> float:
        return self.found / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def exactness(self) -> float:
        return self.exact / self.found if self.found else 0.0

    def summary(self) -> str:
        return (
            f"gold {self.gold}  predicted {self.predicted}  found {self.found}  exact {self.exact}\n"
            f"precision {self.precision:.3f}  recall {self.recall:.3f}  f1 {self.f1:.3f}  "
            f"exact stance {self.exactness:.3f}"
        )


def load_gold(path: str | Path) -> list[dict[str, Any]]:
    rows = []
    p = Path(path)
    try:
        lines = p.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise InputError(f"{p}: cannot read gold file: {exc.strerror or exc}") from None
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
            row["stance"] = int(row["stance"])
            for key in ("doc", "party", "issue"):
                if not isinstance(row[key], str):
                    raise TypeError(key)
        except (ValueError, KeyError, TypeError) as exc:
            raise InputError(f"{p}:{n}: not a gold row ({exc})") from None
        rows.append(row)
    return rows


def score(gold: Iterable[Mapping[str, Any]], predictions: Iterable[Mapping[str, Any]]) -> Score:
    """Compare predictions (``document``, ``party``, ``issue``, ``stance``) with gold rows."""
    gold = list(gold)
    docs = {g["doc"] for g in gold}
    required: dict[Key, set[int]] = {}
    optional: set[Key] = set()
    for g in gold:
        key = (g["doc"], g["party"], g["issue"])
        if g.get("optional"):
            optional.add(key)
        else:
            required.setdefault(key, set()).add(int(g["stance"]))
    predicted: dict[Key, set[int]] = {}
    for p in predictions:
        doc = os.path.basename(str(p.get("document", "")))
        if doc not in docs:
            continue
        predicted.setdefault((doc, str(p.get("party")), str(p.get("issue"))), set()).add(
            int(p.get("stance", 0))
        )
    found = exact = 0
    missed = []
    for key, stances in sorted(required.items()):
        got = predicted.get(key, set())
        if {_sign(s) for s in got} & {_sign(s) for s in stances}:
            found += 1
            exact += bool(got & stances)
        else:
            missed.append((key, tuple(sorted(stances)), tuple(sorted(got))))
    tp = fp = 0
    spurious: list[Spurious] = []
    for key, stances in sorted(predicted.items()):
        if key in required:
            if {_sign(s) for s in stances} & {_sign(s) for s in required[key]}:
                tp += 1
            else:
                fp += 1
                spurious.append((key, tuple(sorted(stances)), tuple(sorted(required[key]))))
        elif key in optional:
            continue
        else:
            fp += 1
            spurious.append((key, tuple(sorted(stances)), None))
    return Score(len(required), len(predicted), found, exact, tp, fp, missed, spurious)
