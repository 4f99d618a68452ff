"""``ingest --jobs N`` gives exactly what ``--jobs 1`` gives: same records, same order, same problems."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from positions.cli import main
from positions.errors import InputError
from positions.parallel import default_jobs, iter_parallel, resolve_jobs
from positions.pipeline import Extraction, Problem, iter_extractions
from positions.plugins import get_registry
from positions.store import Store

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
GUARD = ROOT / "tests" / "data" / "guard"


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A generated corpus in every layout, big enough that ``--jobs 2`` starts a pool."""
    sys.path.insert(0, str(ROOT / "bench"))
    try:
        from corpus import generate
    finally:
        sys.path.remove(str(ROOT / "bench"))
    root = tmp_path_factory.mktemp("corpus")
    c = generate(root, 90)
    assert len(c.kinds) == 6  # every layout is exercised
    return root


def _export(db: Path) -> list[str]:
    with Store(db, create=False) as s:
        return list(s.export_lines())


def test_ingest_jobs_2_equals_jobs_1(
    corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    one, two = tmp_path / "one.db", tmp_path / "two.db"
    assert main(["ingest", "-q", "--jobs", "1", "--db", str(one), str(corpus), str(SEEDS)]) == 0
    said_one = capsys.readouterr().err.replace(str(one), "DB")
    assert main(["ingest", "-q", "--jobs", "2", "--db", str(two), str(corpus), str(SEEDS)]) == 0
    said_two = capsys.readouterr().err.replace(str(two), "DB")
    assert said_one == said_two
    lines = _export(one)
    assert len(lines) > 95 * 2  # articles and a good number of statements
    assert _export(two) == lines  # same records in the same order


def test_default_jobs_is_every_core(corpus: Path, tmp_path: Path) -> None:
    db = tmp_path / "all.db"
    assert main(["ingest", "-q", "--db", str(db), str(corpus)]) == 0
    with Store(db, create=False) as s:
        assert s.counts()["articles"] == 90
    assert resolve_jobs(None) == resolve_jobs(0) == default_jobs() >= 1


def test_negative_jobs_refused(tmp_path: Path) -> None:
    with pytest.raises(InputError):
        resolve_jobs(-2)
    assert main(["ingest", "--jobs", "-1", "--db", str(tmp_path / "x.db"), str(SEEDS)]) != 0


def _key(item: Extraction | Problem) -> object:
    if isinstance(item, Problem):
        return ("problem", item.name, item.error)
    return (item.article, item.statements)


def test_pool_keeps_order_and_problems(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("  \n")
    paths = [str(SEEDS), str(tmp_path / "missing.txt"), str(empty), str(GUARD)]
    reg = get_registry()
    serial = [_key(x) for x in iter_extractions(paths, reg, jobs=1)]
    assert sum(k[0] == "problem" for k in serial) == 2  # type: ignore[index]
    items = []
    from positions.source import iter_paths

    for i in iter_paths(tuple(paths)):
        items.append(
            (None, Problem(str(i).split(":")[0], str(i)))
            if isinstance(i, InputError)
            else (str(i), None)
        )
    # One article per task and no serial shortcut, so that order really is put back together.
    pooled = [_key(x) for x in iter_parallel(items, reg, jobs=2, chunk_size=1, serial_below=0)]
    assert pooled == serial
