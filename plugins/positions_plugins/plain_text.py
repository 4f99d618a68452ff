"""Generic plain text: the fallback for text copies no outlet format claims.

Title: the first short line; published: a date printed in the first lines, if any
(never guessed); body: the remaining lines. It sniffs low so outlet formats win.
"""

from __future__ import annotations

from positions.formats import TextFormat, parse_date
from positions.hookspecs import hookimpl
from positions.model import Article, When
from positions.source import Source

HEAD_LINES = 6


class PlainText(TextFormat):
    name = "generic-text"
    outlet = "unknown"

    def sniff(self, source: Source) -> float:
        return 0.0 if source.is_html else 0.05

    def parse_lines(self, lines: list[str], source: Source) -> Article:
        title = lines[0] if len(lines[0]) <= 200 else ""
        rest = lines[1:] if title else lines
        published = When.unknown()
        for i, line in enumerate(rest[:HEAD_LINES]):
            when = parse_date(line)
            if when is not None and len(line) < 60:
                published = when
                rest = rest[:i] + rest[i + 1 :]
                break
        body = "\n".join(rest) or title
        return Article.create(
            outlet=source.metadata.outlet or self.outlet,
            format=self.name,
            title=title,
            body=body,
            published=published,
            document=source.path or source.name,
        )


@hookimpl
def positions_register_formats() -> list[PlainText]:
    return [PlainText()]
