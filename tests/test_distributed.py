"""The Dask adapter on an in-process local cluster gives what a local ingest gives."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from positions.cli import main
from positions.distributed import MANIFEST, extract_to_records, iter_records
from positions.pipeline import Extraction, Problem
from positions.store import Store

pytest.importorskip("dask.bag")
distributed = pytest.importorskip("distributed")

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
GUARD = ROOT / "tests" / "data" / "guard"


@pytest.fixture(scope="module")
def client():  # type: ignore[no-untyped-def]
    # processes=False: scheduler and workers are threads of this process talking over
    # inproc://, so no port is opened and parallel test runs cannot collide.
    with (
        distributed.LocalCluster(
            n_workers=2, threads_per_worker=1, processes=False, dashboard_address=None
        ) as cluster,
        distributed.Client(cluster) as c,
    ):
        yield c


def _export(db: Path) -> list[str]:
    with Store(db, create=False) as s:
        return list(s.export_lines())


def test_cluster_ingest_equals_local_ingest(client, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "records"
    summary = extract_to_records([str(SEEDS), str(GUARD)], out, client=client, partition_size=4)
    assert len(summary["parts"]) > 2  # really split across tasks
    manifest = json.loads((out / MANIFEST).read_text())
    assert manifest["articles"] == summary.articles > 5 and summary.statements > 0

    local, remote = tmp_path / "local.db", tmp_path / "remote.db"
    assert main(["ingest", "-q", "--jobs", "1", "--db", str(local), str(SEEDS), str(GUARD)]) == 0
    assert main(["ingest", "-q", "--db", str(remote), str(out)]) == 0
    lines = _export(local)
    assert _export(remote) == lines
    with Store(remote, create=False) as s:
        assert s.counts() == {"articles": summary.articles, "statements": summary.statements}
    # Loading the same records again adds nothing, as re-ingesting articles adds nothing.
    assert main(["ingest", "-q", "--db", str(remote), str(out / "part-00000.jsonl")]) == 0
    assert _export(remote) == lines


def test_unreadable_inputs_are_reported_on_load(
    client, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:  # type: ignore[no-untyped-def]
    empty = tmp_path / "in" / "empty.txt"
    empty.parent.mkdir()
    empty.write_text(" ")
    out = tmp_path / "records"
    summary = extract_to_records(
        [str(SEEDS), str(empty.parent), str(tmp_path / "nope")], out, client=client
    )
    assert len(summary.problems) == 2
    items = list(iter_records(out))
    assert [type(x) for x in items].count(Problem) == 2
    assert sum(isinstance(x, Extraction) for x in items) == 5
    assert (
        main(["ingest", "-q", "--db", str(tmp_path / "s.db"), str(out)]) == 1
    )  # partial: problems said
    assert "nope" in capsys.readouterr().err


def test_local_scheduler_without_a_cluster(tmp_path: Path) -> None:
    summary = extract_to_records([str(SEEDS)], tmp_path / "r", scheduler="sync", partition_size=2)
    assert summary.articles == 5 and len(summary["parts"]) == 3


def test_a_jsonl_that_is_not_records_is_one_problem(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # Nothing could be ingested: exit 2 (1 is for a batch where only some inputs were skipped).
    assert main(["ingest", "-q", "--db", str(tmp_path / "s.db"), str(SEEDS / "gold.jsonl")]) == 2
    assert capsys.readouterr().err.count("gold.jsonl") == 1
