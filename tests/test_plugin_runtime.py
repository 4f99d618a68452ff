"""Plugin isolation at run time: a plugin that raises in sniff, parse or find during an ingest
is named in the report, the run goes on with the others, and the store stays whole.

(Loading — an import error, a failing registration hook — is tested with the plugin host.)
"""

from __future__ import annotations

import sqlite3
import types
from pathlib import Path
from typing import Any

import pytest

from positions import Article, Source, Statement, Store, Tracker
from positions import plugins as plugins_module
from positions.cli import main
from positions.hookspecs import hookimpl
from positions.plugins import Registry

ARTICLES = [
    "Israel will not permit a Russian military presence in southern Syria, officials said.",
    "Turkey rejects Israeli military operations in Syria, the Turkish foreign ministry said.",
    "Syria demands the withdrawal of Israeli forces from the buffer zone, SANA reported.",
]


class Sniffs:
    """A format that claims everything and raises in ``stage`` (sniff or parse)."""

    outlet = "Broken Outlet"

    def __init__(self, stage: str) -> None:
        self.name = f"broken-{stage}"
        self.stage = stage

    def sniff(self, source: Source) -> float:
        if self.stage == "sniff":
            raise ZeroDivisionError("sniffing went wrong")
        return 0.99

    def parse(self, source: Source) -> Article:
        raise KeyError("no such layout field")


class Finds:
    """A finder that raises on every other article and returns junk on demand."""

    name = "broken-finder"

    def __init__(self, mode: str) -> None:
        self.mode = mode
        self.calls = 0

    def find(self, article: Article, codebook: Any) -> list[Statement]:
        self.calls += 1
        if self.mode == "raise" and "Turkey" in article.body:
            raise IndexError("finder bug")
        if self.mode == "junk":
            return ["not a statement"]  # type: ignore[list-item]
        from positions.rules import RuleFinder

        return RuleFinder().find(article, codebook)


def _registry(*, formats: list[Any] = (), finders: list[Any] = ()) -> Registry:  # type: ignore[assignment]
    plugin = types.SimpleNamespace(
        __name__="broken_plugin",
        positions_register_formats=hookimpl(lambda: list(formats)),
        positions_register_finders=hookimpl(lambda: list(finders)),
    )
    built = Registry.load(extra_plugins=[plugin])
    assert not built.failures, built.failures
    return built


def _corpus(tmp_path: Path) -> list[str]:
    d = tmp_path / "in"
    d.mkdir()
    paths = []
    for i, text in enumerate(ARTICLES):
        p = d / f"a{i}.txt"
        p.write_text(text + "\n", encoding="utf-8")
        paths.append(str(p))
    return paths


def _whole(db: Path) -> tuple[int, int]:
    con = sqlite3.connect(db)
    try:
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        orphans = con.execute(
            "SELECT count(*) FROM statements WHERE article_id NOT IN (SELECT id FROM articles)"
        ).fetchone()[0]
        assert orphans == 0
        a = con.execute("SELECT count(*) FROM articles").fetchone()[0]
        s = con.execute("SELECT count(*) FROM statements").fetchone()[0]
        return int(a), int(s)
    finally:
        con.close()


@pytest.mark.parametrize("stage", ["sniff", "parse"])
def test_a_format_that_raises_is_named_and_the_others_read_everything(
    stage: str, tmp_path: Path
) -> None:
    reg = _registry(formats=[Sniffs(stage)])
    paths = _corpus(tmp_path)
    with Tracker(tmp_path / "s.db", registry=reg) as t:
        report = t.ingest(*paths)
    assert not report.problems and report.added == 3  # the built-in formats read them all
    assert report.plugin_failures and not report.ok
    assert {f.plugin for f in report.plugin_failures} == {f"broken-{stage}"}
    assert {f.stage for f in report.plugin_failures} == {stage}
    lines = report.plugin_lines()
    assert len(lines) == 1 and f"broken-{stage}" in lines[0] and "2 more inputs" in lines[0]
    assert f"plugin failed: broken-{stage}" in report.summary()
    articles, statements = _whole(tmp_path / "s.db")
    assert articles == 3 and statements >= 3
    with Store(tmp_path / "s.db") as store:
        assert {a.format for a in store.articles()}.isdisjoint({f"broken-{stage}"})


def test_a_finder_that_raises_skips_only_its_article(tmp_path: Path) -> None:
    finder = Finds("raise")
    reg = _registry(finders=[finder])
    paths = _corpus(tmp_path)
    with Tracker(tmp_path / "s.db", registry=reg, finder="broken-finder") as t:
        report = t.ingest(*paths)
    assert finder.calls == 3
    assert report.added == 2 and len(report.problems) == 1
    problem = str(report.problems[0])
    assert "a1.txt" in problem and "finder broken-finder failed: IndexError" in problem
    assert [f.stage for f in report.plugin_failures] == ["find"]
    assert _whole(tmp_path / "s.db")[0] == 2  # nothing of the failed article


def test_a_finder_that_returns_junk_stores_nothing_of_it(tmp_path: Path) -> None:
    reg = _registry(finders=[Finds("junk")])
    with Tracker(tmp_path / "s.db", registry=reg, finder="broken-finder") as t:
        report = t.ingest(*_corpus(tmp_path))
    assert report.added == 0 and len(report.problems) == 3
    assert all("not a Statement" in str(p) for p in report.problems)
    assert _whole(tmp_path / "s.db") == (0, 0)


@pytest.mark.parametrize("stage", ["sniff", "parse"])
def test_the_command_line_names_the_plugin_and_exits_1(
    stage: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    reg = _registry(formats=[Sniffs(stage)])
    monkeypatch.setattr(plugins_module, "_REGISTRY", reg)
    paths = _corpus(tmp_path)
    db = tmp_path / "s.db"
    assert main(["ingest", "-q", "--db", str(db), *paths]) == 1
    err = capsys.readouterr().err
    assert "Traceback" not in err
    warnings = [ln for ln in err.splitlines() if ln.startswith("positions: warning:")]
    assert len(warnings) == 1 and f"plugin broken-{stage}" in warnings[0]
    assert f"failed in {stage}" in warnings[0]
    assert _whole(db)[0] == 3
    assert main(["extract", "--json", *paths]) == 1
    out, err = capsys.readouterr()
    assert len(out.splitlines()) >= 3 and f"plugin broken-{stage}" in err


def test_the_command_line_with_a_broken_finder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    reg = _registry(finders=[Finds("raise")])
    monkeypatch.setattr(plugins_module, "_REGISTRY", reg)
    paths = _corpus(tmp_path)
    db = tmp_path / "s.db"
    code = main(["ingest", "-q", "--finder", "broken-finder", "--db", str(db), *paths])
    err = capsys.readouterr().err
    assert code == 1 and "Traceback" not in err
    assert "skipped:" in err and "a1.txt" in err and "broken-finder" in err
    assert _whole(db)[0] == 2
