"""A well-behaved plugin: one format, one finder and a codebook contribution (every hook)."""

from pathlib import Path

from positions.formats import TextFormat, build_article
from positions.hookspecs import hookimpl


class FakeWire(TextFormat):
    name = "fake-wire"
    outlet = "Fake Wire"
    markers = (r"^FAKE WIRE$",)

    def sniff(self, source):
        return 0.8 if super().sniff(source) else 0.0

    def parse_lines(self, lines, source):
        rest = [ln for ln in lines if ln != "FAKE WIRE"]
        return build_article(self, source, title=rest[0], body=rest[1:])


class NullFinder:
    name = "fake-null"

    def find(self, article, codebook):
        return []


@hookimpl
def positions_register_formats():
    return [FakeWire()]


@hookimpl
def positions_register_finders():
    return [NullFinder()]


@hookimpl
def positions_register_codebooks():
    return [Path(__file__).with_name("fake_codebook.toml")]


def main():
    return 0
