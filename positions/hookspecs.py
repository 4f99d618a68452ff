"""Hook specifications: the whole contract between ``positions`` and its plugins.

A plugin is a module (or object) with functions named after these specs and marked
with :data:`hookimpl`, declared under the ``positions`` entry-point group::

    [project.entry-points.positions]
    my_outlet = "my_package.my_outlet"
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import pluggy

if TYPE_CHECKING:
    from positions.find import Finder
    from positions.formats import Format

PROJECT = "positions"

hookspec = pluggy.HookspecMarker(PROJECT)
hookimpl = pluggy.HookimplMarker(PROJECT)


@hookspec
def positions_register_formats() -> list[Format]:  # type: ignore[empty-body]
    """Return the outlet formats this plugin provides.

    Each is an object with ``name``, ``outlet``, ``sniff(source) -> float`` (0 = not mine,
    1 = certainly mine) and ``parse(source) -> Article``; see :class:`positions.formats.Format`.
    """


@hookspec
def positions_register_finders() -> list[Finder]:  # type: ignore[empty-body]
    """Return statement finders: objects with ``name`` and ``find(article, codebook)``."""


@hookspec
def positions_register_codebooks() -> list[Any]:  # type: ignore[empty-body]
    """Return codebook contributions: paths to TOML files or :class:`Codebook` objects.

    They are merged into the default codebook (aliases and patterns add up).
    """
