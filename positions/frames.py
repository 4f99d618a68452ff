"""The detector's results as pandas DataFrames (the ``pandas`` extra), one flat row each.

``to_dataframe(detect_shifts(...))`` — or of gaps, positions as of a date, timelines,
period aggregates or statements — gives a table whose date columns are datetimes and whose
stance column stays empty (``<NA>``), never 0, where there is no standing position.
Statements and shifts use the same flat rows as :mod:`positions.exports`.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from typing import Any

from positions import exports
from positions.detect import Gap, Standing, Timeline
from positions.model import PeriodStance, Shift, Statement

__all__ = ["flat_records", "to_dataframe"]

_DATES = ("start", "end", "from_start", "to_start", "asof", "period_start", "period_end")
_NULLABLE_INTS = ("stance", "age_days", "sources", "spread")


def _best(ps: PeriodStance, prefix: str) -> dict[str, Any]:
    # The most confident statement with the period's own stance speaks for the period.
    same = [s for s in ps.statements if s.stance == ps.stance] or list(ps.statements)
    s = max(same, key=lambda x: (x.confidence, x.when.sort_key()))
    return {
        f"{prefix}outlet": s.outlet,
        f"{prefix}date": s.when.iso(),
        f"{prefix}speaker": s.speaker,
        f"{prefix}quote": s.evidence.quote if s.evidence else s.note,
    }


def _period(ps: PeriodStance, prefix: str = "") -> dict[str, Any]:
    return {
        f"{prefix}period": ps.period.label,
        f"{prefix}period_start": ps.period.start,
        f"{prefix}period_end": ps.period.end,
        f"{prefix}stance": int(ps.stance),
        f"{prefix}spread": ps.spread,
        f"{prefix}sources": ps.sources,
        f"{prefix}contested": ps.contested,
        f"{prefix}statements": len(ps.statements),
    }


@functools.singledispatch
def _rows(obj: Any) -> list[dict[str, Any]]:
    if isinstance(obj, dict):
        return [obj]
    raise TypeError(f"no table rows for {type(obj).__name__}")


@_rows.register
def _(obj: Shift) -> list[dict[str, Any]]:
    row = exports.shift_record(obj)
    row |= _best(obj.before, "before_") | _best(obj.after, "after_")
    return [row]


@_rows.register
def _(obj: Gap) -> list[dict[str, Any]]:
    row: dict[str, Any] = {
        "issue": obj.issue,
        "period": obj.period.label,
        "start": obj.period.start,
        "end": obj.period.end,
        "against_party": obj.against.party,
        "for_party": obj.favour.party,
        "gap": obj.width,
        "confidence": obj.confidence,
    }
    for prefix, side in (("against_", obj.against), ("for_", obj.favour)):
        period = _period(side.position, prefix)
        row |= {k: v for k, v in period.items() if "period" not in k}
        row |= _best(side.position, prefix)
    return [row]


@_rows.register
def _(obj: Standing) -> list[dict[str, Any]]:
    row: dict[str, Any] = {
        "party": obj.party,
        "issue": obj.issue,
        "asof": obj.asof,
        "status": obj.status.value,
        "stance": None if obj.stance is None else int(obj.stance),
        "latest": obj.latest.iso() if obj.latest is not None else None,
        "age_days": obj.age_days,
        "left_out": obj.left_out,
    }
    if obj.position is not None:
        period = _period(obj.position)
        row |= {k: v for k, v in period.items() if k != "stance"}
        row |= _best(obj.position, "")
    return [row]


@_rows.register
def _(obj: Timeline) -> list[dict[str, Any]]:
    return [{"party": obj.party, "issue": obj.issue, **_period(ps)} for ps in obj.periods]


@_rows.register
def _(obj: PeriodStance) -> list[dict[str, Any]]:
    return [_period(obj)]


@_rows.register
def _(obj: Statement) -> list[dict[str, Any]]:
    return [exports.statement_record(obj)]


def flat_records(results: Iterable[Any]) -> list[dict[str, Any]]:
    """Flat rows of plain values for detector results (a timeline gives one row per period)."""
    return [row for obj in results for row in _rows(obj)]


def to_dataframe(results: Iterable[Any]) -> Any:
    """A pandas DataFrame of detector results; needs ``pip install 'positions[pandas]'``."""
    pd = exports.require("pandas", "pandas")
    frame = pd.DataFrame.from_records(flat_records(results))
    for col in frame.columns:
        if col in _DATES or col.endswith(_DATES):
            frame[col] = pd.to_datetime(frame[col])
        elif col in _NULLABLE_INTS or col.endswith(_NULLABLE_INTS):
            # Keep "no stance" apart from neutral: a nullable integer column, <NA> not NaN/0.
            frame[col] = frame[col].astype("Int64")
    return frame
