"""A plugin with a misspelled hook name: it is reported and not used."""

from positions.hookspecs import hookimpl


@hookimpl
def positions_register_format():
    return []
