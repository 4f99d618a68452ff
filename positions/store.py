"""The embedded SQLite store: articles and their statements, one transaction per article.

Each record is kept whole as JSON (through :mod:`positions.serialize`) beside the
columns that queries filter on, so reading back is lossless and the schema stays small.
The default file is ``$POSITIONS_DB`` if set, else ``$XDG_DATA_HOME/positions/positions.db``
(``~/.local/share/positions/positions.db``).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import sqlite3
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from types import TracebackType
from typing import Any

from positions import audit, serialize
from positions.audit import Correction
from positions.errors import InputError, StoreError
from positions.model import Article, Statement

__all__ = ["SCHEMA_VERSION", "Store", "default_store_path"]

SCHEMA_VERSION = 2

# Schema 2: the audit trail of hand work (see positions.audit). Append-only: extracted
# statements are never edited, and a trail is never rewritten — triggers refuse both.
_AUDIT_DDL = (
    """CREATE TABLE IF NOT EXISTS corrections (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    id TEXT NOT NULL UNIQUE,
    statement_id TEXT NOT NULL,
    action TEXT NOT NULL,
    who TEXT NOT NULL,
    at TEXT NOT NULL,
    data TEXT NOT NULL
)""",
    "CREATE INDEX IF NOT EXISTS corrections_statement ON corrections (statement_id, seq)",
    """CREATE TRIGGER IF NOT EXISTS corrections_no_update BEFORE UPDATE ON corrections
BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END""",
    """CREATE TRIGGER IF NOT EXISTS corrections_no_delete BEFORE DELETE ON corrections
BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END""",
)


def migrate_1_to_2(db: sqlite3.Connection) -> None:
    """Schema 1 → 2: add the audit trail. Runs inside the caller's transaction."""
    for ddl in _AUDIT_DDL:
        db.execute(ddl)


# Step from schema N to N + 1, by N.
MIGRATIONS: dict[int, Callable[[sqlite3.Connection], None]] = {1: migrate_1_to_2}

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
""" + "".join(f"{ddl};\n" for ddl in _AUDIT_DDL)


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
        # What opening did that the user should hear of (a migration and its backup).
        self.notes: list[str] = []
        if self.path != ":memory:":
            p = Path(self.path)
            if p.exists() and p.is_dir():
                raise StoreError(f"{p}: is a directory, not a store file")
            if not p.exists() and not create:
                raise StoreError(f"{p}: no such store")
            try:
                p.parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise StoreError(
                    f"{p.parent}: cannot create store directory: {exc.strerror or exc}"
                ) from None
        try:
            self.db = sqlite3.connect(self.path, timeout=30.0, isolation_level=None)
            self.db.execute("PRAGMA foreign_keys = ON")
            if self.path != ":memory:":
                self.db.execute("PRAGMA journal_mode = WAL")
                self.db.execute("PRAGMA synchronous = NORMAL")
            self._init_schema()
            # A damaged file often opens; touching each table's first page catches most.
            for table in ("meta", "articles", "statements", "corrections"):
                self.db.execute(f"SELECT * FROM {table} LIMIT 1").fetchall()  # fixed names
        except sqlite3.DatabaseError as exc:
            self._close_quietly()
            raise StoreError(f"{self.path}: not a usable positions store ({exc})") from None
        except StoreError:
            self._close_quietly()
            raise

    def _close_quietly(self) -> None:
        db = getattr(self, "db", None)
        if db is not None:
            with contextlib.suppress(sqlite3.Error):
                db.close()

    # ------------------------------------------------------------------ lifecycle
    def _init_schema(self) -> None:
        if not self._has_meta():
            tables = self.db.execute(
                "SELECT count(*) FROM sqlite_master WHERE type='table'"
            ).fetchone()[0]
            # (another process may have created the whole schema since the look above: its
            # tables and its meta table come in one transaction)
            if tables and not self._has_meta():
                raise StoreError(f"{self.path}: an SQLite file, but not a positions store")
            # One script, one transaction: two processes creating the same store at once
            # both succeed, and a crash leaves either no schema or all of it.
            if not tables:
                self.db.executescript(
                    "BEGIN IMMEDIATE;"
                    + _SCHEMA
                    + f"INSERT OR IGNORE INTO meta VALUES ('schema_version', '{SCHEMA_VERSION}');"
                    + "COMMIT;"
                )
                return
        version = self._version()
        if version > SCHEMA_VERSION:
            raise StoreError(
                f"{self.path}: written by a newer positions (schema {version}; this one reads up to "
                f"{SCHEMA_VERSION}); upgrade positions"
            )
        if version < SCHEMA_VERSION:
            self._migrate(version)

    def _has_meta(self) -> bool:
        cur = self.db.execute("SELECT name FROM sqlite_master WHERE type='table' AND name='meta'")
        return cur.fetchone() is not None

    def _version(self) -> int:
        row = self.db.execute("SELECT value FROM meta WHERE key='schema_version'").fetchone()
        try:
            return int(row[0]) if row else 0
        except (TypeError, ValueError):
            raise StoreError(f"{self.path}: schema version {row[0]!r} is not a number") from None

    def _migrate(self, version: int) -> None:
        """Bring an older store up to :data:`SCHEMA_VERSION`, in place and in one transaction.

        The write lock is taken first (another process may be migrating the same file), the
        file is copied to ``NAME.schema-N.bak`` (kept; never overwritten), then every step
        and the new version commit together: a crash or a failing step leaves the store at
        its old version, untouched. The migration is recorded in ``meta`` and in
        :attr:`notes`.
        """
        for v in range(version, SCHEMA_VERSION):
            if v not in MIGRATIONS:
                raise StoreError(f"{self.path}: schema {v} is unknown and cannot be migrated")
        self.db.execute("BEGIN IMMEDIATE")
        try:
            old = self._version()  # again, under the lock: someone may have done it already
            if old >= SCHEMA_VERSION:
                self.db.execute("ROLLBACK")
                return
            backup = self._backup(old)
            for v in range(old, SCHEMA_VERSION):
                try:
                    MIGRATIONS[v](self.db)
                except Exception as exc:
                    raise StoreError(
                        f"{self.path}: migrating from schema {v} failed ({type(exc).__name__}: "
                        f"{exc}); the store is unchanged"
                    ) from exc
            when = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
            note = f"migrated from schema {old} to {SCHEMA_VERSION} at {when}"
            if backup is not None:
                note += f"; the old file is kept as {backup}"
            self.db.execute(
                "UPDATE meta SET value=? WHERE key='schema_version'", (str(SCHEMA_VERSION),)
            )
            self.db.execute(
                "INSERT OR REPLACE INTO meta VALUES (?, ?)",
                (f"migration_{old}_{SCHEMA_VERSION}", note),
            )
            self.db.execute("COMMIT")
        except BaseException:
            if self.db.in_transaction:
                self.db.execute("ROLLBACK")
            raise
        self.notes.append(f"{self.path}: {note}")

    def _backup(self, version: int) -> Path | None:
        """A consistent copy of the store beside it, before migrating; None in memory."""
        if self.path == ":memory:":
            return None
        base = Path(self.path)
        target = base.with_name(f"{base.name}.schema-{version}.bak")
        n = 1
        while target.exists():
            target = base.with_name(f"{base.name}.schema-{version}.{n}.bak")
            n += 1
        try:
            # Through a second connection: in WAL mode it reads the last committed state while
            # this one holds the write lock (a backup from the locking connection would wait
            # for its own lock forever), and no one else can write meanwhile.
            src = sqlite3.connect(self.path, timeout=30.0)
            dst = sqlite3.connect(target)
            try:
                src.backup(dst)
            finally:
                dst.close()
                src.close()
        except (sqlite3.Error, OSError) as exc:
            raise StoreError(
                f"{self.path}: cannot write the backup {target} before migrating: {exc}"
            ) from None
        return target

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self, et: type[BaseException] | None, ev: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    class _Tx:
        def __init__(self, db: sqlite3.Connection) -> None:
            self.db = db

        def __enter__(self) -> sqlite3.Connection:
            self.db.execute("BEGIN IMMEDIATE")
            return self.db

        def __exit__(
            self, et: type[BaseException] | None, ev: BaseException | None, tb: TracebackType | None
        ) -> None:
            self.db.execute("ROLLBACK" if et else "COMMIT")

    def transaction(self) -> Store._Tx:
        return Store._Tx(self.db)

    @contextlib.contextmanager
    def snapshot(self) -> Iterator[Store]:
        """Read several queries from one consistent state, whatever other writers do meanwhile.

        In WAL mode a read transaction sees the store as of its first read: articles
        written by another process during it (each in its own transaction) appear whole
        after it, never half. Inside another transaction this is that transaction.
        """
        if self.db.in_transaction:
            yield self
            return
        self.db.execute("BEGIN")
        try:
            yield self
        finally:
            if self.db.in_transaction:
                self.db.execute("COMMIT")

    # ------------------------------------------------------------------ writing
    def has_article(self, article_id: str) -> bool:
        return (
            self.db.execute("SELECT 1 FROM articles WHERE id=?", (article_id,)).fetchone()
            is not None
        )

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
            db.execute(
                "INSERT OR REPLACE INTO statements VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                self._statement_row(statement),
            )

    def add_correction(self, correction: Correction, statement: Statement | None = None) -> bool:
        """Append one entry to the audit trail, with its statement for one recorded by hand.

        The entry is checked against the trail so far (:func:`positions.audit.check`);
        False if an entry with its id is stored already.
        """
        try:
            with self.transaction() as db:
                if db.execute("SELECT 1 FROM corrections WHERE id=?", (correction.id,)).fetchone():
                    return False
                if statement is not None:
                    db.execute(
                        "INSERT OR IGNORE INTO statements VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        self._statement_row(statement),
                    )
                target = self.statement(correction.statement_id)
                if target is None:
                    raise InputError(f"no statement with id {correction.statement_id}")
                audit.check(target, self.corrections(correction.statement_id), correction)
                db.execute(
                    "INSERT INTO corrections (id, statement_id, action, who, at, data) VALUES (?, ?, ?, ?, ?, ?)",
                    (
                        correction.id,
                        correction.statement_id,
                        correction.action.value,
                        correction.who,
                        correction.at.isoformat(),
                        serialize.dumps(correction),
                    ),
                )
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"{self.path}: write failed: {exc}") from None
        return True

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
        raw: bool = False,
        include_retracted: bool = False,
    ) -> list[Statement]:
        """Statements matching every filter given, ordered by date (unknown dates last).

        This is the effective record: corrections applied, retracted statements left out
        unless ``include_retracted``. ``raw`` gives the statements as first stored.
        """
        where: list[str] = []
        args: list[Any] = []
        for col, val in (
            ("party", party),
            ("issue", issue),
            ("article_id", article_id),
            ("outlet", outlet),
        ):
            if val is not None:
                if col in ("party", "issue") and not raw:
                    # A correction may move a statement onto or off this party or issue.
                    where.append(
                        f"({col} = ? OR id IN (SELECT statement_id FROM corrections WHERE action = 'correct'))"
                    )
                else:
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
        with self.snapshot():  # the statements and their corrections as of one moment
            found = [serialize.loads(d, Statement) for (d,) in self.db.execute(sql, args)]
            corrections = [] if raw else self.corrections()
        if raw:
            return found
        trails: dict[str, list[Correction]] = {}
        for c in corrections:
            trails.setdefault(c.statement_id, []).append(c)
        return [
            s
            for s in audit.effective(found, trails, include_retracted=include_retracted)
            if (party is None or s.party == party) and (issue is None or s.issue == issue)
        ]

    def statement(self, statement_id: str) -> Statement | None:
        """One statement as first stored (see :meth:`statements` for the effective record)."""
        row = self.db.execute("SELECT data FROM statements WHERE id=?", (statement_id,)).fetchone()
        return serialize.loads(row[0], Statement) if row else None

    def statement_ids(self, prefix: str) -> list[str]:
        """Ids of stored statements starting with ``prefix`` (at most two: enough to see ambiguity)."""
        rows = self.db.execute(
            "SELECT id FROM statements WHERE substr(id, 1, ?) = ? ORDER BY id LIMIT 2",
            (len(prefix), prefix),
        )
        return [r[0] for r in rows]

    def corrections(self, statement_id: str | None = None) -> list[Correction]:
        """The audit trail, oldest first; of one statement when ``statement_id`` is given."""
        if statement_id is None:
            rows = self.db.execute("SELECT data FROM corrections ORDER BY seq")
        else:
            rows = self.db.execute(
                "SELECT data FROM corrections WHERE statement_id=? ORDER BY seq", (statement_id,)
            )
        return [serialize.loads(d, Correction) for (d,) in rows]

    def counts(self) -> dict[str, int]:
        with self.snapshot():
            a = self.db.execute("SELECT count(*) FROM articles").fetchone()[0]
            s = self.db.execute("SELECT count(*) FROM statements").fetchone()[0]
        return {"articles": a, "statements": s}

    def integrity(self) -> str:
        return str(self.db.execute("PRAGMA integrity_check").fetchone()[0])

    def export_lines(self) -> Iterator[str]:
        for art in self.articles():
            yield serialize.to_json_line(art)
        for st in self.statements(raw=True):
            yield serialize.to_json_line(st)
        for c in self.corrections():
            yield serialize.to_json_line(c)

    def import_lines(self, lines: Iterable[str]) -> dict[str, int]:
        """Load records written by :meth:`export_lines`; existing ids are left as they are."""
        arts: dict[str, Article] = {}
        pending: dict[str | None, list[Statement]] = {}
        loose: list[Statement] = []
        trail: list[Correction] = []
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
            elif isinstance(rec, Correction):
                trail.append(rec)
        added = {"articles": 0, "statements": 0, "corrections": 0}
        for aid, art in arts.items():
            sts = pending.pop(aid, [])
            if self.add(art, sts):
                added["articles"] += 1
                added["statements"] += len(sts)
        for sts in pending.values():
            loose.extend(sts)
        for st in loose:
            if st.article_id and not self.has_article(st.article_id):
                raise StoreError(
                    f"statement {st.id} refers to article {st.article_id}, which is not in the store or the file"
                )
            if self.statement(st.id) is not None:
                continue  # stored already: an import never overwrites, so re-importing adds nothing
            self.add_statement(st)
            added["statements"] += 1
        for c in trail:
            added["corrections"] += self.add_correction(c)
        return added

    def describe(self) -> str:
        c = self.counts()
        return json.dumps({"path": self.path, "schema": SCHEMA_VERSION, **c})
