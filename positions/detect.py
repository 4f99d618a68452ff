"""The shift detector: bucket a party's statements on an issue into periods, aggregate each
period robustly, classify the changes between periods, and compare parties.

Everything here is a pure function of the statements given. The order of the input never
matters, an exact duplicate (or a relayed copy of the same report) changes no stance, and
moving every date by the same amount moves the periods and nothing else: no tie is ever
broken by a statement id, because ids are hashes that include the date.

Semantics, in one place:

* A statement belongs to a period only if its whole date fits in it: a month-precision
  date fits a month or a quarter, never a day or a week. Unknown and too-coarse dates are
  *left out*: listed in the timeline, counted in reports, never used for shifts.
* ``between=(A, B)`` compares window A with window B directly (each a ``Period`` or a
  string such as ``2025-12``, ``2025-Q4``, ``2026-W02``, ``2026-01-14``); the granularity
  is then ignored and the windows are the only two periods.
* Within a period, statements from one original source (the head of the relay chain,
  else the outlet) count once; the period's stance is the confidence-weighted median over
  sources. Sources on both sides of zero make the period *contested*; a contested period
  without a weighted majority on one side is *split* and never the end of a shift.
"""

from __future__ import annotations

import datetime as dt
import enum
import itertools
import math
import re
from collections import defaultdict
from collections.abc import Iterable
from typing import Any

from attrs import field, frozen

from positions.errors import InputError
from positions.model import Period, PeriodStance, Shift, ShiftKind, Stance, Statement, When

__all__ = [
    "GRANULARITIES",
    "SOURCE_RELIABILITY",
    "Gap",
    "Side",
    "SourceStance",
    "Standing",
    "StandingStatus",
    "Timeline",
    "WindowSpec",
    "aggregate",
    "classify",
    "detect_shifts",
    "find_gaps",
    "fits",
    "has_majority",
    "left_out_count",
    "parse_window",
    "period_of",
    "positions_asof",
    "side_confidence",
    "sources_of",
    "timeline",
    "timelines",
    "undated_count",
    "weighted_median",
]

GRANULARITIES = ("day", "week", "month", "quarter")

# How far one independent report, read with full confidence, is trusted on its own: two
# agreeing sources make a side surer than either (1 - 0.25**2 ≈ 0.94 against 0.75).
SOURCE_RELIABILITY = 0.75

# A bound accepted by ``between``: a period, a date (that day) or a window string.
WindowSpec = Period | dt.date | str

_EPS = 1e-9


# ---------------------------------------------------------------------------- periods


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
        start = day.replace(day=1)
        return Period(f"{start.year:04d}-{start.month:02d}", start, _add_months(start, 1))
    if granularity == "quarter":
        q = (day.month - 1) // 3
        start = dt.date(day.year, 3 * q + 1, 1)
        return Period(f"{day.year:04d}-Q{q + 1}", start, _add_months(start, 3))
    raise InputError(f"unknown period {granularity!r} (use {', '.join(GRANULARITIES)})")


_WINDOW = re.compile(
    r"^(?P<y>\d{4})(?:-(?:Q(?P<q>[1-4])|W(?P<w>\d{2})|(?P<m>\d{2})(?:-(?P<d>\d{2}))?))?$"
)


def parse_window(text: str) -> Period:
    """A window from ``YYYY``, ``YYYY-Qn``, ``YYYY-MM``, ``YYYY-Www`` or ``YYYY-MM-DD``.

    The precision written is the size of the window: ``2025-12`` is all of December.
    """
    m = _WINDOW.match(text.strip())
    if not m:
        raise InputError(
            f"not a window: {text!r} (use YYYY, YYYY-Qn, YYYY-MM, YYYY-Www or YYYY-MM-DD)"
        )
    try:
        year = int(m["y"])
        if m["q"]:
            return period_of(dt.date(year, 3 * int(m["q"]) - 2, 1), "quarter")
        if m["w"]:
            return period_of(dt.date.fromisocalendar(year, int(m["w"]), 1), "week")
        if m["d"]:
            return period_of(dt.date(year, int(m["m"]), int(m["d"])), "day")
        if m["m"]:
            return period_of(dt.date(year, int(m["m"]), 1), "month")
        return Period(f"{year:04d}", dt.date(year, 1, 1), dt.date(year + 1, 1, 1))
    except ValueError as exc:
        raise InputError(f"not a window: {text!r} ({exc})") from None


def _as_window(spec: WindowSpec) -> Period:
    if isinstance(spec, Period):
        return spec
    if isinstance(spec, dt.date):
        return period_of(spec, "day")
    return parse_window(spec)


def _windows(between: tuple[WindowSpec, WindowSpec]) -> tuple[Period, Period]:
    a, b = (_as_window(w) for w in between)
    if a.start < b.end and b.start < a.end:
        raise InputError(f"the windows {a.label} and {b.label} overlap")
    return a, b


def fits(when: When, period: Period) -> bool:
    """Whether every day ``when`` may stand for lies inside ``period``."""
    end = when.end()
    return (
        when.date is not None and end is not None and period.start <= when.date and end < period.end
    )


def _overlaps(when: When, period: Period) -> bool:
    end = when.end()
    return (
        when.date is not None and end is not None and when.date < period.end and period.start <= end
    )


# ---------------------------------------------------------------------------- aggregation


def _sign(v: int) -> int:
    return (v > 0) - (v < 0)


def weighted_median(values: Iterable[tuple[int, float]]) -> int:
    """The weighted median of ``(value, weight)`` pairs.

    On an exact tie between two values the one nearer zero wins (the weaker claim, so a
    tie never manufactures a hardening); between ``-v`` and ``+v`` that is 0.
    """
    items = sorted((v, max(w, 0.0)) for v, w in values)
    if not items:
        raise ValueError("the median of nothing")
    total = sum(w for _, w in items)
    if total <= 0:
        items = [(v, 1.0) for v, _ in items]
        total = float(len(items))
    half = total / 2
    acc = 0.0
    lower: int | None = None
    for v, w in items:
        acc += w
        if lower is None and acc >= half - _EPS:
            lower = v
        if acc > half + _EPS:
            if lower == v:
                return v
            assert lower is not None
            if abs(lower) == abs(v):
                return 0
            return min(lower, v, key=abs)
    assert lower is not None
    return lower


def _weight(s: Statement) -> float:
    # A zero-confidence reading still counts for a little, so it is never silently dropped.
    return max(s.confidence, 1e-6)


def _claim_key(s: Statement) -> tuple[int, str]:
    text = s.evidence.quote if s.evidence else (s.note or "")
    return int(s.stance), " ".join(text.lower().split())


def _best(statements: Iterable[Statement]) -> Statement:
    # Value-based, so that neither input order nor (date-derived) ids decide.
    return max(statements, key=lambda s: (s.confidence, repr(s)))


def _unique(statements: Iterable[Statement]) -> list[Statement]:
    """One statement per id; among copies with one id, the most confident."""
    by_id: dict[str, list[Statement]] = defaultdict(list)
    for s in statements:
        by_id[s.id].append(s)
    return [_best(group) for group in by_id.values()]


@frozen
class SourceStance:
    """What one independent original source says in a period."""

    source: str
    stance: Stance = field(converter=Stance)
    weight: float
    statements: tuple[Statement, ...]


def sources_of(statements: Iterable[Statement]) -> list[SourceStance]:
    """Group statements by original source; each source gets one stance and one weight.

    The same claim relayed twice (same stance, same quote) counts once within a source; a
    source's stance is the weighted median of its distinct claims, its weight the
    confidence of its most confident one.
    """
    groups: dict[str, list[Statement]] = defaultdict(list)
    for s in _unique(statements):
        groups[s.original_source].append(s)
    out = []
    for source, group in groups.items():
        claims: dict[tuple[int, str], list[Statement]] = defaultdict(list)
        for s in group:
            claims[_claim_key(s)].append(s)
        distinct = [_best(c) for c in claims.values()]
        stance = weighted_median((int(s.stance), _weight(s)) for s in distinct)
        ordered = tuple(sorted(group, key=_statement_order))
        out.append(
            SourceStance(
                source=source,
                stance=Stance(stance),
                weight=max(_weight(s) for s in distinct),
                statements=ordered,
            )
        )
    return sorted(out, key=lambda x: (int(x.stance), -x.weight, x.source))


def _statement_order(s: Statement) -> tuple[Any, ...]:
    # Ends on values, never on the id: ids hash the date, so an id tie-break would let a
    # shift of every date reorder statements that are otherwise alike.
    quote = s.evidence.quote if s.evidence else (s.note or "")
    return (
        s.when.sort_key(),
        -s.confidence,
        int(s.stance),
        quote,
        s.outlet or "",
        s.speaker or "",
        s.relays,
        s.article_id or "",
        s.evidence.start if s.evidence else -1,
        s.extractor,
        s.origin.value,
        s.note or "",
    )


def aggregate(period: Period, statements: Iterable[Statement]) -> PeriodStance:
    """One period's stance: the confidence-weighted median over independent sources.

    ``spread`` is the range of the sources' stances and ``sources`` their number; a period
    whose sources stand on both sides of zero is ``contested`` (its stance is still the
    median, never an average, and :func:`has_majority` says whether it can carry a shift).
    """
    unique = _unique(statements)
    sources = sources_of(unique)
    if not sources:
        raise ValueError("a period needs at least one statement")
    values = [int(x.stance) for x in sources]
    ordered = tuple(sorted(unique, key=_statement_order))
    return PeriodStance(
        period=period,
        stance=Stance(weighted_median((int(x.stance), x.weight) for x in sources)),
        spread=max(values) - min(values),
        sources=len(sources),
        contested=min(values) < 0 < max(values),
        statements=ordered,
    )


def has_majority(ps: PeriodStance) -> bool:
    """Whether the side of the period's stance holds more than half the sources' weight.

    Always true for an uncontested period; a contested period without it is *split*.
    """
    if not ps.contested:
        return True
    sources = sources_of(ps.statements)
    sign = ps.stance.sign
    total = sum(x.weight for x in sources)
    same = sum(x.weight for x in sources if x.stance.sign == sign)
    return same > total / 2 + _EPS


def side_confidence(ps: PeriodStance) -> float:
    """How sure the period's stance is: grows with the independent sources that agree.

    The agreeing sources (same sign as the stance) combine as independent reports
    (``1 - Π(1 - r·c)``, ``r`` = :data:`SOURCE_RELIABILITY`), scaled by their share of all
    the sources' weight, so a contested period is less sure than a unanimous one.
    """
    sources = sources_of(ps.statements)
    sign = ps.stance.sign
    agree = [x for x in sources if x.stance.sign == sign]
    total = sum(x.weight for x in sources)
    doubt = math.prod(1 - SOURCE_RELIABILITY * x.weight for x in agree)
    return (1 - doubt) * (sum(x.weight for x in agree) / total)


# ---------------------------------------------------------------------------- timelines


@frozen
class Timeline:
    """A party's statements on an issue, in date order, with their period aggregates."""

    party: str
    issue: str
    statements: tuple[Statement, ...]  # every statement, unknown dates last
    periods: tuple[PeriodStance, ...]  # chronological, or the two windows in the order given
    left_out: tuple[Statement, ...] = ()  # unknown date, or coarser than the period
    outside: tuple[Statement, ...] = ()  # dated outside both ``between`` windows

    @property
    def undated(self) -> int:
        """How many statements were left out for want of a usable date."""
        return len(self.left_out)

    def period_for(self, statement: Statement) -> PeriodStance | None:
        for ps in self.periods:
            if any(s.id == statement.id for s in ps.statements):
                return ps
        return None


def _place(s: Statement, granularity: str, windows: tuple[Period, Period] | None) -> Period | str:
    """The period a statement falls in, or why it falls in none ("left out" / "outside")."""
    when = s.when
    if when.date is None:
        return "left out"
    if windows is None:
        period = period_of(when.date, granularity)
        return period if fits(when, period) else "left out"
    for w in windows:
        if fits(when, w):
            return w
    return "left out" if any(_overlaps(when, w) for w in windows) else "outside"


def _check(granularity: str, min_change: int = 1) -> None:
    if granularity not in GRANULARITIES:
        raise InputError(f"unknown period {granularity!r} (use {', '.join(GRANULARITIES)})")
    if min_change < 1:
        raise InputError("min_change must be at least 1")


def timeline(
    statements: Iterable[Statement],
    party: str,
    issue: str,
    *,
    granularity: str = "month",
    between: tuple[WindowSpec, WindowSpec] | None = None,
) -> Timeline:
    """The timeline of ``party`` on ``issue``, by ``granularity`` or in the two windows."""
    _check(granularity)
    windows = _windows(between) if between is not None else None
    mine = sorted(
        (s for s in _unique(statements) if s.party == party and s.issue == issue),
        key=_statement_order,
    )
    buckets: dict[Period, list[Statement]] = defaultdict(list)
    left_out: list[Statement] = []
    outside: list[Statement] = []
    for s in mine:
        place = _place(s, granularity, windows)
        if isinstance(place, Period):
            buckets[place].append(s)
        elif place == "outside":
            outside.append(s)
        else:
            left_out.append(s)
    order = list(windows) if windows else sorted(buckets, key=lambda p: p.start)
    periods = tuple(aggregate(p, buckets[p]) for p in order if p in buckets)
    return Timeline(party, issue, tuple(mine), periods, tuple(left_out), tuple(outside))


def timelines(
    statements: Iterable[Statement],
    *,
    granularity: str = "month",
    between: tuple[WindowSpec, WindowSpec] | None = None,
    party: str | None = None,
    issue: str | None = None,
) -> list[Timeline]:
    """Every (party, issue) timeline in the statements, sorted by party then issue."""
    _check(granularity)
    if between is not None:
        _windows(between)  # a bad window is an error even when there is nothing to compare
    groups: dict[tuple[str, str], list[Statement]] = defaultdict(list)
    for s in statements:
        if (party is None or s.party == party) and (issue is None or s.issue == issue):
            groups[(s.party, s.issue)].append(s)
    return [
        timeline(groups[key], *key, granularity=granularity, between=between)
        for key in sorted(groups)
    ]


def left_out_count(
    statements: Iterable[Statement],
    granularity: str = "month",
    between: tuple[WindowSpec, WindowSpec] | None = None,
) -> int:
    """How many (distinct) statements have no usable date for these periods."""
    _check(granularity)
    windows = _windows(between) if between is not None else None
    return sum(1 for s in _unique(statements) if _place(s, granularity, windows) == "left out")


def undated_count(statements: Iterable[Statement], granularity: str = "month") -> int:
    """Kept for callers of the first version: :func:`left_out_count` without windows."""
    return left_out_count(statements, granularity)


# ---------------------------------------------------------------------------- shifts


def _confidence(before: PeriodStance, after: PeriodStance) -> float:
    # A shift is no surer than its weaker side.
    return round(min(side_confidence(before), side_confidence(after)), 3)


def classify(
    party: str, issue: str, before: PeriodStance, after: PeriodStance, *, min_change: int = 2
) -> Shift | None:
    """The shift from ``before`` to ``after``, or None if none is worth reporting.

    A reversal (sign change) is always reported; any other change needs ``min_change``
    steps (1 adds the minor ones). A split period (see :func:`has_majority`) is no end of
    a shift.
    """
    if not (has_majority(before) and has_majority(after)):
        return None
    kind = ShiftKind.between(int(before.stance), int(after.stance))
    if kind is None:
        return None
    steps = abs(int(after.stance) - int(before.stance))
    if kind is not ShiftKind.REVERSAL and steps < min_change:
        return None
    return Shift(party, issue, before, after, kind, _confidence(before, after))


def _shifts_in(tl: Timeline, min_change: int) -> list[Shift]:
    # Split periods are skipped: the shift runs between the standing positions around them.
    standing = [ps for ps in tl.periods if has_majority(ps)]
    out = []
    for before, after in itertools.pairwise(standing):
        sh = classify(tl.party, tl.issue, before, after, min_change=min_change)
        if sh is not None:
            out.append(sh)
    return out


def detect_shifts(
    statements: Iterable[Statement],
    *,
    granularity: str = "month",
    min_change: int = 2,
    between: tuple[WindowSpec, WindowSpec] | None = None,
    party: str | None = None,
    issue: str | None = None,
) -> list[Shift]:
    """Shifts between consecutive standing periods, for every party and issue.

    With ``between=(A, B)`` the only comparison is window A against window B.
    """
    _check(granularity, min_change)
    out: list[Shift] = []
    for tl in timelines(
        statements, granularity=granularity, between=between, party=party, issue=issue
    ):
        out.extend(_shifts_in(tl, min_change))
    return out


# ---------------------------------------------------------------------------- gaps


@frozen
class Side:
    """One party's aggregate position in a period."""

    party: str
    position: PeriodStance

    @property
    def stance(self) -> Stance:
        return self.position.stance


@frozen
class Gap:
    """Two parties on opposite sides of an issue in the same period."""

    issue: str
    period: Period
    against: Side  # the party with the negative stance
    favour: Side  # the party with the positive stance
    confidence: float

    @property
    def width(self) -> int:
        return int(self.favour.stance) - int(self.against.stance)


def find_gaps(
    statements: Iterable[Statement],
    *,
    granularity: str = "month",
    between: tuple[WindowSpec, WindowSpec] | None = None,
    party: str | None = None,
    issue: str | None = None,
) -> list[Gap]:
    """Per issue and period, every pair of parties whose standing stances have opposite signs.

    ``party`` keeps the gaps that involve it. Split periods take part in no gap.
    """
    _check(granularity)
    pool = list(statements)
    by_slot: dict[tuple[str, Period], list[Side]] = defaultdict(list)
    for tl in timelines(pool, granularity=granularity, between=between, issue=issue):
        for ps in tl.periods:
            if has_majority(ps) and ps.stance != 0:
                by_slot[(tl.issue, ps.period)].append(Side(tl.party, ps))
    gaps = []
    for (iss, period), sides in by_slot.items():
        for low in (x for x in sides if x.stance < 0):
            for high in (x for x in sides if x.stance > 0):
                if party is not None and party not in (low.party, high.party):
                    continue
                conf = round(min(side_confidence(low.position), side_confidence(high.position)), 3)
                gaps.append(Gap(iss, period, low, high, conf))
    return sorted(
        gaps, key=lambda g: (g.issue, g.period.start, -g.width, g.against.party, g.favour.party)
    )


# ---------------------------------------------------------------------------- as of a date


class StandingStatus(enum.StrEnum):
    STATED = "stated"  # a standing position (which may be neutral)
    CONTESTED = "contested"  # the latest period is split: no side holds a majority
    NO_STATEMENT = "no-statement"  # nothing dated by then (distinct from neutral)


@frozen
class Standing:
    """A party's latest standing position on an issue as of a date."""

    party: str
    issue: str
    asof: dt.date
    status: StandingStatus = field(converter=StandingStatus)
    position: PeriodStance | None = None
    left_out: int = 0  # statements with no date, or not certainly made by ``asof``

    @property
    def stance(self) -> Stance | None:
        """The standing stance; None when there is none (no statement, or split)."""
        if self.status is StandingStatus.STATED and self.position is not None:
            return self.position.stance
        return None

    @property
    def latest(self) -> When | None:
        """The date of the most recent statement behind the position."""
        if self.position is None:
            return None
        return max(
            (s.when for s in self.position.statements),
            key=lambda w: (w.end() or dt.date.min, w.sort_key()),
        )

    @property
    def age_days(self) -> int | None:
        """Days from the latest statement to ``asof``; counted from the last day a coarse
        date may stand for, so an age is never overstated."""
        latest = self.latest
        end = latest.end() if latest is not None else None
        return (self.asof - end).days if end is not None else None


def positions_asof(
    statements: Iterable[Statement],
    day: dt.date,
    *,
    party: str | None = None,
    issue: str | None = None,
    granularity: str = "month",
) -> list[Standing]:
    """Each party's latest standing position per issue as of ``day``.

    Only statements certainly made by ``day`` count (a month-precision date counts once the
    month is over), so a position is never dated earlier than its evidence allows. The
    position is the aggregate of the latest period with such statements. With both
    ``party`` and ``issue`` given there is always one row, ``no-statement`` if need be.
    """
    _check(granularity)
    groups: dict[tuple[str, str], list[Statement]] = defaultdict(list)
    for s in _unique(statements):
        if (party is None or s.party == party) and (issue is None or s.issue == issue):
            groups[(s.party, s.issue)].append(s)
    keys = sorted(groups) or ([(party, issue)] if party is not None and issue is not None else [])
    out = []
    for p, i in keys:
        usable: list[tuple[Period, Statement]] = []
        left = 0
        for s in groups[(p, i)]:
            start, end = s.when.date, s.when.end()
            if start is None or end is None:
                left += 1
            elif start > day:
                continue  # said later: not part of the record as of ``day``
            elif end > day or not fits(s.when, period_of(start, granularity)):
                left += 1  # perhaps said by then, but the date cannot tell
            else:
                usable.append((period_of(start, granularity), s))
        if not usable:
            out.append(Standing(p, i, day, StandingStatus.NO_STATEMENT, None, left))
            continue
        period = max((pr for pr, _ in usable), key=lambda pr: pr.start)
        ps = aggregate(period, [s for pr, s in usable if pr == period])
        status = StandingStatus.STATED if has_majority(ps) else StandingStatus.CONTESTED
        out.append(Standing(p, i, day, status, ps, left))
    return out
