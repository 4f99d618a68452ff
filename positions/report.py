"""One render step for every tabular output: table / github / markdown (tabulate), csv, json.

Commands build rows of plain values (a header list and row lists, or dicts for JSON) and
hand them here; nothing else in the package formats tables. This module also holds the
rows and JSON records of the detector's results (shifts, timelines, gaps, positions as of
a date), so the command line, the DataFrames and the tests all read the same fields.
"""

from __future__ import annotations

import csv
import functools
import io
import json
from collections.abc import Sequence
from typing import Any

from tabulate import tabulate  # type: ignore[import-untyped, unused-ignore]  # no stubs

from positions.detect import Gap, Standing, StandingStatus, Timeline, has_majority
from positions.errors import InputError
from positions.model import PeriodStance, Shift, Statement

__all__ = [
    "FORMATS",
    "GAP_HEADERS",
    "SHIFT_HEADERS",
    "STANDING_HEADERS",
    "STATEMENT_HEADERS",
    "TEXT_FORMATS",
    "evidence_record",
    "gap_record",
    "gap_row",
    "gap_table",
    "left_out_note",
    "record",
    "render",
    "shift_record",
    "shift_row",
    "shift_table",
    "shorten",
    "standing_record",
    "standing_row",
    "standing_table",
    "statement_row",
    "timeline_table",
]

FORMATS = ("table", "github", "markdown", "csv", "json")
TEXT_FORMATS = ("table", "github", "markdown")  # the ones a human reads, notes included


# Cells for people are cut to a width; CSV goes to spreadsheets and keeps every character.
FULL = 1_000_000


def _width(fmt: str, width: int) -> int:
    return FULL if fmt == "csv" else width


def shorten(text: str | None, width: int = 90) -> str:
    if not text:
        return ""
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1].rstrip() + "…"


def render(
    headers: Sequence[str],
    rows: Sequence[Sequence[Any]],
    fmt: str = "table",
    records: Sequence[dict[str, Any]] | None = None,
) -> str:
    """Render rows in ``fmt``; JSON prints ``records`` (full objects) when given, one per line."""
    if fmt == "json":
        items = (
            records if records is not None else [dict(zip(headers, r, strict=False)) for r in rows]
        )
        return "".join(json.dumps(i, ensure_ascii=False, default=str) + "\n" for i in items)
    if fmt == "csv":
        buf = io.StringIO()
        w = csv.writer(buf, lineterminator="\n")
        w.writerow(headers)
        w.writerows(rows)
        return buf.getvalue()
    if fmt in TEXT_FORMATS:
        tablefmt = {"table": "simple", "github": "github", "markdown": "pipe"}[fmt]
        text: str = tabulate(rows, headers=headers, tablefmt=tablefmt, disable_numparse=True)
        return text + "\n"
    raise InputError(f"unknown output format {fmt!r} (use {', '.join(FORMATS)})")


def _stance(v: int | None) -> str:
    if v is None:
        return ""
    return f"{int(v):+d}" if v else "0"


def _quote(s: Statement) -> str | None:
    return s.evidence.quote if s.evidence else s.note


def _evidence(s: Statement, width: int) -> str:
    """``outlet, date, speaker: “quote”`` — who carried it, when, who said it, what."""
    full = width >= FULL
    outlet = shorten(s.outlet or "analyst", FULL if full else 28)
    head = ", ".join(
        x for x in (outlet, str(s.when), shorten(s.speaker, FULL if full else 40)) if x
    )
    return f"{head}: “{shorten(_quote(s), width)}”"


def evidence_record(s: Statement) -> dict[str, Any]:
    """The evidence behind one statement, as plain values."""
    return {
        "outlet": s.outlet,
        "date": s.when.iso(),
        "date_precision": s.when.precision.value if s.when.known else None,
        "speaker": s.speaker,
        "quote": _quote(s),
        "stance": int(s.stance),
        "confidence": s.confidence,
        "original_source": s.original_source,
        "article_id": s.article_id,
        "statement_id": s.id,
    }


def _ranked(ps: PeriodStance, latest_first: bool) -> list[Statement]:
    """The period's statements, best evidence for its stance first.

    Statements with the period's own stance come first, then the more confident, then the
    one nearest the change: the latest of the period before, the earliest of the period after.
    """

    def key(s: Statement) -> tuple[bool, float, int, str, str, str]:
        start, end = s.when.date, s.when.end()
        if latest_first:
            near = -end.toordinal() if end else 0
        else:
            near = start.toordinal() if start else 0
        # No id in the key: ids hash the date, and moving every date must not change the pick.
        return (
            int(s.stance) != int(ps.stance),
            -s.confidence,
            near,
            _quote(s) or "",
            s.outlet or "",
            s.speaker or "",
        )

    return sorted(ps.statements, key=key)


def _label(ps: PeriodStance) -> str:
    if not ps.contested:
        return ps.period.label
    return ps.period.label + (" (contested)" if has_majority(ps) else " (split)")


def _more(ps: PeriodStance) -> str:
    n = len(ps.statements) - 1
    return f" (+{n} more)" if n > 0 else ""


# ---------------------------------------------------------------------------- shifts

SHIFT_HEADERS = [
    "party",
    "issue",
    "from",
    "to",
    "stance",
    "kind",
    "sources",
    "confidence",
    "evidence before",
    "evidence after",
    "id",  # what ``positions explain`` takes
]


def shift_row(sh: Shift, width: int = 70) -> list[Any]:
    before = _ranked(sh.before, latest_first=True)[0]
    after = _ranked(sh.after, latest_first=False)[0]
    return [
        sh.party,
        sh.issue,
        _label(sh.before),
        _label(sh.after),
        f"{_stance(sh.before.stance)} → {_stance(sh.after.stance)}",
        sh.kind.value + (" (minor)" if sh.minor else ""),
        f"{sh.before.sources} → {sh.after.sources}",
        f"{sh.confidence:.2f}",
        _evidence(before, width) + _more(sh.before),
        _evidence(after, width) + _more(sh.after),
        sh.id,
    ]


def _period_record(ps: PeriodStance, latest_first: bool) -> dict[str, Any]:
    return {
        "period": ps.period.label,
        "start": ps.period.start.isoformat(),
        "end": ps.period.end.isoformat(),
        "stance": int(ps.stance),
        "spread": ps.spread,
        "sources": ps.sources,
        "contested": ps.contested,
        "evidence": [evidence_record(s) for s in _ranked(ps, latest_first)],
    }


def shift_record(sh: Shift) -> dict[str, Any]:
    """A shift as plain values, with every statement behind each side (best first)."""
    return {
        "id": sh.id,
        "party": sh.party,
        "issue": sh.issue,
        "kind": sh.kind.value,
        "minor": sh.minor,
        "steps": sh.steps,
        "confidence": sh.confidence,
        "before": _period_record(sh.before, latest_first=True),
        "after": _period_record(sh.after, latest_first=False),
    }


def shift_table(shifts: Sequence[Shift], fmt: str = "table") -> str:
    rows = [shift_row(s, _width(fmt, 70)) for s in shifts]
    records = [shift_record(s) for s in shifts] if fmt == "json" else None
    return render(SHIFT_HEADERS, rows, fmt, records)


def left_out_note(left_out: int, outside: int = 0) -> str:
    """``; 2 statements without a usable date left out`` — or nothing."""
    note = ""
    if left_out:
        note += f"; {left_out} statement{'s' * (left_out != 1)} without a usable date left out"
    if outside:
        note += f"; {outside} outside the two windows"
    return note


# ---------------------------------------------------------------------------- statements

STATEMENT_HEADERS = ["date", "party", "issue", "stance", "speaker", "outlet", "confidence", "quote"]


def statement_row(s: Statement, width: int = 80) -> list[Any]:
    return [
        str(s.when),
        s.party,
        s.issue,
        _stance(s.stance),
        shorten(s.speaker, FULL if width >= FULL else 30),
        s.outlet or "",
        f"{s.confidence:.2f}",
        shorten(_quote(s), width),
    ]


def _placement(tl: Timeline, s: Statement, granularity: str) -> str:
    ps = tl.period_for(s)
    if ps is not None:
        return f"{_label(ps)}: {_stance(ps.stance)}"
    if any(x.id == s.id for x in tl.outside):
        return "outside the windows"
    return (
        "left out: no date" if not s.when.known else f"left out: date too coarse for {granularity}"
    )


def timeline_table(tl: Timeline, fmt: str = "table", granularity: str = "month") -> str:
    """The statements in date order, each with its period; then the periods, for people."""
    width = _width(fmt, 80)
    rows = [[*statement_row(s, width), _placement(tl, s, granularity)] for s in tl.statements]
    records = None
    if fmt == "json":
        records = [
            {
                "party": s.party,
                "issue": s.issue,
                "stance": int(s.stance),
                "period": _placement(tl, s, granularity),
                **evidence_record(s),
            }
            for s in tl.statements
        ]
    text = render([*STATEMENT_HEADERS, "period"], rows, fmt, records)
    if fmt in TEXT_FORMATS and tl.periods:
        prow = [
            [_label(ps), _stance(ps.stance), ps.spread, ps.sources, len(ps.statements)]
            for ps in tl.periods
        ]
        text += "\n" + render(["period", "stance", "spread", "sources", "statements"], prow, fmt)
    return text


# ---------------------------------------------------------------------------- gaps

GAP_HEADERS = [
    "issue",
    "period",
    "against",
    "for",
    "gap",
    "confidence",
    "evidence against",
    "evidence for",
]


def gap_row(g: Gap, width: int = 70) -> list[Any]:
    low, high = g.against.position, g.favour.position
    return [
        g.issue,
        g.period.label,
        f"{g.against.party} {_stance(low.stance)}" + (" (contested)" if low.contested else ""),
        f"{g.favour.party} {_stance(high.stance)}" + (" (contested)" if high.contested else ""),
        g.width,
        f"{g.confidence:.2f}",
        _evidence(_ranked(low, latest_first=True)[0], width) + _more(low),
        _evidence(_ranked(high, latest_first=True)[0], width) + _more(high),
    ]


def gap_record(g: Gap) -> dict[str, Any]:
    def side(party: str, ps: PeriodStance) -> dict[str, Any]:
        rec = _period_record(ps, latest_first=True)
        return {"party": party, **{k: v for k, v in rec.items() if k not in ("start", "end")}}

    return {
        "issue": g.issue,
        "period": g.period.label,
        "start": g.period.start.isoformat(),
        "end": g.period.end.isoformat(),
        "gap": g.width,
        "confidence": g.confidence,
        "against": side(g.against.party, g.against.position),
        "for": side(g.favour.party, g.favour.position),
    }


def gap_table(gaps: Sequence[Gap], fmt: str = "table") -> str:
    rows = [gap_row(g, _width(fmt, 70)) for g in gaps]
    records = [gap_record(g) for g in gaps] if fmt == "json" else None
    return render(GAP_HEADERS, rows, fmt, records)


# ---------------------------------------------------------------------------- as of a date

STANDING_HEADERS = [
    "party",
    "issue",
    "stance",
    "status",
    "period",
    "latest",
    "age (days)",
    "sources",
    "evidence",
    "left out",
]


def standing_row(st: Standing, width: int = 70) -> list[Any]:
    ps = st.position
    status = st.status.value.replace("-", " ")
    if ps is None:
        return [st.party, st.issue, "—", status, "", "", "", "", "", st.left_out or ""]
    return [
        st.party,
        st.issue,
        _stance(st.stance) if st.status is StandingStatus.STATED else "—",
        status + (" (contested)" if ps.contested and st.stance is not None else ""),
        ps.period.label,
        str(st.latest),
        st.age_days,
        ps.sources,
        _evidence(_ranked(ps, latest_first=True)[0], width) + _more(ps),
        st.left_out or "",
    ]


def standing_record(st: Standing) -> dict[str, Any]:
    """``stance`` is null when there is no standing position: never confused with 0."""
    latest = st.latest
    return {
        "party": st.party,
        "issue": st.issue,
        "asof": st.asof.isoformat(),
        "status": st.status.value,
        "stance": None if st.stance is None else int(st.stance),
        "latest": latest.iso() if latest is not None else None,
        "age_days": st.age_days,
        "left_out": st.left_out,
        "position": _period_record(st.position, latest_first=True) if st.position else None,
    }


def standing_table(standings: Sequence[Standing], fmt: str = "table") -> str:
    rows = [standing_row(st, _width(fmt, 70)) for st in standings]
    records = [standing_record(st) for st in standings] if fmt == "json" else None
    return render(STANDING_HEADERS, rows, fmt, records)


# ---------------------------------------------------------------------------- records


@functools.singledispatch
def record(obj: Any) -> dict[str, Any]:
    """The plain-value record of any detector result (what JSON and DataFrames hold)."""
    if isinstance(obj, dict):
        return obj
    raise TypeError(f"no record for {type(obj).__name__}")


record.register(Shift, shift_record)
record.register(Gap, gap_record)
record.register(Standing, standing_record)


@record.register
def _(obj: Statement) -> dict[str, Any]:
    return {"party": obj.party, "issue": obj.issue, **evidence_record(obj)}


@record.register
def _(obj: PeriodStance) -> dict[str, Any]:
    return _period_record(obj, latest_first=True)
