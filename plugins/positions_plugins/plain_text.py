"""Generic plain text: the fallback for text copies no outlet format claims.

Title: the first line that is not page furniture (a masthead in capitals above a headline
is skipped); published: a date printed in the first lines (stated), else one inferred from
the dates the story reports, else unknown, never guessed; byline: a "By …" line near the
top; body: the remaining lines less common boilerplate (menus, share and newsletter boxes,
credits). It sniffs low so outlet formats win.
"""

from __future__ import annotations

import re

from positions.formats import (
    TextFormat,
    build_article,
    is_boilerplate,
    is_caption,
    looks_like_heading,
    parse_date_line,
)
from positions.hookspecs import hookimpl
from positions.model import Article, When
from positions.source import Source

HEAD_LINES = 8
BYLINE = re.compile(r"^(?:By|Written by|Reported by)\s+[A-Z][^.]{1,100}$")
PHOTO = re.compile(r"^\[(?:photo|image|video)\]", re.I)
_BYLINE_LABEL = re.compile(r"^(?:By|Written by|Reported by)\s+")


class PlainText(TextFormat):
    name = "generic-text"
    outlet = "unknown"

    def sniff(self, source: Source) -> float:
        return 0.0 if source.is_html else 0.05

    def parse_lines(self, lines: list[str], source: Source) -> Article:
        rest = [ln for ln in lines if not is_boilerplate(ln)] or lines
        title = rest[0] if len(rest[0]) <= 200 else ""
        # A masthead ("LEVANT WIRE") above the headline names the outlet, not the story.
        if title and title.isupper() and len(rest) > 1 and looks_like_heading(rest[1]):
            rest = rest[1:]
            title = rest[0]
        rest = rest[1:] if title else rest
        published = When.unknown()
        byline = None
        body: list[str] = []
        for i, line in enumerate(rest):
            if i < HEAD_LINES:
                when = parse_date_line(line) if len(line) < 80 else None
                if when is not None and not published.known:
                    published = when
                    continue
                if byline is None and BYLINE.match(line):
                    byline = _BYLINE_LABEL.sub("", line)
                    continue
                if PHOTO.match(line) or (i < 4 and is_caption(line)):
                    continue
            body.append(line)
        if not body:
            body = [title] if title else rest
        return build_article(
            self,
            source,
            title=title,
            body=body,
            published=published,
            byline=byline,
            outlet=source.metadata.outlet or self.outlet,
        )


@hookimpl
def positions_register_formats() -> list[PlainText]:
    return [PlainText()]
