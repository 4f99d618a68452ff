"""One render step for every tabular output: table / github / markdown (tabulate), csv, json.

Commands build rows of plain values (a header list and row lists, or dicts for JSON) and
hand them here; nothing else in the package formats tables.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Sequence
from typing import Any

from tabulate import tabulate

from positions.errors import InputError
from positions.model import Shift, Statement

__all__ = ["FORMATS", "render", "shift_row", "statement_row", "shorten"]

FORMATS = ("table", "github", "markdown", "csv", "json")


def shorten(text: str | None, width: int = 90) -> str:
    if not text:
        return ""
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1].rstrip() + "…"


def render(headers: Sequence[str], rows: Sequence[Sequence[Any]], fmt: str = "table", records: Sequence[dict[str, Any]] | None = None) -> str:
    """Render rows in ``fmt``; JSON prints ``records`` (full objects) when given, one per line."""
    if fmt == "json":
        items = records if records is not None else [dict(zip(headers, r, strict=False)) for r in rows]
        return "".join(json.dumps(i, ensure_ascii=False, default=str) + "\n" for i in items)
    if fmt == "csv":
        buf = io.StringIO()
        w = csv.writer(buf, lineterminator="\n")
        w.writerow(headers)
        w.writerows(rows)
        return buf.getvalue()
    if fmt in ("table", "github", "markdown"):
        tablefmt = {"table": "simple", "github": "github", "markdown": "pipe"}[fmt]
        return tabulate(rows, headers=headers, tablefmt=tablefmt, disable_numparse=True) + "\n"
    raise InputError(f"unknown output format {fmt!r} (use {', '.join(FORMATS)})")


def _stance(v: int) -> str:
    return f"{int(v):+d}" if v else "0"


def _evidence(s: Statement, width: int) -> str:
    src = s.outlet or "analyst"
    quote = shorten(s.evidence.quote if s.evidence else s.note, width)
    return f"{src}, {s.when}: “{quote}”"


SHIFT_HEADERS = ["party", "issue", "from", "to", "stance", "kind", "sources", "confidence", "evidence before", "evidence after"]


def _side_best(statements: Sequence[Statement], stance: int) -> Statement:
    same = [s for s in statements if int(s.stance) == stance] or list(statements)
    return max(same, key=lambda s: (s.confidence, s.id))


def shift_row(sh: Shift, width: int = 60) -> list[Any]:
    before = _side_best(sh.before.statements, int(sh.before.stance))
    after = _side_best(sh.after.statements, int(sh.after.stance))
    flag = lambda ps: " (contested)" if ps.contested else ""  # noqa: E731
    return [
        sh.party,
        sh.issue,
        sh.before.period.label + flag(sh.before),
        sh.after.period.label + flag(sh.after),
        f"{_stance(sh.before.stance)} → {_stance(sh.after.stance)}",
        sh.kind.value + (" (minor)" if sh.minor else ""),
        f"{sh.before.sources} → {sh.after.sources}",
        f"{sh.confidence:.2f}",
        _evidence(before, width),
        _evidence(after, width),
    ]


STATEMENT_HEADERS = ["date", "party", "issue", "stance", "speaker", "outlet", "confidence", "quote"]


def statement_row(s: Statement, width: int = 80) -> list[Any]:
    return [
        str(s.when),
        s.party,
        s.issue,
        _stance(s.stance),
        shorten(s.speaker, 30),
        s.outlet or "",
        f"{s.confidence:.2f}",
        shorten(s.evidence.quote if s.evidence else s.note, width),
    ]
