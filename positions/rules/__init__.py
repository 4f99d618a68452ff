"""The built-in statement finder: stance cues, attribution and issue scope, from the codebook.

For each sentence that holds a stance cue, the finder works out
* the **holder**: the subject of the cue (skipping outlets, addressees and prepositional
  objects), a possessive before a noun cue ("Israel's demand"), the agent of a passive,
  conjoined subjects ("Syria and Israel agreed"), pronouns and "the two sides" from
  earlier sentences, and, when the clause names no party, the speaker of the reported
  speech or quotation around it, or the lead-in of a bulleted list;
* the **issue**: the concepts of an issue pattern in the cue's scope (the rest of its
  clause; before it for predicates like "void"), with the actor whose forces or action it
  is ("Russian forces", or the holder itself: "Russia seeks to deploy"), article context
  for places ("the south"), and anaphora ("rejected the proposal") for earlier issues;
* the **stance**: the cue's level, turned by negation and modality ("will not permit" is
  −2, "not ready" −1, "not pressuring" 0), raised by intensifiers ("categorically");
* the **date**: a time expression in the sentence ("in September") resolved against the
  publication date, else the publication date;
* the **confidence**: cue strength, times how far the attribution had to reach, times
  hedges and beliefs ("Riyadh believes Israel…").
"""

from __future__ import annotations

from positions.codebook import Codebook
from positions.model import Article, Statement
from positions.rules.records import _compiled
from positions.rules.run import ArticleRun
from positions.rules.settings import EXTRACTOR

__all__ = ["EXTRACTOR", "RuleFinder"]


class RuleFinder:
    """The default finder: codebook-driven rules over sentences and clauses."""

    name = EXTRACTOR

    def find(self, article: Article, codebook: Codebook) -> list[Statement]:
        return ArticleRun(article, _compiled(codebook)).run()
