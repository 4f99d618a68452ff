"""Enab Baladi English (english.enabbaladi.net): the model to copy for a new outlet format.

The layout, as text copies and pages show it::

    With US approval, Russia mediates negotiations between Syria and Israel   <- title
    A report aired by … revealed a Russian move …                             <- standfirst (kept)
    Dec 26, 2025 - 07:58                                                       <- date line
    With US approval, Russia mediates negotiations between Syria and Israel   <- title again
    Israeli army soldiers near the Syrian border …, December 7, 2025.         <- photo caption
    … paragraphs …
    [Source: Enab Baladi English]                                              <- feed trailer

The standfirst is the story's first paragraph, so it stays in the body; the repeated title,
the caption and the trailer do not. The date line is the outlet's own: *stated*.
"""

from __future__ import annotations

import datetime as dt
import re

from positions.formats import (
    TextFormat,
    build_article,
    is_caption,
    page_lines,
    parse_date,
    same_text,
)
from positions.hookspecs import hookimpl
from positions.model import Article
from positions.source import Source

# "Dec 26, 2025 - 07:58": abbreviated month, day, year, a dash and a 24-hour time.
DATE_LINE = (
    r"^(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]* \d{1,2}, \d{4} [-–] \d{1,2}:\d{2}$"
)


_DATE_LINE = re.compile(DATE_LINE)


class EnabBaladi(TextFormat):
    name = "enab-baladi-en"
    outlet = "Enab Baladi English"
    markers = (DATE_LINE, r"^\[Source: ?Enab Baladi(?: English)?\]$")
    html_markers = (r"<meta[^>]+content=\"Enab Baladi", r"english\.enabbaladi\.net")
    # The copies this format was written against date from December 2025; older pages were
    # not checked, so before this the format only halves its score rather than claim them.
    valid_from = dt.date(2025, 1, 1)

    def sniff(self, source: Source) -> float:
        score = super().sniff(source)
        if score and _title_repeats(page_lines(source)):
            # The title printed twice, around the date line, is part of the layout too.
            score = min(1.0, score + 0.2)
        return score

    def parse_lines(self, lines: list[str], source: Source) -> Article:
        date_at = next((i for i, ln in enumerate(lines[:12]) if _DATE_LINE.match(ln)), None)
        title = lines[0]
        published = parse_date(lines[date_at]) if date_at is not None else None
        if date_at is None:
            head, rest = [], lines[1:]
        else:
            head, rest = lines[1:date_at], lines[date_at + 1 :]
        if rest and same_text(rest[0], title):
            rest = rest[1:]
            # The featured photo's caption sits right under the repeated title.
            if rest and is_caption(rest[0]):
                rest = rest[1:]
        return build_article(self, source, title=title, body=[*head, *rest], published=published)


def _title_repeats(lines: list[str]) -> bool:
    head = lines[:8]
    return any(same_text(a, b) for i, a in enumerate(head) for b in head[i + 1 :])


@hookimpl
def positions_register_formats() -> list[EnabBaladi]:
    return [EnabBaladi()]
