"""The change report in every format: table, github, markdown, csv, json."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from gold_statements import statement, store_statements

from positions import detect, report
from positions.cli import main

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
ISSUE = "russian-military-presence-southern-syria"


def _statements() -> list:
    return [
        statement(1, "2025-12-26", outlet="Enab Baladi", relays=("KAN",), speaker="KAN",
                  quote="Israel prefers, according to KAN, a Russian presence"),
        statement(1, "2025-12-28", outlet="Blog repost", relays=("KAN", "Enab Baladi"), speaker="KAN",
                  quote="Israel prefers, according to KAN, a Russian presence"),
        statement(1, "2025-12-27", outlet="LBCI", speaker="Israeli officials",
                  quote="Tel Aviv is willing, in principle, to accept"),
        statement(-2, "2026-01", outlet="The Syrian Observer", speaker="a senior Israeli official",
                  quote="Israel will not permit a Russian military presence"),
        statement(-1, None, outlet="Undated", quote="Israel objects"),
        statement(1, "2025-12-20", party="syria", outlet="LBCI", quote="Damascus is reassured"),
        statement(2, "2026-01-10", party="syria", outlet="SANA", quote="Damascus seeks"),
    ]  # fmt: skip


def test_render_formats_share_headers_and_rows() -> None:
    headers, rows = ["a", "b"], [["x, y", 1], ["z", 2]]
    assert report.render(headers, rows, "csv") == 'a,b\n"x, y",1\nz,2\n'
    assert [json.loads(li) for li in report.render(headers, rows, "json").splitlines()] == [
        {"a": "x, y", "b": 1},
        {"a": "z", "b": 2},
    ]
    assert report.render(headers, rows, "github").splitlines()[1].startswith("|--")
    assert report.render(headers, rows, "markdown").splitlines()[1].startswith("|:--")
    table = report.render(headers, rows, "table").splitlines()
    assert table[0].split() == ["a", "b"] and set(table[1]) <= {"-", " "}
    with pytest.raises(Exception, match="unknown output format"):
        report.render(headers, rows, "xml")


def test_shift_row_reads_like_a_report() -> None:
    (sh,) = detect.detect_shifts(_statements())
    row = dict(zip(report.SHIFT_HEADERS, report.shift_row(sh), strict=True))
    assert row["party"] == "israel" and row["kind"] == "reversal"
    assert (row["from"], row["to"], row["stance"], row["sources"]) == (
        "2025-12",
        "2026-01",
        "+1 → -2",
        "2 → 1",
    )
    # before: the latest, most confident statement of December; after: January's
    assert row["evidence before"].startswith("Blog repost, 2025-12-28, KAN: “Israel prefers")
    assert row["evidence before"].endswith("(+2 more)")
    assert row["evidence after"].startswith(
        "The Syrian Observer, 2026-01, a senior Israeli official: “Israel will not permit"
    )


def test_minor_shifts_are_labelled() -> None:
    shifts = detect.detect_shifts(_statements(), min_change=1)
    rows = {r[0]: r for r in (report.shift_row(s) for s in shifts)}
    assert rows["syria"][5] == "hardening (minor)" and rows["israel"][5] == "reversal"


def test_shift_json_record_has_both_sides_in_full() -> None:
    (sh,) = detect.detect_shifts(_statements())
    rec = json.loads(report.shift_table([sh], "json"))
    assert (rec["kind"], rec["minor"], rec["steps"]) == ("reversal", False, 3)
    assert rec["before"]["sources"] == 2 and len(rec["before"]["evidence"]) == 3
    assert {e["original_source"] for e in rec["before"]["evidence"]} == {"KAN", "LBCI"}
    after = rec["after"]["evidence"][0]
    assert after == {
        **after,
        "outlet": "The Syrian Observer",
        "date": "2026-01",
        "date_precision": "month",
        "speaker": "a senior Israeli official",
        "quote": "Israel will not permit a Russian military presence",
        "stance": -2,
    }


def test_contested_periods_are_labelled_in_the_table() -> None:
    items = [
        *_statements(),
        statement(1, "2026-01-20", outlet="Dissent", quote="Israel might still accept"),
        statement(-2, "2026-01-21", outlet="Second", quote="Israel refuses"),
    ]
    (sh,) = detect.detect_shifts(items)
    row = report.shift_row(sh)
    assert row[3] == "2026-01 (contested)"


@pytest.mark.parametrize("fmt", report.FORMATS)
def test_cli_shifts_in_every_format(
    fmt: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = store_statements(tmp_path / "r.db", _statements())
    assert main(["shifts", "--db", str(db), "--format", fmt]) == 0
    out = capsys.readouterr().out
    if fmt == "json":
        (rec,) = [json.loads(li) for li in out.splitlines()]
        assert rec["party"] == "israel" and rec["kind"] == "reversal"
    elif fmt == "csv":
        (rec,) = list(csv.DictReader(io.StringIO(out)))
        assert list(rec) == report.SHIFT_HEADERS
        assert rec["kind"] == "reversal" and "Israel will not permit" in rec["evidence after"]
    else:
        lines = out.splitlines()
        assert sum("reversal" in li for li in lines) == 1
        assert ("|" in lines[0]) == (fmt != "table")


def test_cli_report_seeds_json_and_markdown(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(tmp_path / "seeds.db")
    assert main(["report", "--db", db, str(SEEDS), "--format", "markdown"]) == 0
    cap = capsys.readouterr()
    line = next(li for li in cap.out.splitlines() if ISSUE in li and "israel" in li)
    assert line.startswith("|") and "reversal" in line and "+1 → -2" in line
    assert "shift" in cap.err and "statements" in cap.err
    assert main(["report", "--db", db, str(SEEDS), "--format", "json", "--min-change", "1"]) == 0
    rows = [json.loads(li) for li in capsys.readouterr().out.splitlines()]
    kinds = {(r["party"], r["issue"]): r["kind"] for r in rows}
    assert kinds[("israel", ISSUE)] == "reversal"
    assert ("russia", ISSUE) not in kinds


def test_csv_cells_keep_every_character_and_tables_cut_them(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    long_quote = "Israel will not permit a Russian military presence " + "near the border " * 8
    items = [*_statements()[:3], statement(-2, "2026-01", outlet="The Syrian Observer",
                                           speaker="a very senior Israeli security official "
                                           "speaking on condition of anonymity", quote=long_quote)]  # fmt: skip
    db = store_statements(tmp_path / "long.db", items)
    assert main(["shifts", "--db", str(db), "--format", "csv"]) == 0
    (rec,) = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert long_quote.strip() in rec["evidence after"] and "…" not in rec["evidence after"]
    assert "speaking on condition of anonymity" in rec["evidence after"]
    assert main(["shifts", "--db", str(db)]) == 0
    table = capsys.readouterr().out
    assert long_quote.strip() not in table and "…" in table
    assert main(["timeline", "--db", str(db), "--party", "israel", "--issue", ISSUE,
                 "--format", "csv"]) == 0  # fmt: skip
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert long_quote.strip() in [r["quote"] for r in rows]


def test_every_shift_output_carries_the_id_explain_takes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = store_statements(tmp_path / "ids.db", _statements())
    (sh,) = detect.detect_shifts(_statements())
    assert main(["shifts", "--db", str(db), "--format", "json"]) == 0
    (rec,) = [json.loads(li) for li in capsys.readouterr().out.splitlines()]
    assert main(["shifts", "--db", str(db), "--format", "csv"]) == 0
    (row,) = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert main(["shifts", "--db", str(db)]) == 0
    table = capsys.readouterr().out
    assert rec["id"] == row["id"] == sh.id and sh.id in table
    assert main(["explain", rec["id"], "--db", str(db)]) == 0
    text = capsys.readouterr().out
    assert text.startswith(f"shift {sh.id}: israel on {ISSUE}")
    assert "Israel will not permit" in text and "Tel Aviv is willing" in text


def test_report_says_how_many_statements_were_left_out(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from positions.store import Store

    db = tmp_path / "seeds.db"
    for period in ("month", "week"):
        assert main(["report", "--db", str(db), str(SEEDS), "--period", period]) == 0
        err = capsys.readouterr().err
        with Store(db) as store:
            stored = store.statements()
        tls = detect.timelines(stored, granularity=period)
        left = sum(t.undated for t in tls)
        assert left == detect.left_out_count(stored, period)
        if left:  # by week, the seeds' month-precision dates fit no week
            assert f"in {len(stored)} statements; {left} statements without a usable date" in err
        else:
            assert f"in {len(stored)} statements\n" in err and "left out" not in err
        # Left out of shifts, never of the timeline: each is listed where it belongs.
        listed = {s.id for t in tls for s in t.statements}
        assert {s.id for t in tls for s in t.left_out} <= listed == {s.id for s in stored}
    assert left > 0
