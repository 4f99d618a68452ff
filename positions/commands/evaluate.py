"""``positions evaluate``: how well the finder does on an analyst's own annotated set."""

from __future__ import annotations

import click

from positions.cli import EXIT_OK, EXIT_PARTIAL, _report_problems, cli, extraction_records
from positions.evaluate import load_gold, score
from positions.pipeline import Problem, iter_extractions
from positions.plugins import get_registry


@cli.command("evaluate")
@click.option(
    "--gold",
    "gold_path",
    required=True,
    type=click.Path(dir_okay=False),
    help="Gold statements (JSON lines).",
)
@click.argument("paths", nargs=-1, required=True)
@click.option(
    "--finder", default=None, help="Statement finder to evaluate (default: the built-in)."
)
@click.option(
    "--quiet", "-q", is_flag=True, help="Only the scores, not the misses and spurious statements."
)
def evaluate_cmd(gold_path: str, paths: tuple[str, ...], finder: str | None, quiet: bool) -> int:
    """Score the statements found in PATHS against the gold rows in --gold."""
    gold = load_gold(gold_path)
    preds = []
    problems: list[Problem] = []
    for item in iter_extractions(paths, get_registry(), finder=finder):
        if isinstance(item, Problem):
            problems.append(item)
        else:
            preds.extend(extraction_records(item))
    result = score(gold, preds)
    if not quiet:
        for (doc, party, issue), want, got in result.missed:
            click.echo(
                f"missed    {doc}  {party}  {issue}  gold {list(want)}  got {list(got) or '-'}"
            )
        for (doc, party, issue), found, gold_stances in result.spurious:
            click.echo(
                f"spurious  {doc}  {party}  {issue}  got {list(found)}  "
                f"gold {list(gold_stances) if gold_stances else '-'}"
            )
    click.echo(result.summary())
    _report_problems(problems)
    return EXIT_PARTIAL if problems else EXIT_OK
