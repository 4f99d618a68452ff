"""The seeds' expected shifts (seeds/shifts.jsonl) and gaps hold.

Twice: on statements built from the analyst's gold file (independent of the statement
finder), and through the real pipeline (plugins, finder, store, tracker).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from gold_statements import seed_statements

from positions import detect, report
from positions.model import Shift, Statement
from positions.tracker import Tracker

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
CANON = ("israel", "russian-military-presence-southern-syria")
EXPECTED = [
    json.loads(line) for line in (SEEDS / "shifts.jsonl").read_text().splitlines() if line.strip()
]


@pytest.fixture(scope="module")
def tracker(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Tracker]:
    with Tracker(tmp_path_factory.mktemp("seeds") / "seeds.db") as t:
        t.ingest(SEEDS, jobs=1)
        yield t


def _gold_shifts(min_change: int, include_optional: bool = False) -> list[Shift]:
    items = seed_statements(include_optional=include_optional)
    return detect.detect_shifts(items, min_change=min_change)


def _pipeline_shifts(tracker: Tracker, min_change: int) -> list[Shift]:
    return list(tracker.shifts(min_change=min_change))


def _check_expectations(shifts: list[Shift], *, minor_shown: bool) -> None:
    reported = {(s.party, s.issue): s for s in shifts}
    for row in EXPECTED:
        key = (row["party"], row["issue"])
        got = reported.get(key)
        if row["kind"] == "none":
            assert got is None, f"{key} must not be reported, got {got and got.kind}"
        elif row["kind"] == "none-or-minor":
            assert got is None or (got.minor and got.kind.value != "reversal"), key
        elif row["required"] or minor_shown:
            assert got is not None, f"{key}: expected a {row['kind']}"
            assert got.kind.value == row["kind"]
            assert (got.before.period.label, got.after.period.label) == (
                row["from_period"],
                row["to_period"],
            )
            assert (int(got.before.stance), int(got.after.stance)) == (
                row["from_stance"],
                row["to_stance"],
            )


def _check_canonical(shifts: list[Shift], before_quote: str, after_quote: str) -> None:
    (sh,) = [s for s in shifts if (s.party, s.issue) == CANON]
    rec = report.shift_record(sh)
    assert rec["kind"] == "reversal"
    assert (rec["before"]["period"], rec["after"]["period"]) == ("2025-12", "2026-01")
    for side, needle in (("before", before_quote), ("after", after_quote)):
        evidence = rec[side]["evidence"]
        assert evidence and all(e["quote"] and e["outlet"] and e["date"] for e in evidence)
        assert any(needle in e["quote"] for e in evidence), (side, [e["quote"] for e in evidence])


@pytest.mark.parametrize("include_optional", [False, True])
@pytest.mark.parametrize("min_change", [2, 1])
def test_gold_statements_meet_the_seed_expectations(
    min_change: int, include_optional: bool
) -> None:
    shifts = _gold_shifts(min_change, include_optional)
    _check_expectations(shifts, minor_shown=min_change == 1)


def test_gold_canonical_reversal_has_quotes_from_both_sides() -> None:
    shifts = _gold_shifts(2)
    _check_canonical(shifts, "Tel Aviv is willing, in principle", "will not permit")
    (sh,) = [s for s in shifts if (s.party, s.issue) == CANON]
    # December: KAN (via Enab Baladi) and LBCI's Israeli sources are two independent reports.
    assert sh.before.sources == 2 and sh.after.sources == 1
    speakers = {s.speaker for s in sh.before.statements}
    assert speakers == {"KAN", "Israeli officials"}


def test_gold_minor_hardening_appears_only_on_request() -> None:
    key = ("israel", "israeli-withdrawal")
    assert key not in {(s.party, s.issue) for s in _gold_shifts(2)}
    (sh,) = [s for s in _gold_shifts(1) if (s.party, s.issue) == key]
    assert sh.kind.value == "hardening" and sh.minor


def test_gold_gaps_include_israel_against_syria_on_withdrawal() -> None:
    gaps = detect.find_gaps(seed_statements())
    hits = [
        g
        for g in gaps
        if g.issue == "israeli-withdrawal"
        and g.period.label == "2026-01"
        and (g.against.party, g.favour.party) == ("israel", "syria")
    ]
    (g,) = hits
    assert (int(g.against.stance), int(g.favour.stance), g.width) == (-2, 2, 4)
    quotes = [s.evidence.quote for s in g.against.position.statements]
    assert "There will be no withdrawal from Mount Hermon" in quotes
    assert any("withdraw" in s.evidence.quote for s in g.favour.position.statements)


def test_gold_statements_are_independent_of_input_order() -> None:
    items: list[Statement] = seed_statements()
    assert detect.detect_shifts(items[::-1], min_change=1) == detect.detect_shifts(
        items, min_change=1
    )


# ---------------------------------------------------------------------------- real pipeline


@pytest.mark.parametrize("min_change", [2, 1])
def test_pipeline_meets_the_required_seed_expectations(tracker: Tracker, min_change: int) -> None:
    shifts = _pipeline_shifts(tracker, min_change)
    # The finder need not find the optional minor hardening: only required rows are binding.
    _check_expectations(shifts, minor_shown=False)


def test_pipeline_canonical_reversal_has_quotes_from_both_sides(tracker: Tracker) -> None:
    _check_canonical(_pipeline_shifts(tracker, 2), "willing, in principle", "thwarted")


def test_pipeline_gaps_include_israel_against_syria_on_withdrawal(tracker: Tracker) -> None:
    gaps = [
        g
        for g in tracker.gaps(issue="israeli-withdrawal")
        if g.period.label == "2026-01" and (g.against.party, g.favour.party) == ("israel", "syria")
    ]
    (g,) = gaps
    assert (int(g.against.stance), int(g.favour.stance)) == (-2, 2)
    rec = report.gap_record(g)
    assert rec["against"]["evidence"][0]["quote"] and rec["for"]["evidence"][0]["quote"]
