"""Attribution, evidence and de-duplication in the finder, on sentences written for these tests."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from positions import Source, extract_source
from positions.model import Statement


def _statements(text: str) -> list[Statement]:
    result = extract_source(Source.from_text("A headline\n\n" + text, name="case.txt"))
    return list(result.statements)


def test_the_holder_is_the_party_not_the_relay_and_both_are_kept() -> None:
    (st_,) = _statements(
        "KAN reported that Israeli officials said Tel Aviv requested that Russia maintain "
        "its bases on the Syrian coast."
    )
    assert (st_.party, st_.issue, int(st_.stance)) == ("israel", "russian-bases-syria", 2)
    assert st_.speaker == "Israeli officials"
    assert "KAN" in st_.relays


def test_a_position_stated_twice_is_one_statement_with_the_strongest_evidence() -> None:
    text = (
        "Turkey rejects Iranian militias in Syria, a ministry spokesman said. "
        "Turkey firmly rejects Iranian militias in Syria, the foreign minister said on Monday."
    )
    found = [s for s in _statements(text) if s.issue == "iranian-presence-syria"]
    assert len({(s.party, s.issue, int(s.stance)) for s in found}) == len(found)
    assert {s.party for s in found} == {"turkey"}


def test_confidence_falls_with_attribution_distance() -> None:
    direct = _statements("Syria rejects a humanitarian corridor to Sweida.")
    believed = _statements(
        "Analysts in Amman believe that Syria rejects a humanitarian corridor to Sweida."
    )
    assert direct and direct[0].party == "syria"
    assert all(b.confidence < direct[0].confidence for b in believed if b.party == "syria")


SENTENCES = [
    "Israel will not permit Russian patrols in southern Syria, officials said.",
    "Damascus rejected Israel's demand for a humanitarian corridor to Sweida.",
    "Will Turkey keep its bases in northern Syria?",
    "The Kremlin said Russia seeks to keep its bases at Hmeimim and Tartus.",
    "Jordan's foreign minister called for the full implementation of the 1974 agreement.",
    "KAN reported on Thursday that talks in Paris ended without a deal.",
    "If Israel withdrew from the buffer zone, Syria would consider a security agreement.",
    "Hezbollah said it would never hand over its weapons.",
]


@settings(max_examples=40, deadline=None)
@given(st.lists(st.sampled_from(SENTENCES), min_size=1, max_size=8))
def test_every_statement_quotes_its_span_and_stays_in_range(picked: list[str]) -> None:
    text = "\n\n".join(picked)
    result = extract_source(Source.from_text("A headline\n\n" + text, name="case.txt"))
    assert result.article is not None
    body = result.article.body
    for s in result.statements:
        assert s.evidence.in_body(body)
        assert -2 <= int(s.stance) <= 2
        assert 0 < s.confidence <= 1
    # A question never yields a position on its own.
    if picked == ["Will Turkey keep its bases in northern Syria?"]:
        assert not result.statements


def test_a_huge_body_is_read_up_to_the_cap_and_spans_stay_valid(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from positions.rules import run

    monkeypatch.setattr(run, "MAX_FINDER_CHARS", 400)
    early = "Syria rejects a humanitarian corridor to Sweida."
    late = "Turkey rejects Iranian militias in Syria."
    filler = "\n".join(["The weather in Amman was mild on Tuesday."] * 20)
    result = extract_source(
        Source.from_text("A headline\n\n" + early + "\n" + filler + "\n" + late, name="big.txt")
    )
    assert result.article is not None
    found = {(s.party, s.issue) for s in result.statements}
    assert ("syria", "humanitarian-corridor-suwayda") in found
    assert ("turkey", "iranian-presence-syria") not in found  # past the cap
    assert all(s.evidence.in_body(result.article.body) for s in result.statements)
