"""What the finder records about an article: mentions, issue matches, sentences, and the
codebook compiled for matching (once per codebook)."""

from __future__ import annotations

import re
from typing import Any

from attrs import define, field, frozen

from positions.codebook import Codebook, Cue, Issue, IssuePattern
from positions.matcher import Hit, PhraseMatcher


@frozen
class Mention:
    """A party (or outlet) named in the text."""

    start: int
    end: int
    party: str  # party id, or "" for an outlet
    role: str  # names | capitals | demonyms | people | source
    text: str
    holder: bool  # whether it can be the subject that holds a position


@frozen
class IssueMatch:
    issue: str
    start: int  # first term
    end: int  # last term
    weight: float
    generic: bool
    terms: tuple[tuple[int, int], ...]
    invert: bool = False
    # what a refused thing lacks ("a deal without a withdrawal is unacceptable"): demanded
    lacking: bool = False


@define
class _Sentence:
    index: int
    start: int
    end: int
    mentions: list[Mention] = field(factory=list)
    cues: list[Hit[Cue]] = field(factory=list)
    concepts: list[Hit[str]] = field(factory=list)
    grammar: list[Hit[str]] = field(factory=list)
    issues: list[IssueMatch] = field(factory=list)  # explicit issue mentions, for anaphora
    subject_parties: tuple[str, ...] = ()  # parties this sentence is about, for pronouns
    group: tuple[str, ...] = ()  # several parties named together, for "the two sides"
    stated_by: tuple[str, ...] = ()  # holders of the statements found in it, for "he"
    speaker: tuple[str, ...] = ()  # party of the quotation or reported speech around it
    speaker_text: str | None = None
    relays: tuple[str, ...] = ()
    bullet: bool = False


class _Compiled:
    """A codebook turned into matchers, built once per codebook."""

    def __init__(self, book: Codebook) -> None:
        self.book = book
        party_phrases: dict[str, list[tuple[str, str, Any]]] = {}
        for p in book.parties:
            for a in p.aliases:
                party_phrases.setdefault(a.text, []).append((p.id, a.role, a))
        for s in book.sources:
            party_phrases.setdefault(s, []).append(("", "source", None))
        for o in book.outsiders:
            party_phrases.setdefault(o, []).append(("", "outsider", None))
        self.negotiated = frozenset(i.id for i in book.issues if i.negotiated)
        self.parties: PhraseMatcher[tuple[str, str, Any]] = PhraseMatcher(party_phrases)
        # Account handles that begin with a party's name ("@IsraelMFA", "@francediplo"):
        # the longest such name first, four letters at least.
        self.handle_prefixes: tuple[tuple[str, str], ...] = tuple(
            sorted(
                {
                    (a.text.lower(), p.id)
                    for p in book.parties
                    for a in p.aliases
                    if a.role in ("names", "capitals") and len(a.text) >= 4 and a.text.isalpha()
                },
                key=lambda t: -len(t[0]),
            )
        )
        concept_phrases: dict[str, list[str]] = {}
        for name, phrases in book.concepts.items():
            for ph in phrases:
                concept_phrases.setdefault(ph, []).append(name)
        self.concepts: PhraseMatcher[str] = PhraseMatcher(concept_phrases, overlaps=True)
        cue_phrases: dict[str, list[Cue]] = {}
        for c in book.cues:
            cue_phrases.setdefault(c.phrase, []).append(c)
        self.cues: PhraseMatcher[Cue] = PhraseMatcher(cue_phrases)
        grammar: dict[str, list[str]] = {}
        for key in (
            "speech",
            "belief",
            "hedges",
            "negators",
            "intensifiers",
            "topics",
            "anaphora",
            "plural",
        ):
            for ph in book.words(key):
                grammar.setdefault(ph, []).append(key)
        self.grammar: PhraseMatcher[str] = PhraseMatcher(grammar)
        self.prepositions = frozenset(w.lower() for w in book.words("prepositions"))
        self.actor_nouns = sorted({w.lower() for w in book.words("actors")}, key=len, reverse=True)
        self.actor_re = re.compile(
            r"^\s*(?:(?:and|or|,)\s+\w+\s+)?(?:(?:senior|top|high-ranking|security|military|diplomatic|political|"
            r"government|intelligence|foreign|defense|defence|informed|official|unnamed|other|two|three|several|"
            r"an?|the)\s+){0,3}(?:" + "|".join(re.escape(a) for a in self.actor_nouns) + r")\b",
            re.I,
        )
        self.issues: dict[str, Issue] = {i.id: i for i in book.issues}
        self.broader: dict[str, set[str]] = {i.id: set(i.broader) for i in book.issues}
        # Each issue's patterns with the concepts they require: _issues_in tries only the
        # patterns whose concepts are all present (most sentences rule out most patterns).
        self.issue_patterns: list[tuple[Issue, list[tuple[IssuePattern, frozenset[str]]]]] = [
            (i, [(pat, frozenset(pat.concepts)) for pat in i.patterns])
            for i in self.issues.values()
        ]
        # Which issues (by index in issue_patterns) have a pattern needing each concept, and
        # those with a pattern needing none: _issues_in visits only issues that can match.
        self.issues_needing: dict[str, set[int]] = {}
        self.issues_always: frozenset[int] = frozenset(
            k for k, (_, pats) in enumerate(self.issue_patterns) if any(not n for _, n in pats)
        )
        for k, (_, pats) in enumerate(self.issue_patterns):
            for _, needs in pats:
                for label in needs:
                    self.issues_needing.setdefault(label, set()).add(k)


_CACHE: dict[int, tuple[Codebook, _Compiled]] = {}


def _compiled(book: Codebook) -> _Compiled:
    entry = _CACHE.get(id(book))
    if entry is None or entry[0] is not book:
        entry = (book, _Compiled(book))
        _CACHE[id(book)] = entry
    return entry[1]
