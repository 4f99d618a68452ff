"""When a position was taken (issue 4, points 6 and 7): dates the text gives, resolved against
the publication date, and aliases that speak for a party only while their holder is in office."""

from __future__ import annotations

import pytest

from positions import Source, extract_source
from positions.model import Provenance, When
from positions.source import Metadata


def _found(text: str, published: str) -> list[tuple[str, str, int, str, str, str]]:
    pub = When.parse(published, Provenance.SUPPLIED)
    result = extract_source(
        Source.from_text("A headline\n\n" + text, name="case.txt", metadata=Metadata(published=pub))
    )
    return [
        (
            s.party,
            s.issue,
            int(s.stance),
            str(s.when),
            s.when.precision.value,
            s.when.provenance.value,
        )
        for s in result.statements
    ]


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (
            "Talks stalled in September due to Israel's demand for a humanitarian corridor to Sweida.",
            "2025-12-26",
            ("israel", "humanitarian-corridor-suwayda", 2, "2025-09", "month", "inferred"),
        ),
        (
            "On Thursday, 25 December, Syria rejected a humanitarian corridor to Sweida.",
            "2025-12-26",
            ("syria", "humanitarian-corridor-suwayda", -1, "2025-12-25", "day", "inferred"),
        ),
        (
            "Israel will not permit Russian patrols in southern Syria, officials said.",
            "2026-01-14",
            (
                "israel",
                "russian-military-presence-southern-syria",
                -2,
                "2026-01-14",
                "day",
                "supplied",
            ),
        ),
    ],
)
def test_a_statement_is_dated_when_the_position_was_taken(
    text: str, published: str, expected: tuple[str, str, int, str, str, str]
) -> None:
    assert expected in _found(text, published)


def test_a_date_in_the_text_never_gains_precision_it_does_not_have() -> None:
    rows = _found("Last month, Turkey rejected Iranian militias in Syria.", "2026-02-10")
    assert rows and all(r[4] != "day" for r in rows if r[0] == "turkey")


def test_an_official_speaks_for_a_party_only_while_in_office() -> None:
    # The codebook gives Ron Dermer to Israel until 2025-11-30.
    text = "Dermer said he will not permit Russian patrols in southern Syria."
    assert any(r[0] == "israel" for r in _found(text, "2025-10-01"))
    assert not any(r[0] == "israel" for r in _found(text, "2026-03-01"))


# Publication days below: 2026-03-12 is a Thursday, 2026-03-09 a Monday.
@pytest.mark.parametrize(
    ("text", "published", "party", "when"),
    [
        # A Thursday story's "on Thursday" is that day; "last Thursday" the week before.
        (
            "Turkey rejects Iranian militias in Syria, the foreign minister said on Thursday.",
            "2026-03-12",
            "turkey",
            "2026-03-12",
        ),
        (
            "Turkey rejects Iranian militias in Syria, the foreign minister said last Thursday.",
            "2026-03-12",
            "turkey",
            "2026-03-05",
        ),
        # The American "said Tuesday".
        (
            "Turkey rejects Iranian militias in Syria, the foreign minister said Tuesday.",
            "2026-03-12",
            "turkey",
            "2026-03-10",
        ),
        # What the position is about has its own dates: not when it was taken.
        (
            "Israel will not withdraw from the positions it took in December 2024, "
            "the defence minister said.",
            "2026-03-12",
            "israel",
            "2026-03-12",
        ),
        (
            "Jordan says the coordination cell set up in January should remain in Amman "
            "and supports US mediation.",
            "2026-03-12",
            "jordan",
            "2026-03-12",
        ),
        (
            "Ankara, which last June was not ready to sign anything, now supports a "
            "de-confliction mechanism with Israel.",
            "2026-03-12",
            "turkey",
            "2026-03-12",
        ),
        # ... while the frame of the speech dates it, wherever it stands.
        (
            "Lavrov told reporters in Moscow last month that Russia wants to keep its bases "
            "in Syria.",
            "2026-03-12",
            "russia",
            "2026-02",
        ),
        (
            "Saudi Arabia rejects Israeli strikes on Syria, according to a statement issued "
            "by its foreign ministry on Sunday.",
            "2026-03-09",
            "saudi-arabia",
            "2026-03-08",
        ),
        # "in separate statements" names no September.
        (
            "Egypt condemned, in separate statements, the Israeli strikes on Syria.",
            "2026-03-12",
            "egypt",
            "2026-03-12",
        ),
    ],
)
def test_only_the_time_of_saying_dates_a_statement(
    text: str, published: str, party: str, when: str
) -> None:
    rows = [r for r in _found(text, published) if r[0] == party]
    assert rows, _found(text, published)
    assert {r[3] for r in rows} == {when}


def test_a_timeline_entry_is_dated_by_its_own_line() -> None:
    text = (
        "23 February 2025 - Israel demands the demilitarisation of southern Syria.\n"
        "September 2025 - Syria rejects a humanitarian corridor to Sweida.\n"
        "- March 3, 2025: Jordan calls for the withdrawal of Israeli forces from the buffer zone."
    )
    rows = {(r[0], r[3]) for r in _found(text, "2026-03-12")}
    assert ("israel", "2025-02-23") in rows
    assert ("syria", "2025-09") in rows
    assert ("jordan", "2025-03-03") in rows
