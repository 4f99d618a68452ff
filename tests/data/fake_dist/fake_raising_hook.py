"""A plugin whose hooks raise when called."""

from positions.hookspecs import hookimpl


@hookimpl
def positions_register_formats():
    raise RuntimeError("the format table is corrupt")


@hookimpl
def positions_register_codebooks():
    return ["/nonexistent/fake/codebook.toml"]
