"""``positions gaps``, ``positions asof`` and ``positions plot``: the detector's other answers.

``gaps``: per issue and period, parties on opposite sides. ``asof``: each party's latest
standing position as of a date. ``plot``: a picture of one stance timeline.
"""

from __future__ import annotations

from pathlib import Path

import click

from positions import detect, report
from positions.cli import EXIT_OK, between_option, cli, db_option, format_option, open_store
from positions.errors import InputError
from positions.model import Period, When
from positions.plugins import get_registry

_period_option = click.option(
    "--period",
    type=click.Choice(detect.GRANULARITIES),
    default="month",
    show_default=True,
    help="Length of the periods statements are grouped by.",
)


def _check_ids(party: str | None, issue: str | None) -> None:
    """Refuse an unknown party or issue id in one line, rather than print an empty table."""
    book = get_registry().codebook
    if book is None:
        return
    if party is not None:
        book.party(party)
    if issue is not None:
        book.issue(issue)


def _windows(between: tuple[str, str] | None) -> tuple[Period, Period] | None:
    if not between:
        return None
    return detect.parse_window(between[0]), detect.parse_window(between[1])


@cli.command("gaps")
@click.option("--party", default=None, help="Only gaps involving this party.")
@click.option("--issue", default=None, help="Only this issue.")
@db_option
@format_option()
@_period_option
@between_option
def gaps_cmd(
    party: str | None,
    issue: str | None,
    db: Path | None,
    fmt: str,
    period: str,
    between: tuple[str, str] | None,
) -> int:
    """Per issue and period, the parties that stand on opposite sides, with their evidence."""
    _check_ids(party, issue)
    with open_store(db, create=False) as store:
        statements = store.statements(issue=issue)
    gaps = detect.find_gaps(
        statements, granularity=period, between=_windows(between), party=party, issue=issue
    )
    click.echo(report.gap_table(gaps, fmt), nl=False)
    click.echo(f"{len(gaps)} gap{'s' * (len(gaps) != 1)}", err=True)
    return EXIT_OK


@cli.command("asof")
@click.argument("date")
@click.option("--party", default=None, help="Only this party.")
@click.option("--issue", default=None, help="Only this issue.")
@db_option
@format_option()
@_period_option
def asof_cmd(
    date: str, party: str | None, issue: str | None, db: Path | None, fmt: str, period: str
) -> int:
    """Each party's latest standing position per issue as of DATE (YYYY-MM-DD, or YYYY-MM:
    its last day), with its evidence and age; "no statement" is not "neutral"."""
    try:
        day = When.parse(date).end()
    except ValueError as exc:
        raise InputError(f"not a date: {date!r} ({exc})") from None
    assert day is not None
    _check_ids(party, issue)
    with open_store(db, create=False) as store:
        statements = store.statements(party=party, issue=issue)
    standings = detect.positions_asof(statements, day, party=party, issue=issue, granularity=period)
    click.echo(report.standing_table(standings, fmt), nl=False)
    return EXIT_OK


@cli.command("plot")
@click.option("--party", required=True, help="Party id (see the codebook).")
@click.option("--issue", required=True, help="Issue id (see the codebook).")
@click.option(
    "-o",
    "--output",
    required=True,
    type=click.Path(dir_okay=False, path_type=Path),
    help="Image file to write: .png, .svg or .pdf.",
)
@db_option
@_period_option
@between_option
@click.option(
    "--min-change",
    type=click.IntRange(1, 4),
    default=2,
    show_default=True,
    help="Smallest change marked besides reversals (1 adds minor shifts).",
)
def plot_cmd(
    party: str,
    issue: str,
    output: Path,
    db: Path | None,
    period: str,
    between: tuple[str, str] | None,
    min_change: int,
) -> int:
    """Draw the stance timeline of one party on one issue (needs the ``plot`` extra)."""
    from positions.plot import plot_timeline

    _check_ids(party, issue)
    with open_store(db, create=False) as store:
        statements = store.statements(party=party, issue=issue)
    path = plot_timeline(
        statements,
        party,
        issue,
        output,
        granularity=period,
        between=_windows(between),
        min_change=min_change,
    )
    click.echo(f"positions: wrote {path}", err=True)
    return EXIT_OK
