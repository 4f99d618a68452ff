"""Placeholder: replaced by the full rule-based finder."""

from __future__ import annotations

from positions.codebook import Codebook
from positions.model import Article, Statement


class RuleFinder:
    name = "rules"

    def find(self, article: Article, codebook: Codebook) -> list[Statement]:
        return []
