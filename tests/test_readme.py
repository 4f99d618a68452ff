"""The README's promises: its copy-paste lines, and its Python examples run as written."""

from __future__ import annotations

import contextlib
import io
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")


def _blocks(lang: str) -> list[str]:
    return re.findall(rf"```{lang}\n(.*?)```", README, flags=re.S)


def test_readme_opens_with_the_two_lines() -> None:
    first = _blocks("sh")[0].strip().splitlines()
    assert len(first) == 2
    assert first[0].endswith("positions report seeds/")
    assert "pytest" in first[1]


def test_ci_runs_exactly_the_readme_test_line() -> None:
    test_line = _blocks("sh")[0].strip().splitlines()[1]
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert test_line in ci.splitlines()


@pytest.mark.parametrize("index", range(len(_blocks("python"))))
def test_python_example_runs(index: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)  # the examples name paths relative to a checkout
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        exec(compile(_blocks("python")[index], f"README.md[python {index}]", "exec"), {})
    printed = out.getvalue()
    assert printed.strip(), "the example printed nothing"
    if "tracker.shifts" in _blocks("python")[index]:
        assert (
            "israel russian-military-presence-southern-syria reversal 2025-12 1 -> 2026-01 -2"
            in printed
        )


def test_readme_table_is_what_report_prints(capsys: pytest.CaptureFixture[str]) -> None:
    from positions.cli import main

    assert main(["report", str(ROOT / "seeds")]) == 0
    printed = capsys.readouterr().out.strip()
    block = _blocks("text")[0]

    def rows(table: str) -> set[tuple[str, ...]]:
        # party, issue, from, to, stance and kind: the quotes may be re-cut by a wider terminal.
        return {tuple(line.split()[:6]) for line in table.splitlines()[2:] if line.strip()}

    assert rows(block) == rows(printed)
