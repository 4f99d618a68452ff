"""``explain``: the evidence behind a shift (both sides) or a statement, from the API and the CLI."""

from __future__ import annotations

import csv
import io

import pytest
from test_tracker import RUSSIA_SOUTH, SEEDS, seeded

from positions import Article, Evidence, Explanation, InputError, Statement, Tracker, When
from positions.cli import main

BODY = (
    "Talks resumed in Baku on Monday. "
    "A senior Israeli official told KAN that Israel will not permit Russian forces "
    "near the border, whatever Moscow offers. "
    "Damascus did not comment."
)
CLAUSE = "Israel will not permit Russian forces near the border"


def _article_with_clause() -> tuple[Article, Statement]:
    art = Article.create(
        outlet="Enab Baladi English",
        format="plain-text",
        title="Talks in Baku",
        body=BODY,
        published=When.of(2026, 1, 14),
        relays=["KAN"],
    )
    start = BODY.index(CLAUSE)
    s = Statement(
        "israel",
        RUSSIA_SOUTH,
        -2,
        art.published,
        Evidence.from_span(BODY, start, start + len(CLAUSE)),
        speaker="A senior Israeli official",
        relays=art.relays,
        article_id=art.id,
        outlet=art.outlet,
        confidence=0.8,
        extractor="test",
    )
    return art, s


def test_explain_a_statement_shows_its_sentence_outlet_date_speaker_and_chain() -> None:
    t = Tracker()
    art, s = _article_with_clause()
    t.add_article(art, [s])
    ex = t.explain(s.id[:6])
    assert isinstance(ex, Explanation)
    text = str(ex)
    # The whole sentence around the quote, the quote set off, and nothing of the next sentence.
    assert f"told KAN that ⟦{CLAUSE}⟧, whatever Moscow offers." in " ".join(text.split())
    assert "Damascus" not in text and "Baku on Monday" not in text
    assert "2026-01-14" in text and "Enab Baladi English" in text
    assert "speaker: A senior Israeli official" in text
    assert "reported: KAN → Enab Baladi English" in text
    assert f"article {art.id}" in text
    assert t.explain(s) == ex
    assert "<pre>" in ex._repr_html_()


def test_explain_a_hand_recorded_statement_shows_its_note_and_history() -> None:
    t = Tracker(analyst="ana")
    s = t.record(
        "turkey", RUSSIA_SOUTH, -1, "2026-01", "No patrols.", source="cable 12", speaker="Fidan"
    )
    t.correct(s.id, stance=-2, why="stronger in the original")
    text = str(t.explain(s.id))
    assert text.startswith(f"statement {s.id} (corrected)")
    assert "“No patrols.”" in text and "source note: cable 12" in text
    assert "history:" in text and "ana: stance -1 → -2 — stronger in the original" in text


@pytest.fixture
def seeded_tracker() -> Tracker:
    return seeded()


def test_explain_the_canonical_shift_shows_both_sides(seeded_tracker: Tracker) -> None:
    (sh,) = seeded_tracker.shifts(party="israel", issue=RUSSIA_SOUTH)
    ex = seeded_tracker.explain(sh.id)
    assert ex == seeded_tracker.explain(sh)
    text = str(ex)
    assert text.startswith(f"shift {sh.id}: israel on {RUSSIA_SOUTH}")
    assert "2025-12 → 2026-01: +1 → -2 (reversal)" in text
    labels = [label for label, _ in ex.sides]
    assert labels[0].startswith("before — 2025-12") and labels[1].startswith("after — 2026-01")
    for (_, exhibits), ps in zip(ex.sides, (sh.before, sh.after), strict=True):
        assert [e.statement.id for e in exhibits] == [s.id for s in ps.statements]
        for e in exhibits:
            assert e.article is not None and e.sentence and "⟦" in e.sentence
            assert e.statement.evidence is not None and e.statement.evidence.quote in e.sentence
            assert f"statement {e.statement.id}" in text
            assert (e.statement.speaker or "") in text
    # The relay chains of the seed articles: KAN → Enab Baladi, Maariv → The Syrian Observer.
    assert "reported: KAN → Enab Baladi English" in text
    assert "reported: Maariv → The Syrian Observer" in text


def test_explain_marks_corrected_evidence(seeded_tracker: Tracker) -> None:
    (sh,) = seeded_tracker.shifts(party="israel", issue=RUSSIA_SOUTH)
    weak = min(sh.after.statements, key=lambda s: s.confidence)
    seeded_tracker.correct(weak.id, stance=-2, why="recode")
    (sh2,) = seeded_tracker.shifts(party="israel", issue=RUSSIA_SOUTH)
    assert sh2.id == sh.id  # the same two periods: the same shift
    assert f"statement {weak.id} (corrected)" in str(seeded_tracker.explain(sh2.id))


def test_explain_refuses_what_is_not_there(seeded_tracker: Tracker) -> None:
    with pytest.raises(InputError, match="no statement or shift"):
        seeded_tracker.explain("zzzzzz")
    with pytest.raises(InputError, match="too short"):
        seeded_tracker.find_shift("ab")
    with pytest.raises(InputError, match="too short"):
        seeded_tracker.explain("ab")


def test_explain_from_the_command_line(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["ingest", str(SEEDS)]) == 0
    capsys.readouterr()
    # The shift table with ids: `export --format csv --table shifts`.
    assert main(["export", "--format", "csv", "--table", "shifts"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    (row,) = [r for r in rows if r["party"] == "israel" and r["issue"] == RUSSIA_SOUTH]
    assert main(["explain", row["id"][:6]]) == 0
    out = capsys.readouterr().out
    assert out.startswith(f"shift {row['id']}")
    assert "before — 2025-12" in out and "after — 2026-01" in out
    assert "speaker: Israeli officials" in out and "⟦" in out

    sid = out.split("statement ")[1].split()[0]
    assert main(["explain", sid]) == 0
    out = capsys.readouterr().out
    assert out.startswith(f"statement {sid} (extracted)")
    assert "published 2025-12" in out
