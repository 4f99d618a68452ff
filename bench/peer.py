"""The peer: the pipeline a user would otherwise assemble from spaCy.

``spacy.blank("en")`` with a sentencizer, and a PhraseMatcher (lower-cased) over the same
codebook terms our finder uses: party aliases, issue concept phrases and stance cues.
No stance logic, no attribution, no dates, no store: it does less than our pipeline.

Its input handling is as cheap as it can be so the comparison flatters it: files are read
and decoded as UTF-8, and HTML pages have their tags stripped by one regular expression
(a real user would reach for an HTML extractor, which costs far more).
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

from positions.codebook import Codebook, default_codebook

__all__ = ["Peer", "codebook_terms", "run_peer"]

_TAG = re.compile(r"<script.*?</script>|<style.*?</style>|<[^>]+>", re.S | re.I)


def codebook_terms(book: Codebook) -> dict[str, list[str]]:
    """The phrases the peer matches, by label; wildcards ("withdraw*") become their stem."""
    parties = sorted({a.text for p in book.parties for a in p.aliases} | set(book.sources))
    issues = sorted({ph.replace("*", "") for phrases in book.concepts.values() for ph in phrases})
    cues = sorted({c.phrase for c in book.cues})
    return {"PARTY": parties, "ISSUE": issues, "CUE": cues}


class Peer:
    """spaCy blank English + sentencizer + PhraseMatcher, built once per process."""

    def __init__(self, book: Codebook | None = None) -> None:
        import spacy
        from spacy.matcher import PhraseMatcher

        self.nlp = spacy.blank("en")
        self.nlp.add_pipe("sentencizer")
        self.matcher = PhraseMatcher(self.nlp.vocab, attr="LOWER")
        self.terms = codebook_terms(book or default_codebook())
        for label, phrases in self.terms.items():
            self.matcher.add(label, list(self.nlp.tokenizer.pipe(phrases)))

    def run(self, texts: Iterable[str]) -> tuple[int, int, int]:
        """(documents, sentences, matches) over ``texts``."""
        docs = sents = matches = 0
        for doc in self.nlp.pipe(texts, batch_size=64):
            docs += 1
            sents += sum(1 for _ in doc.sents)
            matches += len(self.matcher(doc))
        return docs, sents, matches


def read_text(path: Path) -> str:
    text = path.read_bytes().decode("utf-8", errors="replace")
    if path.suffix.lower() in (".html", ".htm"):
        text = html.unescape(_TAG.sub(" ", text))
    return text


def _texts(paths: Iterable[Path]) -> Iterator[str]:
    for p in paths:
        yield read_text(p)


_peer: Peer | None = None


def _init() -> None:
    global _peer
    if _peer is None:  # inherited at fork when the parent built it
        _peer = Peer()


def _work(paths: Sequence[str]) -> tuple[int, int, int]:
    assert _peer is not None
    return _peer.run(_texts(Path(p) for p in paths))


def run_peer(paths: Sequence[Path], jobs: int = 1, chunk: int = 64) -> dict[str, Any]:
    """Run the peer over ``paths`` on ``jobs`` processes (each builds its pipeline once)."""
    global _peer
    # Built once here; forked workers inherit it, as our workers inherit the registry.
    _peer = Peer()
    if jobs <= 1:
        docs, sents, matches = _peer.run(_texts(paths))
    else:
        import multiprocessing

        tasks = [[str(p) for p in paths[i : i + chunk]] for i in range(0, len(paths), chunk)]
        with multiprocessing.get_context("fork").Pool(jobs, initializer=_init) as pool:
            parts = pool.map(_work, tasks, chunksize=1)
        docs, sents, matches = (sum(x) for x in zip(*parts, strict=True))
    return {"documents": docs, "sentences": sents, "matches": matches}
