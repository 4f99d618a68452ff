"""One measurement per process: ``python bench/tasks.py TASK [options]`` prints one JSON line.

``bench/run.py`` runs each task in a fresh interpreter so that peak RSS
(``resource.getrusage``) belongs to that task alone, and one task's caches or heap never
help or hurt the next.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any


def _usage() -> dict[str, float]:
    me = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return {
        # ru_maxrss is in KiB on Linux (bytes on macOS; this suite reports Linux figures).
        "rss_mb": me.ru_maxrss / 1024,
        "children_rss_mb": kids.ru_maxrss / 1024,
        "cpu_s": me.ru_utime + me.ru_stime,
        "children_cpu_s": kids.ru_utime + kids.ru_stime,
    }


def _manifest(corpus: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((corpus / "manifest.json").read_text(encoding="utf-8"))
    return data


def _db_bytes(db: Path) -> int:
    return sum(p.stat().st_size for p in db.parent.glob(db.name + "*"))


def task_ingest(corpus: Path, jobs: int) -> dict[str, Any]:
    from positions.pipeline import ingest
    from positions.plugins import get_registry
    from positions.store import Store

    t = time.perf_counter()
    reg = get_registry()
    startup = time.perf_counter() - t
    base = _usage()
    with tempfile.TemporaryDirectory(prefix="positions-bench-") as tmp:
        db = Path(tmp) / "bench.db"
        with Store(db) as store:
            t = time.perf_counter()
            rep = ingest([str(corpus)], store, reg, jobs=jobs)
            seconds = time.perf_counter() - t
            counts = store.counts()
        size = _db_bytes(db)
    return {
        "seconds": seconds,
        "startup_s": startup,
        "inputs": rep.added + rep.duplicates + len(rep.problems),
        "articles": counts["articles"],
        "statements": counts["statements"],
        "problems": len(rep.problems),
        "generic": len(rep.generic),
        "input_bytes": _manifest(corpus)["bytes"],
        "db_bytes": size,
        "baseline_rss_mb": base["rss_mb"],
        **_usage(),
    }


def task_extract(corpus: Path, jobs: int) -> dict[str, Any]:
    from positions.pipeline import Problem, iter_extractions
    from positions.plugins import get_registry

    reg = get_registry()
    t = time.perf_counter()
    articles = statements = problems = 0
    for item in iter_extractions([str(corpus)], reg, jobs=jobs):
        if isinstance(item, Problem):
            problems += 1
        else:
            articles += 1
            statements += len(item.statements)
    seconds = time.perf_counter() - t
    return {
        "seconds": seconds,
        "articles": articles,
        "statements": statements,
        "problems": problems,
        "input_bytes": _manifest(corpus)["bytes"],
        **_usage(),
    }


def task_peer(corpus: Path, jobs: int) -> dict[str, Any]:
    from peer import run_peer

    paths = sorted(
        p
        for p in corpus.rglob("*")
        if p.is_file() and p.suffix in (".txt", ".html") and p.name != "manifest.json"
    )
    t = time.perf_counter()
    out = run_peer(paths, jobs=jobs)
    seconds = time.perf_counter() - t
    return {
        "seconds": seconds,
        "articles": out["documents"],
        **out,
        "input_bytes": _manifest(corpus)["bytes"],
        **_usage(),
    }


def task_detect(n: int) -> dict[str, Any]:
    from synth import statements

    from positions import detect

    t = time.perf_counter()
    pool = list(statements(n))
    build = time.perf_counter() - t
    t = time.perf_counter()
    shifts = detect.detect_shifts(pool)
    seconds = time.perf_counter() - t
    return {"n": n, "seconds": seconds, "build_s": build, "shifts": len(shifts), **_usage()}


def task_store(n: int, queries: int) -> dict[str, Any]:
    import random

    from synth import articles_with_statements, pairs

    from positions import detect
    from positions.store import Store

    with tempfile.TemporaryDirectory(prefix="positions-bench-") as tmp:
        db = Path(tmp) / "big.db"
        t = time.perf_counter()
        with Store(db) as store:
            for article, sts in articles_with_statements(n):
                store.add(article, sts)
        write = time.perf_counter() - t
        size = _db_bytes(db)
        ranked = [k for k, _ in pairs()]
        rng = random.Random(1)
        chosen = ranked[:5] + rng.sample(ranked[5:], max(0, queries - 5))
        latencies = []
        with Store(db, create=False) as store:
            store.statements(party=ranked[-1][0], issue=ranked[-1][1])  # warm the connection
            for party, issue in chosen:
                runs = []
                for _ in range(3):
                    t = time.perf_counter()
                    rows = store.statements(party=party, issue=issue)
                    tl = detect.timeline(rows, party, issue)
                    runs.append(time.perf_counter() - t)
                latencies.append((statistics.median(runs), len(rows), len(tl.periods)))
    lat = sorted(x[0] for x in latencies)
    biggest = max(latencies, key=lambda x: x[1])
    return {
        "n": n,
        "write_s": write,
        "db_bytes": size,
        "queries": len(latencies),
        "p50_ms": 1000 * statistics.median(lat),
        "p95_ms": 1000 * lat[min(len(lat) - 1, int(0.95 * len(lat)))],
        "max_ms": 1000 * lat[-1],
        "largest_timeline": biggest[1],
        "largest_ms": 1000 * biggest[0],
        "median_timeline": int(statistics.median(x[1] for x in latencies)),
        **_usage(),
    }


def task_profile(corpus: Path, limit: int, top: int, out: Path | None) -> dict[str, Any]:
    import cProfile
    import pstats
    from itertools import islice

    from positions.pipeline import Problem, iter_extractions
    from positions.plugins import get_registry

    reg = get_registry()
    prof = cProfile.Profile()
    t = time.perf_counter()
    prof.enable()
    n = sum(
        1
        for item in islice(iter_extractions([str(corpus)], reg, jobs=1), limit)
        if not isinstance(item, Problem)
    )
    prof.disable()
    seconds = time.perf_counter() - t
    stats = pstats.Stats(prof)
    if out is not None:
        stats.dump_stats(str(out))
    rows = []
    for (filename, line, func), (_cc, nc, tt, ct, _callers) in stats.stats.items():  # type: ignore[attr-defined]
        rows.append(
            {
                "function": f"{_short(filename)}:{line}({func})",
                "calls": nc,
                "tottime": tt,
                "cumtime": ct,
            }
        )
    by_tot = sorted(rows, key=lambda r: -r["tottime"])[:top]
    by_cum = sorted((r for r in rows if "positions" in r["function"]), key=lambda r: -r["cumtime"])[
        :top
    ]
    return {"articles": n, "seconds": seconds, "by_tottime": by_tot, "by_cumtime": by_cum}


def _short(filename: str) -> str:
    for marker in ("/positions/", "/positions_plugins/", "/site-packages/", "/lib/python3"):
        if marker in filename:
            return marker.strip("/") + "/" + filename.split(marker, 1)[1]
    return filename


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("task", choices=["ingest", "extract", "peer", "detect", "store", "profile"])
    ap.add_argument("--corpus", type=Path)
    ap.add_argument("--jobs", type=int, default=1)
    ap.add_argument("-n", type=int, default=10_000)
    ap.add_argument("--queries", type=int, default=40)
    ap.add_argument("--limit", type=int, default=2000)
    ap.add_argument("--top", type=int, default=15)
    ap.add_argument("--out", type=Path, default=None)
    args = ap.parse_args(argv)
    # The peer's workers and ours must not inherit a store path from the environment.
    os.environ.pop("POSITIONS_DB", None)
    if args.task == "ingest":
        result = task_ingest(args.corpus, args.jobs)
    elif args.task == "extract":
        result = task_extract(args.corpus, args.jobs)
    elif args.task == "peer":
        result = task_peer(args.corpus, args.jobs)
    elif args.task == "detect":
        result = task_detect(args.n)
    elif args.task == "store":
        result = task_store(args.n, args.queries)
    else:
        result = task_profile(args.corpus, args.limit, args.top, args.out)
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
