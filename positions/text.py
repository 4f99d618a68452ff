"""Sentence and word spans in article bodies.

A hand-written splitter: line breaks end sentences (bodies are paragraphs), and so do
``.?!`` (with closing quotes) before a capital, digit or opening quote, except after
known abbreviations. It is fast and right on news copy; see ``bench/`` for the comparison
with library splitters.
"""

from __future__ import annotations

import re

__all__ = ["MAX_SENTENCE", "WORD_RE", "sentence_spans", "word_spans"]

_ABBREVIATIONS = {
    "mr",
    "mrs",
    "ms",
    "dr",
    "gen",
    "maj",
    "lt",
    "col",
    "capt",
    "cpt",
    "sgt",
    "st",
    "sen",
    "rep",
    "gov",
    "prof",
    "vs",
    "etc",
    "inc",
    "ltd",
    "co",
    "corp",
    "jr",
    "sr",
    "no",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
    "adm",
    "brig",
    "cmdr",
    "amb",
    "pres",
    "hon",
    "rev",
    "fig",
    "approx",
    "dept",
    "u.s",
    "u.n",
    "e.u",
    "u.k",
    "e.g",
    "i.e",
    "a.m",
    "p.m",
    "sheikh",
    "mt",
}

# A candidate end: terminal punctuation, optional closing quotes/brackets, then space.
_END = re.compile(r"[.!?]+[\"'”’»)\]]*(?=\s+(?:[\"“‘'(\[]|«\s?)?[A-Z0-9À-ÖØ-Þ])")
WORD_RE = re.compile(r"[\w][\w'’\-.]*[\w]|[\w]")


def _abbreviation_before(text: str, pos: int) -> bool:
    """Whether the '.' at ``pos`` closes an abbreviation (U.S., Maj., Gen.)."""
    if text[pos] != ".":
        return False
    j = pos
    while j > 0 and (text[j - 1].isalpha() or text[j - 1] == "."):
        j -= 1
    word = text[j:pos].lower()
    if word in _ABBREVIATIONS:
        return True
    # Single capital initials: "Donald J. Trump".
    return len(word) == 1 and text[j].isupper()


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence, whitespace trimmed; line breaks always split."""
    spans: list[tuple[int, int]] = []
    pos = 0
    for line in text.split("\n"):
        line_start, line_end = pos, pos + len(line)
        pos = line_end + 1
        start = line_start
        for m in _END.finditer(text, line_start, line_end):
            if _abbreviation_before(text, m.start()):
                continue
            _add(text, spans, start, m.end())
            start = m.end()
        _add(text, spans, start, line_end)
    return spans


# No news sentence runs this long; a run-on "sentence" (a page without punctuation, a
# scraped table) is cut into pieces so that the finder's per-sentence work stays linear.
MAX_SENTENCE = 1000


def _add(text: str, spans: list[tuple[int, int]], start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    while end - start > MAX_SENTENCE:
        # Prefer a clause break in the last third of the window, else any space.
        window_start = start + MAX_SENTENCE * 2 // 3
        cut = None
        for pattern in (r"[;,:]\s", r"\s"):
            breaks = [
                m.end() for m in re.finditer(pattern, text[window_start : start + MAX_SENTENCE])
            ]
            if breaks:
                cut = window_start + breaks[-1]
                break
        if cut is None:
            cut = start + MAX_SENTENCE
        _add(text, spans, start, cut)
        start = cut
        while start < end and text[start].isspace():
            start += 1
    if end > start:
        spans.append((start, end))


def word_spans(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Spans of the words between ``start`` and ``end``."""
    return [
        (m.start(), m.end())
        for m in WORD_RE.finditer(text, start, len(text) if end is None else end)
    ]
