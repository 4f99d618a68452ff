"""Synthetic statements for the detector and store benchmarks.

Real extraction cannot cheaply make a million statements, and the detector and the store
do not care where statements come from. These are shaped like extracted ones: codebook
party and issue ids, a skewed spread over (party, issue) pairs (a few pairs are talked
about far more than the rest), stances that drift by quarter with noise, day and month
precision dates over two years, outlets and relay chains, evidence quotes.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Iterator

from positions.codebook import default_codebook
from positions.model import Article, Evidence, Precision, Provenance, Statement, When

__all__ = ["articles_with_statements", "pairs", "statements"]

START = dt.date(2024, 6, 1)
DAYS = 730
OUTLETS = tuple(f"Outlet {i:02d}" for i in range(30))
ORIGINS = ("KAN", "Maariv", "Axios", "Reuters", "SANA", "TASS", "Anadolu", "Al-Monitor")
_QUOTES = tuple(
    f"{who} said on {day} that it {verb} the proposal discussed during talks in {city}, officials familiar with the matter said"
    for who in ("A senior official", "The ministry", "A spokesman", "The envoy")
    for day in ("Monday", "Thursday")
    for verb in (
        "will not permit",
        "rejects",
        "is undecided on",
        "is willing to accept",
        "insists on",
    )
    for city in ("Paris", "Baku", "Amman")
)


def pairs(seed: int = 0) -> list[tuple[tuple[str, str], float]]:
    """Every (party, issue) pair with its share of statements: 1/sqrt(rank), shuffled."""
    book = default_codebook()
    rng = random.Random(f"pairs-{seed}")
    all_pairs = [(p, i) for p in book.party_ids for i in book.issue_ids]
    rng.shuffle(all_pairs)
    weights = [1 / (rank + 1) ** 0.5 for rank in range(len(all_pairs))]
    return list(zip(all_pairs, weights, strict=True))


def statements(n: int, seed: int = 0, *, per_article: int = 10) -> Iterator[Statement]:
    """``n`` statements; every ``per_article`` consecutive ones share an article id."""
    rng = random.Random(f"statements-{seed}")
    weighted = pairs(seed)
    keys = [k for k, _ in weighted]
    cum = []
    acc = 0.0
    for _, w in weighted:
        acc += w
        cum.append(acc)
    walks = {k: [rng.randint(-2, 2) for _ in range(DAYS // 91 + 1)] for k in keys}
    # When objects are immutable: share one per (day, precision) rather than a million.
    days = [
        When(START + dt.timedelta(days=d), Precision.DAY, Provenance.STATED) for d in range(DAYS)
    ]
    months: dict[tuple[int, int], When] = {}
    for i in range(n):
        (party, issue) = rng.choices(keys, cum_weights=cum)[0]
        d = rng.randrange(DAYS)
        when = days[d]
        if rng.random() < 0.2:
            assert when.date is not None
            ym = (when.date.year, when.date.month)
            when = months.get(ym) or months.setdefault(
                ym, When.of(ym[0], ym[1], provenance=Provenance.SUPPLIED)
            )
        base = walks[(party, issue)][d // 91]
        stance = max(-2, min(2, base + (rng.choice((-1, 1)) if rng.random() < 0.15 else 0)))
        quote = _QUOTES[rng.randrange(len(_QUOTES))]
        start = rng.randrange(0, 3000)
        relays = (rng.choice(ORIGINS),) if rng.random() < 0.4 else ()
        yield Statement(
            party=party,
            issue=issue,
            stance=stance,
            when=when,
            evidence=Evidence(quote, start, start + len(quote)),
            speaker="a senior official",
            relays=relays,
            article_id=f"{i // per_article:016x}",
            outlet=OUTLETS[(i // per_article) % len(OUTLETS)],
            confidence=round(rng.uniform(0.4, 1.0), 2),
            extractor="synthetic",
        )


def articles_with_statements(
    n: int, seed: int = 0, *, per_article: int = 10
) -> Iterator[tuple[Article, list[Statement]]]:
    """Groups of ``per_article`` statements with a small article each, ready for ``Store.add``."""
    batch: list[Statement] = []
    for s in statements(n, seed, per_article=per_article):
        if batch and s.article_id != batch[0].article_id:
            yield _article(batch), batch
            batch = []
        batch.append(s)
    if batch:
        yield _article(batch), batch


def _article(batch: list[Statement]) -> Article:
    aid = batch[0].article_id
    assert aid is not None
    return Article(
        id=aid,
        outlet=batch[0].outlet or "",
        format="synthetic",
        title=f"Synthetic article {aid}",
        published=batch[0].when,
        body=" ".join(s.evidence.quote for s in batch if s.evidence),
    )
