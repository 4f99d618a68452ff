"""Safety: what the tool reads is data, never code, never SQL, never a path it writes to.

* The package (and the built-in plugins) never evaluates or unpickles anything: no
  ``eval``/``exec``/``compile``/``__import__`` calls, no pickle, marshal or shelve, and YAML
  (test cases only) through ``yaml.safe_load`` alone, so no object tags.
  Codebooks are TOML (``tomllib``), sidecars JSON, stores SQLite rows of JSON.
* SQL is parameterised: no SQL text is built with ``%`` or ``.format``, and the only
  f-strings handed to ``execute`` interpolate fixed names (a table from a literal tuple, the
  schema version constant). Hostile strings in an article and its sidecar are stored and
  read back verbatim, and the schema survives them.
* Every place the package writes a file is listed here, each writing to a path the user
  gave; an ingest/extract/report/export run over an article and sidecar full of path-like
  values creates no file but the store and the export asked for.
"""

from __future__ import annotations

import ast
import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from positions import Store, Tracker

ROOT = Path(__file__).resolve().parent.parent
SOURCES = sorted(
    [*(ROOT / "positions").rglob("*.py"), *(ROOT / "plugins" / "positions_plugins").rglob("*.py")]
)
FORBIDDEN_MODULES = {"pickle", "cPickle", "_pickle", "marshal", "shelve", "dill", "cloudpickle"}
FORBIDDEN_MODULES |= {"ruamel", "jsonpickle"}
# PyYAML only through its safe loader (no object tags): these attributes and no others.
YAML_SAFE = {"safe_load", "safe_load_all", "safe_dump", "YAMLError"}
FORBIDDEN_CALLS = {"eval", "exec", "compile", "__import__", "execfile", "input"}
SQL_CALLS = {"execute", "executemany", "executescript"}
# f-string parts allowed in SQL: fixed table names and the schema version constant.
SQL_INTERPOLATIONS = {"table", "SCHEMA_VERSION"}
# (file, function) of every file write in the package; each writes where the user said.
WRITE_SITES = {
    ("positions/exports.py", "write_parquet"),
    ("positions/plot.py", "plot_timeline"),
    ("positions/tracker.py", "to_csv"),
    ("positions/tracker.py", "export_jsonl"),
    ("positions/store.py", "__init__"),  # the store's own directory
    ("positions/store.py", "_backup"),  # beside the store, before a migration
    ("positions/distributed.py", "_write_part"),
    ("positions/distributed.py", "extract_to_records"),
    ("positions/commands/records.py", "export_cmd"),
}
WRITE_ATTRS = {"write_text", "write_bytes", "mkdir", "to_parquet", "savefig", "backup"}


def _trees() -> list[tuple[str, ast.AST]]:
    return [
        (str(p.relative_to(ROOT)), ast.parse(p.read_text(encoding="utf-8"), str(p)))
        for p in SOURCES
    ]


TREES = _trees()


def test_the_scan_sees_the_package() -> None:
    names = {name for name, _ in TREES}
    assert {"positions/store.py", "positions/source.py", "positions/codebook.py"} <= names
    assert len(TREES) > 20


def test_nothing_read_is_ever_evaluated_or_unpickled() -> None:
    found = []
    for name, tree in TREES:
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                mods = [a.name.split(".")[0] for a in node.names]
            elif isinstance(node, ast.ImportFrom):
                mods = [(node.module or "").split(".")[0]]
            else:
                mods = []
            found += [f"{name}:{node.lineno} imports {m}" for m in mods if m in FORBIDDEN_MODULES]
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id in FORBIDDEN_CALLS
            ):
                found.append(f"{name}:{node.lineno} calls {node.func.id}()")
            if (
                isinstance(node, ast.Attribute)
                and isinstance(node.value, ast.Name)
                and node.value.id == "yaml"
                and node.attr not in YAML_SAFE
            ):
                found.append(f"{name}:{node.lineno} uses yaml.{node.attr}")
            if isinstance(node, ast.ImportFrom) and node.module == "yaml":
                found.append(f"{name}:{node.lineno} imports from yaml")
    assert not found, found


def test_codebooks_and_sidecars_are_parsed_as_data() -> None:
    text = {name: ast.unparse(tree) for name, tree in TREES}
    assert "tomllib.loads" in text["positions/codebook.py"]
    assert "json.loads" in text["positions/source.py"]


def _sql_problems(name: str, tree: ast.AST) -> list[str]:
    out = []
    for node in ast.walk(tree):
        if not (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr in SQL_CALLS
            and node.args
        ):
            continue
        sql = node.args[0]
        where = f"{name}:{node.lineno}"
        for part in ast.walk(sql):
            if isinstance(part, ast.BinOp) and isinstance(part.op, ast.Mod):
                out.append(f"{where}: SQL built with %")
            if (
                isinstance(part, ast.Call)
                and isinstance(part.func, ast.Attribute)
                and part.func.attr == "format"
            ):
                out.append(f"{where}: SQL built with .format()")
            if isinstance(part, ast.FormattedValue):
                expr = ast.unparse(part.value)
                if expr not in SQL_INTERPOLATIONS:
                    out.append(f"{where}: f-string SQL interpolates {expr}")
    return out


def test_sql_is_parameterised() -> None:
    problems = [p for name, tree in TREES for p in _sql_problems(name, tree)]
    assert not problems, problems


def test_the_sql_scan_would_catch_a_value_in_sql() -> None:
    bad = ast.parse(
        'db.execute(f"SELECT * FROM articles WHERE id = {article_id}")\n'
        'db.execute("DELETE FROM t WHERE x = %s" % x)\n'
        'db.executemany("INSERT INTO t VALUES ({})".format(v), rows)\n'
    )
    assert len(_sql_problems("<example>", bad)) == 3


def _write_sites() -> set[tuple[str, str]]:
    sites = set()
    for name, tree in TREES:
        for fn in ast.walk(tree):
            if not isinstance(fn, ast.FunctionDef | ast.AsyncFunctionDef):
                continue
            for node in ast.walk(fn):
                if not isinstance(node, ast.Call) or not isinstance(node.func, ast.Attribute):
                    continue
                attr = node.func.attr
                mode = next(
                    (
                        a.value
                        for a in node.args[:2]
                        if isinstance(a, ast.Constant) and isinstance(a.value, str)
                    ),
                    "",
                )
                writes = attr in WRITE_ATTRS or (
                    attr == "open" and any(c in mode for c in "wax") and len(mode) <= 3
                )
                if writes:
                    sites.add((name, fn.name))
    return sites


def test_every_file_write_is_a_known_site() -> None:
    # A new place that writes a file must be added here after checking that its path comes
    # from the user (an argument), never from an article, a sidecar or a stored record.
    sites = _write_sites()
    assert sites <= WRITE_SITES, sorted(sites - WRITE_SITES)
    assert len(sites & WRITE_SITES) >= 5  # the scan does find the writes


HOSTILE = [
    "'); DROP TABLE articles; --",
    '"; DELETE FROM statements; --',
    "../../../../tmp/positions-owned",
    "/etc/positions-owned",
    "~/positions-owned",
    "%s %d {} {0} ?",
    "file:../x?mode=rwc",
]


def test_hostile_strings_are_stored_verbatim(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    with Tracker(db) as t:
        for i, bad in enumerate(HOSTILE):
            t.ingest_text(
                f"Israel will not permit a Russian military presence in southern Syria. {bad} {i}",
                name=bad,
                outlet=bad,
                title=bad,
                byline=bad,
                relays=[bad],
                url=bad,
            )
    con = sqlite3.connect(db)
    tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    con.close()
    assert {"articles", "statements", "meta", "corrections"} <= tables
    with Store(db) as store:
        arts = list(store.articles())
        assert sorted(a.outlet for a in arts) == sorted(HOSTILE)
        assert {a.title for a in arts} == set(HOSTILE)
        assert store.counts()["articles"] == len(HOSTILE)
        assert {s.outlet for s in store.statements()} <= set(HOSTILE)


@pytest.mark.slow
def test_path_like_values_in_articles_and_sidecars_are_never_written_to(tmp_path: Path) -> None:
    inputs = tmp_path / "in"
    inputs.mkdir()
    outside = tmp_path / "outside"
    for i, bad in enumerate([*HOSTILE, str(outside / "x.db"), str(outside)]):
        body = f"Israel will not permit a Russian military presence in southern Syria. {bad}\n"
        (inputs / f"a{i}.txt").write_text(body, encoding="utf-8")
        meta = {
            "url": bad,
            "outlet": bad,
            "title": bad,
            "byline": bad,
            "first_reported_by": [bad],
            "published": "2026-01-05",
        }
        (inputs / f"a{i}.meta.json").write_text(json.dumps(meta), encoding="utf-8")
    work = tmp_path / "work"
    work.mkdir()
    db = tmp_path / "store" / "s.db"
    env = {**os.environ, "POSITIONS_DB": str(db), "HOME": str(tmp_path / "home")}
    env.pop("POSITIONS_DEBUG", None)
    before = {p for p in tmp_path.rglob("*")}
    for args in (
        ["ingest", "-q", str(inputs)],
        ["extract", "--json", str(inputs)],
        ["report", str(inputs)],
        ["export", "-o", str(tmp_path / "export.jsonl")],
    ):
        proc = subprocess.run(
            [sys.executable, "-m", "positions", *args],
            cwd=work,
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert proc.returncode == 0, (args, proc.stderr)
    created = {p for p in tmp_path.rglob("*")} - before
    allowed = {db.parent, db, tmp_path / "export.jsonl"}
    allowed |= {db.with_name(db.name + s) for s in ("-wal", "-shm", "-journal")}
    assert created <= allowed, sorted(map(str, created - allowed))
    assert not outside.exists() and not (tmp_path / "home").exists()
    assert not list(work.iterdir())
