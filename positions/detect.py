"""The shift detector: bucket a party's statements on an issue into periods, aggregate each
period robustly, and classify the changes between consecutive periods.

Everything here is a pure function of the statements given: the order of the input,
duplicates and a common shift of every date change nothing but what they must.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Sequence

from attrs import frozen

from positions.errors import InputError
from positions.model import Period, PeriodStance, Shift, ShiftKind, Stance, Statement

__all__ = [
    "GRANULARITIES",
    "Timeline",
    "aggregate",
    "detect_shifts",
    "period_of",
    "timeline",
    "undated_count",
]

GRANULARITIES = ("day", "week", "month", "quarter")


def _month_start(d: dt.date) -> dt.date:
    return d.replace(day=1)


def _add_months(d: dt.date, n: int) -> dt.date:
    m = d.month - 1 + n
    return dt.date(d.year + m // 12, m % 12 + 1, 1)


def period_of(day: dt.date, granularity: str = "month") -> Period:
    """The period of the given granularity that contains ``day``."""
    if granularity == "day":
        return Period(day.isoformat(), day, day + dt.timedelta(days=1))
    if granularity == "week":
        start = day - dt.timedelta(days=day.weekday())
        iso = start.isocalendar()
        return Period(f"{iso.year}-W{iso.week:02d}", start, start + dt.timedelta(days=7))
    if granularity == "month":
        start = _month_start(day)
        return Period(f"{start.year:04d}-{start.month:02d}", start, _add_months(start, 1))
    if granularity == "quarter":
        q = (day.month - 1) // 3
        start = dt.date(day.year, 3 * q + 1, 1)
        return Period(f"{day.year:04d}-Q{q + 1}", start, _add_months(start, 3))
    raise InputError(f"unknown period {granularity!r} (use {', '.join(GRANULARITIES)})")


def _bucket(statement: Statement, granularity: str) -> Period | None:
    """The period a statement falls in, or None when its date is unknown or too coarse."""
    when = statement.when
    if when.date is None:
        return None
    period = period_of(when.date, granularity)
    end = when.end()
    assert end is not None
    return period if period.contains(end) else None


def _weighted_median(values: Sequence[tuple[int, float]]) -> int:
    ordered = sorted(values)
    total = sum(w for _, w in ordered)
    acc = 0.0
    for v, w in ordered:
        acc += w
        if acc >= total / 2:
            return v
    return ordered[-1][0]


def aggregate(period: Period, statements: Iterable[Statement]) -> PeriodStance:
    """One period's stance: statements from the same original source count once.

    Each source contributes its most confident statement; the period's stance is the
    confidence-weighted median over sources. Sources on opposite sides make it contested.
    """
    by_source: dict[str, Statement] = {}
    for s in sorted(statements, key=lambda s: (s.id,)):
        key = s.original_source
        best = by_source.get(key)
        if best is None or (s.confidence, abs(s.stance), s.id) > (best.confidence, abs(best.stance), best.id):
            by_source[key] = s
    chosen = list(by_source.values())
    if not chosen:
        raise ValueError("a period needs at least one statement")
    stance = _weighted_median([(int(s.stance), s.confidence or 1e-6) for s in chosen])
    values = [int(s.stance) for s in chosen]
    contested = min(values) < 0 < max(values)
    all_statements = tuple(sorted(statements, key=lambda s: (s.when.sort_key(), s.id)))
    return PeriodStance(
        period=period,
        stance=Stance(stance),
        spread=max(values) - min(values),
        sources=len(chosen),
        contested=contested,
        statements=all_statements,
    )


@frozen
class Timeline:
    """A party's statements on an issue, in date order, with their period aggregates."""

    party: str
    issue: str
    statements: tuple[Statement, ...]
    periods: tuple[PeriodStance, ...]
    undated: int  # statements left out of periods: unknown date or coarser than the period


def timeline(
    statements: Iterable[Statement],
    party: str,
    issue: str,
    *,
    granularity: str = "month",
    between: tuple[dt.date, dt.date] | None = None,
) -> Timeline:
    """The timeline of ``party`` on ``issue``; ``between`` keeps periods that start in [a, b]."""
    mine = sorted(
        (s for s in statements if s.party == party and s.issue == issue),
        key=lambda s: (s.when.sort_key(), s.id),
    )
    buckets: dict[Period, list[Statement]] = defaultdict(list)
    undated = 0
    for s in mine:
        p = _bucket(s, granularity)
        if p is None:
            undated += 1
            continue
        if between is not None and not (between[0] <= p.start <= between[1]):
            continue
        buckets[p].append(s)
    periods = tuple(aggregate(p, buckets[p]) for p in sorted(buckets, key=lambda p: p.start))
    return Timeline(party, issue, tuple(mine), periods, undated)


def _confidence(before: PeriodStance, after: PeriodStance) -> float:
    def side(ps: PeriodStance) -> float:
        # More independent sources, more trust; a contested period halves it.
        base = 1 - 0.5 ** ps.sources
        best = max(s.confidence for s in ps.statements)
        return base * best * (0.5 if ps.contested else 1.0)

    return round(min(side(before), side(after)), 3)


def detect_shifts(
    statements: Iterable[Statement],
    *,
    granularity: str = "month",
    min_change: int = 2,
    between: tuple[dt.date, dt.date] | None = None,
    party: str | None = None,
    issue: str | None = None,
) -> list[Shift]:
    """Shifts between consecutive periods with statements, for every party and issue.

    A reversal (sign change) is always reported; otherwise the stance must move by at least
    ``min_change`` steps (1 also reports minor shifts).
    """
    if min_change < 1:
        raise InputError("min_change must be at least 1")
    pool = [
        s
        for s in statements
        if (party is None or s.party == party) and (issue is None or s.issue == issue)
    ]
    keys = sorted({(s.party, s.issue) for s in pool})
    shifts: list[Shift] = []
    for p, i in keys:
        tl = timeline(pool, p, i, granularity=granularity, between=between)
        for before, after in zip(tl.periods, tl.periods[1:], strict=False):
            kind = ShiftKind.between(int(before.stance), int(after.stance))
            if kind is None:
                continue
            steps = abs(int(after.stance) - int(before.stance))
            if kind is not ShiftKind.REVERSAL and steps < min_change:
                continue
            shifts.append(Shift(p, i, before, after, kind, _confidence(before, after)))
    return shifts


def undated_count(statements: Iterable[Statement], granularity: str = "month") -> int:
    return sum(1 for s in statements if _bucket(s, granularity) is None)

