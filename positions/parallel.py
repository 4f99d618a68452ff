"""Extraction on every core: a process pool mapped over input paths, results in input order.

Extraction (:func:`positions.pipeline.extract_source`) is a pure function of its input, so
it parallelises as a ``map``; the store is not touched here, and the caller writes results
serially, in input order. Three things keep it fast and flat:

* paths go to workers in chunks (fewer round trips), and at most a few chunks per worker
  are in flight at once, so a large corpus never piles up results in memory however slow
  the writer is;
* each worker loads the plugin registry once (inherited at fork where the platform forks,
  loaded by the pool initializer otherwise), not once per article;
* small inputs do not start a pool at all: below ``serial_below`` articles the pool would
  cost more than it saves.

Plugin failures noted by a worker (a sniffer that raised) come back with its results and
are added to the parent's registry, so ``--jobs 4`` reports what ``--jobs 1`` reports.
"""

from __future__ import annotations

import multiprocessing
import os
from collections import deque
from collections.abc import Iterable, Iterator
from itertools import islice
from multiprocessing.pool import AsyncResult
from typing import TYPE_CHECKING, Any

from positions.errors import InputError

if TYPE_CHECKING:
    from positions.pipeline import Extraction, Problem
    from positions.plugins import PluginFailure, Registry

__all__ = ["CHUNK_SIZE", "SERIAL_BELOW", "default_jobs", "iter_parallel", "resolve_jobs"]

CHUNK_SIZE = 16  # articles per task: big enough to amortise a round trip, small enough to balance
SERIAL_BELOW = 64  # fewer articles than this are extracted in-process
IN_FLIGHT_PER_WORKER = 4  # chunks queued per worker: keeps workers busy, bounds memory

# What a worker uses: set in the parent before a fork (inherited), or loaded by _init.
_worker_registry: Registry | None = None
_worker_options: dict[str, str | None] = {}


def default_jobs() -> int:
    """The number of cores this process may run on."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on every platform
        return max(1, os.cpu_count() or 1)


def resolve_jobs(jobs: int | None) -> int:
    """``None`` or 0 means every core; negative numbers are refused."""
    if jobs is None or jobs == 0:
        return default_jobs()
    if jobs < 0:
        raise InputError(f"--jobs must be a positive number of processes, got {jobs}")
    return jobs


# A task is a list of (path, None) to extract or (None, problem) to pass through, so that
# inputs that failed before extraction keep their place in the output.
_Task = list[tuple[str | None, "Problem | None"]]
_Result = tuple[list["Extraction | Problem"], list["PluginFailure"]]


def _init(options: dict[str, str | None]) -> None:
    global _worker_registry, _worker_options
    _worker_options = options
    if _worker_registry is None:
        from positions.plugins import get_registry

        _worker_registry = get_registry()


def _extract_one(
    path: str, registry: Registry, finder: str | None, format_name: str | None
) -> Extraction | Problem:
    from positions.errors import PositionsError
    from positions.pipeline import Problem, extract_source
    from positions.source import Source

    try:
        return extract_source(
            Source.from_path(path), registry, finder=finder, format_name=format_name
        )
    except PositionsError as exc:
        return Problem(path, str(exc))


def _work(task: _Task) -> _Result:
    reg = _worker_registry
    assert reg is not None, "worker started without a registry"
    before = len(reg.failures)
    finder, format_name = _worker_options.get("finder"), _worker_options.get("format_name")
    out: list[Extraction | Problem] = []
    for path, problem in task:
        out.append(problem if path is None else _extract_one(path, reg, finder, format_name))  # type: ignore[arg-type]
    failures = reg.failures[before:]
    del reg.failures[before:]  # sent to the parent; do not grow without bound here
    return out, failures


def _tasks(items: Iterable[tuple[str | None, Problem | None]], size: int) -> Iterator[_Task]:
    it = iter(items)
    while chunk := list(islice(it, size)):
        yield chunk


def _context() -> Any:
    # fork: workers inherit the loaded registry (and any custom one) for free, and start in
    # milliseconds. Elsewhere (Windows, macOS defaults) spawn workers load the installed plugins.
    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("fork" if "fork" in methods else "spawn")


def iter_parallel(
    items: Iterable[tuple[str | None, Problem | None]],
    registry: Registry,
    *,
    jobs: int,
    finder: str | None = None,
    format_name: str | None = None,
    chunk_size: int = CHUNK_SIZE,
    serial_below: int = SERIAL_BELOW,
) -> Iterator[Extraction | Problem]:
    """Extract each ``(path, None)`` item on ``jobs`` processes; ``(None, problem)`` passes through.

    Results come out in input order. With ``jobs == 1``, or fewer than ``serial_below``
    items, everything runs in this process.
    """
    global _worker_registry
    it = iter(items)
    head = list(islice(it, max(serial_below, 1)))
    if jobs <= 1 or len(head) < serial_below:
        for path, problem in [*head, *it]:
            yield problem if path is None else _extract_one(path, registry, finder, format_name)  # type: ignore[misc]
        return

    def rest() -> Iterator[tuple[str | None, Problem | None]]:
        yield from head
        yield from it

    ctx = _context()
    options = {"finder": finder, "format_name": format_name}
    # Set before the pool forks so workers inherit this registry rather than loading one.
    previous, _worker_registry = (
        _worker_registry,
        registry if ctx.get_start_method() == "fork" else None,
    )
    try:
        with ctx.Pool(jobs, initializer=_init, initargs=(options,)) as pool:
            pending: deque[AsyncResult[_Result]] = deque()
            window = jobs * IN_FLIGHT_PER_WORKER
            for task in _tasks(rest(), chunk_size):
                pending.append(pool.apply_async(_work, (task,)))
                if len(pending) >= window:
                    yield from _collect(pending.popleft(), registry)
            while pending:
                yield from _collect(pending.popleft(), registry)
    finally:
        _worker_registry = previous


def _collect(result: AsyncResult[_Result], registry: Registry) -> list[Extraction | Problem]:
    items, failures = result.get()
    registry.failures.extend(failures)
    return items
