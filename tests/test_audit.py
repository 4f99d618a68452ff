"""Hand work with an audit trail: analyst statements, corrections, retractions, restores."""

from __future__ import annotations

import datetime as dt
import sqlite3

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from test_tracker import RUSSIA_SOUTH, seeded

from positions import (
    Action,
    Correction,
    InputError,
    Origin,
    Stance,
    Statement,
    Status,
    Tracker,
    When,
)
from positions.audit import check, effective, replay, status_of


@pytest.fixture
def tracker() -> Tracker:
    return seeded()


def _side(t: Tracker, month: str) -> list[Statement]:
    return list(t.statements(party="israel", issue=RUSSIA_SOUTH, since=month, until=month))


# ---------------------------------------------------------------------------- recording by hand


def test_record_by_hand_is_marked_analyst_entered(tracker: Tracker) -> None:
    s = tracker.record(
        "turkey",
        RUSSIA_SOUTH,
        "opposes",
        "2026-01-12",
        "Ankara does not want Russian patrols near its border.",
        speaker="a Turkish diplomat",
        source="phone interview, notes p. 3",
        outlet="own reporting",
        relays=["own reporting"],
        who="lea",
        why="from the interview",
    )
    assert s.origin is Origin.ANALYST and s.article_id is None
    assert s.stance is Stance.OPPOSES and s.when == When.of(2026, 1, 12, "supplied")
    assert s.speaker == "a Turkish diplomat" and s.note == "phone interview, notes p. 3"
    listing = tracker.statements(status="analyst")
    assert listing.ids == [s.id]
    assert listing.status(s) is Status.ANALYST
    h = tracker.history(s.id)
    assert [c.action for c in h.corrections] == [Action.RECORD]
    assert h.corrections[0].who == "lea" and h.corrections[0].why == "from the interview"
    assert "lea: recorded by hand" in str(h)
    # Recording the same statement again is idempotent.
    again = tracker.record(
        "turkey",
        RUSSIA_SOUTH,
        -1,
        "2026-01-12",
        "Ankara does not want Russian patrols near its border.",
        speaker="a Turkish diplomat",
        source="phone interview, notes p. 3",
        outlet="own reporting",
        relays=["own reporting"],
    )
    assert again == s and len(tracker.trail()) == 1


def test_record_needs_a_quote_or_a_source(tracker: Tracker) -> None:
    with pytest.raises(InputError, match="quote or a source"):
        tracker.record("turkey", RUSSIA_SOUTH, 1, "2026")
    with pytest.raises(InputError, match="stance"):
        tracker.record("turkey", RUSSIA_SOUTH, 3, "2026", "x")
    with pytest.raises(InputError, match="stance"):
        tracker.record("turkey", RUSSIA_SOUTH, "loves", "2026", "x")


# ---------------------------------------------------------------------------- corrections


def test_correct_keeps_the_original_and_who_when_why(tracker: Tracker) -> None:
    target = _side(tracker, "2025-12")[0]
    before = dt.datetime.now(dt.UTC)
    h = tracker.correct(target.id[:8], stance="refuses", why="misread the cue", who="omar")
    assert h.status is Status.CORRECTED
    assert h.original == target
    assert h.current.stance is Stance.REFUSES and h.current.id == target.id
    (c,) = h.corrections
    assert (c.who, c.why, c.action) == ("omar", "misread the cue", Action.CORRECT)
    assert before <= c.at <= dt.datetime.now(dt.UTC)
    # The stored statement is untouched; listings show the corrected one, marked, with history.
    assert tracker.store.statement(target.id) == target
    listing = tracker.statements(party="israel", issue=RUSSIA_SOUTH)
    shown = listing.by_id(target.id)
    assert shown.stance is Stance.REFUSES
    assert listing.status(shown) is Status.CORRECTED
    assert "omar: stance +1 → -2 — misread the cue" in str(listing)


def test_a_history_renders_as_an_html_table_in_a_notebook(tracker: Tracker) -> None:
    target = _side(tracker, "2025-12")[0]
    tracker.correct(target.id, stance="refuses", why="the cue says <will not>", who="omar & co")
    h = tracker.retract(target.id, why="relayed rumour", who="lea")
    page = h._repr_html_()
    assert page.startswith("<div>") and "<table>" in page and f"statement {target.id}" in page
    assert "(retracted)" in page and f"israel on {RUSSIA_SOUTH}: -2" in page
    assert page.count("<tr><td>") == 2  # one row per entry of the trail, oldest first
    assert page.index("omar &amp; co") < page.index(">lea<")
    assert "&lt;will not&gt;" in page and "<will not>" not in page


def test_correcting_party_and_issue_moves_the_statement(tracker: Tracker) -> None:
    target = _side(tracker, "2025-12")[0]
    tracker.correct(target.id, party="turkey", issue="turkish-military-presence-syria", why="x")
    assert target.id not in tracker.statements(party="israel", issue=RUSSIA_SOUTH).ids
    moved = tracker.statements(party="turkey", issue="turkish-military-presence-syria")
    assert target.id in moved.ids
    with pytest.raises(InputError, match="party"):
        tracker.correct(target.id, party="atlantis", why="x")


def test_correcting_seed_statements_removes_the_reversal(tracker: Tracker) -> None:
    assert [s.kind.value for s in tracker.shifts(party="israel", issue=RUSSIA_SOUTH)] == [
        "reversal"
    ]
    for s in _side(tracker, "2025-12"):
        tracker.correct(s.id, stance=-2, why="both reports say refuses")
    assert not tracker.shifts(party="israel", issue=RUSSIA_SOUTH)
    tl = tracker.timeline("israel", RUSSIA_SOUTH)
    assert [int(p.stance) for p in tl.periods] == [-2, -2]


def test_correcting_one_side_changes_the_kind_of_shift(tracker: Tracker) -> None:
    for s in _side(tracker, "2026-01"):
        tracker.correct(s.id, stance=2, why="recoded")
    (sh,) = tracker.shifts(party="israel", issue=RUSSIA_SOUTH, min_change=1)
    assert sh.kind.value == "hardening" and int(sh.after.stance) == 2


def test_retraction_removes_the_shift_and_restore_brings_it_back(tracker: Tracker) -> None:
    january = _side(tracker, "2026-01")
    for s in january:
        tracker.retract(s.id, why="the January report was withdrawn")
    assert not tracker.shifts(party="israel", issue=RUSSIA_SOUTH)
    listing = tracker.statements(party="israel", issue=RUSSIA_SOUTH)
    # Retracted statements stay listed, marked, with their history.
    assert {listing.status(s) for s in january} == {Status.RETRACTED}
    assert "retracted" in listing._repr_html_()
    left = tracker.statements(party="israel", issue=RUSSIA_SOUTH, include_retracted=False)
    assert not set(left.ids) & {s.id for s in january}
    assert set(tracker.statements(status="retracted").ids) == {s.id for s in january}
    tracker.restore(january[0].id, why="confirmed after all")
    assert [s.kind.value for s in tracker.shifts(party="israel", issue=RUSSIA_SOUTH)] == [
        "reversal"
    ]
    h = tracker.history(january[0].id)
    assert [c.action for c in h.corrections] == [Action.RETRACT, Action.RESTORE]
    assert h.status is Status.EXTRACTED


def test_invalid_hand_work_is_refused(tracker: Tracker) -> None:
    s = _side(tracker, "2025-12")[0]
    with pytest.raises(InputError, match="why"):
        tracker.correct(s.id, stance=-1, why="  ")
    with pytest.raises(InputError, match="new party, issue or stance"):
        tracker.correct(s.id, why="x")
    with pytest.raises(InputError, match="changes nothing"):
        tracker.correct(s.id, stance=int(s.stance), why="x")
    with pytest.raises(InputError, match="nothing to restore"):
        tracker.restore(s.id, why="x")
    tracker.retract(s.id, why="x")
    with pytest.raises(InputError, match="already retracted"):
        tracker.retract(s.id, why="x")
    with pytest.raises(InputError, match="restore it before"):
        tracker.correct(s.id, stance=-1, why="x")
    with pytest.raises(InputError, match="no statement"):
        tracker.retract("ffffffffffff", why="x")
    # Nothing refused reached the trail.
    assert [c.action for c in tracker.trail()] == [Action.RETRACT]


def test_the_trail_is_append_only_in_the_store(tracker: Tracker) -> None:
    s = _side(tracker, "2025-12")[0]
    tracker.retract(s.id, why="x")
    with pytest.raises(sqlite3.DatabaseError, match="append-only"):
        tracker.store.db.execute("UPDATE corrections SET who='mallory'")
    with pytest.raises(sqlite3.DatabaseError, match="append-only"):
        tracker.store.db.execute("DELETE FROM corrections")


def test_a_correction_for_another_statement_is_refused(tracker: Tracker) -> None:
    a, b = _side(tracker, "2025-12")[:2]
    c = Correction.now(a.id, "retract", who="x", why="y")
    with pytest.raises(InputError, match="not"):
        check(b, [], c)
    with pytest.raises(InputError, match="no statement"):
        tracker.store.add_correction(Correction.now("nope", "retract", who="x", why="y"))


def test_correction_invariants() -> None:
    now = dt.datetime(2026, 1, 1, 12)
    with pytest.raises(ValueError, match="who"):
        Correction("s1", "retract", " ", now, "why")
    with pytest.raises(ValueError, match="must change"):
        Correction("s1", "correct", "a", now, "why")
    with pytest.raises(ValueError, match="carries no"):
        Correction("s1", "retract", "a", now, "why", stance=1)
    with pytest.raises(ValueError, match="reason"):
        Correction("s1", "retract", "a", now)
    # Naive times are UTC, so the same moment has the same id wherever it was made.
    assert Correction("s1", "retract", "a", now, "w").at.tzinfo is dt.UTC


# ---------------------------------------------------------------------------- replay, as a model


BASE = Statement("israel", RUSSIA_SOUTH, 1, When.of(2026, 1), note="n", origin="analyst")
STEPS = st.lists(
    st.one_of(
        st.tuples(
            st.just("correct"),
            st.sampled_from(["israel", "turkey", None]),
            st.sampled_from([None, -2, 0, 2]),
        ),
        st.tuples(st.sampled_from(["retract", "restore"]), st.none(), st.none()),
    ),
    max_size=8,
)


@settings(max_examples=60, deadline=None)
@given(STEPS)
def test_replay_matches_a_simple_model(steps: list[tuple[str, str | None, int | None]]) -> None:
    trail: list[Correction] = []
    party, stance, retracted, corrected = BASE.party, int(BASE.stance), False, False
    at = dt.datetime(2026, 2, 1, tzinfo=dt.UTC)
    for n, (action, new_party, new_stance) in enumerate(steps):
        if action == "correct" and new_party is None and new_stance is None:
            continue
        c = Correction(
            BASE.id,
            action,
            "ana",
            at + dt.timedelta(minutes=n),
            "why",
            party=new_party,
            stance=new_stance,
        )
        try:
            check(BASE, trail, c)
        except InputError:
            # The model says when a step is refused: exactly these cases.
            assert (
                (action == "retract" and retracted)
                or (action == "restore" and not retracted)
                or (
                    action == "correct"
                    and (
                        retracted
                        or ((new_party in (None, party)) and (new_stance in (None, stance)))
                    )
                )
            )
            continue
        trail.append(c)
        if action == "correct":
            party = new_party or party
            stance = stance if new_stance is None else new_stance
            corrected = True
        retracted = {"retract": True, "restore": False}.get(action, retracted)
    current, is_retracted = replay(BASE, trail)
    assert (current.party, int(current.stance), is_retracted) == (party, stance, retracted)
    assert current.id == BASE.id
    expected = Status.RETRACTED if retracted else Status.CORRECTED if corrected else Status.ANALYST
    assert status_of(BASE, trail) is expected
    kept = effective([BASE], {BASE.id: trail})
    assert kept == ([] if retracted else [current])
