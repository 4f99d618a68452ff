"""The finder's settings: its extractor name, the confidence floor, the input cap and the fallback switch."""

from __future__ import annotations

EXTRACTOR = "rules"
MIN_CONFIDENCE = 0.25
# How much of one article body the rules read (news articles are a few thousand characters).
MAX_FINDER_CHARS = 2_000_000
# Whether a sentence the grammar could not resolve still yields a low-confidence statement.
BACKOFF = True
