"""Invariants of the detector, checked with hypothesis on generated statements."""

from __future__ import annotations

import datetime as dt
from typing import Any

import attrs
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from positions import detect
from positions.model import PeriodStance, Precision, Provenance, Shift, ShiftKind, Statement, When

PARTIES = ("israel", "syria")
ISSUES = ("israeli-withdrawal", "russian-military-presence-southern-syria")
OUTLETS = ("Enab Baladi", "LBCI", "Maariv", "The Syrian Observer")
HEADS = ("KAN", "Axios")
QUOTES = ("will not permit", "is willing, in principle", "seeks", "rejects", "is undecided")
START = dt.date(2025, 9, 1)

SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@st.composite
def whens(draw: st.DrawFn, *, unknown: bool = True, months: bool = True) -> When:
    choices = (
        ["day", "month", "unknown"]
        if unknown and months
        else ["day", "month"]
        if months
        else ["day"]
    )
    kind = draw(st.sampled_from(choices))
    if kind == "unknown":
        return When.unknown()
    day = START + dt.timedelta(days=draw(st.integers(0, 150)))
    if kind == "month":
        return When(day.replace(day=1), Precision.MONTH, Provenance.SUPPLIED)
    return When(day, Precision.DAY, Provenance.STATED)


@st.composite
def statements(
    draw: st.DrawFn,
    *,
    stance: st.SearchStrategy[int] | None = None,
    when: st.SearchStrategy[When] | None = None,
    party: str | None = None,
    issue: str | None = None,
) -> Statement:
    quote = draw(st.sampled_from(QUOTES))
    # Outlet and relays belong to the article, as in real data: one article id never
    # comes with two different relay chains.
    article = draw(st.integers(0, 30))
    relays = [(), *((h,) for h in HEADS)][article % 3]
    return Statement(
        party=party or draw(st.sampled_from(PARTIES)),
        issue=issue or draw(st.sampled_from(ISSUES)),
        stance=draw(stance if stance is not None else st.integers(-2, 2)),
        when=draw(when if when is not None else whens()),
        evidence=attrs_evidence(quote),
        speaker=draw(st.sampled_from([None, "a senior official", "KAN"])),
        relays=relays,
        article_id=f"a{article}",
        outlet=OUTLETS[article % len(OUTLETS)],
        confidence=draw(st.sampled_from([0.3, 0.5, 0.8, 1.0])),
        extractor="test",
    )


def attrs_evidence(quote: str) -> Any:
    from positions.model import Evidence

    return Evidence(quote, 0, len(quote))


pools = st.lists(statements(), min_size=0, max_size=14)


def _everything(items: list[Statement], min_change: int = 1) -> tuple[Any, ...]:
    # Every granularity, and two windows compared directly, so no bucketing hides an order effect.
    windows = ("2025-10", "2025-12")
    return (
        *(
            detect.detect_shifts(items, min_change=min_change, granularity=g)
            for g in detect.GRANULARITIES
        ),
        detect.detect_shifts(items, min_change=min_change, between=windows),
        detect.find_gaps(items),
        detect.find_gaps(items, granularity="week"),
        detect.positions_asof(items, dt.date(2025, 12, 31)),
        detect.timelines(items),
        detect.timelines(items, between=windows),
    )


@SETTINGS
@given(pools, st.randoms(use_true_random=False))
def test_input_order_never_changes_the_result(items: list[Statement], rnd: Any) -> None:
    shuffled = list(items)
    rnd.shuffle(shuffled)
    assert _everything(shuffled) == _everything(items)


def _stances(items: list[Statement]) -> list[tuple[str, str, str, int, int, int, bool]]:
    return [
        (tl.party, tl.issue, ps.period.label, int(ps.stance), ps.spread, ps.sources, ps.contested)
        for tl in detect.timelines(items)
        for ps in tl.periods
    ]


@SETTINGS
@given(pools.filter(bool), st.data())
def test_duplicating_a_statement_changes_no_stance(
    items: list[Statement], data: st.DataObject
) -> None:
    victim = data.draw(st.sampled_from(items))
    # An exact copy, and the same claim relayed by another outlet from the same original.
    relayed = attrs.evolve(
        victim,
        outlet="Copycat Blog",
        relays=(victim.original_source, "Copycat Blog"),
        article_id="copy",
        id="",
    )
    before = _stances(items)
    assert _stances([*items, victim]) == before
    assert _stances([*items, relayed]) == before
    kinds = [(s.party, s.issue, s.kind) for s in detect.detect_shifts(items)]
    assert [
        (s.party, s.issue, s.kind) for s in detect.detect_shifts([*items, victim, relayed])
    ] == kinds

    # Nor does it change who stands where as of a date, or which parties are apart.
    def standing(pool: list[Statement]) -> list[tuple[Any, ...]]:
        # (left_out counts statements, and a relayed copy is one more undated statement)
        return [(x.party, x.issue, x.status, x.stance, x.position and x.position.sources)
                for x in detect.positions_asof(pool, dt.date(2026, 1, 31))]  # fmt: skip

    def apart(pool: list[Statement]) -> list[tuple[Any, ...]]:
        return [(g.issue, g.period, g.against.party, g.favour.party, g.width)
                for g in detect.find_gaps(pool)]  # fmt: skip

    assert standing([*items, victim, relayed]) == standing(items)
    assert apart([*items, victim, relayed]) == apart(items)


def _moved(s: Statement, days: int = 0, months: int = 0) -> Statement:
    d = s.when.date
    if d is None:
        return s
    if months:
        m = d.month - 1 + months
        d = d.replace(year=d.year + m // 12, month=m % 12 + 1)
    d += dt.timedelta(days=days)
    return attrs.evolve(s, when=attrs.evolve(s.when, date=d), id="")


def _period_shape(ps: PeriodStance) -> tuple[Any, ...]:
    return (
        int(ps.stance),
        ps.spread,
        ps.sources,
        ps.contested,
        (ps.period.end - ps.period.start).days,
        [
            (s.evidence.quote if s.evidence else "", s.outlet, int(s.stance), s.confidence)
            for s in ps.statements
        ],
    )


def _shape(sh: Shift) -> tuple[Any, ...]:
    return (
        sh.party,
        sh.issue,
        sh.kind,
        sh.confidence,
        _period_shape(sh.before),
        _period_shape(sh.after),
    )


day_pools = st.lists(statements(when=whens(unknown=True, months=False)), max_size=14)


@SETTINGS
@given(day_pools, st.integers(-400, 400), st.sampled_from(["day", "week"]))
def test_moving_every_date_changes_only_dates(
    items: list[Statement], offset: int, granularity: str
) -> None:
    days = offset * 7 if granularity == "week" else offset
    moved = [_moved(s, days=days) for s in items]
    old = detect.detect_shifts(items, granularity=granularity, min_change=1)
    new = detect.detect_shifts(moved, granularity=granularity, min_change=1)
    assert [_shape(s) for s in new] == [_shape(s) for s in old]
    for a, b in zip(old, new, strict=True):
        assert b.before.period.start == a.before.period.start + dt.timedelta(days=days)
        assert b.after.period.start == a.after.period.start + dt.timedelta(days=days)
    assert [
        (g.issue, g.against.party, g.favour.party, g.width)
        for g in detect.find_gaps(moved, granularity=granularity)
    ] == [
        (g.issue, g.against.party, g.favour.party, g.width)
        for g in detect.find_gaps(items, granularity=granularity)
    ]


# Day-precision dates up to the 28th so that moving by whole months keeps every date valid.
month_whens = st.builds(
    lambda m, d, coarse: When(
        dt.date(2025 + (m // 12), m % 12 + 1, 1 if coarse else d),
        Precision.MONTH if coarse else Precision.DAY,
        Provenance.SUPPLIED,
    ),
    st.integers(0, 8),
    st.integers(1, 28),
    st.booleans(),
)


@SETTINGS
@given(st.lists(statements(when=month_whens), max_size=14), st.integers(-30, 30))
def test_moving_every_date_by_whole_months_changes_only_dates(
    items: list[Statement], months: int
) -> None:
    moved = [_moved(s, months=months) for s in items]
    for granularity in ("month", "quarter") if months % 3 == 0 else ("month",):
        old = detect.detect_shifts(items, granularity=granularity, min_change=1)
        new = detect.detect_shifts(moved, granularity=granularity, min_change=1)
        strip = [(s.party, s.issue, s.kind, s.confidence, int(s.before.stance), int(s.after.stance),
                  s.before.sources, s.after.sources) for s in old]  # fmt: skip
        assert [(s.party, s.issue, s.kind, s.confidence, int(s.before.stance), int(s.after.stance),
                 s.before.sources, s.after.sources) for s in new] == strip  # fmt: skip


@SETTINGS
@given(st.integers(-2, 2), st.data())
def test_a_constant_series_never_yields_a_shift(value: int, data: st.DataObject) -> None:
    items = data.draw(
        st.lists(
            statements(stance=st.just(value), party="israel", issue="israeli-withdrawal"),
            min_size=1,
            max_size=16,
        )
    )
    for granularity in detect.GRANULARITIES:
        assert detect.detect_shifts(items, granularity=granularity, min_change=1) == []
        for ps in detect.timeline(
            items, "israel", "israeli-withdrawal", granularity=granularity
        ).periods:
            assert int(ps.stance) == value and ps.spread == 0 and not ps.contested


_SWAPPED = {
    ShiftKind.HARDENING: ShiftKind.SOFTENING,
    ShiftKind.SOFTENING: ShiftKind.HARDENING,
    ShiftKind.REVERSAL: ShiftKind.REVERSAL,
    ShiftKind.TO_NEUTRAL: ShiftKind.FROM_NEUTRAL,
    ShiftKind.FROM_NEUTRAL: ShiftKind.TO_NEUTRAL,
}


@SETTINGS
@given(
    st.lists(
        statements(
            party="israel",
            issue="israeli-withdrawal",
            when=st.sampled_from([When.parse("2025-12"), When.parse("2026-01")])
            | st.builds(
                lambda m, d: When(
                    dt.date(2025 + m // 12, m % 12 + 1, d), Precision.DAY, Provenance.STATED
                ),
                st.sampled_from([11, 12]),
                st.integers(1, 31),
            ),
        ),
        min_size=2,
        max_size=12,
    )
)
def test_swapping_the_two_periods_mirrors_the_kind(items: list[Statement]) -> None:
    forward = detect.detect_shifts(items, between=("2025-12", "2026-01"), min_change=1)
    backward = detect.detect_shifts(items, between=("2026-01", "2025-12"), min_change=1)
    assert len(forward) == len(backward)
    for f, b in zip(forward, backward, strict=True):
        assert b.kind is _SWAPPED[f.kind]
        assert (b.before, b.after) == (f.after, f.before)
        assert b.confidence == f.confidence
        assert b.steps == f.steps


@SETTINGS
@given(
    st.lists(st.tuples(st.integers(-2, 2), st.floats(0.01, 1.0)), min_size=1, max_size=10),
    st.randoms(use_true_random=False),
)
def test_weighted_median_is_a_value_or_zero_and_order_free(
    pairs: list[tuple[int, float]], rnd: Any
) -> None:
    m = detect.weighted_median(pairs)
    assert m in {v for v, _ in pairs} | {0}
    assert min(v for v, _ in pairs) <= m <= max(v for v, _ in pairs) or m == 0
    shuffled = list(pairs)
    rnd.shuffle(shuffled)
    assert detect.weighted_median(shuffled) == m
