"""The analyst's facade: stores, ingest of paths / text / articles, filtered queries, tables."""

from __future__ import annotations

import datetime as dt
import functools
import io
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from positions import (
    Article,
    GapList,
    InputError,
    Shift,
    ShiftList,
    StandingList,
    Statement,
    StatementList,
    StoreError,
    TimelineView,
    Tracker,
    When,
)

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
RUSSIA_SOUTH = "russian-military-presence-southern-syria"


@functools.cache
def seed_export() -> tuple[str, ...]:
    """The seeds ingested once per process, as JSON lines: importing them is far quicker."""
    with Tracker() as t:
        t.ingest(SEEDS)
        buf = io.StringIO()
        t.export_jsonl(buf)
    return tuple(buf.getvalue().splitlines())


def seeded(analyst: str = "ana") -> Tracker:
    """A fresh in-memory tracker holding the seeds (the other workflow tests use it too)."""
    t = Tracker(analyst=analyst)
    t.import_jsonl(seed_export())
    return t


@pytest.fixture
def tracker() -> Tracker:
    return seeded()


# ---------------------------------------------------------------------------- stores and ingest


def test_ingest_paths_in_memory_finds_the_canonical_reversal() -> None:
    t = Tracker()
    result = t.ingest(SEEDS)
    assert t.counts()["articles"] == 5
    assert "5 articles added" in result.summary()
    shifts = t.shifts(party="israel", issue=RUSSIA_SOUTH)
    assert len(shifts) == 1
    sh = shifts[0]
    assert isinstance(sh, Shift)
    assert sh.kind.value == "reversal"
    assert (sh.before.period.label, sh.after.period.label) == ("2025-12", "2026-01")
    # Ingesting again adds nothing: article ids are hashes of their bodies.
    again = t.ingest(SEEDS)
    assert "0 articles added" in again.summary()
    assert t.counts()["articles"] == 5


def test_a_file_store_keeps_the_record_between_trackers(tmp_path: Path) -> None:
    db = tmp_path / "sub" / "record.db"
    with Tracker(db, analyst="a") as t:
        t.ingest(SEEDS / "002_1727f3c37fcd0ec7.txt")
        n = len(t.statements())
        s = t.record("turkey", RUSSIA_SOUTH, -1, "2026-01-10", "We object.", source="call")
    assert n > 0
    with Tracker.open(db) as again:
        assert len(again.statements()) == n + 1
        assert again.statement(s.id) == s
    with pytest.raises(StoreError, match="no such store"):
        Tracker(tmp_path / "none.db", create=False)


def test_ingest_text_uses_the_metadata_given() -> None:
    t = Tracker()
    text = (
        "Moscow talks\n\n"
        "Israeli officials said Israel will not permit a Russian military presence "
        "in southern Syria.\n"
    )
    ex = t.ingest_text(text, outlet="Test Wire", published="2026-01-05", relays=["KAN"])
    assert ex.article.outlet == "Test Wire"
    assert ex.article.published == When.of(2026, 1, 5, "supplied")
    assert t.article(ex.article.id) == ex.article
    stored = t.statements(outlet="Test Wire")
    assert [s.id for s in stored] == [s.id for s in ex.statements]
    assert any(s.party == "israel" and s.issue == RUSSIA_SOUTH and s.stance < 0 for s in stored)


def test_add_article_runs_the_finder_or_takes_statements() -> None:
    body = "Israel will not permit a Russian military presence in southern Syria, officials said."
    art = Article.create(
        outlet="Wire", format="plain-text", title="t", body=body, published=When.of(2026, 1)
    )
    t = Tracker()
    found = t.add_article(art)
    assert found.statements and all(s.article_id == art.id for s in found.statements)
    assert t.articles() == [art]

    other = Article.create(outlet="Wire", format="plain-text", title="u", body=body + " More.")
    mine = Statement("russia", RUSSIA_SOUTH, 2, When.of(2026, 1), article_id=other.id)
    t.add_article(other, [mine])
    assert t.statement(mine.id) == mine
    with pytest.raises(InputError, match="belongs to article"):
        t.add_article(art, [mine])


def test_unknown_ids_and_bad_dates_are_one_line_errors(tracker: Tracker) -> None:
    with pytest.raises(InputError, match="party"):
        tracker.statements(party="atlantis")
    with pytest.raises(InputError, match="issue"):
        tracker.shifts(issue="no-such-issue")
    with pytest.raises(InputError, match="ISO date"):
        tracker.statements(since="last tuesday")
    with pytest.raises(InputError, match="too short"):
        tracker.history("ab")


# ---------------------------------------------------------------------------- filters


def _matches(
    s: Statement,
    party: str | None,
    issue: str | None,
    outlet: str | None,
    since: dt.date | None,
    until: dt.date | None,
    conf: float | None,
) -> bool:
    day = s.when.date
    return (
        (party is None or s.party == party)
        and (issue is None or s.issue == issue)
        and (outlet is None or s.outlet == outlet)
        and (since is None or (day is not None and day >= since))
        and (until is None or (day is not None and day <= until))
        and (conf is None or s.confidence >= conf)
    )


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=st.data())
def test_filters_keep_exactly_the_matching_statements(
    tracker: Tracker, data: st.DataObject
) -> None:
    everything = list(tracker.statements())
    parties = sorted({s.party for s in everything})
    issues = sorted({s.issue for s in everything})
    outlets = sorted({s.outlet for s in everything if s.outlet})
    days = sorted({s.when.date for s in everything if s.when.date})
    party = data.draw(st.none() | st.sampled_from(parties))
    issue = data.draw(st.none() | st.sampled_from(issues))
    outlet = data.draw(st.none() | st.sampled_from(outlets))
    since = data.draw(st.none() | st.sampled_from(days))
    until = data.draw(st.none() | st.sampled_from(days))
    conf = data.draw(st.none() | st.sampled_from([0.3, 0.5, 0.8, 0.9]))
    got = tracker.statements(
        party=party, issue=issue, outlet=outlet, since=since, until=until, min_confidence=conf
    )
    want = [s for s in everything if _matches(s, party, issue, outlet, since, until, conf)]
    assert sorted(got.ids) == sorted(s.id for s in want)
    assert all(isinstance(s, Statement) for s in got)


def test_until_a_month_runs_to_its_last_day(tracker: Tracker) -> None:
    december = tracker.statements(since="2025-12", until="2025-12")
    assert december
    assert all(dt.date(2025, 12, 1) <= s.when.date <= dt.date(2025, 12, 31) for s in december)
    later_days = [s for s in december if s.when.date and s.when.date.day > 1]
    assert later_days, "a month filter must not stop at the 1st"


def test_shift_filters(tracker: Tracker) -> None:
    everything = tracker.shifts()
    assert len(everything) >= 1
    assert all(isinstance(s, Shift) for s in everything)
    for sh in everything:
        assert sh in tracker.shifts(party=sh.party)
        assert sh in tracker.shifts(issue=sh.issue)
    # Nothing is certain enough at 0.95: no statement, so no shift.
    assert len(tracker.shifts(min_confidence=0.95)) == 0
    # Only December: one period, nothing to compare.
    assert len(tracker.shifts(until="2025-12")) == 0
    # The seeds' LBCI article alone cannot make the January side of the reversal.
    assert not tracker.shifts(party="israel", issue=RUSSIA_SOUTH, outlet="LBCI")


def test_timeline_gaps_and_asof_return_model_objects(tracker: Tracker) -> None:
    tl = tracker.timeline("israel", RUSSIA_SOUTH)
    assert isinstance(tl, TimelineView)
    assert [p.period.label for p in tl.periods] == ["2025-12", "2026-01"]
    assert tl.periods[0].stance > 0 > tl.periods[1].stance
    assert all(s.party == "israel" and s.issue == RUSSIA_SOUTH for s in tl.statements)
    only_dec = tracker.timeline("israel", RUSSIA_SOUTH, until="2025-12")
    assert [p.period.label for p in only_dec.periods] == ["2025-12"]

    gaps = tracker.gaps(issue=RUSSIA_SOUTH)
    assert isinstance(gaps, GapList) and gaps
    assert all(g.issue == RUSSIA_SOUTH and g.against.stance < 0 < g.favour.stance for g in gaps)
    assert all("israel" in (g.against.party, g.favour.party) for g in tracker.gaps(party="israel"))

    standing = tracker.asof("2025-12-31", party="israel", issue=RUSSIA_SOUTH)
    assert isinstance(standing, StandingList) and len(standing) == 1
    assert standing[0].stance is not None and standing[0].stance > 0
    assert tracker.asof("2026-01", party="israel", issue=RUSSIA_SOUTH)[0].stance < 0


# ---------------------------------------------------------------------------- result objects


def test_result_lists_print_slice_and_render_html(tracker: Tracker) -> None:
    listing = tracker.statements(party="israel")
    assert isinstance(listing[:2], StatementList) and len(listing[:2]) == 2
    assert listing[:2][0] == listing[0]
    text = str(listing)
    assert listing[0].id in text and "status" in text.splitlines()[0]
    html = listing._repr_html_()
    assert html.startswith("<div>") and "<table>" in html
    assert f"{len(listing)} statements" in html
    assert listing[0].id in html

    shifts = tracker.shifts()
    assert isinstance(shifts, ShiftList)
    assert shifts[0].id in shifts._repr_html_()
    assert shifts.by_id(shifts[0].id[:6]) == shifts[0]

    tl = tracker.timeline("israel", RUSSIA_SOUTH)
    assert "2025-12" in tl._repr_html_() and "<table>" in tl._repr_html_()
    assert "2 periods" in repr(tl)
    gaps = tracker.gaps()
    assert "<table>" in gaps._repr_html_()
    assert "<table>" in tracker.asof("2026-01")._repr_html_()


def test_html_escapes_what_the_sources_say() -> None:
    t = Tracker()
    t.record("turkey", RUSSIA_SOUTH, -1, "2026-01", "<script>alert(1)</script> & more")
    html = t.statements()._repr_html_()
    assert "<script>" not in html and "&lt;script&gt;" in html


def test_csv_and_json_tables_carry_full_records(tracker: Tracker) -> None:
    listing = tracker.statements(party="israel", issue=RUSSIA_SOUTH)
    csv_text = listing.table("csv")
    header = csv_text.splitlines()[0].split(",")
    assert header == list(listing.columns)
    # The printed table shortens quotes; CSV keeps every character.
    longest = max((s.evidence.quote for s in listing if s.evidence), key=len)
    assert longest in csv_text
    assert len(listing.table("json").splitlines()) == len(listing)


def test_dataframes(tracker: Tracker) -> None:
    pd = pytest.importorskip("pandas")
    frame = tracker.statements().to_dataframe()
    assert list(frame.columns) == list(StatementList.columns)
    assert len(frame) == len(tracker.statements())
    assert pd.api.types.is_datetime64_any_dtype(frame["start"])
    shifts = tracker.shifts().to_dataframe()
    assert set(shifts["party"]) == {s.party for s in tracker.shifts()}
    tl = tracker.timeline("israel", RUSSIA_SOUTH).to_dataframe()
    assert set(tl["period"]) == {"2025-12", "2026-01"}
    assert len(tracker.gaps().to_dataframe()) == len(tracker.gaps())
    assert len(tracker.asof("2026-01").to_dataframe()) == len(tracker.asof("2026-01"))
