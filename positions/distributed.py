"""Extraction on a Dask cluster, written as record files that ``positions ingest`` loads.

Extraction is a pure function source → article + statements, so a cluster only has to map
it over the inputs; the store is written afterwards, on one machine, by ``positions ingest``
(or ``positions import``). :func:`extract_to_records` cuts the inputs into partitions, and
each Dask task extracts one partition and writes ``part-NNNNN.jsonl``: for each article, its
record line followed by its statements' lines — the same tagged lines as ``positions
export``. A manifest, ``positions-records.json``, written last, lists the parts, their
counts and the inputs that could not be read, and marks the directory as complete.

Why Dask rather than Ray: it is pure Python and light (``pip install 'positions[dask]'``),
the same code runs on threads, local processes or a remote ``distributed`` scheduler with
only the client changing, and output paths go through fsspec, so a cluster can write to
shared disk or object storage (``s3://…``) alike. Ray would bring a 76 MB runtime and its
own object store for what is a plain map.

Reading the records back needs no Dask: :func:`iter_records` is used by the pipeline.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from positions.errors import InputError, PositionsError

if TYPE_CHECKING:
    from positions.pipeline import Extraction, Problem

__all__ = [
    "MANIFEST",
    "RecordsSummary",
    "extract_to_records",
    "is_records",
    "iter_records",
    "record_files",
]

MANIFEST = "positions-records.json"
PARTITION_SIZE = 256  # articles per task: long enough to hide scheduling, short enough to balance


def _is_url(path: str) -> bool:
    return "://" in path


def _source(path: str) -> Any:
    from positions.source import Source

    if not _is_url(path):
        return Source.from_path(path)
    import fsspec  # type: ignore[import-untyped]

    with fsspec.open(path, "rb") as f:
        return Source.from_bytes(f.read(), name=path)


def _write_part(
    task: tuple[int, Sequence[str]], out: str, finder: str | None, format_name: str | None
) -> dict[str, Any]:
    """Extract one partition on a worker and write its record file; returns its summary."""
    import fsspec

    from positions.pipeline import extract_source
    from positions.plugins import get_registry
    from positions.serialize import to_json_line

    index, paths = task
    reg = get_registry()  # cached per worker process: loaded once, not once per task
    name = f"part-{index:05d}.jsonl"
    articles = statements = 0
    problems: list[list[str]] = []
    # Written under a temporary name and renamed, so a retried task never leaves half a part.
    tmp = f"{out.rstrip('/')}/.{name}.tmp"
    with fsspec.open(tmp, "wt", encoding="utf-8") as f:
        for path in paths:
            try:
                ex = extract_source(_source(path), reg, finder=finder, format_name=format_name)
            except PositionsError as exc:
                problems.append([path, str(exc)])
                continue
            f.write(to_json_line(ex.article) + "\n")
            for s in ex.statements:
                f.write(to_json_line(s) + "\n")
            articles += 1
            statements += len(ex.statements)
    fs, _, (tmp_path,) = fsspec.get_fs_token_paths(tmp)
    fs.mv(tmp_path, tmp_path.rsplit("/", 1)[0] + "/" + name)
    failures = [str(f) for f in reg.failures]
    return {"part": name, "index": index, "articles": articles, "statements": statements,
            "problems": problems, "plugin_failures": failures}  # fmt: skip


class RecordsSummary(dict[str, Any]):
    """What :func:`extract_to_records` wrote: the manifest's content."""

    @property
    def articles(self) -> int:
        return int(self["articles"])

    @property
    def statements(self) -> int:
        return int(self["statements"])

    @property
    def problems(self) -> list[list[str]]:
        return list(self["problems"])


def _inputs(paths: Iterable[str]) -> tuple[list[str], list[list[str]]]:
    from positions.source import iter_paths

    local = [p for p in paths if not _is_url(p)]
    found: list[str] = [p for p in paths if _is_url(p)]
    problems: list[list[str]] = []
    for item in iter_paths(tuple(local)):
        if isinstance(item, InputError):
            problems.append([str(item).split(":")[0], str(item)])
        else:
            found.append(str(item))
    return found, problems


def extract_to_records(
    paths: Iterable[str],
    out: str | os.PathLike[str],
    *,
    client: Any = None,
    scheduler: str | None = None,
    partition_size: int = PARTITION_SIZE,
    finder: str | None = None,
    format_name: str | None = None,
) -> RecordsSummary:
    """Extract every article under ``paths`` on Dask and write record files under ``out``.

    ``paths`` are files or directories the workers can read under the same names (a shared
    filesystem), or fsspec URLs. ``out`` is a directory or fsspec URL the workers can write.
    The work runs on ``client`` (a ``distributed.Client``) if given, else on the scheduler
    named by ``scheduler`` (``"threads"``, ``"processes"``, ``"sync"``), else on Dask's
    current default (an active ``Client`` included). Returns the manifest.
    """
    import dask
    import dask.bag as db
    import fsspec

    out_s = os.fspath(out)
    files, problems = _inputs(list(paths))
    fs, _, (root,) = fsspec.get_fs_token_paths(out_s)
    fs.makedirs(root, exist_ok=True)
    if fs.exists(f"{root}/{MANIFEST}"):
        fs.rm(f"{root}/{MANIFEST}")  # a stale manifest must not vouch for new parts
    step = max(1, partition_size)
    tasks = [(i, files[k : k + step]) for i, k in enumerate(range(0, len(files), step))]
    parts: list[dict[str, Any]] = []
    if tasks:
        bag = db.from_sequence(tasks, npartitions=len(tasks)).map(  # type: ignore[no-untyped-call]
            _write_part, out=out_s, finder=finder, format_name=format_name
        )
        if client is not None:
            parts = list(client.compute(bag).result())
        else:
            with dask.config.set(scheduler=scheduler) if scheduler else _nothing():
                parts = list(bag.compute())
    parts.sort(key=lambda p: p["index"])
    for p in parts:
        problems.extend(p["problems"])
    summary = RecordsSummary(
        parts=[p["part"] for p in parts],
        articles=sum(p["articles"] for p in parts),
        statements=sum(p["statements"] for p in parts),
        problems=problems,
        plugin_failures=sorted({f for p in parts for f in p["plugin_failures"]}),
        inputs=len(files),
    )
    with fsspec.open(f"{out_s.rstrip('/')}/{MANIFEST}", "wt", encoding="utf-8") as f:
        json.dump(summary, f, indent=1)
    return summary


class _nothing:
    def __enter__(self) -> None:
        return None

    def __exit__(self, *exc: object) -> None:
        return None


# ---------------------------------------------------------------------- reading back


def is_records(path: str | os.PathLike[str]) -> bool:
    """A record file (``*.jsonl``) or a directory written by :func:`extract_to_records`."""
    p = Path(path)
    return (p.is_file() and p.name.endswith(".jsonl")) or (p.is_dir() and (p / MANIFEST).is_file())


def record_files(path: str | os.PathLike[str]) -> tuple[list[Path], list[list[str]]]:
    """The record files at ``path`` in order, and the problems its manifest lists."""
    p = Path(path)
    if p.is_file():
        return [p], []
    try:
        manifest = json.loads((p / MANIFEST).read_text(encoding="utf-8"))
        return [p / name for name in manifest["parts"]], list(manifest.get("problems", []))
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise InputError(f"{p / MANIFEST}: not a readable records manifest ({exc})") from None


def iter_records(path: str | os.PathLike[str]) -> Iterator[Extraction | Problem]:
    """Articles with their statements from record files, streamed one article at a time.

    Each article's line is followed by its statements' lines (as :func:`extract_to_records`
    and ``positions export`` write them); nothing else is held in memory. Inputs the
    manifest lists as unreadable come out as problems, as they would from a local ingest.
    """
    from positions.model import Article, Statement
    from positions.pipeline import Extraction, Problem
    from positions.serialize import from_json_line

    files, problems = record_files(path)
    for name, error in problems:
        yield Problem(name, error)
    for f in files:
        article: Article | None = None
        found: list[Statement] = []
        try:
            handle = f.open(encoding="utf-8")
        except OSError as exc:
            yield Problem(str(f), f"{f}: cannot read: {exc.strerror or exc}")
            continue
        with handle:
            for n, line in enumerate(handle, 1):
                if not line.strip():
                    continue
                try:
                    rec = from_json_line(line)
                except PositionsError as exc:
                    # Not a record file after all (or a damaged one): one problem, not one per line.
                    yield Problem(str(f), f"{f}:{n}: {exc}")
                    break
                if isinstance(rec, Article):
                    if article is not None:
                        yield Extraction(article, found)  # type: ignore[arg-type]  # attrs converter=tuple takes any iterable
                    article, found = rec, []
                elif (
                    isinstance(rec, Statement)
                    and article is not None
                    and rec.article_id == article.id
                ):
                    found.append(rec)
                else:
                    yield Problem(str(f), f"{f}:{n}: a {type(rec).__name__.lower()} outside its article; "
                                  "load whole-store exports with `positions import`")  # fmt: skip
                    break
        if article is not None:
            yield Extraction(article, found)  # type: ignore[arg-type]  # attrs converter=tuple takes any iterable


def main(argv: Sequence[str] | None = None) -> int:
    """``python -m positions.distributed PATHS... -o OUT [--scheduler tcp://host:8786]``."""
    import argparse

    ap = argparse.ArgumentParser(
        prog="python -m positions.distributed",
        description="Extract articles on a Dask cluster into record files that `positions ingest OUT` loads.",
    )
    ap.add_argument(
        "paths", nargs="+", help="files, directories or fsspec URLs the workers can read"
    )
    ap.add_argument(
        "-o", "--out", required=True, help="output directory or fsspec URL the workers can write"
    )
    ap.add_argument("--scheduler", default=None,
                    help="a distributed scheduler address (tcp://host:8786); default: local threads")  # fmt: skip
    ap.add_argument("--partition-size", type=int, default=PARTITION_SIZE, help="articles per task")
    ap.add_argument("--finder", default=None)
    args = ap.parse_args(argv)
    if args.scheduler and "://" in args.scheduler:
        from distributed import Client

        with Client(args.scheduler) as client:  # type: ignore[no-untyped-call]
            summary = extract_to_records(args.paths, args.out, client=client,
                                         partition_size=args.partition_size, finder=args.finder)  # fmt: skip
    else:
        summary = extract_to_records(args.paths, args.out, scheduler=args.scheduler or "threads",
                                     partition_size=args.partition_size, finder=args.finder)  # fmt: skip
    print(f"{summary.articles} articles, {summary.statements} statements in {len(summary['parts'])} parts "
          f"under {args.out}; {len(summary.problems)} inputs skipped")  # fmt: skip
    for name, error in summary.problems:
        print(f"  {error if error.startswith(name) else name + ': ' + error}")
    return 1 if summary.problems else 0


if __name__ == "__main__":
    raise SystemExit(main())
