"""An Israeli outlet's English edition whose pages do not print the outlet's name.

We name it from what the page shows rather than guess a brand. Its marks: a "Skip to main
content" link, a section name above the title, photo credits citing Israel's copyright law
("(Photo: In accordance with copyright law 27a)", section 27a is the Israeli provision for
photos of unknown authorship), a newsletter box and an "Enjoyed this article? Yes (9) No (0)"
rating widget. The layout::

    Skip to main content
    Peace in the Middle East                        <- section
    Israel-Syria Talks to Renew After US Pressure   <- title
    After nearly two months of stagnation, …        <- standfirst, repeated by the first paragraph
    Trump and Al-Sharaa meeting at the White House  <- photo alt text
    Trump and … (Photo: In accordance with copyright law 27a)  <- caption and credit
    … paragraphs …
    Ready for more? / Join our newsletter … / Enjoyed this article? / Yes (9) / No (0) / …

Pages print no date.
"""

from __future__ import annotations

import re

from positions.formats import (
    TextFormat,
    build_article,
    is_boilerplate,
    is_caption,
    is_echo,
    looks_like_heading,
)
from positions.hookspecs import hookimpl
from positions.model import Article
from positions.source import Source

CREDIT_27A = r"\(Photo: In accordance with copyright law 27a\)"
_CREDIT_27A = re.compile(CREDIT_27A)


class IsraeliOutletEnglish(TextFormat):
    name = "israeli-outlet-en"
    outlet = "unnamed Israeli outlet (English edition)"
    markers = (
        r"^Skip to main content$",
        CREDIT_27A,
        r"^Enjoyed this article\?$",
        r"^Yes \(\d+\)$",
        r"^Ready for more\?$",
        r"^Loading comments",
    )
    html_markers = (r"copyright law 27a",)

    def parse_lines(self, lines: list[str], source: Source) -> Article:
        rest = [ln for ln in lines if not is_boilerplate(ln)]
        if not rest:
            rest = lines
        # A section name above the title: two headline-like lines, then the story.
        if len(rest) > 2 and looks_like_heading(rest[0]) and looks_like_heading(rest[1]):
            rest = rest[1:]
        title, body = rest[0], rest[1:]
        out: list[str] = []
        for _i, line in enumerate(body):
            if is_caption(line) or _CREDIT_27A.search(line):
                # The photo's alt text, printed just before its caption, goes with it.
                if out and line.startswith(out[-1]):
                    out.pop()
                continue
            out.append(line)
        # The standfirst is repeated by the first paragraph: keep the fuller one.
        if out and is_echo(out[0], out[1:4]):
            out = out[1:]
        return build_article(self, source, title=title, body=out)


@hookimpl
def positions_register_formats() -> list[IsraeliOutletEnglish]:
    return [IsraeliOutletEnglish()]
