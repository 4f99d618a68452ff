"""``positions asof``: each party's latest standing position as of a date, with its age."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from gold_statements import statement, store_statements

from positions import detect, report
from positions.cli import main
from positions.detect import StandingStatus

ISSUE = "russian-military-presence-southern-syria"


def _record() -> list:
    return [
        statement(
            1,
            "2025-12-26",
            outlet="Enab Baladi",
            speaker="KAN",
            quote="Israel prefers a Russian presence",
        ),
        statement(1, "2025-12-27", outlet="LBCI", quote="Tel Aviv is willing, in principle"),
        statement(-2, "2026-01", outlet="The Syrian Observer", quote="Israel will not permit"),
        statement(
            0,
            "2026-01-10",
            party="united-states",
            outlet="Axios",
            quote="Washington is not pressuring",
        ),
        statement(2, None, party="russia", outlet="TASS", quote="Moscow seeks a presence"),
    ]


def _one(standings: list, party: str) -> detect.Standing:
    (st,) = [s for s in standings if s.party == party]
    return st


def test_latest_position_with_age_and_evidence() -> None:
    got = detect.positions_asof(_record(), dt.date(2026, 1, 5))
    israel = _one(got, "israel")
    # the January statement has only a month: it is not certainly made by 5 January
    assert israel.status is StandingStatus.STATED and israel.stance == 1
    assert str(israel.latest) == "2025-12-27" and israel.age_days == 9
    assert israel.position is not None and israel.position.sources == 2
    assert israel.left_out == 1
    rec = report.standing_record(israel)
    assert rec["position"]["evidence"][0]["quote"] == "Tel Aviv is willing, in principle"


def test_a_month_precision_statement_counts_once_its_month_is_over() -> None:
    israel = _one(detect.positions_asof(_record(), dt.date(2026, 2, 1)), "israel")
    assert israel.stance == -2 and str(israel.latest) == "2026-01"
    assert israel.age_days == 1  # from the last day the month may stand for, never more


def test_neutral_is_a_position_and_no_statement_is_not() -> None:
    got = detect.positions_asof(_record(), dt.date(2026, 1, 31))
    us = _one(got, "united-states")
    assert us.status is StandingStatus.STATED and us.stance == 0
    russia = _one(got, "russia")  # only an undated statement
    assert russia.status is StandingStatus.NO_STATEMENT and russia.stance is None
    assert russia.left_out == 1
    assert report.standing_record(us)["stance"] == 0
    assert report.standing_record(russia)["stance"] is None
    # asking for a pair with nothing at all still answers, with no statement
    (none,) = detect.positions_asof(_record(), dt.date(2026, 1, 31), party="turkey", issue=ISSUE)
    assert none.status is StandingStatus.NO_STATEMENT and none.position is None


def test_before_anything_was_said_there_is_no_statement() -> None:
    israel = _one(detect.positions_asof(_record(), dt.date(2025, 12, 25)), "israel")
    assert israel.status is StandingStatus.NO_STATEMENT and israel.age_days is None


def test_a_split_latest_period_is_contested_not_a_stance() -> None:
    items = [
        statement(2, "2026-01-03", outlet="A"),
        statement(-2, "2026-01-04", outlet="B"),
    ]
    (st,) = detect.positions_asof(items, dt.date(2026, 1, 31))
    assert st.status is StandingStatus.CONTESTED and st.stance is None
    assert report.standing_record(st)["stance"] is None


def _store(db: Path) -> None:
    store_statements(db, _record())


def test_cli_asof_json_keeps_no_statement_apart_from_neutral(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "asof.db"
    _store(db)
    assert main(["asof", "2026-01", "--db", str(db), "--format", "json"]) == 0
    rows = {r["party"]: r for r in map(json.loads, capsys.readouterr().out.splitlines())}
    assert rows["israel"]["stance"] == -2 and rows["israel"]["age_days"] == 0
    assert rows["israel"]["asof"] == "2026-01-31"
    assert rows["united-states"]["stance"] == 0 and rows["united-states"]["status"] == "stated"
    assert rows["russia"]["stance"] is None and rows["russia"]["status"] == "no-statement"
    evidence = rows["israel"]["position"]["evidence"][0]
    assert (evidence["outlet"], evidence["date"], evidence["quote"]) == (
        "The Syrian Observer",
        "2026-01",
        "Israel will not permit",
    )


def test_cli_asof_table_with_filters(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "asof.db"
    _store(db)
    args = ["asof", "2025-12-31", "--db", str(db), "--party", "israel", "--issue", ISSUE]
    assert main(args) == 0
    out = capsys.readouterr().out
    (line,) = [li for li in out.splitlines() if li.startswith("israel")]
    assert "+1" in line and "stated" in line and "2025-12-27" in line and " 4 " in line
    assert "LBCI" in line and "Tel Aviv is willing" in line


def test_cli_asof_bad_date_or_unknown_party_is_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "asof.db"
    _store(db)
    assert main(["asof", "January", "--db", str(db)]) != 0
    err = capsys.readouterr().err
    assert "Traceback" not in err and len(err.strip().splitlines()) == 1 and "not a date" in err
    assert main(["asof", "2026-01", "--db", str(db), "--party", "atlantis"]) != 0
    err = capsys.readouterr().err
    assert "Traceback" not in err and len(err.strip().splitlines()) == 1 and "atlantis" in err
