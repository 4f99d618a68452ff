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
