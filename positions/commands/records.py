"""Hand work and the record as a whole: record / correct / retract / restore / history,
statements, explain, export and import.

Every command goes through :class:`positions.Tracker`, so the command line and the
Python API keep one behaviour. Hand work is credited to ``--by``, else
``$POSITIONS_ANALYST``, else the login name.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import click

from positions import detect, exports, report
from positions.audit import Status
from positions.cli import EXIT_OK, db_option, format_option, open_store
from positions.cli import cli as _cli
from positions.errors import InputError
from positions.model import Stance
from positions.tracker import Tracker, as_stance

cli: click.Group = _cli


class _StanceType(click.ParamType[Stance]):
    name = "stance"

    def convert(
        self, value: Any, param: click.Parameter | None, ctx: click.Context | None
    ) -> Stance:
        if isinstance(value, Stance):
            return value
        try:
            return as_stance(value)
        except InputError as exc:
            self.fail(str(exc), param, ctx)


STANCE = _StanceType()
STANCE_HELP = "-2..2 or refuses / opposes / neutral / accepts / supports."


def _by_option(f: Any) -> Any:
    return click.option(
        "--by",
        "who",
        default=None,
        help="Who does this (default: $POSITIONS_ANALYST or the login name).",
    )(f)


def _why_option(f: Any) -> Any:
    return click.option("--why", required=True, help="The reason, kept in the audit trail.")(f)


def _say(message: str) -> None:
    click.echo(f"positions: {message}", err=True)


def _stance_text(v: int) -> str:
    return f"{int(v):+d}" if v else "0"


@cli.command("record")
@click.option("--party", required=True, help="Party id (see the codebook).")
@click.option("--issue", required=True, help="Issue id (see the codebook).")
@click.option("--stance", type=STANCE, required=True, help=STANCE_HELP)
@click.option(
    "--date", "date", required=True, help="When it was said: YYYY, YYYY-MM or YYYY-MM-DD."
)
@click.option("--quote", default=None, help="What was said.")
@click.option("--source", default=None, help="Where it comes from (an interview, a cable, a page).")
@click.option("--speaker", default=None, help="Who said it, as written.")
@click.option("--outlet", default=None, help="The outlet that carried it.")
@click.option(
    "--relay", "relays", multiple=True, help="Who reported it first, in order (repeatable)."
)
@click.option("--why", default="", help="A note for the audit trail.")
@_by_option
@db_option
def record_cmd(db: Path | None, **fields: Any) -> int:
    """Record a statement by hand; prints its id."""
    with open_store(db) as store:
        s = Tracker(store).record(**fields)
    click.echo(s.id)
    _say(f"recorded {s.party} on {s.issue}: {_stance_text(s.stance)}, {s.when}")
    return EXIT_OK


@cli.command("correct")
@click.argument("statement_id")
@click.option("--party", default=None, help="The right party id.")
@click.option("--issue", default=None, help="The right issue id.")
@click.option("--stance", type=STANCE, default=None, help=STANCE_HELP)
@_why_option
@_by_option
@db_option
def correct_cmd(
    statement_id: str,
    party: str | None,
    issue: str | None,
    stance: Stance | None,
    why: str,
    who: str | None,
    db: Path | None,
) -> int:
    """Correct a statement's party, issue or stance (the original is kept); prints its history."""
    with open_store(db, create=False) as store:
        h = Tracker(store).correct(
            statement_id, party=party, issue=issue, stance=stance, why=why, who=who
        )
    click.echo(str(h))
    return EXIT_OK


def _trail_command(name: str, method: str, doc: str) -> None:
    """Register ``positions NAME ID --why …``: one more entry in a statement's audit trail."""

    @cli.command(name, help=doc)
    @click.argument("statement_id")
    @_why_option
    @_by_option
    @db_option
    def command(statement_id: str, why: str, who: str | None, db: Path | None) -> int:
        with open_store(db, create=False) as store:
            h = getattr(Tracker(store), method)(statement_id, why=why, who=who)
        click.echo(str(h))
        return EXIT_OK


_trail_command(
    "retract",
    "retract",
    "Retract a statement: listed as retracted, left out of timelines and shifts.",
)
_trail_command("restore", "restore", "Undo the retraction of a statement.")


TRAIL_HEADERS = ["at", "who", "action", "statement", "change", "why"]


@cli.command("history")
@click.argument("statement_id", required=False)
@db_option
@format_option()
def history_cmd(statement_id: str | None, db: Path | None, fmt: str) -> int:
    """The audit trail of one statement, or (without ID) the whole trail."""
    from positions import serialize

    with open_store(db, create=False) as store:
        t = Tracker(store)
        if statement_id is not None:
            h = t.history(statement_id)
            if fmt == "json":
                entries = [serialize.unstructure(c) for c in h.corrections]
                click.echo(report.render(TRAIL_HEADERS, [], "json", entries), nl=False)
                return EXIT_OK
            click.echo(str(h))
            s = h.current
            click.echo(f"  now: {s.party} on {s.issue}: {_stance_text(s.stance)}, {s.when}")
            return EXIT_OK
        trail = t.trail()
    rows = [
        [
            c.at.strftime("%Y-%m-%d %H:%M"),
            c.who,
            c.action.value,
            c.statement_id,
            ", ".join(
                f"{k} {_stance_text(v) if k == 'stance' else v}" for k, v in c.changes.items()
            ),
            report.shorten(c.why, 60),
        ]
        for c in trail
    ]
    records = [serialize.unstructure(c) for c in trail] if fmt == "json" else None
    click.echo(report.render(TRAIL_HEADERS, rows, fmt, records), nl=False)
    return EXIT_OK


@cli.command("statements")
@click.option("--party", default=None)
@click.option("--issue", default=None)
@click.option("--outlet", default=None)
@click.option("--since", default=None, help="From this date (YYYY, YYYY-MM or YYYY-MM-DD).")
@click.option("--until", default=None, help="To the end of this date, month or year.")
@click.option("--min-confidence", type=click.FloatRange(0, 1), default=None)
@click.option("--status", type=click.Choice([s.value for s in Status]), default=None)
@db_option
@format_option()
def statements_cmd(status: str | None, db: Path | None, fmt: str, **filters: Any) -> int:
    """Statements in the record with their ids, as corrected; retracted ones marked."""
    with open_store(db, create=False) as store:
        listing = Tracker(store).statements(status=status, **filters)
    click.echo(listing.table(fmt), nl=False)
    return EXIT_OK


@cli.command("explain")
@click.argument("item_id")
@db_option
def explain_cmd(item_id: str, db: Path | None) -> int:
    """The evidence behind a shift (both sides) or a statement, by id or id prefix."""
    with open_store(db, create=False) as store:
        click.echo(str(Tracker(store).explain(item_id)), nl=False)
    return EXIT_OK


@cli.command("export")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["jsonl", "csv", "parquet"]),
    default="jsonl",
    show_default=True,
    help="jsonl: the whole record, lossless; csv / parquet: a table of --table.",
)
@click.option(
    "--table",
    type=click.Choice(["statements", "shifts"]),
    default="statements",
    show_default=True,
    help="For csv / parquet: which table.",
)
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="File to write (default: stdout).",
)
@click.option(
    "--period", type=click.Choice(detect.GRANULARITIES), default="month", show_default=True
)
@click.option("--min-change", type=click.IntRange(1, 4), default=2, show_default=True)
@db_option
def export_cmd(
    fmt: str, table: str, output: Path | None, period: str, min_change: int, db: Path | None
) -> int:
    """Write the record: JSON lines (articles, statements, audit trail), or a CSV / Parquet table."""
    if fmt == "parquet" and output is None:
        raise InputError("--format parquet needs -o FILE")
    with open_store(db, create=False) as store:
        t = Tracker(store)
        if fmt == "jsonl":
            counts = t.export_jsonl(sys.stdout) if output is None else t.export_jsonl(output)
            what = ", ".join(f"{n} {k}" for k, n in counts.items())
        else:
            listing: Any
            if table == "statements":
                listing = t.statements()
            else:
                listing = t.shifts(granularity=period, min_change=min_change)
            records, columns = listing.records(), listing.columns
            if fmt == "parquet":
                assert output is not None
                exports.write_parquet(records, columns, output)
            elif output is None:
                exports.write_csv(records, columns, sys.stdout)
            else:
                with output.open("w", encoding="utf-8", newline="") as fh:
                    exports.write_csv(records, columns, fh)
            what = f"{len(records)} {table}"
    _say(f"exported {what}" + (f" to {output}" if output else ""))
    return EXIT_OK


@cli.command("import")
@click.argument("path")
@db_option
def import_cmd(path: str, db: Path | None) -> int:
    """Add the records of a JSON lines export (``-`` reads stdin); stored ones are kept."""
    with open_store(db) as store:
        t = Tracker(store)
        counts = t.import_jsonl(sys.stdin if path == "-" else Path(path))
    _say("imported " + ", ".join(f"{n} {k}" for k, n in counts.items()))
    return EXIT_OK
