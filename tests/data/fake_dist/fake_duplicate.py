"""A plugin from another distribution claiming a format name already taken."""

from positions.formats import TextFormat
from positions.hookspecs import hookimpl


class AnotherFakeWire(TextFormat):
    name = "fake-wire"
    outlet = "Another Fake Wire"
    markers = (r"^FAKE WIRE$",)


@hookimpl
def positions_register_formats():
    return [AnotherFakeWire()]
