"""docs/api.md runs as written: its python blocks in order, then its transcript as a doctest."""

from __future__ import annotations

import contextlib
import doctest
import io
import re
import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DOC = ROOT / "docs" / "api.md"


def _blocks(lang: str) -> list[str]:
    return re.findall(rf"```{lang}\n(.*?)```", DOC.read_text(encoding="utf-8"), flags=re.S)


@pytest.fixture
def workdir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    # The examples name seeds/ and write record.db, record.jsonl, …: all inside tmp_path.
    shutil.copytree(ROOT / "seeds", tmp_path / "seeds")
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("POSITIONS_ANALYST", raising=False)
    return tmp_path


def test_the_page_has_examples() -> None:
    assert len(_blocks("python")) >= 8
    assert len(_blocks("pycon")) == 1


def test_every_python_block_runs_in_order(workdir: Path) -> None:
    namespace: dict[str, object] = {"__name__": "api_md"}
    for n, block in enumerate(_blocks("python")):
        out = io.StringIO()
        with contextlib.redirect_stdout(out):
            exec(compile(block, f"docs/api.md[python {n}]", "exec"), namespace)
        assert out.getvalue().strip(), f"python block {n} printed nothing"
    # What the examples say they wrote is there.
    for name in ("record.db", "record.jsonl", "statements.csv", "shifts.csv"):
        assert (workdir / name).stat().st_size > 0, name


def test_the_transcript(workdir: Path) -> None:
    (text,) = _blocks("pycon")
    parser = doctest.DocTestParser()
    test = parser.get_doctest(text, {}, "docs/api.md transcript", str(DOC), 0)
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    out = io.StringIO()
    runner.run(test, out=out.write)
    assert runner.failures == 0, out.getvalue()
    assert runner.tries >= 10
