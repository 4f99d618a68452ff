"""The embedded SQLite store: articles and their statements, one transaction per article.

Each record is kept whole as JSON (through :mod:`positions.serialize`) beside the
columns that queries filter on, so reading back is lossless and the schema stays small.
The default file is ``$POSITIONS_DB`` if set, else ``$XDG_DATA_HOME/positions/positions.db``
(``~/.local/share/positions/positions.db``).
"""

from __future__ import annotations

import datetime as dt
import json
import os
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from types import TracebackType
from typing import Any

from positions import serialize
from positions.errors import StoreError
from positions.model import Article, Statement

__all__ = ["SCHEMA_VERSION", "Store", "default_store_path"]

SCHEMA_VERSION = 1

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS articles (
    id TEXT PRIMARY KEY,
    outlet TEXT NOT NULL,
    format TEXT NOT NULL,
    published TEXT,
    document TEXT,
    ingested_at TEXT NOT NULL,
    data TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS statements (
    id TEXT PRIMARY KEY,
    article_id TEXT REFERENCES articles(id) ON DELETE CASCADE,
    party TEXT NOT NULL,
    issue TEXT NOT NULL,
    stance INTEGER NOT NULL CHECK (stance BETWEEN -2 AND 2),
    day TEXT,
    outlet TEXT,
    confidence REAL NOT NULL,
    origin TEXT NOT NULL,
    data TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS statements_party_issue_day ON statements (party, issue, day);
CREATE INDEX IF NOT EXISTS statements_article ON statements (article_id);
"""


def default_store_path() -> Path:
    env = os.environ.get("POSITIONS_DB")
    if env:
        return Path(env)
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "positions" / "positions.db"


class Store:
    """A SQLite file (or ``":memory:"``) holding the record."""

    def __init__(self, path: str | os.PathLike[str] = ":memory:", *, create: bool = True) -> None:
        self.path = str(path)
        if self.path != ":memory:":
            p = Path(self.path)
            if p.exists() and p.is_dir():
                raise StoreError(f"{p}: is a directory, not a store file")
            if not p.exists() and not create:
                raise StoreError(f"{p}: no such store")
            try:
                p.parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise StoreError(f"{p.parent}: cannot create store directory: {exc.strerror or exc}") from None
        try:
            self.db = sqlite3.connect(self.path, timeout=30.0, isolation_level=None)
            self.db.execute("PRAGMA foreign_keys = ON")
            if self.path != ":memory:":
                self.db.execute("PRAGMA journal_mode = WAL")
                self.db.execute("PRAGMA synchronous = NORMAL")
            self._init_schema()
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"{self.path}: not a usable positions store ({exc})") from None

    # ------------------------------------------------------------------ lifecycle
    def _init_schema(self) -> None:
        cur = self.db.execute("SELECT name FROM sqlite_master WHERE type='table' AND name='meta'")
        if cur.fetchone() is None:
            tables = self.db.execute("SELECT count(*) FROM sqlite_master WHERE type='table'").fetchone()[0]
            if tables:
                raise StoreError(f"{self.path}: an SQLite file, but not a positions store")
            # One script, one transaction: two processes creating the same store at once
            # both succeed, and a crash leaves either no schema or all of it.
            self.db.executescript(
                "BEGIN IMMEDIATE;"
                + _SCHEMA
                + f"INSERT OR IGNORE INTO meta VALUES ('schema_version', '{SCHEMA_VERSION}');COMMIT;"
            )
            return
        row = self.db.execute("SELECT value FROM meta WHERE key='schema_version'").fetchone()
        version = int(row[0]) if row else 0
        if version > SCHEMA_VERSION:
            raise StoreError(
                f"{self.path}: written by a newer positions (schema {version}; this one reads up to "
                f"{SCHEMA_VERSION}); upgrade positions"
            )
        if version < SCHEMA_VERSION:
            self._migrate(version)

    def _migrate(self, version: int) -> None:
        raise StoreError(f"{self.path}: schema {version} is unknown and cannot be migrated")

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, et: type[BaseException] | None, ev: BaseException | None, tb: TracebackType | None) -> None:
        self.close()

    class _Tx:
        def __init__(self, db: sqlite3.Connection) -> None:
            self.db = db

        def __enter__(self) -> sqlite3.Connection:
            self.db.execute("BEGIN IMMEDIATE")
            return self.db

        def __exit__(self, et: type[BaseException] | None, ev: BaseException | None, tb: TracebackType | None) -> None:
            self.db.execute("ROLLBACK" if et else "COMMIT")

    def transaction(self) -> Store._Tx:
        return Store._Tx(self.db)

    # ------------------------------------------------------------------ writing
    def has_article(self, article_id: str) -> bool:
        return self.db.execute("SELECT 1 FROM articles WHERE id=?", (article_id,)).fetchone() is not None

    def add(self, article: Article, statements: Sequence[Statement]) -> bool:
        """Store an article with its statements in one transaction; False if it was there."""
        now = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
        try:
            with self.transaction() as db:
                cur = db.execute(
                    "INSERT OR IGNORE INTO articles VALUES (?, ?, ?, ?, ?, ?, ?)",
                    (
                        article.id,
                        article.outlet,
                        article.format,
                        article.published.iso(),
                        article.document,
                        now,
                        serialize.dumps(article),
                    ),
                )
                if cur.rowcount == 0:
                    return False
                db.executemany(
                    "INSERT OR IGNORE INTO statements VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    [self._statement_row(s) for s in statements],
                )
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"{self.path}: write failed: {exc}") from None
        return True

    def add_statement(self, statement: Statement) -> None:
        """Store one statement on its own (an analyst's, or a correction)."""
        with self.transaction() as db:
            db.execute("INSERT OR REPLACE INTO statements VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", self._statement_row(statement))

    @staticmethod
    def _statement_row(s: Statement) -> tuple[Any, ...]:
        return (
            s.id,
            s.article_id,
            s.party,
            s.issue,
            int(s.stance),
            s.when.date.isoformat() if s.when.date else None,
            s.outlet,
            s.confidence,
            s.origin.value,
            serialize.dumps(s),
        )

    # ------------------------------------------------------------------ reading
    def article(self, article_id: str) -> Article | None:
        row = self.db.execute("SELECT data FROM articles WHERE id=?", (article_id,)).fetchone()
        return serialize.loads(row[0], Article) if row else None

    def articles(self) -> Iterator[Article]:
        for (data,) in self.db.execute("SELECT data FROM articles ORDER BY published, id"):
            yield serialize.loads(data, Article)

    def statements(
        self,
        *,
        party: str | None = None,
        issue: str | None = None,
        article_id: str | None = None,
        since: dt.date | None = None,
        until: dt.date | None = None,
        min_confidence: float | None = None,
        outlet: str | None = None,
    ) -> list[Statement]:
        """Statements matching every filter given, ordered by date (unknown dates last)."""
        where: list[str] = []
        args: list[Any] = []
        for col, val in (("party", party), ("issue", issue), ("article_id", article_id), ("outlet", outlet)):
            if val is not None:
                where.append(f"{col} = ?")
                args.append(val)
        if since is not None:
            where.append("day >= ?")
            args.append(since.isoformat())
        if until is not None:
            where.append("day <= ?")
            args.append(until.isoformat())
        if min_confidence is not None:
            where.append("confidence >= ?")
            args.append(min_confidence)
        sql = "SELECT data FROM statements"
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += " ORDER BY day IS NULL, day, id"
        return [serialize.loads(d, Statement) for (d,) in self.db.execute(sql, args)]

    def counts(self) -> dict[str, int]:
        a = self.db.execute("SELECT count(*) FROM articles").fetchone()[0]
        s = self.db.execute("SELECT count(*) FROM statements").fetchone()[0]
        return {"articles": a, "statements": s}

    def integrity(self) -> str:
        return str(self.db.execute("PRAGMA integrity_check").fetchone()[0])

    def export_lines(self) -> Iterator[str]:
        for art in self.articles():
            yield serialize.to_json_line(art)
        for st in self.statements():
            yield serialize.to_json_line(st)

    def import_lines(self, lines: Iterable[str]) -> dict[str, int]:
        """Load records written by :meth:`export_lines`; existing ids are left as they are."""
        arts: dict[str, Article] = {}
        pending: dict[str | None, list[Statement]] = {}
        loose: list[Statement] = []
        for n, line in enumerate(lines, 1):
            if not line.strip():
                continue
            try:
                rec = serialize.from_json_line(line)
            except Exception as exc:
                raise StoreError(f"line {n}: {exc}") from None
            if isinstance(rec, Article):
                arts[rec.id] = rec
            elif isinstance(rec, Statement):
                (pending.setdefault(rec.article_id, []) if rec.article_id else loose).append(rec)
        added = {"articles": 0, "statements": 0}
        for aid, art in arts.items():
            sts = pending.pop(aid, [])
            if self.add(art, sts):
                added["articles"] += 1
                added["statements"] += len(sts)
        for sts in pending.values():
            loose.extend(sts)
        for st in loose:
            if st.article_id and not self.has_article(st.article_id):
                raise StoreError(f"statement {st.id} refers to article {st.article_id}, which is not in the store or the file")
            self.add_statement(st)
            added["statements"] += 1
        return added

    def describe(self) -> str:
        c = self.counts()
        return json.dumps({"path": self.path, "schema": SCHEMA_VERSION, **c})
