"""The Syrian Observer (syrianobserver.com): translations of the Syrian and regional press.

The layout::

    Search                                                  <- site header
    Israel-Syria Security Agreement Stalls Over …           <- title
    "The Israeli position is clear …", an israeli official said.   <- pull quote
    official                                                <- its tag
    … paragraphs, section headings, bullet lists …
    This article was translated and edited by The Syrian Observer. … <- disclaimer
    Helpful keywords                                        <- tag box

Pages print no date: an undated story is dated from its text when it can be (inferred),
else left unknown for a sidecar to supply.
"""

from __future__ import annotations

import re

from positions.formats import TextFormat, build_article, is_boilerplate, is_echo
from positions.hookspecs import hookimpl
from positions.model import Article
from positions.source import Source

TRAILER = r"translated and edited by The Syrian Observer"
_TRAILER = re.compile(TRAILER)
_TAG = re.compile(r"[\w-]+(?: [\w-]+){0,2}")


class SyrianObserver(TextFormat):
    name = "syrian-observer"
    outlet = "The Syrian Observer"
    markers = (r"^Search$", TRAILER, r"^Helpful keywords$", r"The Syrian Observer has not verified")
    html_markers = (r"syrianobserver\.com", r"<meta[^>]+content=\"The Syrian Observer")

    def parse_lines(self, lines: list[str], source: Source) -> Article:
        rest = [ln for ln in lines if not is_boilerplate(ln)]
        if not rest:
            rest = lines
        title, body = rest[0], rest[1:]
        # A pull quote under the title repeats a sentence of the story; a one-word tag
        # ("official") follows it.
        if body and body[0][:1] in "\"“'‘" and is_echo(body[0], body[1:]):
            body = body[1:]
            if body and _TAG.fullmatch(body[0]) and body[0][:1].islower():
                body = body[1:]
        body = [ln for ln in body if not _TRAILER.search(ln)]
        return build_article(self, source, title=title, body=body)


@hookimpl
def positions_register_formats() -> list[SyrianObserver]:
    return [SyrianObserver()]
