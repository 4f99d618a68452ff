"""Blogs on Blogger (blogspot.com) that repost another outlet's stories from its feed.

The blog is the outlet; the outlet it reposts from goes into the relay chain, after the
sources the story itself cites. Nothing here is specific to one blog or one origin: the
blog's name comes from the page and the origin from the feed trailer. The layout::

    Syria and Israel agree to speed up security agreement talks     <- title
    Ammar Johmani Magazine                                          <- the blog's name
    Syrian Foreign Minister … 2 December 2025 (Ministry of …)      <- photo caption
    … paragraphs …
    Syrian, Israeli talks discuss reactivating …                    <- related-story link
    The post … appeared first on Enab Baladi.                       <- feed trailer: origin
    Post a Comment / an e-mail / Previous Post Next Post / ADS      <- theme furniture
    Ammar Johmani Magazine publisher News about syria and the world. <- publisher blurb
"""

from __future__ import annotations

import re

from positions.formats import (
    TextFormat,
    build_article,
    is_boilerplate,
    is_caption,
    looks_like_heading,
    read_html,
    repost_origin,
    same_text,
)
from positions.hookspecs import hookimpl
from positions.model import Article
from positions.source import Source

BLURB = r"^(?P<blog>.{2,80}?) publisher\b"
_BLURB = re.compile(BLURB)


class BloggerRepost(TextFormat):
    name = "blogger-repost"
    outlet = "a Blogger blog (named on the page)"
    markers = (
        r"^Post a Comment$",
        r"^Previous Post\s*Next Post$",
        r"^The post .{1,300} appeared first on .{1,80}$",
        BLURB,
        r"^ADS$",
    )
    html_markers = (r"blogspot\.com|blogger\.com", r"<meta[^>]+name=\"generator\"[^>]+Blogger")

    def parse_lines(self, lines: list[str], source: Source) -> Article:
        blog = _blog_name(lines, source)
        origins = [o for o in (repost_origin(ln) for ln in lines) if o]
        # Everything after the feed trailer is the blog theme's furniture.
        end = next((i for i, ln in enumerate(lines) if repost_origin(ln)), len(lines))
        story = [ln for ln in lines[:end] if not is_boilerplate(ln)]
        if not story:
            story = lines[:1]
        title, body = story[0], story[1:]
        if body and blog and same_text(body[0], blog):
            body = body[1:]
        if body and is_caption(body[0]):
            body = body[1:]
        # A story does not end on a headline: that is a link to a related story.
        while body and looks_like_heading(body[-1]) and len(body) > 1:
            body = body[:-1]
        return build_article(
            self, source, title=title, body=body, relays=origins, outlet=blog or None
        )


def _blog_name(lines: list[str], source: Source) -> str:
    """The blog's name: its publisher blurb, the HTML site name, or the line under the title."""
    for line in reversed(lines[-12:]):
        m = _BLURB.match(line)
        if m:
            return m.group("blog").strip()
    if source.is_html:
        site = read_html(source.text).site_name
        if site:
            return site
    if len(lines) > 1 and looks_like_heading(lines[1]) and len(lines[1].split()) <= 6:
        return lines[1]
    return ""


@hookimpl
def positions_register_formats() -> list[BloggerRepost]:
    return [BloggerRepost()]
