"""Levant Wire: a masthead, the headline, a 'Published …' line, then the story."""

import re

from positions.formats import TextFormat, build_article, parse_date
from positions.hookspecs import hookimpl

PUBLISHED = r"^Published (\d{1,2} \w+ \d{4})$"


class LevantWire(TextFormat):
    name = "levant-wire"
    outlet = "Levant Wire"
    markers = (r"^LEVANT WIRE$", PUBLISHED)

    def parse_lines(self, lines, source):
        title = lines[1]
        stamp = next((re.match(PUBLISHED, ln) for ln in lines if re.match(PUBLISHED, ln)), None)
        body = [ln for ln in lines[2:] if not re.match(PUBLISHED, ln)]
        return build_article(
            self,
            source,
            title=title,
            body=body,
            published=parse_date(stamp.group(1)) if stamp else None,
        )


@hookimpl
def positions_register_formats():
    return [LevantWire()]
