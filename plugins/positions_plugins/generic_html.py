"""Generic HTML: the fallback for web pages no outlet format claims.

With the ``html`` extra installed (``pip install 'positions[html]'``) the story is taken out
of the page by trafilatura, offline; without it the standard library flattener in
:mod:`positions.formats` does the work, so HTML always ingests.

Dates: only what the page's metadata states (JSON-LD, ``<meta>``, a publication
``<time>``), or a date trafilatura finds *without* its extensive search and that the page
itself prints: its extensive search takes a footer's "© 2025" for 1 January 2025 on most
dateless pages. An undated page is dated from its text (inferred) or left unknown.
It sniffs low so outlet formats win.
"""

from __future__ import annotations

import re
from typing import Any

from attrs import frozen

from positions.formats import (
    TextFormat,
    build_article,
    is_boilerplate,
    looks_like_heading,
    parse_date,
    parse_iso_datetime,
    read_html,
    same_text,
)
from positions.hookspecs import hookimpl
from positions.model import Article, When
from positions.source import Source

# The date search trafilatura may run: page markup only, and the original publication date.
DATE_PARAMS = {"extensive_search": False, "original_date": True}


@frozen
class Extracted:
    title: str
    lines: tuple[str, ...]
    published: When | None
    byline: str | None
    site: str | None
    url: str | None


class GenericHtml(TextFormat):
    name = "generic-html"
    outlet = "unknown"

    def sniff(self, source: Source) -> float:
        return 0.1 if source.is_html else 0.0

    def parse(self, source: Source) -> Article:
        found = with_trafilatura(source.text) or with_stdlib(source.text)
        return build_article(
            self,
            source,
            title=found.title,
            body=found.lines,
            published=found.published,
            byline=found.byline,
            outlet=source.metadata.outlet or found.site or self.outlet,
            url=found.url,
        )


def with_trafilatura(html: str) -> Extracted | None:
    """The story as trafilatura reads it, or None when it is not installed or finds nothing."""
    try:
        import trafilatura
    except ImportError:
        return None
    try:
        doc: Any = trafilatura.bare_extraction(
            html,
            with_metadata=True,
            include_comments=False,
            include_images=False,
            include_links=False,
            favor_recall=True,
            deduplicate=False,
            date_extraction_params=dict(DATE_PARAMS),
        )
    except Exception:  # a third-party parser failing on odd markup: fall back, do not crash
        return None
    if doc is None:
        return None
    data = doc if isinstance(doc, dict) else doc.as_dict()
    text = data.get("text") or ""
    lines = tuple(ln for ln in (" ".join(x.split()) for x in text.splitlines()) if ln)
    if not lines:
        return None
    page = read_html(html)
    published = page.published or _printed_date(data.get("date"), html, page.lines)
    return Extracted(
        title=data.get("title") or page.headline or "",
        lines=lines,
        published=published,
        byline=data.get("author") or page.byline,
        site=page.site_name or data.get("sitename") or site_from_title(page.title) or None,
        url=page.url or data.get("url") or None,
    )


def _printed_date(found: object, html: str, lines: tuple[str, ...]) -> When | None:
    """trafilatura's date, only when the page prints that day (in its markup or its text)."""
    if not isinstance(found, str):
        return None
    when = parse_iso_datetime(found)
    if when is None or when.date is None:
        return None
    if when.date.isoformat() in html:
        return when
    printed = (parse_date(ln) for ln in lines if len(ln) < 120)
    return when if any(p is not None and p.date == when.date for p in printed) else None


def with_stdlib(html: str) -> Extracted:
    """The story with the standard library: the lines under the headline, furniture left out."""
    page = read_html(html, captions=False)
    lines = [ln for ln in page.lines if not is_boilerplate(ln)]
    title = (
        page.headline
        or _strip_site(page.title or "", page.site_name)
        or (lines[0] if lines else "")
    )
    start = next((i + 1 for i, ln in enumerate(lines) if same_text(ln, title)), 0)
    body = lines[start:]
    # Trailing short lines after the story are link lists and credits the markup did not mark.
    while len(body) > 1 and looks_like_heading(body[-1]):
        body.pop()
    return Extracted(
        title=title,
        lines=tuple(body),
        published=page.published,
        byline=page.byline,
        site=page.site_name or site_from_title(page.title),
        url=page.url,
    )


_SITE_SEPARATOR = re.compile(r"\s+[|–—-]\s+")


def site_from_title(title: str | None) -> str | None:
    """'Story title | Site Name' -> 'Site Name': where pages name their outlet without metadata."""
    parts = _SITE_SEPARATOR.split(title or "")
    if len(parts) < 2:
        return None
    site = parts[-1].strip()
    return site if 0 < len(site.split()) <= 5 and len(site) <= 60 else None


def _strip_site(title: str, site: str | None) -> str:
    """'Story title | Site' -> 'Story title'."""
    parts = _SITE_SEPARATOR.split(title)
    if len(parts) > 1 and (
        site is None or same_text(parts[-1], site) or len(parts[-1].split()) <= 4
    ):
        return " - ".join(parts[:-1])
    return title


@hookimpl
def positions_register_formats() -> list[GenericHtml]:
    return [GenericHtml()]
