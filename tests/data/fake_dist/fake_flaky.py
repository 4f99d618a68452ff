"""A plugin whose formats fail at work: one parse raises, one sniff raises."""

from positions.hookspecs import hookimpl


class Greedy:
    """Claims every Fake Wire page, then fails to read it."""

    name = "fake-greedy"
    outlet = "Greedy"

    def sniff(self, source):
        return 0.9 if "FAKE WIRE" in source.text else 0.0

    def parse(self, source):
        raise KeyError("layout changed")


class BadSniffer:
    name = "fake-bad-sniffer"
    outlet = "Bad Sniffer"

    def sniff(self, source):
        return 1 / 0

    def parse(self, source):
        raise AssertionError("never chosen")


@hookimpl
def positions_register_formats():
    return [Greedy(), BadSniffer(), "not a format"]
