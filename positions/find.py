"""Statement finders: the protocol, and the built-in rule-based finder's registration.

A finder turns an article into statements. The built-in one (:mod:`positions.rules`) is
registered here through the same hook a plugin would use; ``--finder NAME`` picks another.
"""

from __future__ import annotations

from typing import Protocol, runtime_checkable

from positions.codebook import Codebook
from positions.hookspecs import hookimpl
from positions.model import Article, Statement

__all__ = ["DEFAULT_FINDER", "Finder"]

DEFAULT_FINDER = "rules"


@runtime_checkable
class Finder(Protocol):
    """The contract of a statement finder."""

    name: str

    def find(self, article: Article, codebook: Codebook) -> list[Statement]:
        """Every stated position in ``article``, with evidence spans into its body."""
        ...


@hookimpl
def positions_register_finders() -> list[Finder]:
    from positions.rules import RuleFinder

    return [RuleFinder()]
