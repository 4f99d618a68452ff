"""What a format plugin is, and the helpers that make writing one short.

A format recognises one outlet's layout (``sniff``) and turns it into a clean
:class:`~positions.model.Article` (``parse``). Subclass :class:`TextFormat` for text copies
of pages; HTML pages are first flattened to the same lines by :func:`html_to_lines`.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from typing import ClassVar, Protocol, runtime_checkable

from positions.errors import FormatError
from positions.model import Article, Provenance, When
from positions.source import Source

__all__ = [
    "MONTHS",
    "Format",
    "TextFormat",
    "apply_metadata",
    "clean_lines",
    "parse_date",
]


@runtime_checkable
class Format(Protocol):
    """The contract of a format plugin."""

    name: str
    outlet: str

    def sniff(self, source: Source) -> float:
        """How sure this format is that ``source`` is its layout, in [0, 1]."""
        ...

    def parse(self, source: Source) -> Article:
        """Turn ``source`` into an article; raise FormatError when it cannot."""
        ...


MONTHS = {
    m: i
    for i, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ],
        1,
    )
    for m in names
}

_MONTH_RE = "|".join(sorted(MONTHS, key=len, reverse=True))
_DATE_PATTERNS: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"\b(\d{4})-(\d{1,2})-(\d{1,2})\b"), "ymd"),
    (re.compile(r"\b(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})\b"), "dmy"),
    (re.compile(rf"\b({_MONTH_RE})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})\b", re.I), "mdy"),
    (re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+({_MONTH_RE})\.?,?\s+(\d{{4}})\b", re.I), "dmy_name"),
]


def parse_date(text: str, provenance: Provenance = Provenance.STATED) -> When | None:
    """The first full calendar date in ``text`` (ISO, D-M-Y, 'Dec 26, 2025', '26 December 2025')."""
    best: tuple[int, When] | None = None
    for pattern, kind in _DATE_PATTERNS:
        m = pattern.search(text)
        if not m:
            continue
        g = m.groups()
        try:
            if kind == "ymd":
                y, mo, d = int(g[0]), int(g[1]), int(g[2])
            elif kind == "dmy":
                d, mo, y = int(g[0]), int(g[1]), int(g[2])
            elif kind == "mdy":
                mo, d, y = MONTHS[g[0].lower()], int(g[1]), int(g[2])
            else:
                d, mo, y = int(g[0]), MONTHS[g[1].lower()], int(g[2])
            when = When(dt.date(y, mo, d), "day", provenance)
        except (ValueError, KeyError):
            continue
        if best is None or m.start() < best[0]:
            best = (m.start(), when)
    return best[1] if best else None


def clean_lines(text: str) -> list[str]:
    """Lines stripped of surrounding blanks (non-breaking spaces included), empty ones dropped."""
    out = []
    for line in text.splitlines():
        s = line.replace("\u00a0", " ").strip()
        if s:
            out.append(s)
    return out


def apply_metadata(article: Article, source: Source) -> Article:
    """Supplied sidecar values win over what the format read from the page."""
    meta = source.metadata
    changes: dict[str, object] = {}
    if meta.outlet:
        changes["outlet"] = meta.outlet
    if meta.title:
        changes["title"] = meta.title
    if meta.byline:
        changes["byline"] = meta.byline
    if meta.url:
        changes["url"] = meta.url
    if meta.published is not None and meta.published.known:
        stated = article.published
        # A stated day-precision date from the page is more precise than a supplied month
        # that agrees with it; keep the page's when they agree.
        if not (
            stated.known
            and stated.provenance is Provenance.STATED
            and stated.date is not None
            and meta.published.date is not None
            and meta.published.date <= stated.date <= (meta.published.end() or stated.date)
            and stated.precision.value == "day"
        ):
            changes["published"] = meta.published
    if meta.first_reported_by:
        relays = list(meta.first_reported_by)
        relays += [r for r in article.relays if r not in relays]
        changes["relays"] = tuple(relays)
    if source.path and not article.document:
        changes["document"] = source.path
    if not changes:
        return article
    import attrs

    return attrs.evolve(article, **changes)  # type: ignore[arg-type]


class TextFormat:
    """Base for formats of text copies of pages.

    Subclasses set ``name``, ``outlet`` and ``markers`` (regular expressions found in the
    outlet's layout; each found adds to the sniff score), and override :meth:`parse_lines`.
    """

    name: ClassVar[str] = ""
    outlet: ClassVar[str] = ""
    markers: ClassVar[Iterable[str]] = ()
    # The first and last dates the layout is known to be valid for (None: open).
    valid_from: ClassVar[dt.date | None] = None
    valid_until: ClassVar[dt.date | None] = None

    def sniff(self, source: Source) -> float:
        markers = list(self.markers)
        if not markers:
            return 0.0
        text = source.text
        found = sum(1 for m in markers if re.search(m, text, re.M))
        return found / len(markers)

    def parse(self, source: Source) -> Article:
        lines = clean_lines(source.text)
        if not lines:
            raise FormatError(f"{source.name}: no text")
        return self.parse_lines(lines, source)

    def parse_lines(self, lines: list[str], source: Source) -> Article:
        raise NotImplementedError

    def __repr__(self) -> str:
        return f"<format {self.name}: {self.outlet}>"
