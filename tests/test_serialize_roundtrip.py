"""The one cattrs converter: every record survives a JSON line unchanged; bad lines are one error."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from positions import (
    Article,
    Correction,
    Evidence,
    InputError,
    Period,
    PeriodStance,
    Precision,
    Provenance,
    Shift,
    ShiftKind,
    Statement,
    When,
    serialize,
)

# Lone surrogates cannot be written as UTF-8, so no record of a real source holds them.
TEXT = st.text(st.characters(exclude_categories=("Cs",)), max_size=30)
NAME = st.text(st.characters(exclude_categories=("Cs",)), min_size=1, max_size=12).filter(
    lambda s: s.strip() != ""
)
DAYS = st.dates(dt.date(1990, 1, 1), dt.date(2040, 12, 31))
KNOWN = st.sampled_from([Provenance.STATED, Provenance.INFERRED, Provenance.SUPPLIED])


@st.composite
def whens(draw: st.DrawFn) -> When:
    precision = draw(st.sampled_from([*Precision, None]))
    if precision is None:
        return When.unknown()
    d = draw(DAYS)
    if precision is Precision.MONTH:
        d = d.replace(day=1)
    elif precision is Precision.YEAR:
        d = d.replace(month=1, day=1)
    return When(d, precision, draw(KNOWN))


@st.composite
def evidences(draw: st.DrawFn) -> Evidence:
    quote = draw(TEXT)
    start = draw(st.integers(0, 10_000))
    return Evidence(quote, start, start + len(quote))


ARTICLES = st.builds(
    Article,
    id=st.text("0123456789abcdef", min_size=16, max_size=16),
    outlet=NAME,
    format=NAME,
    title=TEXT,
    published=whens(),
    body=TEXT,
    byline=st.none() | TEXT,
    relays=st.lists(NAME, max_size=3).map(tuple),
    url=st.none() | TEXT,
    document=st.none() | TEXT,
)

STATEMENTS = st.builds(
    Statement,
    party=NAME,
    issue=NAME,
    stance=st.integers(-2, 2),
    when=whens(),
    evidence=st.none() | evidences(),
    speaker=st.none() | TEXT,
    relays=st.lists(NAME, max_size=3).map(tuple),
    article_id=st.none() | st.text("0123456789abcdef", min_size=16, max_size=16),
    outlet=st.none() | NAME,
    confidence=st.floats(0, 1),
    extractor=NAME,
    origin=st.sampled_from(["extracted", "analyst"]),
    note=st.none() | TEXT,
)

AT = st.datetimes(dt.datetime(2000, 1, 1), dt.datetime(2040, 1, 1)).flatmap(
    lambda d: st.sampled_from([dt.UTC, dt.timezone(dt.timedelta(hours=3)), None]).map(
        lambda tz: d.replace(tzinfo=tz)
    )
)


@st.composite
def corrections(draw: st.DrawFn) -> Correction:
    action = draw(st.sampled_from(["record", "correct", "retract", "restore"]))
    changes: dict[str, object] = {}
    if action == "correct":
        changes = draw(
            st.fixed_dictionaries(
                {}, optional={"party": NAME, "issue": NAME, "stance": st.integers(-2, 2)}
            ).filter(bool)
        )
    why = draw(NAME if action != "record" else TEXT)
    return Correction(draw(NAME), action, who=draw(NAME), at=draw(AT), why=why, **changes)


@st.composite
def period_stances(draw: st.DrawFn, start: dt.date) -> PeriodStance:
    end = start + dt.timedelta(days=draw(st.integers(1, 400)))
    return PeriodStance(
        Period(draw(NAME), start, end),
        stance=draw(st.integers(-2, 2)),
        spread=draw(st.integers(0, 4)),
        sources=draw(st.integers(0, 9)),
        contested=draw(st.booleans()),
        statements=draw(st.lists(STATEMENTS, max_size=2)),
    )


@st.composite
def shifts(draw: st.DrawFn) -> Shift:
    start = draw(DAYS)
    return Shift(
        draw(NAME),
        draw(NAME),
        draw(period_stances(start)),
        draw(period_stances(start + dt.timedelta(days=500))),
        kind=draw(st.sampled_from(list(ShiftKind))),
        confidence=draw(st.floats(0, 1)),
    )


RECORDS = st.one_of(ARTICLES, STATEMENTS, corrections(), shifts())


@settings(max_examples=150, deadline=None)
@given(RECORDS)
def test_a_json_line_round_trips_every_record(record: object) -> None:
    line = serialize.to_json_line(record)  # type: ignore[arg-type]
    # One line for every reader, also those that break at U+2028 or NEL.
    assert line.splitlines() == [line]
    back = serialize.from_json_line(line)
    assert back == record
    assert type(back) is type(record)
    # And again: what is read back writes the same line.
    assert serialize.to_json_line(back) == line


@settings(max_examples=40, deadline=None)
@given(STATEMENTS)
def test_dumps_and_loads_keep_the_statement_id(s: Statement) -> None:
    back = serialize.loads(serialize.dumps(s), Statement)
    assert back.id == s.id == back.compute_id()


def test_a_shift_line_carries_its_id_for_explain() -> None:
    s = Statement("israel", "x", 1, When.of(2025, 12), note="n", origin="analyst")
    ps = PeriodStance(
        Period("2025-12", dt.date(2025, 12, 1), dt.date(2026, 1, 1)), 1, 0, 1, False, [s]
    )
    ps2 = PeriodStance(
        Period("2026-01", dt.date(2026, 1, 1), dt.date(2026, 2, 1)), -2, 0, 1, False, []
    )
    sh = Shift("israel", "x", ps, ps2, "reversal")
    data = json.loads(serialize.to_json_line(sh))["data"]
    assert data["id"] == sh.id
    assert serialize.from_json_line(serialize.to_json_line(sh)) == sh


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("{not json", "invalid JSON line"),
        ('["statement"]', "needs 'kind'"),
        ('{"kind": "ghost", "data": {}}', "needs 'kind'"),
        ('{"kind": "statement", "data": {"party": "israel"}}', "invalid Statement"),
        (
            '{"kind": "statement", "data": {"party": "a", "issue": "b", "stance": 7,'
            ' "when": {"date": null, "precision": "day", "provenance": "unknown"}}}',
            "invalid Statement",
        ),
        (
            '{"kind": "correction", "data": {"statement_id": "s", "action": "retract",'
            ' "who": "a", "at": "2026-01-01T00:00:00+00:00", "why": ""}}',
            "reason",
        ),
    ],
)
def test_bad_lines_are_one_input_error(line: str, message: str) -> None:
    with pytest.raises(InputError, match=message) as info:
        serialize.from_json_line(line)
    assert "\n" not in str(info.value)
