"""The project's exception types: everything the library raises on purpose derives from one base."""

from __future__ import annotations


class PositionsError(Exception):
    """Base of every error this package raises on purpose; the CLI prints it as one line."""


class CodebookError(PositionsError):
    """A codebook file is malformed; the message names the file and the entry."""


class FormatError(PositionsError):
    """A source could not be read or parsed into an article."""


class PluginError(PositionsError):
    """A plugin failed to load or raised inside a hook."""


class StoreError(PositionsError):
    """The store is missing, corrupt, locked or of an unknown schema version."""


class InputError(PositionsError):
    """A path or a value given by the user is unusable (missing file, malformed date, unknown id)."""
