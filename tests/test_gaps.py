"""``positions gaps``: parties on opposite sides of an issue in the same period."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from gold_statements import statement

from positions import detect
from positions.cli import main

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
ISSUE = "israeli-withdrawal"


def test_opposite_signs_make_a_gap_and_same_signs_do_not() -> None:
    items = [
        statement(
            -2,
            "2026-01-10",
            party="israel",
            issue=ISSUE,
            outlet="Maariv",
            quote="no withdrawal from Mount Hermon",
        ),
        statement(
            2,
            "2026-01-11",
            party="syria",
            issue=ISSUE,
            outlet="SANA",
            quote="Syria demands a withdrawal",
        ),
        statement(
            -1, "2026-01-12", party="united-states", issue=ISSUE, outlet="Axios", quote="not now"
        ),
        statement(
            0, "2026-01-12", party="russia", issue=ISSUE, outlet="TASS", quote="Moscow is undecided"
        ),
        statement(
            2,
            "2025-12-12",
            party="syria",
            issue=ISSUE,
            outlet="SANA",
            quote="Syria seeks a withdrawal",
        ),
    ]
    gaps = detect.find_gaps(items)
    assert [(g.period.label, g.against.party, g.favour.party, g.width) for g in gaps] == [
        ("2026-01", "israel", "syria", 4),  # widest first
        ("2026-01", "united-states", "syria", 3),
    ]
    g = gaps[0]
    (evidence,) = g.against.position.statements
    assert (evidence.outlet, str(evidence.when), evidence.evidence.quote) == (
        "Maariv",
        "2026-01-10",
        "no withdrawal from Mount Hermon",
    )
    assert [g.against.party for g in detect.find_gaps(items, party="united-states")] == [
        "united-states"
    ]
    assert detect.find_gaps(items, party="russia") == []  # neutral is no side
    assert detect.find_gaps(items, granularity="day") == []  # said on different days


def test_a_split_party_takes_part_in_no_gap() -> None:
    items = [
        statement(-2, "2026-01-10", party="israel", issue=ISSUE, outlet="A"),
        statement(2, "2026-01-11", party="israel", issue=ISSUE, outlet="B"),
        statement(2, "2026-01-11", party="syria", issue=ISSUE, outlet="C"),
    ]
    assert detect.find_gaps(items) == []


def test_gap_confidence_grows_with_independent_sources() -> None:
    base = [
        statement(-2, "2026-01-10", party="israel", issue=ISSUE, outlet="A"),
        statement(2, "2026-01-11", party="syria", issue=ISSUE, outlet="B"),
    ]
    more = [
        *base,
        statement(-2, "2026-01-12", party="israel", issue=ISSUE, outlet="C"),
        statement(2, "2026-01-13", party="syria", issue=ISSUE, outlet="D"),
    ]
    (one,) = detect.find_gaps(base)
    (two,) = detect.find_gaps(more)
    assert two.confidence > one.confidence


@pytest.fixture(scope="module")
def seeded(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("gaps") / "seeds.db"
    assert main(["ingest", "-q", "--db", str(db), str(SEEDS)]) == 0
    return db


def test_cli_gaps_on_the_seeds_show_israel_against_syria_with_evidence(
    seeded: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["gaps", "--db", str(seeded), "--issue", ISSUE, "--format", "json"]) == 0
    rows = [json.loads(li) for li in capsys.readouterr().out.splitlines()]
    hit = next(
        r
        for r in rows
        if r["period"] == "2026-01"
        and (r["against"]["party"], r["for"]["party"]) == ("israel", "syria")
    )
    assert (hit["against"]["stance"], hit["for"]["stance"], hit["gap"]) == (-2, 2, 4)
    for side in ("against", "for"):
        ev = hit[side]["evidence"][0]
        assert ev["outlet"] and ev["date"] and ev["quote"]
    assert any("withdraw" in e["quote"] for e in hit["for"]["evidence"])


def test_cli_gaps_table_and_filters(seeded: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["gaps", "--db", str(seeded)]) == 0
    cap = capsys.readouterr()
    line = next(li for li in cap.out.splitlines() if li.startswith(ISSUE))
    assert "israel -2" in line and "syria +2" in line and "2026-01" in line
    assert "gaps" in cap.err
    assert main(["gaps", "--db", str(seeded), "--party", "saudi-arabia", "--format", "csv"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith("issue,period,against,for")
    assert len(lines) > 1 and all("saudi-arabia" in li for li in lines[1:])
    assert (
        main(["gaps", "--db", str(seeded), "--between", "2025-12", "2026-01", "--issue", ISSUE])
        == 0
    )
    assert "israel -2" in capsys.readouterr().out


def test_cli_gaps_unknown_issue_is_one_line(
    seeded: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["gaps", "--db", str(seeded), "--issue", "world-peace"]) != 0
    err = capsys.readouterr().err
    assert "world-peace" in err and "Traceback" not in err and len(err.strip().splitlines()) == 1
