"""The benchmark suite in one command: ``.venv/bin/python bench/run.py [--quick]``.

Generates (or reuses) the deterministic corpora, runs every measurement in a fresh
interpreter (``bench/tasks.py``) so that each peak RSS belongs to that measurement alone,
and prints one Markdown report: our pipeline and the spaCy peer side by side with the
ratio, memory at two corpus sizes, detector growth, store size and timeline latency.

``--profile`` prints the hottest functions of single-process extraction instead.
Not part of the test suite: figures depend on the machine.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from corpus import ensure_corpus  # noqa: E402

from positions.parallel import default_jobs  # noqa: E402


def task(*args: str | int) -> dict[str, Any]:
    """Run one ``tasks.py`` measurement in its own interpreter and return its JSON."""
    cmd = [sys.executable, str(HERE / "tasks.py"), *map(str, args)]
    out = subprocess.run(cmd, check=True, capture_output=True, text=True, cwd=HERE)
    result: dict[str, Any] = json.loads(out.stdout.strip().splitlines()[-1])
    return result


def _rate(r: dict[str, Any]) -> tuple[float, float]:
    return r["articles"] / r["seconds"], r["input_bytes"] / 1e6 / r["seconds"]


def _rss(r: dict[str, Any]) -> str:
    if r.get("children_rss_mb"):
        return f"{r['rss_mb']:.0f} MB (+ {r['children_rss_mb']:.0f} MB per worker)"
    return f"{r['rss_mb']:.0f} MB"


def _log(msg: str) -> None:
    print(f"[bench {time.strftime('%H:%M:%S')}] {msg}", file=sys.stderr, flush=True)


def run(args: argparse.Namespace) -> dict[str, Any]:
    small_n, big_n = (200, 1000) if args.quick else (1000, args.articles)
    detect_ns = [10_000, 100_000] if args.quick else [10_000, 100_000, 1_000_000]
    store_n = 100_000 if args.quick else 1_000_000
    jobs = args.jobs or default_jobs()
    base = args.cache
    _log(f"corpora of {small_n} and {big_n} articles under {base}")
    small, big = ensure_corpus(base, small_n), ensure_corpus(base, big_n)
    res: dict[str, Any] = {
        "jobs": jobs,
        "corpus": {"articles": big.articles, "bytes": big.bytes, "kinds": big.kinds},
    }
    steps: list[tuple[str, tuple[str | int, ...]]] = [
        ("ingest_small_1", ("ingest", "--corpus", small.root, "--jobs", 1)),
        ("ingest_big_1", ("ingest", "--corpus", big.root, "--jobs", 1)),
        ("ingest_big_n", ("ingest", "--corpus", big.root, "--jobs", jobs)),
        ("extract_big_1", ("extract", "--corpus", big.root, "--jobs", 1)),
    ]
    if (
        args.all_rows
    ):  # the parallel extract-only row adds a minute and says what ingest --jobs says
        steps.append(("extract_big_n", ("extract", "--corpus", big.root, "--jobs", jobs)))
    if not args.no_peer:
        steps += [
            ("peer_big_1", ("peer", "--corpus", big.root, "--jobs", 1)),
            ("peer_big_n", ("peer", "--corpus", big.root, "--jobs", jobs)),
        ]
    steps += [(f"detect_{n}", ("detect", "-n", n)) for n in detect_ns]
    steps.append(("store", ("store", "-n", store_n, "--queries", 40)))
    for name, argv in steps:
        _log(f"{name}: {' '.join(map(str, argv[:1]))} …")
        t = time.perf_counter()
        try:
            res[name] = task(*argv)
        except subprocess.CalledProcessError as exc:
            # The peer needs spaCy (the `bench` extra); the rest of the report still stands.
            res[name] = {"error": (exc.stderr or "").strip().splitlines()[-1:] or ["failed"]}
        _log(f"{name}: {time.perf_counter() - t:.1f} s")
    return res


def table(res: dict[str, Any]) -> str:
    from tabulate import tabulate

    c = res["corpus"]
    jobs = res["jobs"]
    rows: list[tuple[str, str, str, str, str]] = []

    def speed(label: str, key: str, note: str = "") -> None:
        r = res.get(key)
        if not r or "error" in r:
            rows.append((label, "—", "—", "—", (r or {}).get("error", ["not run"])[0]))
            return
        a, mb = _rate(r)
        # CPU seconds (this process and its workers): wall time on a shared machine
        # includes waiting for the CPU; articles per CPU second does not.
        cpu = r.get("cpu_s", 0.0) + r.get("children_cpu_s", 0.0)
        per_cpu = f"{r['articles'] / cpu:,.0f}" if cpu else "—"
        rows.append((label, f"{a:,.0f}", f"{mb:.2f}", per_cpu, f"peak RSS {_rss(r)}{note}"))

    speed("ingest + extract, 1 process", "ingest_big_1")
    speed(f"ingest + extract, {jobs} processes", "ingest_big_n")
    speed("extract only, 1 process", "extract_big_1")
    if "extract_big_n" in res:
        speed(f"extract only, {jobs} processes", "extract_big_n")
    speed("peer (spaCy blank + sentencizer + PhraseMatcher), 1 process", "peer_big_1")
    speed(f"peer, {jobs} processes", "peer_big_n")
    out = [
        f"Corpus: {c['articles']:,} articles, {c['bytes'] / 1e6:.1f} MB ({', '.join(f'{k} {v}' for k, v in sorted(c['kinds'].items()))})",
        "",
        tabulate(
            rows,
            headers=["job", "articles/s", "MB/s", "articles per CPU s", "notes"],
            tablefmt="github",
        ),
        "",
    ]

    def ratio(ours: str, peer: str) -> str:
        a, b = res.get(ours, {}), res.get(peer, {})
        if "seconds" not in a or "seconds" not in b:
            return "—"
        return f"{_rate(a)[0] / _rate(b)[0]:.2f}×"

    out.append("Ratio of our throughput to the peer's (>1: we are faster):")
    out.append("")
    out.append(
        tabulate(
            [
                ("our extract only / peer, 1 process", ratio("extract_big_1", "peer_big_1")),
                ("our full ingest / peer, 1 process", ratio("ingest_big_1", "peer_big_1")),
                (f"our full ingest / peer, {jobs} processes", ratio("ingest_big_n", "peer_big_n")),
            ],
            headers=["comparison", "ratio"],
            tablefmt="github",
        )
    )
    out.append("")
    s1, b1, bn = res["ingest_small_1"], res["ingest_big_1"], res["ingest_big_n"]
    out.append("Memory (ingest, 1 process, peak RSS of the whole process):")
    out.append("")
    out.append(
        tabulate(
            [
                (
                    f"{s1['articles']:,}",
                    f"{s1['statements']:,}",
                    f"{s1['rss_mb']:.0f}",
                    f"{s1['baseline_rss_mb']:.0f}",
                ),
                (
                    f"{b1['articles']:,}",
                    f"{b1['statements']:,}",
                    f"{b1['rss_mb']:.0f}",
                    f"{b1['baseline_rss_mb']:.0f}",
                ),
            ],
            headers=["articles", "statements", "peak RSS MB", "RSS after start-up MB"],
            tablefmt="github",
        )
    )
    out.append("")
    speedup = b1["seconds"] / bn["seconds"]
    line = f"Speed-up of `ingest --jobs {jobs}` over `--jobs 1`: {speedup:.2f}× ({b1['seconds']:.1f} s → {bn['seconds']:.1f} s)"
    if "seconds" in res.get("extract_big_n", {}):
        line += f"; extract only: {res['extract_big_1']['seconds'] / res['extract_big_n']['seconds']:.2f}×"
    out.append(line)
    st = res["store"]
    out.append("")
    out.append(
        f"Store size: {b1['db_bytes'] / b1['statements'] * 1000 / 1e6:.2f} MB per 1,000 statements from the corpus "
        f"(article bodies included); {st['db_bytes'] / st['n'] * 1000 / 1e6:.2f} MB per 1,000 synthetic "
        f"statements (10 per small article) in the {st['n']:,}-statement store."
    )
    out.append("")
    drows = []
    for key in sorted(
        (k for k in res if k.startswith("detect_")), key=lambda k: int(k.split("_")[1])
    ):
        d = res[key]
        drows.append(
            (
                f"{d['n']:,}",
                f"{d['seconds']:.2f}",
                f"{1e6 * d['seconds'] / d['n']:.1f}",
                f"{d['shifts']:,}",
                f"{d['rss_mb']:.0f}",
            )
        )
    out.append("Detector (all timelines, month periods), synthetic statements:")
    out.append("")
    out.append(
        tabulate(
            drows,
            headers=["statements", "seconds", "µs/statement", "shifts", "peak RSS MB"],
            tablefmt="github",
        )
    )
    out.append("")
    out.append(
        f"Timeline query (store.statements(party, issue) + timeline) in a {st['n']:,}-statement store "
        f"({st['db_bytes'] / 1e6:.0f} MB, written in {st['write_s']:.0f} s), {st['queries']} (party, issue) pairs: "
        f"p50 {st['p50_ms']:.1f} ms, p95 {st['p95_ms']:.1f} ms, max {st['max_ms']:.1f} ms "
        f"(largest timeline {st['largest_timeline']:,} statements in {st['largest_ms']:.1f} ms; "
        f"median timeline {st['median_timeline']:,} statements)."
    )
    return "\n".join(out) + "\n"


def profile(args: argparse.Namespace) -> str:
    corpus = ensure_corpus(args.cache, 1000 if args.quick else 2000)
    r = task("profile", "--corpus", corpus.root, "--limit", args.limit, "--top", args.top,
             *(("--out", args.profile_out) if args.profile_out else ()))  # fmt: skip
    lines = [f"cProfile of single-process extraction, {r['articles']} articles in {r['seconds']:.2f} s "
             f"({r['articles'] / r['seconds']:.0f} articles/s under the profiler)", "", "By own time:", ""]  # fmt: skip
    from tabulate import tabulate

    def rows(key: str) -> list[tuple[str, int, str, str]]:
        return [
            (x["function"], x["calls"], f"{x['tottime']:.3f}", f"{x['cumtime']:.3f}")
            for x in r[key]
        ]

    lines.append(
        tabulate(
            rows("by_tottime"),
            headers=["function", "calls", "tottime s", "cumtime s"],
            tablefmt="github",
        )
    )
    lines += ["", "By cumulative time (positions code):", ""]
    lines.append(
        tabulate(
            rows("by_cumtime"),
            headers=["function", "calls", "tottime s", "cumtime s"],
            tablefmt="github",
        )
    )
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--quick", action="store_true", help="small corpora and stores: about a minute")
    ap.add_argument(
        "--articles", type=int, default=10_000, help="articles in the large corpus (default 10,000)"
    )
    ap.add_argument(
        "--jobs", type=int, default=0, help="processes for the parallel rows (default: all cores)"
    )
    ap.add_argument("--no-peer", action="store_true", help="skip the spaCy peer")
    ap.add_argument("--all-rows", action="store_true", help="also time extract-only on all cores")
    ap.add_argument("--cache", type=Path, default=Path(os.environ.get("POSITIONS_BENCH_CACHE", Path(tempfile.gettempdir()) / "positions-bench")),
                    help="where generated corpora are kept between runs")  # fmt: skip
    ap.add_argument("--json", type=Path, default=None, help="also write the raw figures here")
    ap.add_argument(
        "--profile", action="store_true", help="print the profile of single-process extraction"
    )
    ap.add_argument("--limit", type=int, default=1000, help="articles profiled")
    ap.add_argument("--top", type=int, default=15)
    ap.add_argument("--profile-out", type=Path, default=None, help="also dump the pstats file here")
    args = ap.parse_args(argv)
    if args.profile:
        print(profile(args), end="")
        return 0
    t = time.perf_counter()
    res = run(args)
    res["total_s"] = time.perf_counter() - t
    if args.json:
        args.json.write_text(json.dumps(res, indent=1), encoding="utf-8")
    print(table(res), end="")
    print(
        f"\n(benchmark ran in {res['total_s']:.0f} s on {os.cpu_count()} cores, Python {sys.version.split()[0]})"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
