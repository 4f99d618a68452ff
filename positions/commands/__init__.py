"""Subcommands beyond the core ones, one module per area.

Each module imports :data:`positions.cli.cli` and registers its commands with
``@cli.command``; importing this package imports every module in it.
"""

from __future__ import annotations

import importlib
import pkgutil

for _info in sorted(pkgutil.iter_modules(__path__), key=lambda m: m.name):
    importlib.import_module(f"{__name__}.{_info.name}")
