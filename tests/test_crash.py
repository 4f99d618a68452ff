"""Crash safety: ``positions ingest`` killed with SIGKILL at random points leaves a whole store.

A corpus of a few hundred small articles is ingested by a real subprocess, killed (the
whole process group, workers included) when the store has reached a random number of
articles, several times. After each kill the store must open, pass
``PRAGMA integrity_check``, and hold only whole articles: each stored article's statements
are exactly those an extract of its file finds, and no statement is orphaned. A last run
then completes the set: every article once, every statement once, and a further run adds
nothing. The numbers (kills, articles at each kill, integrity results) are printed, and
written as JSON to ``$POSITIONS_CRASH_REPORT`` when that is set.
"""

from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from positions import Source, Store, extract_source

ARTICLES = 240
KILLS = 5

PARTIES = ["Israel", "Syria", "Turkey", "Russia", "Jordan", "Lebanon"]
CUES = ["will not permit", "rejects", "is open to", "demands", "is undecided about", "seeks"]
ISSUES = [
    "a Russian military presence in southern Syria",
    "the withdrawal of Israeli forces from the buffer zone",
    "a security agreement between Syria and Israel",
    "Turkish military bases in Syria",
]
SPEAKERS = ["a senior official told KAN", "the foreign ministry said", "officials said"]


def write_corpus(root: Path, n: int = ARTICLES, seed: int = 7) -> list[Path]:
    rng = random.Random(seed)
    root.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(n):
        lines = [f"Diplomatic brief {i}: talks continue"]
        for _ in range(rng.randint(1, 4)):
            lines.append(
                f"{rng.choice(PARTIES)} {rng.choice(CUES)} {rng.choice(ISSUES)}, "
                f"{rng.choice(SPEAKERS)} in report {i}."
            )
        p = root / f"a{i:04d}.txt"
        p.write_text("\n\n".join(lines) + "\n", encoding="utf-8")
        day = 1 + i % 28
        month = "2025-12" if i % 2 else "2026-01"
        (root / f"a{i:04d}.meta.json").write_text(
            json.dumps({"outlet": "Brief", "published": f"{month}-{day:02d}"}), encoding="utf-8"
        )
        paths.append(p)
    return paths


def _count(db: Path) -> int:
    if not db.exists():
        return 0
    try:
        con = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5)
        try:
            return int(con.execute("SELECT count(*) FROM articles").fetchone()[0])
        finally:
            con.close()
    except sqlite3.Error:
        return 0  # not created yet


class Expected:
    """What an extract of each article file finds (computed once per file)."""

    def __init__(self) -> None:
        self._ids: dict[str, tuple[str, set[str]]] = {}

    def of(self, document: str) -> tuple[str, set[str]]:
        if document not in self._ids:
            ex = extract_source(Source.from_path(document))
            self._ids[document] = (ex.article.id, {s.id for s in ex.statements})
        return self._ids[document]


def check_store(db: Path, expected: Expected) -> tuple[str, int, int]:
    """Integrity result, articles and statements; every stored article whole."""
    con = sqlite3.connect(db)
    try:
        integrity = con.execute("PRAGMA integrity_check").fetchone()[0]
        orphans = con.execute(
            "SELECT count(*) FROM statements WHERE article_id IS NOT NULL "
            "AND article_id NOT IN (SELECT id FROM articles)"
        ).fetchone()[0]
    finally:
        con.close()
    assert integrity == "ok"
    assert orphans == 0
    with Store(db) as store:
        arts = list(store.articles())
        n_statements = store.counts()["statements"]
        for a in arts:
            assert a.document is not None
            article_id, ids = expected.of(a.document)
            assert a.id == article_id
            stored = {s.id for s in store.statements(article_id=a.id, raw=True)}
            assert stored == ids, a.document  # all its statements, and only its
    assert len({a.document for a in arts}) == len(arts)  # no article twice
    return integrity, len(arts), n_statements


def _ingest(corpus: Path, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "positions", "ingest", "-q", str(corpus)],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )


@pytest.mark.slow
def test_sigkill_at_random_points_leaves_whole_articles(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    paths = write_corpus(corpus)
    db = tmp_path / "store.db"
    env = {**os.environ, "POSITIONS_DB": str(db)}
    env.pop("POSITIONS_DEBUG", None)
    rng = random.Random(int(os.environ.get("POSITIONS_CRASH_SEED", "20260101")))
    expected = Expected()
    record: list[dict[str, object]] = []
    kills = 0
    for n in range(KILLS):
        # Kill when the store holds a random number of articles more than now: every run
        # gets further, and the kill lands at a different point of the corpus each time.
        have = _count(db)
        target = have + rng.randint(1, max(1, (ARTICLES - have) // (KILLS - n + 1)))
        jobs = "1" if n % 2 == 0 else "2"  # the parallel ingest is killed too
        proc = subprocess.Popen(
            [sys.executable, "-m", "positions", "ingest", "-q", "-j", jobs, str(corpus)],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            start_new_session=True,
        )
        deadline = time.monotonic() + 120
        while proc.poll() is None and _count(db) < target and time.monotonic() < deadline:
            time.sleep(0.005)
        time.sleep(rng.uniform(0, 0.05))  # and somewhere inside the next write
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
            kills += 1
        proc.wait(timeout=30)
        assert proc.stderr is not None
        err = proc.stderr.read().decode()
        proc.stderr.close()
        assert "Traceback" not in err
        integrity, n_articles, n_statements = check_store(db, expected)
        record.append(
            {
                "kill": n + 1,
                "jobs": int(jobs),
                "target": target,
                "killed": proc.returncode == -signal.SIGKILL,
                "articles": n_articles,
                "statements": n_statements,
                "integrity": integrity,
            }
        )
    assert kills >= KILLS - 1, record  # (a run may finish before its kill on a fast machine)
    # Re-running completes the set, with no duplicates.
    done = _ingest(corpus, env)
    assert done.returncode == 0, done.stderr
    integrity, n_articles, n_statements = check_store(db, expected)
    assert n_articles == ARTICLES
    assert n_statements == sum(len(expected.of(str(p))[1]) for p in paths)
    again = _ingest(corpus, env)
    assert again.returncode == 0 and f"0 articles added, {ARTICLES} already stored" in again.stderr
    record.append(
        {"final": True, "articles": n_articles, "statements": n_statements, "integrity": integrity}
    )
    summary = {"kills": kills, "articles": ARTICLES, "runs": record}
    print(json.dumps(summary))
    out = os.environ.get("POSITIONS_CRASH_REPORT")
    if out:
        Path(out).write_text(json.dumps(summary, indent=1), encoding="utf-8")
