"""Turn an analyst's gold file (JSON lines) plus a sidecar of dates into statements.

The detector's tests need realistic statements without depending on the statement
finder: each gold row becomes one ``Statement`` whose quote is the row's cue (with its
span in the article when the cue is found there), dated by the sidecar, carried by the
outlet and relays that ``sources.json`` records for the document.

Sidecar format (``tests/data/detect/seeds.dates.json``)::

    {"dates": {"DOC": "YYYY-MM-DD" | "YYYY-MM" | "YYYY" | null},
     "rows": [{"doc": "DOC", "party": "ID", "issue": "ID", "date"?: "…", "speaker"?: "…"}]}

``rows`` override the date (or add a speaker) of the statements matching doc, party, issue.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

import attrs

from positions.model import Evidence, Provenance, Statement, When, article_id_for
from positions.store import Store

__all__ = [
    "SEED_SIDECAR",
    "seed_statements",
    "statement",
    "statements_from_gold",
    "store_statements",
]

HERE = Path(__file__).resolve().parent
SEEDS = HERE.parent / "seeds"
SEED_SIDECAR = HERE / "data" / "detect" / "seeds.dates.json"


def _relays(first_reported_by: str | None) -> tuple[str, ...]:
    # "KAN (…), aired 2025-12-24/25" -> "KAN (…)"; "Axios; The Jerusalem Post; SANA" -> three
    if not first_reported_by:
        return ()
    return tuple(p.split(", ")[0].strip() for p in first_reported_by.split(";") if p.strip())


def _when(text: str | None) -> When:
    return When.unknown() if not text else When.parse(text, Provenance.SUPPLIED)


def statements_from_gold(
    gold: Path,
    sidecar: Path,
    *,
    sources: Path | None = None,
    texts: Path | None = None,
    confidence: float = 0.8,
    include_optional: bool = False,
) -> list[Statement]:
    """One statement per gold row (optional rows only if asked)."""
    side = json.loads(sidecar.read_text(encoding="utf-8"))
    dates: Mapping[str, str | None] = side.get("dates", {})
    overrides = {(r["doc"], r["party"], r["issue"]): r for r in side.get("rows", [])}
    meta: Mapping[str, Any] = {}
    if sources is not None:
        meta = json.loads(sources.read_text(encoding="utf-8"))
    out = []
    for line in gold.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        row = json.loads(line)
        if row.get("optional") and not include_optional:
            continue
        doc, cue = row["doc"], row["cue"]
        extra = overrides.get((doc, row["party"], row["issue"]), {})
        body = (texts / doc).read_text(encoding="utf-8") if texts is not None else cue
        start = max(body.find(cue), 0)  # a cue not found verbatim keeps a span of the right size
        info = meta.get(doc, {})
        out.append(
            Statement(
                party=row["party"],
                issue=row["issue"],
                stance=row["stance"],
                when=_when(extra.get("date", dates.get(doc))),
                evidence=Evidence(cue, start, start + len(cue)),
                speaker=extra.get("speaker"),
                relays=_relays(info.get("first_reported_by")),
                article_id=article_id_for(body) if texts is not None else doc,
                outlet=info.get("outlet") or doc,
                confidence=confidence,
                extractor="gold",
            )
        )
    return out


def seed_statements(*, include_optional: bool = False, confidence: float = 0.8) -> list[Statement]:
    """The seeds' gold rows as statements, dated as the seeds' metadata says."""
    return statements_from_gold(
        SEEDS / "gold.jsonl",
        SEED_SIDECAR,
        sources=SEEDS / "sources.json",
        texts=SEEDS,
        confidence=confidence,
        include_optional=include_optional,
    )


def statement(
    stance: int,
    date: str | When | None,
    *,
    party: str = "israel",
    issue: str = "russian-military-presence-southern-syria",
    outlet: str = "Outlet A",
    relays: tuple[str, ...] = (),
    confidence: float = 0.8,
    quote: str | None = None,
    speaker: str | None = None,
    article: str | None = None,
) -> Statement:
    """A hand-made statement for detector tests; the quote defaults to something unique
    enough that two statements differing in any argument are distinct claims."""
    when = date if isinstance(date, When) else _when(date)
    text = quote or f"{party} {stance:+d} on {issue} per {outlet} ({when})"
    return Statement(
        party=party,
        issue=issue,
        stance=stance,
        when=when,
        evidence=Evidence(text, 0, len(text)),
        speaker=speaker,
        relays=relays,
        article_id=article or f"{outlet}|{when}|{text}",
        outlet=outlet,
        confidence=confidence,
        extractor="test",
    )


def store_statements(db: Path, statements: Iterable[Statement]) -> Path:
    """Write hand-made statements into a store file for command-line tests.

    They have no stored article behind them, so they go in as articleless records.
    """
    with Store(db) as store:
        for s in statements:
            store.add_statement(attrs.evolve(s, article_id=None, id=""))
    return db
