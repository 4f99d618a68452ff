"""Store basics: the schema version is recorded, re-ingesting adds nothing, and each article
is written in one transaction. (Crash, concurrency and migration tests live elsewhere.)"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from positions.errors import StoreError
from positions.pipeline import extract_source, ingest
from positions.plugins import Registry
from positions.source import Source
from positions.store import SCHEMA_VERSION, Store

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
HTML_COPY = ROOT / "tests" / "data" / "formats" / "articles" / "enab_baladi_seed.html"


@pytest.fixture(scope="module")
def registry() -> Registry:
    return Registry.load()


def _schema_version(path: Path) -> str:
    with sqlite3.connect(path) as db:
        return str(db.execute("SELECT value FROM meta WHERE key='schema_version'").fetchone()[0])


def test_a_new_store_records_its_schema_version(tmp_path: Path) -> None:
    path = tmp_path / "record.db"
    Store(path).close()
    assert _schema_version(path) == str(SCHEMA_VERSION)
    with Store(path) as store:  # reopening keeps it
        assert f'"schema": {SCHEMA_VERSION}' in store.describe()
    assert _schema_version(path) == str(SCHEMA_VERSION)


def test_a_schema_another_process_creates_meanwhile_is_opened(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Two ingests starting on one new file: this one looked before the other committed its
    # schema, and counted the tables after. It must open the store, not call it foreign.
    db = tmp_path / "shared.db"
    Store(db).close()
    real = Store._has_meta
    looks: list[bool] = []

    def first_look_before_the_commit(self: Store) -> bool:
        looks.append(True)
        return False if len(looks) == 1 else real(self)

    monkeypatch.setattr(Store, "_has_meta", first_look_before_the_commit)
    store = Store(db)
    assert store.db.execute("SELECT value FROM meta").fetchone()[0] == str(SCHEMA_VERSION)
    store.close()


def test_an_sqlite_file_of_another_program_is_refused(tmp_path: Path) -> None:
    other = tmp_path / "other.db"
    con = sqlite3.connect(other)
    con.execute("CREATE TABLE notes (x TEXT)")
    con.commit()
    con.close()
    with pytest.raises(StoreError, match="an SQLite file, but not a positions store"):
        Store(other)


def test_a_store_from_a_newer_version_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "future.db"
    Store(path).close()
    with sqlite3.connect(path) as db:
        db.execute("UPDATE meta SET value=? WHERE key='schema_version'", (str(SCHEMA_VERSION + 1),))
    with pytest.raises(StoreError, match="newer positions"):
        Store(path)


def test_ingesting_the_same_articles_twice_adds_nothing(tmp_path: Path, registry: Registry) -> None:
    with Store(tmp_path / "record.db") as store:
        first = ingest([str(SEEDS)], store, registry)
        counts = store.counts()
        second = ingest([str(SEEDS)], store, registry)
        assert (first.added, first.duplicates) == (5, 0)
        assert (second.added, second.duplicates, second.statements) == (0, 5, 0)
        assert store.counts() == counts
        assert counts["statements"] > 0


def test_the_same_story_as_html_is_the_same_article(tmp_path: Path, registry: Registry) -> None:
    with Store(tmp_path / "record.db") as store:
        ingest([str(SEEDS / "000_f86b58536823a262.txt")], store, registry)
        counts = store.counts()
        again = ingest([str(HTML_COPY)], store, registry)
        assert (again.added, again.duplicates) == (0, 1)
        assert store.counts() == counts


def test_add_reports_whether_the_article_was_new(tmp_path: Path, registry: Registry) -> None:
    found = extract_source(Source.from_path(SEEDS / "001_73481541f22c1de9.txt"), registry)
    with Store(tmp_path / "record.db") as store:
        assert store.add(found.article, found.statements) is True
        assert store.add(found.article, found.statements) is False
        assert store.counts() == {"articles": 1, "statements": len(found.statements)}


def test_each_article_is_one_transaction(tmp_path: Path, registry: Registry) -> None:
    with Store(tmp_path / "record.db") as store:
        trace: list[str] = []
        store.db.set_trace_callback(trace.append)
        report = ingest([str(SEEDS)], store, registry)
        store.db.set_trace_callback(None)
    begins = [s for s in trace if s.strip().upper().startswith("BEGIN")]
    commits = [s for s in trace if s.strip().upper() == "COMMIT"]
    assert report.added == 5
    assert len(begins) == len(commits) == 5
    # Between a BEGIN and its COMMIT: one article and its statements, nothing else.
    blocks: list[list[str]] = []
    for s in trace:
        if s.strip().upper().startswith("BEGIN"):
            blocks.append([])
        elif blocks and s.strip().upper() != "COMMIT":
            blocks[-1].append(s)
    for block in blocks:
        assert sum("INTO articles" in s for s in block) == 1


def test_a_failure_inside_an_article_leaves_none_of_it(
    tmp_path: Path, registry: Registry, monkeypatch: pytest.MonkeyPatch
) -> None:
    found = extract_source(Source.from_path(SEEDS / "000_f86b58536823a262.txt"), registry)
    assert found.statements
    with Store(tmp_path / "record.db") as store:

        def broken_row(statement: object) -> tuple[object, ...]:
            raise sqlite3.OperationalError("disk I/O error")

        monkeypatch.setattr(Store, "_statement_row", staticmethod(broken_row))
        with pytest.raises(StoreError, match="write failed"):
            store.add(found.article, found.statements)
        assert not store.has_article(found.article.id)
        assert store.counts() == {"articles": 0, "statements": 0}
        monkeypatch.undo()
        assert store.add(found.article, found.statements) is True  # nothing half-written blocks it
