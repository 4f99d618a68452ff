"""The detector's results as Python objects and as pandas DataFrames (``pandas`` extra)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import attrs
import pytest
from gold_statements import seed_statements, statement

from positions import detect, frames
from positions.model import Shift
from positions.tracker import Tracker

pd = pytest.importorskip("pandas")

CANON = ("israel", "russian-military-presence-southern-syria")


def test_shift_frame_has_one_row_per_shift_with_evidence_and_datetimes() -> None:
    shifts = detect.detect_shifts(seed_statements(), min_change=1)
    df = frames.to_dataframe(shifts)
    assert len(df) == len(shifts) == 3
    row = df[(df.party == CANON[0]) & (df.issue == CANON[1])].iloc[0]
    assert (row["kind"], row["stance_before"], row["stance_after"]) == ("reversal", 1, -2)
    assert row["from_start"] == pd.Timestamp("2025-12-01")
    assert pd.api.types.is_datetime64_any_dtype(df["to_start"])
    assert "will not permit" in row["after_quote"] and row["after_date"] == "2026-01"
    assert row["before_outlet"] and row["before_speaker"]


def test_gap_and_timeline_frames() -> None:
    items = seed_statements()
    gaps = frames.to_dataframe(detect.find_gaps(items, issue="israeli-withdrawal"))
    hit = gaps[(gaps.against_party == "israel") & (gaps.for_party == "syria")].iloc[0]
    assert (hit["period"], hit["against_stance"], hit["for_stance"], hit["gap"]) == (
        "2026-01",
        -2,
        2,
        4,
    )
    assert hit["against_quote"] == "There will be no withdrawal from Mount Hermon"
    tl = frames.to_dataframe([detect.timeline(items, *CANON)])
    assert list(tl["period"]) == ["2025-12", "2026-01"]
    assert list(tl["stance"]) == [1, -2] and list(tl["sources"]) == [2, 1]


def test_asof_frame_keeps_no_statement_apart_from_neutral() -> None:
    items = [
        statement(0, "2026-01-10", party="united-states", outlet="Axios"),
        statement(2, None, party="russia", outlet="TASS"),
    ]
    df = frames.to_dataframe(detect.positions_asof(items, dt.date(2026, 1, 31))).set_index("party")
    assert str(df["stance"].dtype) == "Int64"
    assert df.loc["united-states", "stance"] == 0
    assert df.loc["russia", "stance"] is pd.NA
    assert df.loc["russia", "status"] == "no-statement"
    assert df.loc["united-states", "asof"] == pd.Timestamp("2026-01-31")


def test_unknown_objects_are_refused() -> None:
    with pytest.raises(TypeError):
        frames.flat_records([object()])


def test_tracker_gives_python_objects_and_frames(tmp_path: Path) -> None:
    with Tracker(tmp_path / "t.db") as t:
        # Articleless copies: the gold statements' articles are not in this store.
        t.add_statements(attrs.evolve(s, article_id=None, id="") for s in seed_statements())
        shifts = t.shifts()
        assert all(isinstance(s, Shift) for s in shifts)
        assert {(s.party, s.issue) for s in shifts} >= {CANON}
        gaps = t.gaps(issue="israeli-withdrawal")
        assert any((g.against.party, g.favour.party) == ("israel", "syria") for g in gaps)
        assert len(shifts.to_dataframe()) == len(shifts)
        assert len(frames.to_dataframe(list(gaps))) == len(gaps)
