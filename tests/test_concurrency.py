"""Concurrency: two ingest processes on one store lose nothing and duplicate nothing.

The store is SQLite in WAL mode with a busy timeout; each article is one ``BEGIN
IMMEDIATE`` transaction keyed by the article's stable id (``INSERT OR IGNORE``), so two
writers wait for each other instead of failing, and the same article ingested by both is
stored once. A reader meanwhile sees whole articles only (a snapshot per read transaction).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
from test_crash import Expected, check_store, write_corpus

from positions import Store


def _ingest(corpus: Path, db: Path) -> subprocess.Popen[str]:
    env = {**os.environ, "POSITIONS_DB": str(db)}
    env.pop("POSITIONS_DEBUG", None)
    return subprocess.Popen(
        [sys.executable, "-m", "positions", "ingest", "-q", "-j", "1", str(corpus)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )


def _two_corpora(tmp_path: Path, n: int = 120, shared: int = 40) -> tuple[Path, Path, int]:
    """Two folders of ``n`` articles each, ``shared`` of them the same in both."""
    everything = tmp_path / "all"
    write_corpus(everything, 2 * n - shared)
    a, b = tmp_path / "a", tmp_path / "b"
    a.mkdir()
    b.mkdir()
    names = sorted(p.stem for p in everything.glob("*.txt"))
    for i, stem in enumerate(names):
        for target in [a] if i < n - shared else [a, b] if i < n else [b]:
            for suffix in (".txt", ".meta.json"):
                shutil.copy(everything / f"{stem}{suffix}", target / f"{stem}{suffix}")
    return a, b, len(names)


@pytest.mark.slow
def test_two_writers_on_one_new_store(tmp_path: Path) -> None:
    a, b, total = _two_corpora(tmp_path)
    db = tmp_path / "shared.db"  # created by whichever process opens it first
    procs = [_ingest(a, db), _ingest(b, db)]
    errs = [p.communicate(timeout=300)[1] for p in procs]
    assert [p.returncode for p in procs] == [0, 0], errs
    assert not any("Traceback" in e or "locked" in e for e in errs), errs
    expected = Expected()
    # Whole articles only, each once (check_store compares each against an extract of it).
    integrity, articles, statements = check_store(db, expected)
    assert integrity == "ok"
    assert articles == total  # nothing lost: the shared ones once, the others each
    # The shared articles were stored once, by one of the two writers.
    with Store(db) as store:
        ids = [a.id for a in store.articles()]
        assert len(ids) == len(set(ids)) == total
        stems = sorted(Path(a.document or "").stem for a in store.articles())
        assert len(stems) == len(set(stems)) == total
        n_statements = sum(len(store.statements(article_id=i, raw=True)) for i in ids)
    assert n_statements == statements
    # Another run of both adds nothing.
    procs = [_ingest(a, db), _ingest(b, db)]
    errs = [p.communicate(timeout=300)[1] for p in procs]
    assert all("0 articles added" in e for e in errs), errs
    assert check_store(db, expected)[1:] == (articles, statements)


@pytest.mark.slow
def test_a_reader_during_a_write_sees_whole_articles(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    paths = write_corpus(corpus, 150)
    expected = Expected()
    want = {}  # article id -> its statement count, from an extract of each file
    for p in paths:
        article_id, ids = expected.of(str(p))
        want[article_id] = len(ids)
    db = tmp_path / "store.db"
    Store(db).close()  # exists before the writer starts, so the reader can open it at once
    proc = _ingest(corpus, db)
    reads = partial_views = 0
    seen_counts: list[int] = []
    with Store(db) as store:
        while proc.poll() is None or reads == 0:
            with store.snapshot():
                rows = store.db.execute(
                    "SELECT a.id, (SELECT count(*) FROM statements s WHERE s.article_id = a.id) "
                    "FROM articles a"
                ).fetchall()
                total = store.db.execute("SELECT count(*) FROM statements").fetchone()[0]
                counts = store.counts()  # nested: the same snapshot
            reads += 1
            assert all(n == want[i] for i, n in rows), "an article without all its statements"
            assert total == sum(n for _, n in rows) == counts["statements"]
            assert counts["articles"] == len(rows)
            if 0 < len(rows) < len(want):
                partial_views += 1
            seen_counts.append(len(rows))
            time.sleep(0.01)
    assert proc.wait(timeout=300) == 0
    assert seen_counts == sorted(seen_counts)  # never goes back
    assert partial_views >= 1, seen_counts  # the reader did look while the writer wrote
    assert check_store(db, expected)[1] == len(want)
