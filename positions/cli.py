"""The ``positions`` command line.

Each subcommand is a small function; :func:`main` turns the project's errors into one
line on stderr (``positions: error: …``) and an exit code: 0 all went well, 1 some inputs
were skipped or something failed, 2 the command could not run at all.
``POSITIONS_DEBUG=1`` re-raises instead, for a traceback.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import sqlite3
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, TypeVar

import click

from positions import detect, report
from positions.errors import InputError, PositionsError
from positions.model import When
from positions.pipeline import Extraction, Problem, ingest, iter_extractions
from positions.plugins import get_registry
from positions.store import Store, default_store_path

F = TypeVar("F", bound=Callable[..., Any])

EXIT_OK, EXIT_PARTIAL, EXIT_FATAL = 0, 1, 2


def _err(msg: str) -> None:
    click.echo(f"positions: error: {msg}", err=True)


def format_option(default: str = "table") -> Callable[[F], F]:
    return click.option(
        "--format",
        "fmt",
        type=click.Choice(report.FORMATS),
        default=default,
        show_default=True,
        help="Output format.",
    )


def db_option(f: F) -> F:
    return click.option(
        "--db",
        type=click.Path(dir_okay=False, path_type=Path),
        default=None,
        help=f"Store file (default: $POSITIONS_DB or {default_store_path()}).",
    )(f)


def open_store(db: Path | None, *, create: bool = True) -> Store:
    store = Store(db or default_store_path(), create=create)
    for note in store.notes:  # a migration, and where the old file is kept
        click.echo(f"positions: note: {note}", err=True)
    return store


def _parse_day(text: str, end: bool = False) -> dt.date:
    try:
        when = When.parse(text, "supplied")
    except ValueError as exc:
        raise InputError(str(exc)) from None
    d = when.end() if end else when.date
    assert d is not None
    return d


def between_option(f: F) -> F:
    return click.option(
        "--between",
        nargs=2,
        default=None,
        metavar="START END",
        help="Compare window START with window END directly (YYYY, YYYY-Qn, YYYY-MM, YYYY-Www or YYYY-MM-DD).",
    )(f)


def _window(between: tuple[str, str] | None) -> tuple[Any, Any] | None:
    """The two ``--between`` windows as periods (semantics: the docstring of positions.detect)."""
    if not between:
        return None
    return detect.parse_window(between[0]), detect.parse_window(between[1])


def _report_problems(
    problems: Sequence[Problem], plugin_lines: Sequence[str] = (), unread: Sequence[str] = ()
) -> None:
    for p in problems:
        click.echo(f"positions: skipped: {p}", err=True)
    for line in plugin_lines:
        click.echo(f"positions: warning: {line}", err=True)
    for line in unread:
        click.echo(f"positions: note: {line}", err=True)


def _exit_code(done: int, problems: Sequence[Problem], plugin_lines: Sequence[str] = ()) -> int:
    """0 all went well; 1 some inputs were skipped (or a plugin failed); 2 nothing was done."""
    if problems and not done:
        return EXIT_FATAL
    return EXIT_PARTIAL if problems or plugin_lines else EXIT_OK


def _run_plugin_lines(before: int) -> list[str]:
    from positions.pipeline import IngestReport

    return IngestReport(plugin_failures=get_registry().failures[before:]).plugin_lines()


def _print_plugin_failures() -> None:
    for f in get_registry().failures:
        click.echo(f"positions: warning: {f}", err=True)


# ---------------------------------------------------------------------------- group


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="positions")
def cli() -> None:
    """Track what parties say they want, issue by issue, and report when it changes."""


def _shift_table(shifts: Sequence[Any], fmt: str) -> str:
    return report.shift_table(shifts, fmt)


def jobs_option(f: F) -> F:
    return click.option(
        "-j",
        "--jobs",
        type=click.IntRange(min=0),
        default=None,
        help="Processes extracting articles (default: all cores; 1: this process only).",
    )(f)


def _run_ingest(
    paths: Sequence[str], store: Store, finder: str | None, quiet: bool, jobs: int | None = 1
) -> tuple[Any, int]:
    total = 0

    def tick(item: Extraction | Problem) -> None:
        nonlocal total
        total += 1
        if not quiet and total % 200 == 0:
            click.echo(f"  … {total} inputs", err=True)

    result = ingest(paths, store, get_registry(), finder=finder, on_item=tick, jobs=jobs)
    return result, total


@cli.command("report")
@click.argument("paths", nargs=-1, required=True)
@db_option
@format_option()
@click.option(
    "--period", type=click.Choice(detect.GRANULARITIES), default="month", show_default=True
)
@click.option(
    "--min-change",
    type=click.IntRange(1, 4),
    default=2,
    show_default=True,
    help="Smallest change reported besides reversals (1 adds minor shifts).",
)
@click.option("--finder", default=None, help="Statement finder to use (default: the built-in).")
@jobs_option
@between_option
def report_cmd(
    paths: tuple[str, ...],
    db: Path | None,
    fmt: str,
    period: str,
    min_change: int,
    finder: str | None,
    jobs: int | None,
    between: tuple[str, str] | None,
) -> int:
    """Ingest PATHS into the store, then print the shift table (the main job in one command)."""
    with open_store(db) as store:
        result, _ = _run_ingest(paths, store, finder, quiet=True, jobs=jobs)
        _report_problems(result.problems, result.plugin_lines(), result.unread)
        click.echo(f"positions: {result.summary()} ({store.path})", err=True)
        statements = store.statements()
    window = _window(between)
    shifts = detect.detect_shifts(
        statements, granularity=period, min_change=min_change, between=window
    )
    click.echo(_shift_table(shifts, fmt), nl=False)
    _shift_note(shifts, statements, period, window)
    return _exit_code(result.done, result.problems, result.plugin_lines())


def _shift_note(
    shifts: Sequence[Any], statements: Sequence[Any], period: str, window: tuple[Any, Any] | None
) -> None:
    """How many shifts, out of how many statements, and how many had no usable date (stderr)."""
    tls = detect.timelines(statements, granularity=period, between=window)
    note = f"{len(shifts)} shift{'s' * (len(shifts) != 1)} in {len(statements)} statements"
    note += report.left_out_note(sum(t.undated for t in tls), sum(len(t.outside) for t in tls))
    click.echo(note, err=True)


@cli.command("ingest")
@click.argument("paths", nargs=-1, required=True)
@db_option
@click.option("--finder", default=None, help="Statement finder to use (default: the built-in).")
@click.option("-q", "--quiet", is_flag=True, help="No progress lines.")
@jobs_option
def ingest_cmd(
    paths: tuple[str, ...], db: Path | None, finder: str | None, quiet: bool, jobs: int | None
) -> int:
    """Read articles under PATHS, find their statements and add them to the store."""
    with open_store(db) as store:
        result, _ = _run_ingest(paths, store, finder, quiet, jobs)
        _report_problems(result.problems, result.plugin_lines(), result.unread)
        click.echo(f"positions: {result.summary()} ({store.path})", err=True)
    return _exit_code(result.done, result.problems, result.plugin_lines())


def extraction_records(ex: Extraction) -> list[dict[str, Any]]:
    """The ``extract --json`` objects of one article: one per statement."""
    a = ex.article
    out = []
    for s in ex.statements:
        out.append(
            {
                "document": a.document or a.id,
                "article_id": a.id,
                "outlet": a.outlet,
                "format": a.format,
                "title": a.title,
                "published": a.published.iso(),
                "party": s.party,
                "issue": s.issue,
                "stance": int(s.stance),
                "evidence": s.evidence.quote if s.evidence else None,
                "span": [s.evidence.start, s.evidence.end] if s.evidence else None,
                "speaker": s.speaker,
                "relays": list(s.relays),
                "date": s.when.iso(),
                "date_precision": s.when.precision.value if s.when.known else None,
                "date_provenance": s.when.provenance.value,
                "confidence": s.confidence,
                "extractor": s.extractor,
                "id": s.id,
            }
        )
    return out


@cli.command("extract")
@click.argument("paths", nargs=-1, required=True)
@click.option("--json", "as_json", is_flag=True, help="One JSON object per statement per line.")
@format_option()
@click.option("--finder", default=None, help="Statement finder to use (default: the built-in).")
@click.option(
    "--format-name", "format_name", default=None, help="Read every input with this format."
)
def extract_cmd(
    paths: tuple[str, ...], as_json: bool, fmt: str, finder: str | None, format_name: str | None
) -> int:
    """Find statements in PATHS without a store."""
    problems: list[Problem] = []
    rows: list[list[Any]] = []
    records: list[dict[str, Any]] = []
    done = 0
    before = len(get_registry().failures)
    unread: list[str] = []
    for item in iter_extractions(
        paths, get_registry(), finder=finder, format_name=format_name, unread=unread
    ):
        if isinstance(item, Problem):
            problems.append(item)
            continue
        done += 1
        recs = extraction_records(item)
        if as_json:
            for r in recs:
                click.echo(json.dumps(r, ensure_ascii=False))
        else:
            records.extend(recs)
            rows.extend(
                [Path(r["document"]).name, *report.statement_row(s)]
                for r, s in zip(recs, item.statements, strict=True)
            )
    if not as_json:
        click.echo(
            report.render(["document", *report.STATEMENT_HEADERS], rows, fmt, records), nl=False
        )
    plugin_lines = _run_plugin_lines(before)
    _report_problems(problems, plugin_lines, unread)
    return _exit_code(done, problems, plugin_lines)


@cli.command("timeline")
@click.option("--party", required=True, help="Party id (see the codebook).")
@click.option("--issue", required=True, help="Issue id (see the codebook).")
@db_option
@format_option()
@click.option(
    "--period", type=click.Choice(detect.GRANULARITIES), default="month", show_default=True
)
@between_option
def timeline_cmd(
    party: str, issue: str, db: Path | None, fmt: str, period: str, between: tuple[str, str] | None
) -> int:
    """The statements of one party on one issue, in date order, with period aggregates."""
    book = get_registry().codebook
    assert book is not None
    book.party(party)
    book.issue(issue)
    with open_store(db, create=False) as store:
        statements = store.statements(party=party, issue=issue)
    tl = detect.timeline(statements, party, issue, granularity=period, between=_window(between))
    click.echo(report.timeline_table(tl, fmt, period), nl=False)
    if tl.undated:
        click.echo(
            f"{tl.undated} statement(s) without a usable date are listed but not used for shifts",
            err=True,
        )
    return EXIT_OK


@cli.command("shifts")
@db_option
@format_option()
@click.option("--json", "as_json", is_flag=True, help="Same as --format json.")
@click.option("--party", default=None)
@click.option("--issue", default=None)
@click.option(
    "--period", type=click.Choice(detect.GRANULARITIES), default="month", show_default=True
)
@click.option("--min-change", type=click.IntRange(1, 4), default=2, show_default=True)
@between_option
def shifts_cmd(
    db: Path | None,
    fmt: str,
    as_json: bool,
    party: str | None,
    issue: str | None,
    period: str,
    min_change: int,
    between: tuple[str, str] | None,
) -> int:
    """Shifts in the stored record."""
    with open_store(db, create=False) as store:
        statements = store.statements()
    shifts = detect.detect_shifts(
        statements,
        granularity=period,
        min_change=min_change,
        between=_window(between),
        party=party,
        issue=issue,
    )
    click.echo(_shift_table(shifts, "json" if as_json else fmt), nl=False)
    _shift_note(
        shifts,
        [
            s
            for s in statements
            if (party is None or s.party == party) and (issue is None or s.issue == issue)
        ],
        period,
        _window(between),
    )
    return EXIT_OK


@cli.command("formats")
@format_option()
def formats_cmd(fmt: str) -> int:
    """The installed format plugins, and any plugin that failed to load."""
    reg = get_registry()
    rows = []
    for name, f in sorted(reg.formats.items()):
        start = getattr(f, "valid_from", None)
        end = getattr(f, "valid_until", None)
        valid = f"{start or '…'} – {end or '…'}" if (start or end) else "any time"
        rows.append([name, f.outlet, reg.packages.get(name) or "", valid])
    click.echo(report.render(["format", "outlet", "package", "layout valid"], rows, fmt), nl=False)
    if reg.finders and fmt in ("table", "github", "markdown"):
        click.echo("finders: " + ", ".join(sorted(reg.finders)))
    for failure in reg.failures:
        click.echo(f"positions: failed plugin: {failure}", err=True)
    return EXIT_PARTIAL if reg.failures else EXIT_OK


# ---------------------------------------------------------------------------- entry

# Registers the subcommands that live in positions/commands/ (one module per area).
from positions import commands  # noqa: E402, F401


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit code."""
    args = list(sys.argv[1:] if argv is None else argv)
    try:
        rv = cli.main(args=args, prog_name="positions", standalone_mode=False)
    except click.exceptions.Abort:
        _err("aborted")
        return EXIT_FATAL
    except click.ClickException as exc:
        exc.show()
        return exc.exit_code
    except click.exceptions.Exit as exc:
        return int(exc.exit_code)
    except PositionsError as exc:
        if os.environ.get("POSITIONS_DEBUG"):
            raise
        _err(str(exc))
        return EXIT_FATAL
    except sqlite3.DatabaseError as exc:  # a store damaged after it was opened
        if os.environ.get("POSITIONS_DEBUG"):
            raise
        _err(f"the store is damaged or unreadable ({exc}); restore it from a backup")
        return EXIT_FATAL
    except KeyboardInterrupt:
        _err("interrupted")
        return 130
    except BrokenPipeError:
        return EXIT_OK
    except Exception as exc:  # a bug: still one line, unless debugging
        if os.environ.get("POSITIONS_DEBUG"):
            raise
        _err(f"internal error: {type(exc).__name__}: {exc} (set POSITIONS_DEBUG=1 for a traceback)")
        return EXIT_FATAL
    return int(rv or 0)


def run() -> None:
    sys.exit(main())
