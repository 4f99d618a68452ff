"""LBCI (lbcgroup.tv), English news bulletin reports.

The layout::

     date 2025-12-27 News                                   <- header: ISO date, section
    Russia works to broker … —the details                   <- title
    27-12-2025 | 13:19                                      <- stamp: day-month-year | time
    Russia works to broker … —the details                   <- title again
    Report by Amal Shehadeh, English adaptation by …        <- byline
    … paragraphs …
"""

from __future__ import annotations

import re

from positions.formats import TextFormat, build_article, parse_date, same_text
from positions.hookspecs import hookimpl
from positions.model import Article
from positions.source import Source

HEADER = r"^date (\d{4}-\d{2}-\d{2})\b"
STAMP = r"^(\d{2}-\d{2}-\d{4}) \| \d{1,2}:\d{2}$"
# The byline is who wrote it ("Amal Shehadeh, English adaptation by …"), its label left out.
BYLINE = r"^(?:Report by|Reported by|By) (?P<who>[A-Z][^.]{2,150})$"
_HEADER, _STAMP, _BYLINE = re.compile(HEADER), re.compile(STAMP), re.compile(BYLINE)


class Lbci(TextFormat):
    name = "lbci-en"
    outlet = "LBCI"
    markers = (HEADER, STAMP, r"^Report by [^.]{2,80}, English adaptation by [^.]{2,80}$")
    html_markers = (r"lbcgroup\.tv", r"<meta[^>]+content=\"LBCI")

    def parse_lines(self, lines: list[str], source: Source) -> Article:
        published = None
        rest = list(lines)
        title = ""
        byline = None
        head_end = min(len(rest), 8)
        keep: list[str] = []
        for i, line in enumerate(rest[:head_end]):
            stamp = _STAMP.match(line) or _HEADER.match(line)
            if stamp:
                # The stamp (day-month-year) and the header (ISO) print the same day.
                published = published or parse_date(stamp.group(1))
                continue
            by = _BYLINE.match(line)
            if byline is None and by and i > 0:
                byline = by.group("who")
                continue
            if not title and len(line) <= 250:
                title = line
                continue
            keep.append(line)
        body = [*keep, *rest[head_end:]]
        body = [ln for ln in body if not same_text(ln, title)]
        return build_article(
            self, source, title=title, body=body, published=published, byline=byline
        )


@hookimpl
def positions_register_formats() -> list[Lbci]:
    return [Lbci()]
