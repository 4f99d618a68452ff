"""The detector on hand-made statements: periods, timelines, aggregation, shift kinds."""

from __future__ import annotations

import datetime as dt
import random

import pytest
from gold_statements import statement

from positions import detect
from positions.errors import InputError
from positions.model import Precision, ShiftKind, When

D = dt.date


# ---------------------------------------------------------------------------- periods


@pytest.mark.parametrize(
    ("granularity", "label", "start", "end"),
    [
        ("day", "2026-01-14", D(2026, 1, 14), D(2026, 1, 15)),
        ("week", "2026-W03", D(2026, 1, 12), D(2026, 1, 19)),
        ("month", "2026-01", D(2026, 1, 1), D(2026, 2, 1)),
        ("quarter", "2026-Q1", D(2026, 1, 1), D(2026, 4, 1)),
    ],
)
def test_period_of_each_granularity(granularity: str, label: str, start: D, end: D) -> None:
    p = detect.period_of(D(2026, 1, 14), granularity)
    assert (p.label, p.start, p.end) == (label, start, end)


def test_december_periods_roll_over_the_year() -> None:
    assert detect.period_of(D(2025, 12, 31), "month").end == D(2026, 1, 1)
    assert detect.period_of(D(2025, 12, 31), "quarter").label == "2025-Q4"
    # ISO week 1 of 2026 starts on Monday 29 December 2025.
    assert detect.period_of(D(2025, 12, 31), "week").label == "2026-W01"


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("2025-12", D(2025, 12, 1), D(2026, 1, 1)),
        ("2026-01-14", D(2026, 1, 14), D(2026, 1, 15)),
        ("2025-Q4", D(2025, 10, 1), D(2026, 1, 1)),
        ("2026-W02", D(2026, 1, 5), D(2026, 1, 12)),
        ("2026", D(2026, 1, 1), D(2027, 1, 1)),
    ],
)
def test_parse_window(text: str, start: D, end: D) -> None:
    w = detect.parse_window(text)
    assert (w.start, w.end) == (start, end)


@pytest.mark.parametrize("text", ["2026-13", "december", "2026-02-30", "2026-W60", ""])
def test_bad_window_is_an_input_error(text: str) -> None:
    with pytest.raises(InputError, match="not a window"):
        detect.parse_window(text)


def test_unknown_granularity_and_overlapping_windows_are_input_errors() -> None:
    with pytest.raises(InputError, match="unknown period"):
        detect.detect_shifts([], granularity="fortnight")
    with pytest.raises(InputError, match="overlap"):
        detect.detect_shifts([], between=("2025-12", "2025-12-05"))


def test_month_precision_fits_month_and_quarter_but_not_day_or_week() -> None:
    jan = When.parse("2026-01")
    assert jan.precision is Precision.MONTH
    assert detect.fits(jan, detect.period_of(D(2026, 1, 1), "month"))
    assert detect.fits(jan, detect.period_of(D(2026, 1, 1), "quarter"))
    assert not detect.fits(jan, detect.period_of(D(2026, 1, 1), "week"))
    assert not detect.fits(jan, detect.period_of(D(2026, 1, 1), "day"))
    assert not detect.fits(When.unknown(), detect.period_of(D(2026, 1, 1), "quarter"))


# ---------------------------------------------------------------------------- timeline


def _mixed() -> list:
    return [
        statement(1, "2025-12-27", outlet="LBCI"),
        statement(1, "2025-12-26", outlet="Enab Baladi"),
        statement(-2, "2026-01", outlet="Syrian Observer"),
        statement(-1, "2026-01-14", outlet="Maariv"),
        statement(0, None, outlet="Undated Blog"),
        statement(2, "2025", outlet="Yearbook"),
    ]


def test_timeline_orders_by_date_with_unknown_last_whatever_the_input_order() -> None:
    items = _mixed()
    random.Random(7).shuffle(items)
    tl = detect.timeline(items, "israel", "russian-military-presence-southern-syria")
    assert [str(s.when) for s in tl.statements] == [
        "2025",
        "2025-12-26",
        "2025-12-27",
        "2026-01",
        "2026-01-14",
        "unknown",
    ]


def test_month_precision_buckets_by_month_and_coarse_or_unknown_dates_are_left_out() -> None:
    tl = detect.timeline(_mixed(), "israel", "russian-military-presence-southern-syria")
    assert [ps.period.label for ps in tl.periods] == ["2025-12", "2026-01"]
    jan = tl.periods[1]
    assert {s.outlet for s in jan.statements} == {"Syrian Observer", "Maariv"}
    # the year-only date and the unknown one are listed but used for nothing
    assert {s.outlet for s in tl.left_out} == {"Undated Blog", "Yearbook"}
    assert tl.undated == 2
    assert len(tl.statements) == 6


def test_by_day_the_month_precision_statement_is_left_out_too() -> None:
    tl = detect.timeline(
        _mixed(), "israel", "russian-military-presence-southern-syria", granularity="day"
    )
    assert [ps.period.label for ps in tl.periods] == ["2025-12-26", "2025-12-27", "2026-01-14"]
    assert {s.outlet for s in tl.left_out} == {"Undated Blog", "Yearbook", "Syrian Observer"}
    assert detect.left_out_count(_mixed(), "day") == 3
    assert detect.left_out_count(_mixed(), "quarter") == 2


def test_quarter_and_week_periods() -> None:
    items = _mixed()
    q = detect.timeline(
        items, "israel", "russian-military-presence-southern-syria", granularity="quarter"
    )
    assert [ps.period.label for ps in q.periods] == ["2025-Q4", "2026-Q1"]
    w = detect.timeline(
        items, "israel", "russian-military-presence-southern-syria", granularity="week"
    )
    assert [ps.period.label for ps in w.periods] == ["2025-W52", "2026-W03"]


def test_between_months_compares_exactly_the_two_windows() -> None:
    items = [*_mixed(), statement(2, "2025-11-03", outlet="Earlier")]
    tl = detect.timeline(
        items, "israel", "russian-military-presence-southern-syria", between=("2025-12", "2026-01")
    )
    assert [ps.period.label for ps in tl.periods] == ["2025-12", "2026-01"]
    assert [s.outlet for s in tl.outside] == ["Earlier"]
    shifts = detect.detect_shifts(items, between=("2025-12", "2026-01"))
    assert [(sh.kind, sh.before.period.label, sh.after.period.label) for sh in shifts] == [
        (ShiftKind.REVERSAL, "2025-12", "2026-01")
    ]


def test_between_full_dates_are_day_windows() -> None:
    items = _mixed()
    shifts = detect.detect_shifts(items, between=("2025-12-26", "2026-01-14"), min_change=1)
    assert len(shifts) == 1
    sh = shifts[0]
    assert (sh.before.period.label, sh.after.period.label) == ("2025-12-26", "2026-01-14")
    assert [s.outlet for s in sh.before.statements] == ["Enab Baladi"]
    assert [s.outlet for s in sh.after.statements] == ["Maariv"]  # the 2026-01 one cannot fit
    tl = detect.timeline(
        items,
        "israel",
        "russian-military-presence-southern-syria",
        between=(D(2025, 12, 26), "2026-01-14"),
    )
    assert "Syrian Observer" in {s.outlet for s in tl.left_out}  # overlaps a window, no fit


# ---------------------------------------------------------------------------- aggregation


def test_relays_of_one_original_report_count_once() -> None:
    kan_a = statement(
        1,
        "2025-12-26",
        outlet="Enab Baladi",
        relays=("KAN",),
        quote="Israel prefers a Russian presence",
    )
    kan_b = statement(
        1,
        "2025-12-28",
        outlet="Blog repost",
        relays=("KAN", "Enab Baladi"),
        quote="Israel prefers a Russian presence",
    )
    other = statement(1, "2025-12-27", outlet="LBCI", quote="Tel Aviv is willing, in principle")
    ps = detect.aggregate(detect.period_of(D(2025, 12, 1)), [kan_a, kan_b, other])
    assert ps.sources == 2
    assert len(ps.statements) == 3  # every relay is still shown as evidence
    assert [x.source for x in detect.sources_of([kan_a, kan_b])] == ["KAN"]


def test_one_loud_source_relayed_many_times_does_not_outvote_two_others() -> None:
    relays = [
        statement(
            -2, f"2026-01-{d:02d}", outlet=f"Relay {d}", relays=("KAN",), quote="will not permit"
        )
        for d in range(2, 9)
    ]
    others = [statement(1, "2026-01-10", outlet="A"), statement(1, "2026-01-11", outlet="B")]
    ps = detect.aggregate(detect.period_of(D(2026, 1, 1)), relays + others)
    assert ps.sources == 3
    assert ps.stance == 1
    assert ps.contested and detect.has_majority(ps)
    assert ps.spread == 3


def test_stance_is_a_robust_median_not_a_mean() -> None:
    items = [
        statement(2, "2026-01-05", outlet="A"),
        statement(2, "2026-01-06", outlet="B"),
        statement(2, "2026-01-07", outlet="C"),
        statement(-2, "2026-01-08", outlet="D"),
    ]
    ps = detect.aggregate(detect.period_of(D(2026, 1, 1)), items)
    assert ps.stance == 2  # a mean would say +1
    assert ps.spread == 4 and ps.sources == 4 and ps.contested


def test_confidence_weights_the_median() -> None:
    items = [
        statement(1, "2026-01-05", outlet="A", confidence=0.9),
        statement(2, "2026-01-06", outlet="B", confidence=0.3),
    ]
    assert detect.aggregate(detect.period_of(D(2026, 1, 1)), items).stance == 1
    items[1] = statement(2, "2026-01-06", outlet="B", confidence=1.0)
    items[0] = statement(1, "2026-01-05", outlet="A", confidence=0.2)
    assert detect.aggregate(detect.period_of(D(2026, 1, 1)), items).stance == 2


def test_weighted_median_ties() -> None:
    assert detect.weighted_median([(-2, 1.0), (2, 1.0)]) == 0
    assert detect.weighted_median([(1, 1.0), (2, 1.0)]) == 1  # the weaker claim
    assert detect.weighted_median([(-1, 1.0), (-2, 1.0)]) == -1
    assert detect.weighted_median([(2, 0.0), (-1, 0.0), (2, 0.0)]) == 2
    with pytest.raises(ValueError):
        detect.weighted_median([])


def test_an_evenly_split_period_is_contested_and_never_averaged_into_a_shift() -> None:
    items = [
        statement(1, "2025-11-10", outlet="A"),
        statement(2, "2025-12-10", outlet="B"),
        statement(-2, "2025-12-11", outlet="C"),
        statement(1, "2026-01-10", outlet="D"),
    ]
    tl = detect.timeline(items, "israel", "russian-military-presence-southern-syria")
    dec = tl.periods[1]
    assert dec.contested and not detect.has_majority(dec)
    assert dec.stance == 0  # the tie resolves to 0, but a split period is no end of a shift
    assert detect.detect_shifts(items, min_change=1) == []
    # a real change across the split month still shows, from November to January
    items[-1] = statement(-2, "2026-01-10", outlet="D")
    (sh,) = detect.detect_shifts(items)
    assert (sh.before.period.label, sh.after.period.label, sh.kind) == (
        "2025-11",
        "2026-01",
        ShiftKind.REVERSAL,
    )


# ---------------------------------------------------------------------------- shift kinds


def _pair(before: int, after: int, *, min_change: int = 2) -> list:
    items = [
        statement(before, "2025-12-20", outlet="A"),
        statement(after, "2026-01-10", outlet="B"),
    ]
    return detect.detect_shifts(items, min_change=min_change)


@pytest.mark.parametrize(
    ("before", "after", "kind"),
    [
        (1, -2, ShiftKind.REVERSAL),
        (-1, 1, ShiftKind.REVERSAL),
        (2, 0, ShiftKind.TO_NEUTRAL),
        (-1, 0, ShiftKind.TO_NEUTRAL),
        (0, -2, ShiftKind.FROM_NEUTRAL),
        (0, 1, ShiftKind.FROM_NEUTRAL),
        (1, 2, ShiftKind.HARDENING),
        (-1, -2, ShiftKind.HARDENING),
        (2, 1, ShiftKind.SOFTENING),
        (-2, -1, ShiftKind.SOFTENING),
    ],
)
def test_every_kind(before: int, after: int, kind: ShiftKind) -> None:
    (sh,) = _pair(before, after, min_change=1)
    assert sh.kind is kind
    assert (int(sh.before.stance), int(sh.after.stance)) == (before, after)
    assert sh.minor == (kind is not ShiftKind.REVERSAL and abs(after - before) < 2)


@pytest.mark.parametrize(
    ("before", "after", "reported"),
    [
        (1, -1, True),  # a reversal of two steps
        (-1, 1, True),
        (2, 0, True),  # two steps to neutral
        (0, -2, True),
        (1, 0, False),  # one step: minor, only on request
        (0, 1, False),
        (1, 2, False),
        (-2, -1, False),
        (2, 2, False),
    ],
)
def test_min_change_default_is_a_reversal_or_two_steps(
    before: int, after: int, reported: bool
) -> None:
    assert bool(_pair(before, after)) is reported


def test_a_one_step_sign_change_is_impossible_but_reversals_ignore_min_change() -> None:
    # min_change bounds the steps of non-reversals only: +1 -> -1 is two steps, still reported
    # at a threshold of 4, while +1 -> -2... is three steps and reported everywhere.
    assert _pair(1, -1, min_change=4)[0].kind is ShiftKind.REVERSAL
    assert _pair(0, 2, min_change=3) == []
    with pytest.raises(InputError):
        detect.detect_shifts([], min_change=0)


def test_shift_carries_the_evidence_of_both_sides() -> None:
    items = [
        statement(
            1,
            "2025-12-26",
            outlet="Enab Baladi",
            speaker="KAN",
            quote="Israel prefers a Russian presence",
        ),
        statement(
            -2,
            "2026-01",
            outlet="Syrian Observer",
            speaker="a senior Israeli official",
            quote="Israel will not permit",
        ),
    ]
    (sh,) = detect.detect_shifts(items)
    (b,) = sh.before.statements
    (a,) = sh.after.statements
    assert (b.outlet, str(b.when), b.speaker, b.evidence.quote) == (
        "Enab Baladi",
        "2025-12-26",
        "KAN",
        "Israel prefers a Russian presence",
    )
    assert (a.outlet, str(a.when), a.speaker, a.evidence.quote) == (
        "Syrian Observer",
        "2026-01",
        "a senior Israeli official",
        "Israel will not permit",
    )


def test_confidence_grows_with_independent_sources_but_not_with_relays() -> None:
    base = [statement(1, "2025-12-20", outlet="A"), statement(-2, "2026-01-10", outlet="B")]
    (one,) = detect.detect_shifts(base)
    relayed = [
        *base,
        statement(1, "2025-12-22", outlet="A2", relays=("A",), quote=base[0].evidence.quote),
        statement(-2, "2026-01-12", outlet="B2", relays=("B",), quote=base[1].evidence.quote),
    ]
    (same,) = detect.detect_shifts(relayed)
    assert same.confidence == one.confidence
    more = [*base, statement(1, "2025-12-22", outlet="C"), statement(-2, "2026-01-12", outlet="D")]
    (two,) = detect.detect_shifts(more)
    assert (two.before.sources, two.after.sources) == (2, 2)
    assert two.confidence > one.confidence
    most = [*more, statement(1, "2025-12-23", outlet="E"), statement(-2, "2026-01-13", outlet="F")]
    (three,) = detect.detect_shifts(most)
    assert 1 >= three.confidence > two.confidence


def test_a_dissenting_source_lowers_confidence() -> None:
    base = [
        statement(1, "2025-12-20", outlet="A"),
        statement(1, "2025-12-21", outlet="C"),
        statement(-2, "2026-01-10", outlet="B"),
        statement(-2, "2026-01-11", outlet="D"),
    ]
    (clean,) = detect.detect_shifts(base)
    (noisy,) = detect.detect_shifts([*base, statement(1, "2026-01-12", outlet="E", confidence=0.3)])
    assert noisy.after.contested
    assert noisy.kind is ShiftKind.REVERSAL
    assert noisy.confidence < clean.confidence


def test_shifts_per_party_and_issue_are_kept_apart_and_filterable() -> None:
    items = [
        statement(1, "2025-12-20", outlet="A"),
        statement(-2, "2026-01-10", outlet="B"),
        statement(2, "2025-12-20", outlet="A", party="russia"),
        statement(2, "2026-01-10", outlet="B", party="russia"),
        statement(-1, "2025-12-20", outlet="A", issue="israeli-withdrawal"),
        statement(1, "2026-01-10", outlet="B", issue="israeli-withdrawal"),
    ]
    found = {(s.party, s.issue) for s in detect.detect_shifts(items)}
    assert found == {
        ("israel", "russian-military-presence-southern-syria"),
        ("israel", "israeli-withdrawal"),
    }
    assert [s.issue for s in detect.detect_shifts(items, issue="israeli-withdrawal")] == [
        "israeli-withdrawal"
    ]
    assert detect.detect_shifts(items, party="russia") == []


def test_shifts_run_between_consecutive_standing_periods() -> None:
    items = [
        statement(2, "2025-10-05", outlet="A"),
        statement(2, "2025-11-05", outlet="B"),
        statement(-1, "2026-02-05", outlet="C"),
        statement(-1, "2026-03-05", outlet="D"),
        statement(1, "2026-04-05", outlet="E"),
    ]
    got = [
        (s.before.period.label, s.after.period.label, s.kind) for s in detect.detect_shifts(items)
    ]
    assert got == [
        ("2025-11", "2026-02", ShiftKind.REVERSAL),
        ("2026-03", "2026-04", ShiftKind.REVERSAL),
    ]
