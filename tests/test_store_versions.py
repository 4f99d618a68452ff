"""Store versions and damage: newer refused, older migrated in place (transactionally, with a
backup), corrupt or truncated files refused with one clear line."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest

from positions import StoreError, Tracker
from positions import store as store_module
from positions.cli import main
from positions.store import SCHEMA_VERSION, Store

TEXT = (
    "Israel will not permit a Russian military presence in southern Syria, "
    "a senior Israeli official told KAN."
)


def _filled(db: Path, n: int = 3) -> set[str]:
    with Tracker(db) as t:
        for i in range(n):
            t.ingest_text(
                f"{TEXT} Report {i}.", name=f"r{i}", published=f"2026-01-{i % 28 + 1:02d}"
            )
        return {s.id for s in t.store.statements(raw=True)}


def _set_version(db: Path, version: int) -> None:
    con = sqlite3.connect(db)
    con.execute("UPDATE meta SET value=? WHERE key='schema_version'", (str(version),))
    con.commit()
    con.close()


def _downgrade(db: Path) -> None:
    """Back to schema 1: no audit trail."""
    con = sqlite3.connect(db)
    con.executescript(
        "DROP TRIGGER corrections_no_update; DROP TRIGGER corrections_no_delete;"
        "DROP INDEX corrections_statement; DROP TABLE corrections;"
        "UPDATE meta SET value='1' WHERE key='schema_version';"
    )
    con.close()


def _make_schema_1(db: Path) -> set[str]:
    """A store as schema 1 wrote it: no audit trail."""
    ids = _filled(db)
    _downgrade(db)
    return ids


def _tables(db: Path) -> set[str]:
    con = sqlite3.connect(db)
    try:
        return {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    finally:
        con.close()


def _version(db: Path) -> int:
    con = sqlite3.connect(db)
    try:
        return int(con.execute("SELECT value FROM meta WHERE key='schema_version'").fetchone()[0])
    finally:
        con.close()


def _one_error_line(err: str) -> str:
    lines = [ln for ln in err.splitlines() if ln.strip()]
    assert len(lines) == 1 and "Traceback" not in err, err
    assert lines[0].startswith("positions: error:")
    return lines[0]


def test_a_store_from_a_newer_schema_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "new.db"
    _filled(db)
    _set_version(db, SCHEMA_VERSION + 1)
    before = db.read_bytes()
    with pytest.raises(StoreError, match=f"newer positions \\(schema {SCHEMA_VERSION + 1}"):
        Store(db)
    assert main(["shifts", "--db", str(db)]) == 2
    line = _one_error_line(capsys.readouterr().err)
    assert "upgrade positions" in line
    assert main(["ingest", "--db", str(db), str(tmp_path)]) == 2
    _one_error_line(capsys.readouterr().err)
    assert db.read_bytes() == before  # not touched
    assert _version(db) == SCHEMA_VERSION + 1


def test_an_older_store_is_migrated_in_place_with_a_backup(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "old.db"
    ids = _make_schema_1(db)
    assert "corrections" not in _tables(db)
    assert main(["shifts", "--db", str(db)]) == 0
    err = capsys.readouterr().err
    assert f"migrated from schema 1 to {SCHEMA_VERSION}" in err and "old.db.schema-1.bak" in err
    assert _version(db) == SCHEMA_VERSION
    assert "corrections" in _tables(db)
    with Store(db) as store:
        assert {s.id for s in store.statements(raw=True)} == ids  # nothing lost
        assert store.notes == []  # already migrated: nothing to say
        note = store.db.execute(
            "SELECT value FROM meta WHERE key = ?", (f"migration_1_{SCHEMA_VERSION}",)
        ).fetchone()[0]
        assert "schema-1.bak" in note
    backup = tmp_path / "old.db.schema-1.bak"
    assert _version(backup) == 1 and "corrections" not in _tables(backup)
    con = sqlite3.connect(backup)
    assert {r[0] for r in con.execute("SELECT id FROM statements")} == ids
    con.close()
    # The migrated store works: a correction (schema 2's table) can be recorded.
    with Tracker(db) as t:
        t.retract(sorted(ids)[0], why="test")
        assert len(t.trail()) == 1


def test_a_second_old_store_keeps_the_first_backup(tmp_path: Path) -> None:
    db = tmp_path / "old.db"
    _make_schema_1(db)
    Store(db).close()
    first = (tmp_path / "old.db.schema-1.bak").read_bytes()
    # Downgrade again (as if restored): the next migration must not overwrite the backup.
    _downgrade(db)
    with Store(db) as store:
        assert "old.db.schema-1.1.bak" in store.notes[0]
    assert (tmp_path / "old.db.schema-1.bak").read_bytes() == first


def test_a_failing_migration_leaves_the_store_as_it_was(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "old.db"
    ids = _make_schema_1(db)

    def broken(con: sqlite3.Connection) -> None:
        con.execute("CREATE TABLE corrections (x)")  # half a migration, then a failure
        raise RuntimeError("disk on fire")

    monkeypatch.setitem(store_module.MIGRATIONS, 1, broken)
    with pytest.raises(StoreError, match=r"migrating from schema 1 failed.*unchanged"):
        Store(db)
    assert _version(db) == 1
    assert "corrections" not in _tables(db)  # the half step was rolled back
    monkeypatch.undo()
    with Store(db) as store:  # and the real migration still runs afterwards
        assert {s.id for s in store.statements(raw=True)} == ids
    assert _version(db) == SCHEMA_VERSION


def test_an_unknown_old_version_is_refused(tmp_path: Path) -> None:
    db = tmp_path / "ancient.db"
    _filled(db)
    _set_version(db, 0)
    with pytest.raises(StoreError, match="schema 0 is unknown"):
        Store(db)
    _set_version(db, -3)
    with pytest.raises(StoreError, match="unknown"):
        Store(db)


@pytest.mark.parametrize(
    "damage",
    ["random bytes", "truncated", "truncated header", "not a positions store", "bad version"],
)
def test_a_damaged_store_is_one_clear_line(
    damage: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "damaged.db"
    if damage == "random bytes":
        db.write_bytes(os.urandom(64 * 1024))
    elif damage == "not a positions store":
        con = sqlite3.connect(db)
        con.execute("CREATE TABLE photos (id)")
        con.commit()
        con.close()
    elif damage == "bad version":
        _filled(db)
        con = sqlite3.connect(db)
        con.execute("UPDATE meta SET value='two' WHERE key='schema_version'")
        con.commit()
        con.close()
    else:
        _filled(db, 40)
        con = sqlite3.connect(db)
        con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        con.execute("PRAGMA journal_mode=DELETE")
        con.close()
        data = db.read_bytes()
        db.write_bytes(data[:50] if damage == "truncated header" else data[: len(data) // 2])
    with pytest.raises(StoreError) as info, Store(db) as store:
        store.counts()
        list(store.articles())
        store.statements()
    assert "\n" not in str(info.value) and str(db) in str(info.value)
    for argv in (["shifts", "--db", str(db)], ["timeline", "--party", "israel",
                 "--issue", "russian-military-presence-southern-syria", "--db", str(db)]):  # fmt: skip
        assert main(argv) == 2
        _one_error_line(capsys.readouterr().err)
