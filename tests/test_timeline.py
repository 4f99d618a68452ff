"""``positions timeline`` and the left-out count of ``positions shifts``, through the CLI."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from gold_statements import statement, store_statements

from positions.cli import main

ISSUE = "russian-military-presence-southern-syria"


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return store_statements(
        tmp_path / "tl.db",
        [
            statement(-2, "2026-01", outlet="The Syrian Observer", quote="Israel will not permit"),
            statement(1, "2025-12-27", outlet="LBCI", quote="Tel Aviv is willing, in principle"),
            statement(-1, "2026-01-14", outlet="Maariv", quote="Israel objects"),
            statement(
                1, "2025-12-26", outlet="Enab Baladi", quote="Israel prefers a Russian presence"
            ),
            statement(0, None, outlet="Undated Blog", quote="Israel is undecided"),
            statement(2, "2025-12-26", party="russia", outlet="TASS", quote="Moscow seeks"),
        ],
    )


def _run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[str, str]:
    assert main(args) == 0
    cap = capsys.readouterr()
    return cap.out, cap.err


def test_timeline_lists_in_date_order_and_counts_the_undated(
    db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out, err = _run(["timeline", "--party", "israel", "--issue", ISSUE, "--db", str(db)], capsys)
    quotes = [
        "Israel prefers",
        "Tel Aviv is willing",
        "Israel will not permit",
        "Israel objects",
        "Israel is undecided",
    ]
    lines = out.splitlines()
    positions = [next(i for i, li in enumerate(lines) if q in li) for q in quotes]
    assert positions == sorted(positions)
    undated = lines[positions[-1]]
    assert "unknown" in undated and "left out: no date" in undated
    # the month-precision date sits in January; -2 and -1 at equal weight: the weaker wins
    assert "2026-01: -1" in lines[positions[2]]
    assert "1 statement(s) without a usable date" in err
    assert "TASS" not in out  # another party


def test_timeline_json_and_csv(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out, _ = _run(
        ["timeline", "--party", "israel", "--issue", ISSUE, "--db", str(db), "--format", "json"],
        capsys,
    )
    rows = [json.loads(li) for li in out.splitlines()]
    assert [r["date"] for r in rows] == ["2025-12-26", "2025-12-27", "2026-01", "2026-01-14", None]
    assert rows[2]["date_precision"] == "month" and rows[2]["period"] == "2026-01: -1"
    out, _ = _run(
        ["timeline", "--party", "israel", "--issue", ISSUE, "--db", str(db), "--format", "csv"],
        capsys,
    )
    table = list(csv.DictReader(io.StringIO(out)))
    assert [r["stance"] for r in table] == ["+1", "+1", "-2", "-1", "0"]


def test_timeline_by_week_leaves_the_month_date_out(
    db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out, err = _run(
        ["timeline", "--party", "israel", "--issue", ISSUE, "--db", str(db), "--period", "week"],
        capsys,
    )
    line = next(li for li in out.splitlines() if "will not permit" in li)
    assert "left out: date too coarse for week" in line
    assert "2 statement(s) without a usable date" in err
    assert "2026-W03" in out and "2025-W52" in out


def test_timeline_between_windows(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out, _ = _run(
        [
            "timeline",
            "--party",
            "israel",
            "--issue",
            ISSUE,
            "--db",
            str(db),
            "--between",
            "2025-12-26",
            "2026-01-14",
        ],
        capsys,
    )
    assert "outside the windows" in next(
        li for li in out.splitlines() if "Tel Aviv is willing" in li
    )
    assert "2026-01-14: -1" in next(li for li in out.splitlines() if "Israel objects" in li)


def test_shifts_note_counts_what_was_left_out(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out, err = _run(["shifts", "--db", str(db)], capsys)
    assert "reversal" in out
    assert "1 shift in 6 statements; 1 statement without a usable date left out" in err
    _, err = _run(["shifts", "--db", str(db), "--period", "day"], capsys)
    assert "2 statements without a usable date left out" in err
    _, err = _run(["shifts", "--db", str(db), "--between", "2025-12-27", "2026-01-14"], capsys)
    assert "outside the two windows" in err


def test_unknown_period_or_bad_window_is_one_line(
    db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["shifts", "--db", str(db), "--between", "2026-01", "2026-01-10"]) != 0
    err = capsys.readouterr().err
    assert "overlap" in err and "Traceback" not in err and len(err.strip().splitlines()) == 1
    assert main(["shifts", "--db", str(db), "--between", "2026-01", "soon"]) != 0
    err = capsys.readouterr().err
    assert "not a window" in err and len(err.strip().splitlines()) == 1
    assert main(["shifts", "--db", str(db), "--period", "fortnight"]) != 0
    assert "Traceback" not in capsys.readouterr().err
