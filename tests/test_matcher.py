"""The phrase matcher: longest phrase wins, acronyms match as written, wildcards take one word."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from positions.matcher import PhraseMatcher


def _hits(m: PhraseMatcher[str], text: str) -> list[tuple[str, list[str]]]:
    return [(h.text, sorted(h.labels)) for h in m.finditer(text)]


def test_a_wildcard_takes_one_word_tail_not_a_longer_phrase() -> None:
    m = PhraseMatcher({"normali*": ["normalization"], "normalisation of the situation": ["idioms"]})
    assert _hits(m, "a normalisation of the situation") == [
        ("normalisation of the situation", ["idioms"])
    ]
    assert _hits(m, "full normalisation with Israel") == [("normalisation", ["normalization"])]


def test_longest_phrase_wins_and_acronyms_match_as_written() -> None:
    m = PhraseMatcher({"US": ["us"], "us troops": ["troops"], "troops": ["presence"]})
    assert _hits(m, "US troops left") == [("US troops", ["troops"])]
    assert _hits(m, "told us about troops") == [("troops", ["presence"])]


WORDS = st.sampled_from(
    ["israel", "syria", "withdraw", "withdrawal", "of", "the", "forces", "buffer", "zone"]
)


@given(st.lists(WORDS, min_size=1, max_size=30))
def test_every_hit_is_on_word_boundaries_and_has_labels(words: list[str]) -> None:
    m = PhraseMatcher({"withdraw*": ["w"], "buffer zone": ["b"], "israel": ["p"]})
    text = " ".join(words)
    for h in m.finditer(text):
        assert h.labels
        assert text[h.start : h.end] == h.text
        assert h.start == 0 or not text[h.start - 1].isalnum()
        assert h.end == len(text) or not text[h.end].isalnum()


def test_with_overlaps_a_phrase_straddling_another_is_found_too() -> None:
    lexicon = {"to syria": ["to_syria"], "syria's unity": ["unity"], "unity": ["u"]}
    plain = PhraseMatcher(lexicon)
    both = PhraseMatcher(lexicon, overlaps=True)
    text = "committed to Syria's unity"
    assert _hits(plain, text) == [("to Syria", ["to_syria"]), ("unity", ["u"])]
    assert _hits(both, text) == [
        ("to Syria", ["to_syria"]),
        ("Syria's unity", ["unity"]),
        ("unity", ["u"]),
    ]
    # A shorter phrase inside a match is not added: only one that runs past its end.
    assert _hits(both, "syria's unity") == [("syria's unity", ["unity"])]


@given(st.lists(WORDS, min_size=1, max_size=30))
def test_overlapping_hits_keep_their_order_and_words(words: list[str]) -> None:
    lexicon = {
        "withdrawal of the": ["w"],
        "the forces": ["f"],
        "forces": ["g"],
        "buffer zone": ["b"],
    }
    text = " ".join(words)
    hits = list(PhraseMatcher(lexicon, overlaps=True).finditer(text))
    assert [h.start for h in hits] == sorted(h.start for h in hits)
    plain = [(h.start, h.end) for h in PhraseMatcher(lexicon).finditer(text)]
    assert set(plain) <= {(h.start, h.end) for h in hits}
    for h in hits:
        assert text[h.start : h.end] == h.text


def test_a_wildcard_inside_a_phrase_takes_a_word_tail_then_the_rest() -> None:
    m = PhraseMatcher({"host* talks": ["m"], "host": ["h"], "facilitat* the talks": ["f"]})
    assert _hits(m, "Qatar is hosting talks today") == [("hosting talks", ["m"])]
    assert _hits(m, "they facilitated the talks") == [("facilitated the talks", ["f"])]
    # The shorter phrase at the same start still matches on its own.
    assert _hits(m, "the host said") == [("host", ["h"])]
    assert _hits(m, "hosting the fair") == []


def test_a_quotation_mark_at_a_word_gap_does_not_break_a_phrase() -> None:
    m = PhraseMatcher({"push hard for": ["p"], "has no problem with": ["n"]})
    text = 'Washington would "push hard" for a text; Ankara "has no problem" with it'
    assert [(h.text, h.phrase) for h in m.finditer(text)] == [
        ('push hard" for', "push hard for"),
        ('has no problem" with', "has no problem with"),
    ]


@pytest.mark.parametrize("dash", ["-", "\u2010", "\u2011", "\u2013"])
def test_any_dash_finds_a_hyphenated_phrase(dash: str) -> None:
    m = PhraseMatcher({"israeli-syrian arrangement": ["deal"]})
    hits = m.findall(f"They accept an Israeli{dash}Syrian arrangement.")
    assert [(h.text, h.labels) for h in hits] == [(f"Israeli{dash}Syrian arrangement", ["deal"])]
