"""The issue a cue is about: issue patterns in the cue's scope, whose forces or act they
name, article context for places, topics, and anaphora ("rejected the proposal")."""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from attrs import evolve

from positions.codebook import Cue, Issue, IssuePattern
from positions.matcher import Hit
from positions.model import Statement
from positions.rules.lexicon import (
    _AND_THAT,
    _BOUNDARY,
    _BROKER_WORDS,
    _CONDITION,
    _DETERMINER_BEFORE,
    _FORCE_LABELS,
    _LIST_MARKER,
    _RELATIVE_BEFORE_VERB,
    _SELF_ACT,
    _words,
)
from positions.rules.records import IssueMatch, Mention, _Sentence
from positions.text import WORD_RE

if TYPE_CHECKING:
    from positions.rules.run import ArticleRun


_PREDICATING = {
    "calls",
    "call",
    "describes",
    "describe",
    "considers",
    "consider",
    "terms",
    "labels",
    "deems",
    "sees",
    "views",
    "regards",
    "said",
    "says",
    # "see Lebanon and Israel reach diplomatic relations": a verb, not a possessor's noun
    "reach",
    "reaches",
    "establish",
    "establishes",
    "sign",
    "signs",
    "conclude",
    "find",
}
# "wants the American forces out" (not "troops out on patrol", "out of" is a stop phrase)
_PARTICLE_OUT = re.compile(r"\s+out\b(?!\s+(?:of|on|in|at|there|here|patrolling|front)\b)")
# "talks without a signed document": a circumstance, not the cue's object. ("No peace
# without X" is a cue of its own: X is what peace needs.)
_WITHOUT_BEFORE = re.compile(
    r"(?<!peace )(?<!stability )(?<!security )(?<!solution )(?<!settlement )(?<!achieved )"
    r"\b(?:without|before)\s+(?:\w+\s+){0,4}$"
)
_LACKING_BEFORE = re.compile(
    r"\b(?:without|lacking|short\s+of|anything\s+less\s+than|less\s+than)\s+(?:[\w'’-]+\s+){0,3}$"
)
_RELATIVE_AFTER = re.compile(r"(?:\s+[\w-]+){0,4}?\s*,\s*(?:which|that)\s")
_COMMA_ASIDE = re.compile(r"\s*,(?:\s*[^,;:—]{1,60}?),")
# A pronoun as the whole subject of a neutral verdict: "that is", "this is", "it's".
_PRONOUN_SUBJECT = re.compile(
    r"\b(?:(?:that|this|it)(?:'s|’s|\s+is|\s+was|\s+remains|\s+would\s+be)"
    r"|(?:those|these|they)(?:\s+are|\s+were|\s+remain))\s+[\"“]?$"
)
_ITS_BEFORE = re.compile(r"\b(?:its|their)\s+(?:[\w-]+\s+)?$")
_SPEECH_VERB_BREAK = re.compile(
    r"\b(?:said|says|added|stressed|insisted|warned|argued|declared|told\s+(?:reporters|journalists))\s+"
    # (not before a pronoun: in "condemned the strikes and said they must stop" the
    # strikes are what must stop)
    r"(?=\w)(?!(?:it|its|they|them|their|this|these|those|such)\b)"
)
_FORCES_SUBJECT = re.compile(
    r"\b([\w'’-]+)\s+(?:troops|forces|soldiers|units|army|military)\s+(?:[\w'’]+\s+){0,3}$"
)
_NO_GROUND_FOR = re.compile(r"(?:justification|legal\s+basis|legitimate\s+reason)\s+(?:for|to)$")
_CONDITION_WORD = re.compile(r"\b(?:as\s+long\s+as|provided|if|once|until|on\s+condition)\b")
_IT_BEFORE = re.compile(r"\b(?:it|they|this)\s+$")
_ENDING_MODAL = re.compile(r"(?:must|should|has\s+to|needs\s+to|will)\b")
_ITS_ENDING = re.compile(
    r"\s+(?:its|their)\s+(?:immediate\s+|complete\s+|full\s+|prompt\s+)?(?:cessation|end|halt|ending)\b"
)
_END_AFTER = re.compile(r"\s+(?:(?:come\s+to\s+an\s+)?end|stop|cease|halt)\b")
# "… of Afrin, Ras al-Ain and Tal Abyad must end": a list of places before the verb.
_LIST_MUST_END = re.compile(
    r"[^,;:.]{0,60}?(?:,\s*(?:[\w'’-]+\s+){0,2}[\w'’-]+){1,6},?\s+and\s+(?:[\w'’-]+\s+){0,2}?"
    r"(?:must|should|has\s+to|needs\s+to|will)\s+(?:come\s+to\s+an\s+)?end\b"
)
_DESCRIBING = re.compile(
    r"\b(?:describing|describes|described|branding|brands|branded|labelling|labeling|labelled|"
    r"labeled|characterising|characterizing|characterised|characterized|portraying|portrayed)\b"
)
_AS_VERDICT = re.compile(r"\s+as\s+(?:an?\s+|the\s+)?")
# Mediation seen in what a party does: "US-brokered talks", "talks facilitated by Russia".
_BROKERED = re.compile(
    r"(?P<who>\b[\w.]+)[-‐‑](?:brokered|mediated|facilitated|sponsored)\s+(?:\w+\s+)?"
    r"(?:talks|negotiations|contacts|dialogue|discussions|process|meetings?|rounds?|track)\b"
)
_BROKERED_BY = re.compile(
    r"\b(?i:talks|negotiations|contacts|dialogue|discussions|meetings?|rounds?|process|track)\b"
    r"[^.;:]{0,40}?\b(?:brokered|mediated|facilitated|sponsored|overseen)\s+by\s+(?:the\s+)?"
)
# "under American auspices", "Jordanian and American mediators": the same, said with a noun.
_BROKER_NOUN = re.compile(
    r"\bunder\s+(?:the\s+)?(?P<who>[A-Z][\w.]+)\s+(?:auspices|sponsorship|mediation)\b"
    r"|\b(?P<who2>[A-Z][\w.]+)\s+(?:mediators|mediation\s+efforts|brokers)\b"
    # "contacts … under the auspices of the United States"
    r"|\b(?i:talks|negotiations|contacts|dialogue|discussions|meetings?|rounds?|process|track)\b"
    r"[^.;:]{0,60}?\bunder\s+the\s+(?:auspices|sponsorship|mediation)\s+of\s+(?:the\s+)?(?P<who3>[A-Z][\w.]+)"
)
# The broker at work: "the US envoy, who has chaired every round", "Witkoff has been
# shuttling between Riyadh and Damascus", "the sessions, chaired by the American envoy".
_CHAIRING = re.compile(
    r"\b(?:chair(?:s|ed|ing)\s+(?:the|these|those|every|each|all|both|all\s+the)\s+(?:\w+\s+)?"
    r"(?:sessions?|rounds?|talks|meetings?|negotiations|days)\b"
    r"|shuttl(?:es|ed|ing)\s+between\b)"
)
_CHAIRED_BY = re.compile(
    r"\b(?i:sessions?|rounds?|talks|meetings?|negotiations)\b[^.;:]{0,30}?\bchaired\s+by\s+(?:the\s+)?"
)
# What may stand between the broker and its act: its envoy, a "who" clause, auxiliaries.
_BROKER_GAP = re.compile(
    r"[\w.'’ -]{0,30}?(?:,\s*who\s+)?(?:(?:has|have|had)\s+)?(?:been\s+)?(?:also\s+)?\s*"
)
_WITH_BEFORE = re.compile(r"\bwith\s+(?:the\s+)?$")
_MEDIATION_OF = {"united-states": "us-mediation", "russia": "russian-mediation"}
# "the American occupation of Syrian oil fields must end": a modal ending after the terms.
_MUST_END = re.compile(
    # (", including on Mount Hermon," is a parenthetical, not a clause boundary)
    r"[^,;:.]{0,110}?(?:,\s*(?:including|notably|especially|in\s+particular)\b[^,;:.]{0,50},)?"
    # '… in the area of separation, he said, "must end"': a frame between them
    # or 'is, in his words, "an occupation that must end"'
    r"(?:,\s*(?:(?:he|she|they|it)\s+(?:said|says|added|insisted|warned)|in\s+(?:his|her|their)\s+"
    r"(?:own\s+)?words|as\s+(?:he|she)\s+put\s+it),[^,;:.]{0,60}?)?"
    r"\s[\"“]?(?:must|should|has\s+to|needs\s+to|will)\s+(?:come\s+to\s+an\s+|be\s+(?:brought|put)\s+to\s+an\s+)?end\b"
)
_TO_DISCUSS = re.compile(r"\s+(?:to\s+)?(?:discuss|negotiate|talk\s+about|consider)\b")
# Cues whose talks-on-X object is a stance on X: welcoming or backing talks backs X; refusing
# to discuss X opposes it.
_WELCOMING = re.compile(
    r"\b(?:welcom|support|back|encourag|endors|hail|prais|committ)\w*(?:\s+to)?$"
)
# "any arrangement that ends the occupation and preserves the 1974 framework": a relative
# clause that says what the thing backed must do names further objects of the stance.
_RELATIVE_AIM = re.compile(
    r"\b(?:that|which)\s+(?:would\s+|will\s+|must\s+)?(?:ends?|ended|guarantees?|guaranteed|"
    r"preserves?|preserved|restores?|restored|strengthens?|respects?|respected|ensures?|ensured|"
    r"protects?|protected|upholds?|upheld|secures?|secured|leads?\s+to|led\s+to|brings?|brought)\b"
)
# ", and of Israel's compliance with …": a second object coordinated with the first.
_COORDINATED = re.compile(
    r"(?:,\s*|\s)and\s+(?:also\s+)?(?:of|to|for|on)\s+(?:\S+(?:\s+\S+){0,4}\s*)?$"
    # "demands a withdrawal … and the reactivation of the 1974 agreement": a second object
    r"|\sand\s+(?:the|a|an|its|their)\s+[\w-]+(?:\s+of)?(?:\s+the)?\s*$",
    re.I,
)
_TOPIC_LABEL = re.compile(rf"[ \t]*(?:{_LIST_MARKER}[ \t]*)?([\w'’ -]{{2,40}}?):\s+")
_AND_AFTER = re.compile(r"\s*and\s+")
_AND_PREPOSITION = re.compile(r",\s+and\s+(?:also\s+)?(?:for|to|of|on)\s+")
_AUXILIARIES = {
    "has",
    "have",
    "had",
    "is",
    "was",
    "are",
    "were",
    "will",
    "would",
    "does",
    "did",
    "remains",
}
_COORDINATED_VERB = re.compile(r"[\"”]?,\s*(?:and\s+)?(?:also\s+|further\s+)?$")
_PARENTHETICAL = re.compile(
    r"^\s*,?\s*(?:according\s+to\s+[^,]{1,60}|with\s+(?:the\s+)?(?:reported\s+)?[^,]{0,40}(?:approval|backing|blessing|support|consent|green\s+light)|in\s+principle|at\s+least\s+for\s+now|for\s+now|officials\s+said|sources\s+said|he\s+said|she\s+said|it\s+said|they\s+said|however|reportedly|in\s+turn|too|as\s+well)\s*,",
    re.I,
)
# _ArticleRun._owner runs once per (concept, mention) pair — the finder's most frequent regex site
# (~300k calls per 1,000 articles) — so its patterns are compiled once rather than looked up
# in re's cache on every call.
_OWNER_POSSESSIVE = re.compile(r"\b(?:its|their|his|her|our|your)\s+$")
# "Iranian-backed militias": a hyphenated compound runs the name into the thing it owns.
_OWNER_GAP = re.compile(
    r"(?:['’]s)?(?:\s+[\w-]+){0,2}\s+|\s*['’]s\s+|\s+|[-‐‑][\w-]+\s+(?:[\w-]+\s+)?"
)
_OWNER_STOP = re.compile(
    r"\b(?:and|or|to|with|in|for|on|from|by|is|are|was|were|has|have|had|will|would|that|of)\b"
    # "if the Lebanese army does not disarm Hezbollah": a verb phrase, not a possessor
    r"|\b(?:not|never|does|do|did|cannot|fails?|failed)\b|n['’]t\b"
)
_OWNER_STAYS = re.compile(
    r"\s+(?:(?:military\s+)?(?:forces|troops|police|units|army|soldiers|personnel|patrols)\s+)?"
    r"(?:to|would|will|should|must|could|can|may)\s+"
)
_OWNER_BUILDS = re.compile(
    r"(?:\s+(?:and|or)\s+[\w-]+)?\s+to\s+(?:re-?)?(?:build|establish|expand|restore|keep|maintain|"
    r"entrench|set\s+up|open|deploy|station|consolidate|acquire|gain|strengthen|rebuild|upgrade|reinforce)\s+"
    r"(?:(?:any|a|an|its|their|new|permanent|military|lasting)\s+)*"
)
# "Syria, whose forces …"; "a Hezbollah that rearms": the relative clause's subject owns it.
_OWNER_WHOSE = re.compile(r",?\s+whose\s+|\s+(?:that|which|who)\s+(?:would\s+|will\s+|could\s+)?")
_OWNER_FORCES = re.compile(
    r"\s*(?:military\s+|occupying\s+|occupation\s+)?(?:forces|troops|army|soldiers|units|patrols|police|militias|bases|presence|personnel|fighters|deployment|proxies|proxy|advisers|advisors|officers|warships|aircraft|[-‐‑](?:backed|aligned|allied|affiliated|linked))"
)
_OWNER_OF = re.compile(r"[\"”’]?\s+(?:of|by)\s+(?:the\s+)?(?:\w+\s+){0,1}")
# "preferred not to be named": a cue word in an idiom that states no position.
_OWN_OBJECT = re.compile(r"\s*(?:the|a|an|what|any|its|their|his|her|this|these|those|such)\b")


def _between_terms(c: IssueMatch, outer: IssueMatch) -> bool:
    """Whether ``c`` lies wholly in a gap between ``outer``'s words ("a return to [the 1974
    agreement] and to the lines of December": the withdrawal's words surround it)."""
    spans = sorted(outer.terms)
    return any(
        a_end <= c.start and c.end <= b_start
        for (_, a_end), (b_start, _) in itertools.pairwise(spans)
    )


def _overlaps(c: IssueMatch, chosen: Sequence[IssueMatch]) -> bool:
    spans = set(c.terms)
    return any(spans & set(o.terms) for o in chosen)


def _drop_dominated(matches: list[IssueMatch], broader: dict[str, set[str]]) -> list[IssueMatch]:
    """Keep the narrower of two issues matched on the same words."""
    keep = []
    for m in matches:
        dominated = False
        for o in matches:
            if o is m:
                continue
            # A narrower issue hides its broader one only when it is at least as well
            # evidenced: "all foreign forces should leave" stays foreign even if Iran is named.
            if (
                (
                    m.issue in broader.get(o.issue, set())
                    and o.weight >= m.weight
                    and not set(o.terms) < set(m.terms)
                )
                or (set(m.terms) < set(o.terms) and o.weight >= m.weight)
                or (set(m.terms) == set(o.terms) and o.weight > m.weight)
            ):
                dominated = True
        if not dominated:
            keep.append(m)
    return keep


def owner(self: ArticleRun, s: _Sentence, h: Hit[str]) -> str | None:
    """The party whose thing a concept names: "Russian forces", "withdrawal of Israeli forces"."""
    memo = self._owner_memo.get(id(h))
    if memo is not None and memo[0] is h:
        return memo[1]
    found = self._owner_uncached(s, h)
    self._owner_memo[id(h)] = (h, found)
    return found


def owner_uncached(self: ArticleRun, s: _Sentence, h: Hit[str]) -> str | None:
    best: Mention | None = None
    # The start of the last cue that ends before the concept: a mention ending before
    # it has a verb between it and the concept (one pass, not one per mention).
    last_cue = max((c.start for c in s.cues if c.end <= h.start), default=-1)
    for m in s.mentions:
        if not m.party:
            continue
        if (
            best is not None
            and "relations" in h.labels
            and best.end == m.start - 1
            and self.body[best.end : m.start] in ("-", "‐", "‑")
        ):
            continue  # "Russian-Syrian relations": the pair's first names them
        if m.role == "demonyms" and _OWNER_POSSESSIVE.search(
            self.low[max(0, m.start - 8) : m.start]
        ):
            continue  # "its Syrian bases": where they are, not whose
        if m.start < h.start < m.end:
            best = m  # "Israeli military operations": the name runs into the thing it owns
            continue
        gap = self.body[m.end : h.start]
        if m.end <= last_cue:
            continue  # "Egypt rejects Israeli operations": a verb between them
        if (
            m.end <= h.start
            and _OWNER_STAYS.fullmatch(gap)
            and ("staying" in h.labels or m.role != "demonyms" or _OWNER_FORCES.match(gap))
        ):
            best = m  # "prefers the Russians to remain": whose forces stay
        elif m.end <= h.start and len(gap) <= 28 and _OWNER_GAP.fullmatch(gap):
            # A verb between them ("the ministry called the strikes") ends the phrase.
            verbish = any(
                w.lower().endswith("ed") or w.lower() in _PREDICATING for w in WORD_RE.findall(gap)
            )
            if not verbish and not _OWNER_STOP.search(gap):
                best = m
        elif m.end <= h.start and _OWNER_WHOSE.fullmatch(gap):
            best = m
        elif m.end <= h.start and _OWNER_BUILDS.fullmatch(gap):
            # "will not allow Iran (or Hezbollah) to establish a presence": the
            # infinitive's subject builds it; a conjunct shares it, the first one named.
            if best is None or not _OWNER_BUILDS.fullmatch(self.body[best.end : h.start]):
                best = m

        elif (
            m.start >= h.end
            and "disarm" in h.labels
            and self.low[h.start : h.end].startswith("disarm")
            and self.low[h.end : m.start].strip() in ("", "the")
        ):
            return m.party  # "the Lebanese army to disarm Hezbollah": the one disarmed
        elif (
            m.start >= h.end
            and len(self.body[h.end : m.start]) <= 24
            # "training of the Syrian army": whom it is for, not whose it is ("the
            # defensive capabilities of the Syrian army" are still Syria's)
            and not ("military_cooperation" in h.labels and "strategic_weapons" not in h.labels)
        ):
            gap2 = self.body[h.end : m.start]
            # "withdrawal of Israeli forces" names an owner; "a round of Syrian-Israeli
            # contacts" names participants.
            forces_after = m.role != "demonyms" or _OWNER_FORCES.match(self.low[m.end : m.end + 30])
            if _OWNER_OF.fullmatch(gap2) and forces_after:
                best = best or m
    return best.party if best else None


def issues_in(
    self: ArticleRun,
    s: _Sentence,
    start: int,
    end: int,
    holder: str | None,
    explicit: bool = False,
    window: tuple[int, int] | None = None,
) -> list[IssueMatch]:
    self._window = window or (start, end)
    hits = self._concepts_in(s, start, end)
    if not hits and explicit:
        return []
    by_concept: dict[str, list[Hit[str]]] = {}
    for h in hits:
        for label in h.labels:
            by_concept.setdefault(label, []).append(h)
    named = {m.party for m in s.mentions if m.party and m.start >= start and m.end <= end}
    wide = "syria_wide" in by_concept
    out: list[IssueMatch] = []
    present = by_concept.keys()
    needing = self.c.issues_needing
    visit = set(self.c.issues_always)
    for label in present:
        visit.update(needing.get(label, ()))
    issue_patterns = self.c.issue_patterns
    for k in sorted(visit):  # the original issue order: ties keep their first-found winner
        issue, patterns = issue_patterns[k]
        best: IssueMatch | None = None
        best_inverted = False
        for pat, needs in patterns:
            if not needs <= present:
                continue  # _match_pattern would say None
            match = self._match_pattern(s, issue, pat, by_concept, named, holder, wide, explicit)
            # A pattern naming the issue outright beats a generic word that only the
            # context ties to it, whatever their weights.
            if match is not None and (
                best is None
                or (not match.generic, not pat.inverted, match.weight)
                > (not best.generic, not best_inverted, best.weight)
            ):
                best_inverted = pat.inverted
                best = match
        if best is not None:
            out.append(best)
    return _drop_dominated(out, self.c.broader)


def match_pattern(
    self: ArticleRun,
    s: _Sentence,
    issue: Issue,
    pat: IssuePattern,
    by_concept: dict[str, list[Hit[str]]],
    named: set[str],
    holder: str | None,
    wide: bool,
    explicit: bool,
) -> IssueMatch | None:
    terms: list[Hit[str]] = []
    for c in pat.concepts:
        if c not in by_concept:
            return None
        terms.append(by_concept[c][0])
    weight: float = 2 * len(pat.concepts)
    for c in pat.context:
        near = by_concept.get(c, [None])[0]
        if near is not None and (not terms or self._same_clause(terms[0], near)):
            terms.append(near)
            weight += 2
        elif near is not None:
            weight += 0.5  # named in the sentence, but in another clause
        elif c == "south" and "elsewhere" in by_concept:
            return None  # the clause names another region
        elif not wide and (
            self.concept_counts[c] >= 1
            if pat.generic or pat.context_scope == "article"
            else self._local_context(s, c)
        ):
            weight += 1
        else:
            return None
    if pat.actor_is_holder and holder != pat.actor:
        return None
    if pat.actor_is_holder and terms:
        # "Lavrov said Israeli troops had to leave": another's troops are the ones leaving
        first_term = min(t.start for t in terms)
        subject = _FORCES_SUBJECT.search(self.low, max(s.start, first_term - 60), first_term)
        if subject is not None and any(
            m.party and m.party != holder and m.start <= subject.start(1) < m.end
            for m in s.mentions
        ):
            return None
    if pat.holders and holder not in pat.holders:
        return None
    if pat.actor:
        owners = {o for t in terms if (o := self._owner(s, t)) is not None}
        if not owners and pat.actor_from_holder and terms:
            # "urged Washington to pull out the rest of its troops": the one urged acts.
            urged = self._urged_addressee(s, min(t.start for t in terms))
            if urged is not None and urged != holder:
                owners = {urged}
        if owners and pat.actor not in owners:
            return None
        if pat.actor in owners:
            weight += 3
        elif pat.actor_from_holder and holder == pat.actor:
            weight += 2
        elif pat.actor in named:
            weight += 1
        elif pat.actor_context and self.party_counts[pat.actor] >= 2 and holder != pat.actor:
            weight += self.party_counts[pat.actor] / (1 + sum(self.party_counts.values()))
        elif not pat.actor_optional:
            return None
    elif pat.concepts:
        owners = {o for t in terms if (o := self._owner(s, t)) is not None}
    if not terms:
        return None
    first = min(t.start for t in terms)
    last = max(t.end for t in terms)
    if last - first > 220:
        return None
    for name in issue.exclude:
        if any(self._same_clause(t, x) for x in by_concept.get(name, ()) for t in terms[:1]):
            return None  # "withdraw from southern Lebanon": another country's ground
    core = terms[: len(pat.concepts)]
    if len(core) > 1:
        lo, hi = min(t.end for t in core), max(t.start for t in core)
        if lo < hi and _BOUNDARY.search(self.body, lo, hi):
            return None  # "staying on the coast …, and is studying proposals on the south"

    invert = pat.inverted
    ends = _MUST_END.match(self.low, last, min(s.end, last + 130)) or _LIST_MUST_END.match(
        self.low, last, min(s.end, last + 130)
    )
    if (
        ends
        and last < self._cue_at < ends.end()
        and not _ENDING_MODAL.match(self.low, self._cue_at)
    ):
        ends = None  # "X is illegal and must end": the verdict is on X, the modal ends it
    if issue.invert_with:
        # "end the Russian presence", "halt its strikes": the position is on stopping it.
        lo, hi = self._window
        # "undermine the sovereignty of Syria, which we consistently support": a cue in a
        # relative clause on the terms is about them, not about the verb before them.
        # (The window then ends at the relative pronoun.)
        rel = _RELATIVE_AFTER.match(self.low, last)
        cue_in_relative = rel is not None and last <= hi <= rel.end() <= self._cue_at
        # The stop word must govern the issue's terms: right before them ("end the
        # presence") or right after ("presence … must come to an end"), not a later clause.
        stops = [
            h
            for h in s.concepts
            if issue.invert_with in h.labels
            and lo <= h.start < hi
            and (
                first - 60 <= h.start <= last + 45
                # '… the American troops …, he said, "should have left long ago"': the
                # verb right after the cue is the demand's, however far the terms.
                or 0 < h.start - self._cue_at <= 16
            )
            and not (cue_in_relative and h.end <= first)
            # "will keep its weapons", weapons that "remain in its hands": keeping what the
            # terms name, right before or right after them (not "keep backing the plan to
            # disarm").
            and (
                issue.invert_with != "retain"
                or (h.end <= first and first - h.end <= 8)
                or (h.start >= last and h.start - last <= 25)
            )
            # "a reduced presence" is still a presence; "see the presence reduced" is not.
            and not (
                h.end <= first
                and self.low[h.start : h.end].endswith(("ed", "en"))
                and first - h.end < 25
                # (an adjective after a determiner; "that ended Israeli attacks" is a verb)
                and _DETERMINER_BEFORE.search(self.low, max(0, h.start - 8), h.start)
            )
            and not re.search(
                r"[;:]|,\s*[\"“]?\s*(?:and|but|while)\b",
                self.body[min(h.end, last) : max(h.start, first)],
            )
            # "welcome monitors as long as they leave when their job is done": the
            # condition's verb is not the position's.
            and not (h.start >= last and _CONDITION_WORD.search(self.low, last, h.start))
            # "act in Syria to prevent what he called a massacre": a stop word after the
            # terms with an object of its own governs that object, not them.
            and not (
                issue.invert_with == "stop"
                and h.start >= last
                and _OWN_OBJECT.match(self.low, h.end, s.end)
            )
        ]
        if stops and issue.invert_with != "stop":
            # "demanded an end to Israel's violations of Syrian sovereignty": ending the
            # violation upholds the principle; the two turns cancel.
            enders = [e for e in s.concepts if "stop" in e.labels]
            stops = [
                h
                for h in stops
                if not any(
                    e.end <= h.start
                    and h.start - e.end < 40
                    and not re.search(r"[,;:]", self.low[e.end : h.start])
                    for e in enders
                )
            ]
        if any(
            not any(t.start <= h.start < t.end for t in terms)
            # "keep the Syrian army out of the south": one phrase is both the place and
            # its leaving
            or (h in terms and h.text.lower().startswith(("out of ", "free of ")))
            for h in stops
        ) or (ends and not stops):
            invert = not invert
        elif issue.invert_with == "stop" and _PARTICLE_OUT.match(self.low, last):
            invert = not invert  # "wants the American forces out": they are to leave
    elif ends:
        invert = not invert  # "the occupation of the buffer zone must end": its ending
    return IssueMatch(
        issue.id,
        first,
        last,
        weight,
        pat.generic,
        tuple((t.start, t.end) for t in terms),
        invert,
    )


def local_context(self: ArticleRun, s: _Sentence, concept: str) -> bool:
    """Whether this sentence or the two before it name ``concept`` (a place, usually)."""
    for j in range(max(0, s.index - 2), s.index + 1):
        if any(concept in h.labels for h in self.sentences[j].concepts):
            return True
    return False


def choose_issues(
    self: ArticleRun, s: _Sentence, cands: list[IssueMatch], scope_start: int, backward: bool
) -> list[IssueMatch]:
    """The issue(s) a cue is about: the nearest specific one, plus others right beside it."""
    keep_topics = self._welcoming
    cands = [
        c
        for c in cands
        if (keep_topics or not self._under_topic(s, c, scope_start))
        and not _WITHOUT_BEFORE.search(self.low, max(s.start, c.start - 40), c.start)
    ]
    specific = [c for c in cands if not c.generic]
    pool = specific or cands
    if not pool:
        return []
    if backward:
        pool.sort(key=lambda c: -c.end)
        return [pool[0]]
    pool.sort(key=lambda c: (c.start, -c.weight))
    chosen = [pool[0]]
    limit = scope_start + 80
    for c in pool[1:]:
        if c.start < chosen[-1].end and not _between_terms(c, chosen[-1]):
            continue  # its words sit inside the issue already chosen
        between = self.low[chosen[-1].end : c.start]
        extends = re.search(
            r"\b(?:that|which)\s+(?:would\s+|will\s+)?includ\w*|\bincluding\b", between
        ) or _RELATIVE_AIM.search(between)
        # "stressed the need for X …, and for Y": a coordinated object shares the cue
        # however long the first one runs.
        coordinated = c.start - chosen[-1].end <= 160 and _COORDINATED.search(between)
        if (
            (c.start <= limit or coordinated)
            and not _overlaps(c, chosen)
            and (
                extends
                or coordinated
                or not re.search(
                    r"\b(?:that|which|who|whose|to|so|because|since|built|based)\b", between
                )
            )
        ):
            chosen.append(c)
    return chosen


def under_topic(self: ArticleRun, s: _Sentence, c: IssueMatch, after: int = 0) -> bool:
    # Only a topic phrase after the cue makes its object a topic: "discussed a US proposal
    # for a zone" is a proposal for the zone; "proposed talks on the zone" is not.
    for g in s.grammar:
        if "topics" in g.labels and g.end <= c.start and c.start - g.end <= 40 and g.start >= after:
            between = self.body[g.end : c.start]
            if not re.search(r"[,;:]|\b(?:to|that|which)\b", between):
                return True
    return False


def brokered(self: ArticleRun, s: _Sentence, taken: set[tuple[str, str]]) -> list[Statement]:
    """ "US-brokered talks", "talks facilitated by the United States": reported behaviour that
    plainly shows the broker backs its own mediation."""
    out: list[Statement] = []
    if all(self.body.find(w, s.start, s.end) < 0 for w in _BROKER_WORDS):
        return out  # every pattern needs one of these words (they match case-sensitively)

    def mediates(m: re.Match[str], who: Mention) -> None:
        """The broker named by ``who`` backs its own mediation, the act ``m`` its evidence."""
        issue = _MEDIATION_OF.get(who.party)
        if issue is None or (who.party, issue) in taken:
            return
        span = ((m.start(), m.end()),)
        im = IssueMatch(issue, m.start(), m.end(), 1.0, False, span, False)
        act: Hit[str] = Hit(m.start(), m.end(), m.group(0), m.group(0), ())
        out.append(self._statement(s, who.party, im, 2, act, 0.6, who.text))
        taken.add((who.party, issue))

    for m in _CHAIRING.finditer(self.low, s.start, s.end):
        # the broker as the act's subject, just before it and after no preposition
        ms = [
            x
            for x in s.mentions
            if x.party in _MEDIATION_OF
            and x.end <= m.start()
            and _BROKER_GAP.fullmatch(self.low, x.end, m.start())
            # ("with the US envoy chairing the sessions": the absolute clause's subject)
            and (
                not self._after_preposition(x)
                or _WITH_BEFORE.search(self.low, max(s.start, x.start - 10), x.start) is not None
            )
        ]
        for x in s.mentions:
            if x.party in _MEDIATION_OF and ms and ms[-1].end <= x.start < m.start():
                ms = []  # another party stands between: not the subject
        if ms:
            mediates(m, ms[-1])
    for rx in (_BROKERED, _BROKERED_BY, _CHAIRED_BY, _BROKER_NOUN):
        for m in rx.finditer(self.body, s.start, s.end):
            if rx is _BROKER_NOUN:
                at = next(m.start(g) for g in ("who", "who2", "who3") if m.group(g))
            else:
                at = m.start("who") if rx is _BROKERED else m.end()
            inside = rx not in (_BROKERED_BY, _CHAIRED_BY)
            ms = [
                x
                for x in s.mentions
                if x.party and (x.start <= at < x.end if inside else x.start == at)
            ]
            if ms:
                mediates(m, ms[0])
    return out


def issue_owner(
    self: ArticleRun, s: _Sentence, im: IssueMatch, holder: str | None = None
) -> str | None:
    for h in s.concepts:
        if (h.start, h.end) in im.terms:
            owner = self._owner(s, h)
            if owner:
                return owner
            if holder and _ITS_BEFORE.search(self.low, max(s.start, h.start - 25), h.start):
                return holder  # "Moscow said its bases …": the holder's own
    # "The presence of our military": the first person owns it.
    lead = self.low[max(s.start, im.start - 40) : im.end + 20]
    if re.search(r"\b(?:our|we)\b", lead):
        return self._first_person(s)
    return None


def cue_kind_at(self: ArticleRun, s: _Sentence, h: Hit[Cue]) -> str | None:
    cue = self._cue_for(s, h)
    return cue.kind if cue is not None else None


def scope_end(self: ArticleRun, s: _Sentence, start: int) -> int:
    text = self.body
    pos = start
    # Parentheticals right after the cue are not its end: "prefers, according to KAN, a …".
    while True:
        gloss = _GLOSS.match(text, pos, s.end)
        if gloss:
            pos = gloss.end()  # 'condemned (adana) the strikes': a translator's gloss
            continue
        m = _PARENTHETICAL.match(text, pos, s.end)
        if not m or m.end() - pos > 90:
            # (matched in place: a slice of the sentence's rest per cue is quadratic)
            m = _COMMA_ASIDE.match(text, pos, s.end)
            if not m or len(m.group(0).split()) > 9 or m.end() >= s.end:
                break
            pos = m.end()
            continue
        pos = m.end()
    end = s.end
    # (a boundary past 1,500 characters is beyond the 32 words kept below)
    for m in _BOUNDARY.finditer(text, pos, min(s.end, pos + 1500)):
        if m.start() - pos < 3 and m.group(0).strip().startswith(","):
            continue
        end = m.start()
        break
    # s.cues is in text order: only those between pos and end (not all, per cue).
    starts = self._cue_starts.get(s.index)
    if starts is None:
        starts = self._cue_starts[s.index] = [h.start for h in s.cues]
    for h in s.cues[bisect.bisect_right(starts, pos) :]:
        if h.start >= end:
            break
        # "rejects the occupation, calls for a withdrawal and reaffirms …": the next verb of
        # a coordinated list starts its own object.
        if pos < h.start < end:
            comma = _COORDINATED_VERB.search(self.low, max(pos, h.start - 14), h.start)
            if comma and self._cue_kind_at(s, h) == "verb":
                end = comma.start()
                break
    if _DESCRIBING.search(self.low, max(s.start, start - 70), start):
        # "describing Israeli demands for a weapons-free zone as an attack on …": what the
        # demands are for ends at "as"; the rest is the describer's verdict.
        verdict = _AS_VERDICT.search(self.low, start, end)
        if verdict:
            end = verdict.start()
    # Only the first 32 words count: no need to split the rest of a run-on sentence.
    words = _words(text, start, min(end, start + 2000))
    if len(words) > 32:
        cut = words[31][1]
        # "called for the withdrawal … from all Syrian territories …, and for full respect
        # of the 1974 agreement": a coordinated object near the limit keeps its own words.
        found = list(_AND_PREPOSITION.finditer(self.low, start, words[min(len(words), 44) - 1][1]))
        last = found[-1] if found else None
        if last is not None:
            k = bisect.bisect_left([w[0] for w in words], last.end())
            cut = max(cut, words[min(len(words), k + 12) - 1][1])
        end = cut
    return end


def line_end(self: ArticleRun, pos: int) -> int:
    end = self.body.find("\n", pos)
    return len(self.body) if end < 0 else end


def new_predicate_at(self: ArticleRun, s: _Sentence, end: int) -> bool:
    """Whether a scope's end is "and" before a cue with a finite verb ("… support to the
    army and has no intention of withdrawing"): a new predicate, not to be stretched over."""
    m = _AND_AFTER.match(self.low, end)
    if m is None:
        return False
    return any(h.start == m.end() and h.phrase.split(" ", 1)[0] in _AUXILIARIES for h in s.cues)


def issues_for(
    self: ArticleRun,
    s: _Sentence,
    hit: Hit[Cue],
    cue: Cue,
    holder: str,
    scope_from: int,
    stance: int,
    passive: bool = False,
) -> tuple[list[IssueMatch], str]:
    # "welcomed the discussions on security arrangements": welcoming or backing talks
    # on X is backing X, where proposing talks on X is not; refusing to discuss X opposes
    # it. The negated stance, not the cue's base, decides.
    self._welcoming = (stance > 0 and bool(_WELCOMING.search(hit.phrase))) or (
        stance < 0 and cue.kind == "verb" and bool(_TO_DISCUSS.match(self.low, scope_from))
    )
    try:
        return self._issues_for_cue(s, hit, cue, holder, scope_from, passive)
    finally:
        self._welcoming = False


def issues_for_cue(
    self: ArticleRun,
    s: _Sentence,
    hit: Hit[Cue],
    cue: Cue,
    holder: str,
    scope_from: int,
    passive: bool = False,
) -> tuple[list[IssueMatch], str]:
    found, how = self._issues_for_cue_here(s, hit, cue, holder, scope_from, passive)
    if (
        found
        and (
            how in ("backward", "anaphora")
            # '"The occupation … is a violation …, and it must end"': the modal's subject
            # is the pronoun for what came before.
            or (how == "scope" and cue.kind == "modal" and all(c.end <= hit.start for c in found))
        )
        and _IT_BEFORE.search(self.low, max(s.start, hit.start - 8), hit.start)
        and _END_AFTER.match(self.low, hit.end, s.end)
    ):
        # "… the U.S. presence … it must end": the anaphor's ending, not the thing. (Not
        # again where the match saw an ending of its own: "X, she said, 'has to end, and
        # it has to end by agreement'".)
        found = [
            c if self._ended_before(c, s, hit.start) else evolve(c, invert=not c.invert)
            for c in found
        ]
    elif (
        found
        and all(c.end <= hit.start for c in found)
        and _ITS_ENDING.match(self.low, hit.end, s.end)
    ):
        # "condemned the Israeli attacks … and called for their immediate cessation"
        found = [evolve(c, invert=not c.invert) for c in found]
    return found, how


def ended_before(self: ArticleRun, c: IssueMatch, s: _Sentence, pos: int) -> bool:
    """Whether an ending after the issue's words ("X, she said, 'has to end'") comes
    before ``pos``: the match has turned the issue around already."""
    m = _MUST_END.match(self.low, c.end, min(s.end, c.end + 130))
    return m is not None and m.end() <= pos


# The cue's holder offering to host the next of a series of meetings: "ready to host the
# next round", "offered to continue hosting the meetings", "stands ready to host further rounds",
# "would continue to offer a venue for the contacts".
_HOSTING_TALKS = re.compile(
    r"[\s\"“]*(?:to\s+)?(?:(?:continue|keep|go\s+on)\s+(?:to\s+)?)?"
    r"(?:host(?:ing)?|offer(?:ing)?\s+(?:a|its)\s+(?:venue|platform)\s+for)\s+"
    r"(?:the\s+next|another|a\s+new|a\s+(?:second|third|fourth|fifth|further)|further|future|"
    r"more|the|these|those|any)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:round|rounds|talks|negotiations|meeting|meetings|sessions?|contacts|ceremony)\b"
)
# "forces would remain" (its own words name the presence), not "relations remain frozen".
_STAY_PREDICATE = re.compile(r"\b(?:stay|remain)(?!s?\s+(?:frozen|on\s+ice))")
# A short gloss in brackets right after a cue: the original word, a translator's note.
_GLOSS = re.compile(
    r"(?:\s+in\s+the\s+(?:strongest|clearest|firmest)\s+(?:possible\s+)?terms)?"
    r"[\"”’]?\s*[(\[][^()\[\]\n]{1,60}[)\]]"
)
_JOINED_MODAL = re.compile(r"\b(?:and|but)\s+(?:[\w'’]+\s+){0,2}$")


def issues_for_cue_here(
    self: ArticleRun,
    s: _Sentence,
    hit: Hit[Cue],
    cue: Cue,
    holder: str,
    scope_from: int,
    passive: bool = False,
) -> tuple[list[IssueMatch], str]:
    self._cue_at = hit.start  # _match_pattern: whether the cue comes after the terms
    if passive:
        cs = self._clause_start(s, hit.start)
        cands = self._issues_in(s, cs, hit.end, holder)
        chosen = self._choose_issues(s, cands, cs, backward=True)
        return (chosen, "scope") if chosen else self._anaphora(s, hit)
    if cue.kind == "predicate":
        cs = self._clause_start(s, hit.start)
        # "opposed any foreign forces … and described the American garrisons as a
        # violation": the verdict is on what the describing verb takes
        described = [
            m.end()
            for m in _DESCRIBING.finditer(self.low, cs, hit.start)
            if re.search(r"\bas\s+[\"“]?\s*(?:an?\s+|the\s+)?$", self.low[m.end() : hit.start])
            # ("describing them as …": the pronoun's antecedent is further back)
            and not re.match(
                r"\s*(?:it|them|this|these|those|that)\s+as\b", self.low[m.end() : hit.start]
            )
        ]
        if described:
            cs = described[-1]
        # "forces would remain": the predicate's own words count; otherwise what it judges comes first.
        cands = self._issues_in(
            s, cs, hit.end if _STAY_PREDICATE.search(hit.phrase) else hit.start, holder
        )
        chosen = self._choose_issues(s, cands, cs, backward=True)
        if cue.stance < 0:
            # "Any roadmap without protection for the Druze is unacceptable": what the
            # refused thing lacks is what the holder holds out for ("normalisation without
            # a Palestinian state is out of the question": and the state too).
            lacking = [
                evolve(c, lacking=True)
                for c in cands
                if not c.generic
                and all(c.issue != x.issue for x in chosen)
                and _LACKING_BEFORE.search(self.low, max(s.start, c.start - 40), c.start)
            ]
            if lacking:
                return [*chosen, min(lacking, key=lambda c: c.start)], "scope"
        inside = [h.end for h in s.concepts if hit.start <= h.start < max(hit.end, scope_from)]
        if not chosen and inside:
            # "Syria is one and indivisible": the predicate names its issue itself.
            cands = self._issues_in(s, cs, max(hit.end, *inside), holder)
            chosen = self._choose_issues(s, cands, cs, backward=True)
        if not chosen and _NO_GROUND_FOR.search(hit.phrase):
            # "there is no longer any justification for the presence of foreign troops":
            # what lacks a ground follows the phrase
            end = self._scope_end(s, hit.end)
            cands = self._issues_in(s, hit.end, end, holder)
            chosen = self._choose_issues(s, cands, hit.end, backward=False)
        if not chosen:
            # "* Normalisation: not on the agenda while …": the line's topic label is what
            # the predicate judges.
            topic = _TOPIC_LABEL.match(self.body, self.body.rfind("\n", 0, hit.start) + 1)
            if topic is not None and topic.end() == cs:
                cands = self._issues_in(s, topic.start(1), hit.start, holder)
                chosen = self._choose_issues(s, cands, topic.start(1), backward=True)
        if chosen:
            return chosen, "scope"
        if self._has_anaphor(s, cs, hit.start):
            return self._anaphora(s, hit)
        return [], "none"
    if cue.scope == "sentence":
        cands = [
            c
            for c in self._issues_in(s, s.start, s.end, None)
            if not (c.start <= hit.start < c.end)
        ]
        cands.sort(key=lambda c: abs(c.start - hit.start))
        return (cands[:1], "sentence") if cands else ([], "none")
    end = self._scope_end(s, scope_from)
    window = (self._clause_start(s, hit.start), end)
    # "all foreign forces should leave": a modal's subject is part of what is demanded.
    # ("does not see a role for": the cue's own "role" is no presence)
    lo = window[0] if cue.kind == "modal" else hit.end if " role" in hit.phrase else hit.start
    if cue.kind == "modal":
        # "condemned the strikes … and said Israeli troops had to leave": the modal's
        # subject starts after the speech verb that reports it
        breaks = [m.end() for m in _SPEECH_VERB_BREAK.finditer(self.low, lo, hit.start)]
        if breaks:
            lo = breaks[-1]
        # "would have to keep the south free of heavy weapons and would have to include a
        # ban on …": a second modal shares the first's subject; its object starts here. (Not
        # after another kind of cue: in "… was illegal and must end" the subject ends.)
        joined = _JOINED_MODAL.search(self.low, window[0], hit.start)
        if joined and any(
            h.start >= window[0]
            and h.end <= joined.start()
            and any(c.kind == "modal" for c in h.labels)
            for h in s.cues
        ):
            lo = joined.start()
    if (
        lo == hit.start
        and _SELF_ACT.match(self.low, hit.start, s.end)
        and any(
            (_FORCE_LABELS | {"own_army", "coordination"}) & set(h.labels)
            for h in s.concepts
            if window[0] <= h.start and h.end <= hit.start
        )
    ):
        # "Russian patrols would not return to the border", "the army would return to its
        # positions": the subject acts
        lo = window[0]
    cands = self._issues_in(s, lo, end, holder, window=window)
    chosen = self._choose_issues(s, cands, scope_from, backward=False)
    if chosen:
        return chosen, "scope"
    if (
        cue.kind == "modal"
        and _IT_BEFORE.search(self.low, max(s.start, hit.start - 8), hit.start)
        and _END_AFTER.match(self.low, hit.end, s.end)
    ):
        # "Every strike makes an agreement harder. They have to stop.": the pronoun's
        # antecedent, sentences back, is what must stop.
        found = self._anaphora(s, hit)
        if found[0]:
            return found
    inside = [h.start for h in s.concepts if hit.start < h.start < hit.end < h.end]
    if inside:
        # "will not return to the lines of 8 December": the issue's verb sits in the cue.
        cands = self._issues_in(s, min(inside), end, holder, window=window)
        chosen = self._choose_issues(s, cands, min(inside), backward=False)
        if chosen:
            return chosen, "scope"
    if cue.stance > 0:
        hosted = self._hosted_talks(s, hit)
        if hosted[0]:
            return hosted
    if self._has_anaphor(s, scope_from, min(end, scope_from + 30)):
        # "rejected the proposal": an issue named earlier. Looked for before the scope is
        # stretched: in "welcomed the framework as …, and Egypt said …" the anaphor is the
        # object, and what lies past the clause's end is another's.
        found = self._anaphora(s, hit)
        if found[0]:
            return found
    if (
        end < s.end
        and not self._new_predicate_at(s, end)
        and len(_words(self.body, scope_from, end)) >= 2
        and not _CONDITION.match(self.low, end + 1 if self.low[end : end + 1].isspace() else end)
        and not _AS_VERDICT.match(self.low, end)  # the describer's verdict is not stretched over
        # 'said Damascus "will not accept X" and that the talks aim at Y': a second reported
        # clause is a proposition of its own
        and not _AND_THAT.match(self.low, end)
    ):
        # "insist on an unchanged condition, linking any agreement to a two-state solution"
        # (a condition the clause ends on is not stretched over: it is a demand of its own)
        further = self._scope_end(s, min(s.end, end + 2))
        cands = self._issues_in(s, hit.start, further, holder)
        chosen = self._choose_issues(s, cands, scope_from, backward=False)
        if chosen:
            return chosen, "extended"
    # "the 1974 agreement, which Syria insists must be restored": the relative pronoun's
    # antecedent is the object.
    rel = re.search(r"(?:,\s*)?\b(?:which|that)\s+[^,;]{0,50}$", self.low[s.start : hit.start])
    if rel:
        at = s.start + rel.start()
        cands = [
            c
            for c in self._issues_in(s, s.start, at, holder)
            if c.end <= at and re.fullmatch(r"[\w\s'’-]{0,20}", self.low[c.end : at])
        ]
        if cands:
            return [max(cands, key=lambda c: (not c.generic, c.end))], "backward"
    # Nothing after the cue ("a demand Tel Aviv has categorically rejected"): what came before.
    if len(_words(self.body, scope_from, end)) <= 3:
        cs = s.start
        holder_pos = self._verb_group_start(s, hit.start)
        aside = _RELATIVE_BEFORE_VERB.search(self.body, s.start, holder_pos)
        if aside:
            # "Turkey, which has 10,000 soldiers in Syria, welcomed the reduction": the
            # aside describes the subject; it is not what the verb takes.
            holder_pos = aside.start()
        cands = self._issues_in(s, cs, holder_pos, holder, window=(cs, end))
        chosen = self._choose_issues(s, cands, cs, backward=True)
        if chosen:
            return chosen, "backward"
    if cue.stance == 0 and _PRONOUN_SUBJECT.search(
        self.low, max(s.start, hit.start - 20), hit.start
    ):
        # '"Does Washington object to Russia keeping Tartus?" "That is a bilateral
        # matter"': a verdict on what the pronoun refers back to.
        return self._anaphora(s, hit)
    return [], "none"


def has_anaphor(self: ArticleRun, s: _Sentence, start: int, end: int) -> bool:
    for g in s.grammar:
        if not (start <= g.start < end and "anaphora" in g.labels):
            continue
        # "proposed in the summer that a mission be sent": a complementiser, not a pronoun.
        if g.phrase == "that" and re.match(r"\s+[a-z]", self.low[g.end : g.end + 3]):
            continue
        return True
    # "this" as a pronoun refers back; "this page" is a determiner, and names nothing earlier.
    return bool(
        re.match(
            r"^\s*(?:it|them)\b|^\s*(?:this|that|these|those)\b(?!\s+[a-z])",
            self.low[start:end],
        )
    )


def hosted_talks(self: ArticleRun, s: _Sentence, hit: Hit[Cue]) -> tuple[list[IssueMatch], str]:
    """ "ready to host the next round": the negotiated issue the article's talks are on, the
    one it has named most so far."""
    talk = _HOSTING_TALKS.match(self.low, hit.end, s.end)
    if talk is None:
        return [], "none"
    negotiated = self.c.negotiated
    seen = [
        c
        for j in range(s.index + 1)
        for c in self.sentences[j].issues
        if c.end <= hit.start and c.issue in negotiated
    ]
    if not seen:
        return [], "none"
    counts = self._issue_counts
    return [max(seen, key=lambda c: (counts.get(c.issue, 0), c.start))], "anaphora"


def anaphora(self: ArticleRun, s: _Sentence, hit: Hit[Cue]) -> tuple[list[IssueMatch], str]:
    here = [c for c in s.issues if c.end <= hit.start]
    if here:
        best = max(here, key=lambda c: c.end)
        if best.generic:
            # "…the 1974 disengagement agreement? … The agreement, she said, 'is in force
            # … honour it'": a generic head noun names the specific one just before it.
            generic_noun = self.low[best.start : best.end].split()[-1:]
            for j in range(s.index - 1, max(-1, s.index - 4), -1):
                earlier = self.sentences[j]
                named = [
                    c
                    for c in earlier.issues
                    # (the noun may follow the issue's words: "1974 disengagement agreement")
                    if not c.generic
                    and generic_noun
                    and generic_noun[0] in self.low[c.start : min(earlier.end, c.end + 12)]
                ]
                if named:
                    return [max(named, key=lambda c: c.end)], "anaphora"
        return [best], "anaphora"
    # "The Syrian army will return to Daraa": the sentence's own issue, whose words stand
    # on both sides of the cue, before anything the sentence before named.
    around = [c for c in s.issues if c.start < hit.start and hit.end < c.end]
    if around:
        return [max(around, key=lambda c: c.end - c.start)], "anaphora"
    # "welcomed the framework": a noun anaphor names its antecedent's head noun, which may
    # sit several sentences back ("initialled a security framework").
    nouns = [
        g.phrase.split()[-1]
        for g in s.grammar
        if "anaphora" in g.labels
        and " " in g.phrase
        # "their return" refers to whoever "they" are, just named, not to a head noun
        and not g.phrase.startswith("their ")
        and 0 <= g.start - hit.end <= 40
        and g.phrase.split()[-1] not in ("move", "step", "process", "decision", "outcome")
    ]
    if nouns:
        head = re.compile(rf"\b{re.escape(nouns[0])}", re.I)
        for j in range(s.index - 1, max(-1, s.index - 16), -1):
            sent = self.sentences[j]
            # The head may name the issue or stand just before it ("a framework for a
            # security agreement").
            named = [
                c
                for c in sent.issues
                if head.search(self.body, c.start, min(c.end + 1, sent.end))
                or re.search(
                    rf"\b{re.escape(nouns[0])}\s+(?:for|of|on)\s+(?:an?\s+|the\s+)?$",
                    self.low[max(sent.start, c.start - 40) : c.start],
                )
            ]
            if named:
                return [max(named, key=lambda c: c.end)], "anaphora"
    # Otherwise the two sentences before; of what they name, the issue the article has
    # been about most ("implement the government's decision" after a paragraph that
    # also mentions the envoy's shuttling).
    counts = self._issue_counts
    for j in range(s.index - 1, max(-1, s.index - 3), -1):
        prev = self.sentences[j].issues
        specific = [c for c in prev if not c.generic] or prev
        if specific:
            best = max(specific, key=lambda c: (counts.get(c.issue, 0), -c.start))
            return [best], "anaphora"
    return [], "none"
