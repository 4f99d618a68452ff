"""Hand work and the record through the command line: record, correct, retract, restore,
history, statements, export and import — the same behaviour as the Python API."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from positions import Tracker
from positions.cli import main

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
RUSSIA_SOUTH = "russian-military-presence-southern-syria"


@pytest.fixture
def seeded(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("POSITIONS_ANALYST", "cli-analyst")
    assert main(["ingest", str(SEEDS)]) == 0
    capsys.readouterr()


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def _statements(capsys: pytest.CaptureFixture[str], *filters: str) -> list[dict]:
    code, out, _ = _run(capsys, "statements", "--format", "json", *filters)
    assert code == 0
    return [json.loads(line) for line in out.splitlines()]


def _shift_keys(capsys: pytest.CaptureFixture[str]) -> set[tuple[str, str, str]]:
    code, out, _ = _run(capsys, "shifts", "--json")
    assert code == 0
    return {(r["party"], r["issue"], r["kind"]) for r in map(json.loads, out.splitlines())}


@pytest.mark.usefixtures("seeded")
def test_correct_and_retract_change_the_shifts(capsys: pytest.CaptureFixture[str]) -> None:
    assert ("israel", RUSSIA_SOUTH, "reversal") in _shift_keys(capsys)
    dec = _statements(capsys, "--party", "israel", "--issue", RUSSIA_SOUTH, "--until", "2025-12")
    assert len(dec) == 2 and all(r["stance"] > 0 for r in dec)

    code, out, _ = _run(
        capsys, "correct", dec[0]["id"][:8], "--stance", "refuses", "--why", "misread"
    )
    assert code == 0
    assert out.startswith(f"statement {dec[0]['id']} (corrected)")
    assert "cli-analyst: stance +1 → -2 — misread" in out

    code, out, _ = _run(capsys, "retract", dec[1]["id"], "--why", "a rumour", "--by", "zoe")
    assert code == 0 and "zoe: retracted — a rumour" in out
    assert ("israel", RUSSIA_SOUTH, "reversal") not in _shift_keys(capsys)

    listed = {r["id"]: r for r in _statements(capsys, "--party", "israel", "--issue", RUSSIA_SOUTH)}
    assert listed[dec[0]["id"]]["status"] == "corrected" and listed[dec[0]["id"]]["stance"] == -2
    assert listed[dec[1]["id"]]["status"] == "retracted"
    assert "zoe: retracted" in listed[dec[1]["id"]]["history"]

    code, out, _ = _run(capsys, "restore", dec[1]["id"], "--why", "confirmed")
    assert code == 0 and "restored — confirmed" in out
    code, out, _ = _run(capsys, "history", dec[1]["id"])
    assert out.splitlines()[0] == f"statement {dec[1]['id']} (extracted)"
    assert "retracted — a rumour" in out and "restored — confirmed" in out
    assert f"now: israel on {RUSSIA_SOUTH}: +1" in out

    code, out, _ = _run(capsys, "history", "--format", "json")
    trail = [json.loads(line) for line in out.splitlines()]
    assert [c["action"] for c in trail] == ["correct", "retract", "restore"]
    assert [c["who"] for c in trail] == ["cli-analyst", "zoe", "cli-analyst"]
    assert all(c["at"] and c["why"] for c in trail)


@pytest.mark.usefixtures("seeded")
def test_record_by_hand_from_the_command_line(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = _run(
        capsys,
        "record",
        "--party",
        "turkey",
        "--issue",
        RUSSIA_SOUTH,
        "--stance",
        "-1",
        "--date",
        "2026-01-12",
        "--quote",
        "Ankara objects.",
        "--speaker",
        "Fidan",
        "--source",
        "interview",
        "--relay",
        "AA",
        "--outlet",
        "Daily Sabah",
    )
    assert code == 0
    sid = out.strip()
    assert len(sid) == 16
    assert "recorded turkey on" in err
    (row,) = _statements(capsys, "--status", "analyst")
    assert row["id"] == sid and row["origin"] == "analyst" and row["stance"] == -1
    assert (row["speaker"], row["note"], row["outlet"], row["relays"]) == (
        "Fidan",
        "interview",
        "Daily Sabah",
        "AA",
    )
    assert "cli-analyst: recorded by hand" in row["history"]


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["correct", "zzzzzzzz", "--stance", "1", "--why", "x"], "no statement with id 'zzzzzzzz'"),
        (["correct", "ab", "--stance", "1", "--why", "x"], "too short"),
        (["retract", "zzzzzzzz", "--why", " "], "say why"),
        (
            [
                "record",
                "--party",
                "atlantis",
                "--issue",
                RUSSIA_SOUTH,
                "--stance",
                "1",
                "--date",
                "2026",
                "--quote",
                "q",
            ],
            "unknown party id 'atlantis'",
        ),
        (
            [
                "record",
                "--party",
                "israel",
                "--issue",
                RUSSIA_SOUTH,
                "--stance",
                "1",
                "--date",
                "last week",
                "--quote",
                "q",
            ],
            "ISO date",
        ),
        (
            [
                "record",
                "--party",
                "israel",
                "--issue",
                RUSSIA_SOUTH,
                "--stance",
                "1",
                "--date",
                "2026",
            ],
            "quote or a source",
        ),
        (["statements", "--since", "soon"], "ISO date"),
        (["explain", "zzzzzzzz"], "no statement or shift"),
        (["import", "/nonexistent/x.jsonl"], "no such file"),
        (["export", "--format", "parquet"], "needs -o FILE"),
    ],
)
@pytest.mark.usefixtures("seeded")
def test_bad_input_is_one_line(
    capsys: pytest.CaptureFixture[str], argv: list[str], message: str
) -> None:
    code, _, err = _run(capsys, *argv)
    assert code != 0
    assert message in err
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err


def test_bad_stance_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = _run(capsys, "correct", "abcd1234", "--stance", "loves", "--why", "x")
    assert code == 2 and "stance must be -2..2" in err


@pytest.mark.usefixtures("seeded")
def test_export_and_import_through_the_command_line(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    (first,) = _statements(
        capsys, "--party", "russia", "--issue", RUSSIA_SOUTH, "--until", "2025-12"
    )[:1]
    # However many statements the finder makes of the seeds, the export carries them all.
    n = len(_statements(capsys))
    assert _run(capsys, "retract", first["id"], "--why", "x")[0] == 0
    record = tmp_path / "record.jsonl"
    code, _, err = _run(capsys, "export", "-o", str(record))
    assert code == 0 and f"exported 5 articles, {n} statements, 1 corrections" in err
    other = tmp_path / "other.db"
    code, _, err = _run(capsys, "import", str(record), "--db", str(other))
    assert code == 0 and f"imported 5 articles, {n} statements, 1 corrections" in err
    with Tracker(other) as t:
        assert t.statements(status="retracted").ids == [first["id"]]
    # stdout export equals the file export.
    code, out, _ = _run(capsys, "export")
    assert out == record.read_text(encoding="utf-8")

    code, out, err = _run(capsys, "export", "--format", "csv", "--table", "shifts")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert code == 0 and rows and {"id", "party", "stance_before", "evidence_after"} <= set(rows[0])
    assert f"exported {len(rows)} shifts" in err
    sfile = tmp_path / "s.csv"
    assert _run(capsys, "export", "--format", "csv", "-o", str(sfile))[0] == 0
    assert len(list(csv.DictReader(sfile.open(encoding="utf-8")))) == n


@pytest.mark.usefixtures("seeded")
def test_export_parquet(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    pd = pytest.importorskip("pandas")
    pytest.importorskip("pyarrow")
    path = tmp_path / "st.parquet"
    n = len(_statements(capsys))
    code, _, err = _run(capsys, "export", "--format", "parquet", "-o", str(path))
    assert code == 0 and f"exported {n} statements" in err
    assert len(pd.read_parquet(path)) == n
