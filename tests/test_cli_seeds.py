"""End to end through the command line on the seed articles."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from positions.cli import main

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def _shifts_json(capsys: pytest.CaptureFixture[str]) -> list[dict]:
    assert main(["report", str(SEEDS), "--format", "json"]) == 0
    out = capsys.readouterr().out
    return [json.loads(line) for line in out.splitlines() if line.strip()]


def test_report_finds_the_canonical_reversal_with_quotes(
    capsys: pytest.CaptureFixture[str],
) -> None:
    rows = _shifts_json(capsys)
    hits = [
        r
        for r in rows
        if r["party"] == "israel" and r["issue"] == "russian-military-presence-southern-syria"
    ]
    assert len(hits) == 1
    shift = hits[0]
    assert shift["kind"] == "reversal"
    assert shift["before"]["period"] == "2025-12" and shift["after"]["period"] == "2026-01"
    assert shift["before"]["stance"] > 0 > shift["after"]["stance"]
    assert shift["before"]["evidence"] and shift["after"]["evidence"]
    assert all(e["quote"] for e in shift["before"]["evidence"] + shift["after"]["evidence"])


def test_report_leaves_out_the_non_shifts(capsys: pytest.CaptureFixture[str]) -> None:
    rows = _shifts_json(capsys)
    reported = {(r["party"], r["issue"]): r["kind"] for r in rows}
    for line in (SEEDS / "shifts.jsonl").read_text().splitlines():
        gold = json.loads(line)
        key = (gold["party"], gold["issue"])
        if gold["kind"] == "none":
            assert key not in reported, f"{key} reported as {reported.get(key)}"
        elif gold["kind"] == "none-or-minor":
            assert reported.get(key) != "reversal"
        elif gold["required"]:
            assert reported.get(key) == gold["kind"]


def test_table_output_names_the_reversal(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["report", str(SEEDS)]) == 0
    out = capsys.readouterr().out
    line = next(li for li in out.splitlines() if "russian-military-presence-southern-syria" in li)
    assert "israel" in line and "reversal" in line and "2025-12" in line and "2026-01" in line


def test_second_ingest_adds_nothing(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    db = tmp_path / "twice.db"
    assert main(["ingest", "--db", str(db), str(SEEDS)]) == 0
    first = capsys.readouterr().err
    assert main(["ingest", "--db", str(db), str(SEEDS)]) == 0
    second = capsys.readouterr().err
    assert "5 articles added" in first
    assert "0 articles added, 5 already stored" in second


def test_missing_path_is_one_clear_line(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    missing = tmp_path / "nope.txt"
    code = main(["extract", "--json", str(missing)])
    err = capsys.readouterr().err
    assert code != 0
    assert "Traceback" not in err
    assert any(str(missing) in line for line in err.splitlines())


def test_extract_json_has_the_contract_fields(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", "--json", str(SEEDS)]) == 0
    rows = [json.loads(li) for li in capsys.readouterr().out.splitlines() if li.strip()]
    assert rows
    needed = {
        "document",
        "outlet",
        "published",
        "party",
        "issue",
        "stance",
        "evidence",
        "speaker",
        "confidence",
    }
    for row in rows:
        assert needed <= row.keys()
        assert -2 <= row["stance"] <= 2
