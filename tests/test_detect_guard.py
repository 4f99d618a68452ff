"""The guard set's planned shifts (tests/data/guard/shifts.jsonl) hold on its GOLD statements.

This checks the detector alone, independently of the statement finder: each required gold
row of tests/data/guard/gold.jsonl becomes a statement dated by its article's publication
date (the ``published`` of the ``.meta.json`` sidecar, month precision where the sidecar
gives only a month) and carried by the sidecar's outlet. The rows of ``shifts.jsonl`` then
bind the detector:

* a required shift row (reversal, hardening, …) is reported between exactly its two
  periods, with its kind and its two stances — by month, and again when the two periods are
  given as ``between`` windows;
* a required ``none`` row: no shift at all runs inside its span of periods;
* a required ``none-or-minor`` row: whatever runs inside its span is minor and no reversal.

Optional rows (``required: false``) bind only where the gold makes them certain: a planned
minor shift is reported when minor shifts are asked for.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from gold_statements import statements_from_gold

from positions import detect
from positions.model import Shift, Statement

GUARD = Path(__file__).resolve().parent / "data" / "guard"
ROWS: list[dict[str, Any]] = [
    json.loads(line)
    for line in (GUARD / "shifts.jsonl").read_text(encoding="utf-8").splitlines()
    if line.strip()
]
SHIFT_KINDS = {"reversal", "hardening", "softening", "to-neutral", "from-neutral"}
REQUIRED_SHIFTS = [r for r in ROWS if r["required"] and r["kind"] in SHIFT_KINDS]
REQUIRED_NON_SHIFTS = [r for r in ROWS if r["required"] and r["kind"] not in SHIFT_KINDS]
OPTIONAL_SHIFTS = [r for r in ROWS if not r["required"] and r["kind"] in SHIFT_KINDS]


def _row_id(row: dict[str, Any]) -> str:
    return f"{row['party']}/{row['issue']}/{row['from_period']}-{row['to_period']}"


@pytest.fixture(scope="module")
def gold(tmp_path_factory: pytest.TempPathFactory) -> list[Statement]:
    """The guard set's required gold rows as statements, dated by the meta.json sidecars."""
    work = tmp_path_factory.mktemp("guard")
    dates: dict[str, str | None] = {}
    sources: dict[str, dict[str, Any]] = {}
    for meta_path in sorted(GUARD.glob("*.meta.json")):
        doc = meta_path.name.removesuffix(".meta.json") + ".txt"
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
        dates[doc] = meta.get("published")
        sources[doc] = {"outlet": meta.get("outlet")}
    sidecar = work / "guard.dates.json"
    sidecar.write_text(json.dumps({"dates": dates}), encoding="utf-8")
    sources_path = work / "guard.sources.json"
    sources_path.write_text(json.dumps(sources), encoding="utf-8")
    items = statements_from_gold(
        GUARD / "gold.jsonl", sidecar, sources=sources_path, texts=GUARD, include_optional=False
    )
    assert items and all(s.when.known for s in items), "every guard article has a date"
    return items


def _span(row: dict[str, Any]) -> tuple[detect.Period, detect.Period]:
    return detect.parse_window(row["from_period"]), detect.parse_window(row["to_period"])


def _inside(sh: Shift, row: dict[str, Any]) -> bool:
    """Whether the shift runs between two periods within the row's span (ends included)."""
    first, last = _span(row)
    return (sh.party, sh.issue) == (row["party"], row["issue"]) and (
        first.start <= sh.before.period.start and sh.after.period.start <= last.start
    )


def _describe(shifts: list[Shift]) -> list[tuple[str, str, str, str, int, int, str]]:
    return [
        (s.party, s.issue, s.before.period.label, s.after.period.label,
         int(s.before.stance), int(s.after.stance), s.kind.value)
        for s in shifts
    ]  # fmt: skip


def _assert_reported(shifts: list[Shift], row: dict[str, Any]) -> None:
    hits = [
        s
        for s in shifts
        if (s.party, s.issue, s.before.period.label, s.after.period.label)
        == (row["party"], row["issue"], row["from_period"], row["to_period"])
    ]
    assert len(hits) == 1, f"{_row_id(row)}: expected one {row['kind']}, got {_describe(shifts)}"
    (sh,) = hits
    assert sh.kind.value == row["kind"], _row_id(row)
    assert (int(sh.before.stance), int(sh.after.stance)) == (
        row["from_stance"],
        row["to_stance"],
    ), _row_id(row)
    # The evidence of both sides is there, each statement with its quote, outlet and date.
    for side in (sh.before, sh.after):
        assert side.statements
        assert all(
            s.evidence and s.evidence.quote and s.outlet and s.when.known for s in side.statements
        )


def test_the_guard_plan_is_not_empty() -> None:
    # Guards the other tests against silently checking nothing.
    assert len(REQUIRED_SHIFTS) >= 6 and len(REQUIRED_NON_SHIFTS) >= 17
    assert {r["kind"] for r in REQUIRED_NON_SHIFTS} == {"none", "none-or-minor"}


@pytest.mark.parametrize("min_change", [2, 1])
@pytest.mark.parametrize("row", REQUIRED_SHIFTS, ids=_row_id)
def test_every_required_shift_is_reported(
    gold: list[Statement], row: dict[str, Any], min_change: int
) -> None:
    _assert_reported(detect.detect_shifts(gold, min_change=min_change), row)


@pytest.mark.parametrize("row", REQUIRED_SHIFTS, ids=_row_id)
def test_every_required_shift_is_reported_between_its_two_windows(
    gold: list[Statement], row: dict[str, Any]
) -> None:
    between = (row["from_period"], row["to_period"])
    shifts = detect.detect_shifts(gold, between=between, party=row["party"], issue=row["issue"])
    _assert_reported(shifts, row)


@pytest.mark.parametrize("min_change", [2, 1])
@pytest.mark.parametrize("row", REQUIRED_NON_SHIFTS, ids=_row_id)
def test_no_required_non_shift_is_reported(
    gold: list[Statement], row: dict[str, Any], min_change: int
) -> None:
    # The row must concern statements that exist, or "not reported" would prove nothing.
    tl = detect.timeline(gold, row["party"], row["issue"])
    labels = {ps.period.label for ps in tl.periods}
    assert {row["from_period"], row["to_period"]} <= labels, (_row_id(row), sorted(labels))
    inside = [s for s in detect.detect_shifts(gold, min_change=min_change) if _inside(s, row)]
    if row["kind"] == "none":
        assert inside == [], f"{_row_id(row)} must not shift, got {_describe(inside)}"
    else:  # none-or-minor: a same-direction step is allowed, and only when minor ones are asked
        assert all(s.minor and s.kind.value != "reversal" for s in inside), _describe(inside)
        if min_change >= 2:
            assert inside == [], _describe(inside)
    # Compared directly, the two ends of the span agree in sign.
    direct = detect.detect_shifts(
        gold, between=(row["from_period"], row["to_period"]), party=row["party"],
        issue=row["issue"], min_change=min_change,
    )  # fmt: skip
    assert all(s.kind.value != "reversal" for s in direct), _describe(direct)
    if row["kind"] == "none":
        assert direct == [], _describe(direct)


@pytest.mark.parametrize("row", OPTIONAL_SHIFTS, ids=_row_id)
def test_planned_minor_shifts_appear_only_when_asked(
    gold: list[Statement], row: dict[str, Any]
) -> None:
    _assert_reported(detect.detect_shifts(gold, min_change=1), row)
    minor = [
        s
        for s in detect.detect_shifts(gold, min_change=2)
        if (s.party, s.issue, s.before.period.label)
        == (row["party"], row["issue"], row["from_period"])
    ]
    assert minor == [], _describe(minor)


def test_the_guard_result_does_not_depend_on_input_order(gold: list[Statement]) -> None:
    assert detect.detect_shifts(gold[::-1], min_change=1) == detect.detect_shifts(
        gold, min_change=1
    )
