"""The statement finder on short texts written for these tests (none is a seed sentence).

Each case names what a careful analyst would record: who holds which stance on which
issue. Cases cover attribution, negation and modality, reported speech, beliefs and
conditions that are not positions, passives, transcripts and coordination.
"""

from __future__ import annotations

import pytest

from positions.model import Provenance, When
from positions.pipeline import extract_source
from positions.source import Metadata, Source

PUBLISHED = When.parse("2026-02-10", Provenance.SUPPLIED)


def found(text: str) -> dict[tuple[str, str], int]:
    """Each (party, issue) found, with its strongest stance in the text."""
    result = extract_source(
        Source.from_text(text, name="case.txt", metadata=Metadata(published=PUBLISHED))
    )
    best: dict[tuple[str, str], int] = {}
    for st in sorted(result.statements, key=lambda st: st.confidence):
        best[(st.party, st.issue)] = int(st.stance)
    return best


CASES: list[tuple[str, dict[tuple[str, str], int], set[tuple[str, str]]]] = [
    (
        "AMMAN, Feb 9 (Wire) - Moscow will not permit Turkish bases in northern Syria, a Kremlin spokesman said on Monday.",
        {("russia", "turkish-military-presence-syria"): -2},
        set(),
    ),
    (
        "Damascus rejected Israel's demand for a humanitarian corridor to Sweida, the foreign ministry said.",
        {
            ("syria", "humanitarian-corridor-suwayda"): -1,
            ("israel", "humanitarian-corridor-suwayda"): 2,
        },
        set(),
    ),
    (
        "Channel 14 reported that Israel prefers a Russian military presence in southern Syria to a Turkish one.",
        {("israel", "russian-military-presence-southern-syria"): 1},
        set(),
    ),
    (
        "Ankara believes Israel wants to partition Syria, according to Turkish officials.",
        {},
        {("israel", "syria-territorial-integrity")},
    ),
    (
        "Lavrov said Russian military police could return to the Golan line only if the Syrian leadership asks for it.",
        {},
        {("syria", "russian-military-presence-southern-syria")},
    ),
    (
        "Will Israel withdraw from the Hermon summit before the summer?",
        {},
        {("israel", "israeli-withdrawal")},
    ),
    (
        "Q: What about a corridor to Sweida?\n\nA: A corridor under a foreign flag is rejected. We will never allow Iran's militias to return to Syria.",
        {},
        set(),
    ),
    (
        "Israel's defence minister said Israel will not allow Syrian government forces to deploy in the south and will act to protect the Druze.",
        {("israel", "syrian-army-redeployment-south"): -2, ("israel", "druze-protection"): 2},
        {("syria", "druze-protection")},
    ),
    (
        "A spokesperson for the UN Secretary-General called on Israel to withdraw from the area of separation.",
        {("un", "israeli-withdrawal"): 2},
        {("israel", "israeli-withdrawal")},
    ),
    (
        "Washington is not pressuring Damascus to close the Russian bases on the coast, a State Department official said.",
        {("united-states", "russian-bases-syria"): 0},
        set(),
    ),
    (
        "Saudi Arabia no longer opposes a security agreement between Syria and Israel, officials in Riyadh said.",
        {("saudi-arabia", "security-agreement"): 1},
        set(),
    ),
]


@pytest.mark.parametrize(("text", "expected", "absent"), CASES)
def test_finder_case(
    text: str, expected: dict[tuple[str, str], int], absent: set[tuple[str, str]]
) -> None:
    got = found(text)
    for key, stance in expected.items():
        assert key in got, f"missing {key} in {got}"
        assert got[key] == stance, f"{key}: {got[key]} != {stance}"
    for key in absent:
        assert key not in got, f"{key} should not be a position: {got}"


def test_transcript_answers_speak_for_the_interviewee() -> None:
    text = (
        "INTERVIEW | Gulf Daily speaks to Syria's foreign minister\n\n"
        "Q: Is there room for Tehran in the new Syria?\n\n"
        "A: We will never allow Iran's militias to return to Syria.\n\n"
        "Q: And the proposed humanitarian corridor to Sweida?\n\n"
        "A: A corridor under a foreign flag is rejected."
    )
    result = extract_source(
        Source.from_text(text, name="interview.txt", metadata=Metadata(published=PUBLISHED))
    )
    got = {(st.party, st.issue, int(st.stance)) for st in result.statements}
    assert ("syria", "iranian-presence-syria", -2) in got
    assert any(p == "syria" and i == "humanitarian-corridor-suwayda" and v < 0 for p, i, v in got)


def test_every_quote_is_its_span() -> None:
    text = " ".join(case[0] for case in CASES)
    result = extract_source(
        Source.from_text(text, name="all.txt", metadata=Metadata(published=PUBLISHED))
    )
    assert result.statements
    for st in result.statements:
        assert result.article.body[st.evidence.start : st.evidence.end] == st.evidence.quote
        assert 0 < st.confidence <= 1
