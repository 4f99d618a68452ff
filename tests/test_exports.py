"""The record out and back in: JSON lines (lossless), CSV tables, DataFrames and Parquet."""

from __future__ import annotations

import builtins
import csv
import datetime as dt
import io
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from test_tracker import RUSSIA_SOUTH, seed_export, seeded

from positions import InputError, Statement, StoreError, Tracker, When, exports, serialize

PARTIES = ["israel", "russia", "syria", "turkey"]
ISSUES = [RUSSIA_SOUTH, "israeli-withdrawal", "security-agreement"]


@pytest.fixture
def worked() -> Tracker:
    """The seeds with hand work on them: a correction, a retraction, a recorded statement."""
    t = seeded()
    dec = t.statements(party="israel", issue=RUSSIA_SOUTH, until="2025-12")
    t.correct(dec[0].id, stance=-2, why="misread")
    t.retract(dec[1].id, why="rumour")
    t.record("turkey", RUSSIA_SOUTH, -1, "2026-01", "Ankara objects", speaker="Fidan", source="AA")
    return t


def _export(t: Tracker) -> str:
    buf = io.StringIO()
    t.export_jsonl(buf)
    return buf.getvalue()


def test_jsonl_round_trip_of_the_worked_seeds_is_lossless(worked: Tracker, tmp_path: Path) -> None:
    path = tmp_path / "record.jsonl"
    counts = worked.export_jsonl(path)
    # Every statement the store holds (extracted plus the one recorded by hand) goes out.
    assert counts == {"articles": 5, "statements": len(worked.statements()), "corrections": 3}
    fresh = Tracker(tmp_path / "copy.db")
    assert fresh.import_jsonl(path) == counts
    assert fresh.articles() == worked.articles()
    assert fresh.statements().records() == worked.statements().records()
    assert fresh.trail() == worked.trail()
    assert list(fresh.shifts()) == list(worked.shifts())
    assert _export(fresh) == path.read_text(encoding="utf-8")
    # Importing again adds nothing.
    assert fresh.import_jsonl(path) == {"articles": 0, "statements": 0, "corrections": 0}


def test_the_seed_export_reads_back_to_the_same_lines() -> None:
    a = seeded()
    assert [s.id for s in a.shifts()] and "\n".join(seed_export()) + "\n" == _export(a)


# A record of hand work as a hypothesis model: recorded statements, then steps on them.
HAND = st.lists(
    st.tuples(
        st.sampled_from(PARTIES),
        st.sampled_from(ISSUES),
        st.integers(-2, 2),
        st.dates(dt.date(2025, 1, 1), dt.date(2026, 12, 31)),
        st.text(st.characters(exclude_categories=("Cs",)), min_size=1, max_size=40).filter(
            str.strip
        ),
    ),
    min_size=1,
    max_size=6,
)
STEPS = st.lists(
    st.tuples(
        st.integers(0, 5), st.sampled_from(["correct", "retract", "restore"]), st.integers(-2, 2)
    ),
    max_size=6,
)


@settings(max_examples=25, deadline=None)
@given(hand=HAND, steps=STEPS)
def test_export_import_export_is_the_identity(
    hand: list[tuple[str, str, int, dt.date, str]], steps: list[tuple[int, str, int]]
) -> None:
    t = Tracker(analyst="h")
    t.import_jsonl(seed_export()[:3])  # a few articles, and no statements yet
    ids = [t.record(p, i, s, d, q).id for p, i, s, d, q in hand]
    for n, action, stance in steps:
        sid = ids[n % len(ids)]
        try:
            if action == "correct":
                t.correct(sid, stance=stance, why="recode")
            else:
                getattr(t, action)(sid, why="because")
        except InputError:
            pass  # a step that cannot follow the trail so far is refused and not stored
    text = _export(t)
    again = Tracker()
    again.import_jsonl(text.splitlines())
    assert _export(again) == text
    assert again.statements().records() == t.statements().records()
    assert list(again.shifts(min_change=1)) == list(t.shifts(min_change=1))


def test_import_errors_are_one_line(tmp_path: Path) -> None:
    t = Tracker()
    with pytest.raises(StoreError, match="no such file"):
        t.import_jsonl(tmp_path / "missing.jsonl")
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"kind": "article", "data": {}}\n', encoding="utf-8")
    with pytest.raises(StoreError, match="line 1: invalid Article") as info:
        t.import_jsonl(bad)
    assert "\n" not in str(info.value)
    binary = tmp_path / "bin.jsonl"
    binary.write_bytes(b"\xff\xfe\x00")
    with pytest.raises(StoreError, match="not UTF-8"):
        t.import_jsonl(binary)
    orphan = Statement("israel", RUSSIA_SOUTH, 1, When.of(2026), article_id="0" * 16)
    line = serialize.to_json_line(orphan)
    with pytest.raises(StoreError, match="not in the store"):
        t.import_jsonl([line])


# ---------------------------------------------------------------------------- CSV


def test_csv_of_statements_and_shifts(worked: Tracker, tmp_path: Path) -> None:
    listing = worked.statements()
    text = listing.to_csv(tmp_path / "statements.csv")
    assert (tmp_path / "statements.csv").read_text(encoding="utf-8") == text
    rows = list(csv.DictReader(io.StringIO(text)))
    assert [r["id"] for r in rows] == listing.ids
    by_id = {r["id"]: r for r in rows}
    for s in listing:
        row = by_id[s.id]
        assert (row["party"], row["issue"], int(row["stance"])) == (s.party, s.issue, int(s.stance))
        assert row["quote"] == (s.evidence.quote if s.evidence else "")
        assert row["date"] == (s.when.iso() or "")
    statuses = {r["status"] for r in rows}
    assert {"corrected", "retracted", "analyst", "extracted"} <= statuses
    assert any("ana: stance +1 → -2 — misread" in r["history"] for r in rows)

    shifts = worked.shifts(min_change=1)
    srows = list(csv.DictReader(io.StringIO(shifts.to_csv())))
    assert [r["id"] for r in srows] == [s.id for s in shifts]
    for r, sh in zip(srows, shifts, strict=True):
        assert int(r["stance_before"]) == int(sh.before.stance)
        assert r["evidence_after"].split() == [s.id for s in sh.after.statements]


def test_write_csv_writes_none_as_empty_and_dates_as_iso() -> None:
    out = io.StringIO()
    n = exports.write_csv([{"a": None, "b": dt.date(2026, 1, 2)}], ["a", "b"], out)
    assert n == 1 and out.getvalue() == "a,b\n,2026-01-02\n"


# ---------------------------------------------------------------------------- pandas / Parquet


def test_missing_extra_is_one_line(monkeypatch: pytest.MonkeyPatch) -> None:
    real = builtins.__import__

    def no_pandas(name: str, *args: object, **kwargs: object) -> object:
        if name == "pandas" or name.startswith("pandas."):
            raise ImportError(name)
        return real(name, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(builtins, "__import__", no_pandas)
    monkeypatch.delitem(sys.modules, "pandas", raising=False)
    with pytest.raises(exports.MissingExtraError, match=r"positions\[pandas\]"):
        Tracker().statements().to_dataframe()


def test_parquet_round_trip(worked: Tracker, tmp_path: Path) -> None:
    pd = pytest.importorskip("pandas")
    pytest.importorskip("pyarrow")
    listing = worked.statements()
    path = tmp_path / "statements.parquet"
    assert exports.write_parquet(listing.records(), listing.columns, path) == len(listing)
    frame = pd.read_parquet(path)
    assert list(frame["id"]) == listing.ids
    assert list(frame["stance"]) == [int(s.stance) for s in listing]
    pd.testing.assert_frame_equal(frame, listing.to_dataframe(), check_dtype=False)
    shifts = worked.shifts(min_change=1)
    spath = tmp_path / "shifts.parquet"
    exports.write_parquet(shifts.records(), shifts.columns, spath)
    assert list(pd.read_parquet(spath)["id"]) == [s.id for s in shifts]
