"""One article's run: annotate its sentences, find each sentence's cues and turn each
cue, its holders and its issues into statements with a stance, a date and a confidence."""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Iterable
from typing import Any

from attrs import evolve

from positions.codebook import Cue
from positions.matcher import Hit
from positions.model import Article, Evidence, Stance, Statement, When
from positions.rules import holders, issues, lists, references, speakers, stance
from positions.rules.lexicon import (
    _ANALYSTS,
    _BROKER_WORDS,
    _BULLET,
    _CONDITION,
    _DETERMINER_BEFORE,
    _FORCE_LABELS,
    _FRAME_LINE,
    _SELF_ACT,
    _TAKEOVER_THREAT,
    _words,
)
from positions.rules.records import IssueMatch, Mention, _Compiled, _Sentence
from positions.rules.settings import BACKOFF, EXTRACTOR, MAX_FINDER_CHARS, MIN_CONFIDENCE
from positions.text import sentence_spans
from positions.timeexpr import TimeMention, find_time_mentions, resolve

# "our bases are not up for discussion": a refusal that keeps what it names.
_NOT_NEGOTIABLE = re.compile(
    r"not (?:up )?(?:for|on|open|subject)|off the table|not negotiable|non-negotiable"
    r"|not a (?:subject|matter) for|not a bargaining|beyond negotiation|not part of|not for sale"
)
_COMPOUND_PARTICIPLE = re.compile(
    r"-(?:backed|supported|sponsored|funded|led|brokered|allied)\b", re.I
)
_OTHER_THAN = re.compile(r"\b(?:other|another|additional|outside)\s+(?:[\w-]+\s+)?$")
# '"Does Ankara object to …?" the interviewer asked.': a quoted question and its frame.
_QUOTED_QUESTION = re.compile(r'\s*["“][^"“”]*\?["”][^"“”]*$')
_AT_THE = re.compile(r"\b(?:at|upon|on)\s+the\s+$")
# A clause setting the time or place of another's act: "wherever the Syrian state needs them",
# "as soon as the parties allow it", "whatever the two sides agree".
_TERMS_CLAUSE = re.compile(r"\b(?:as\s+long\s+as|as\s+soon\s+as|wherever|whenever|whatever)\b")
_ADDRESS_VERBS = {
    "asked",
    "urged",
    "pressed",
    "called on",
    "told",
    "encouraged",
    "pressured",
    "invited",
    "expected",  # "Lebanon is expected to complete …": a forecast, nobody's demand
}
# Cue words too plain to carry a stance without the grammar behind them.
_WEAK_CUE = re.compile(
    r"\b(?:continu\w*|keep|kept|maintain\w*|signed|sign|values?|valued|asks?|asked|defend\w*|"
    r"offered|pressed|presses|will|would|to)$"
)
# An object that is an absence: "demanded that no forces be present", "insists on no …".
_NO_OBJECT = re.compile(
    r"\s*(?:that\s+|on\s+)?[\"“]?(?:there\s+(?:will|would|should|must|can)\s+be\s+)?(?:no|zero)\s+"
)
# The condition of a refusal that names its price ("will not … unless", "without first").
_REFUSAL_UNLESS = re.compile(
    r"\bunless\b|\bwithout\s+(?:first\s+)?(?:the\s+)?(?:establishment|creation)\b"
)
# A sentence opening on the question put to the speaker, up to its first comma.
_ASKED_LEAD = re.compile(
    r"\s*(?:when\s+)?asked\s+(?:by\s+[^,;]{1,60}?\s+)?(?:about|whether|if|why|how|what)\b[^,;]*$"
)
# The content of a report, named as a noun ("Allegations in certain media that Türkiye
# intends to …", "speculation that Lebanon would join"): what is said to be the case, not a
# position its subject has stated. "Reports" and "claims" are nouns only after a determiner,
# an adjective or a preposition (or at the clause's start); "the daily reports that" speaks.
# ("denied reports that …" is _DENIAL's: the denial turns what is reported.)
_REPORTED_CONTENT = re.compile(
    r"(?:\b(?:allegations?|speculation|suggestions?|rumou?rs?)"
    r"|(?:^\s*|\b(?:the|these|those|such|press|media|renewed|recent|unconfirmed|unverified|"
    r"persistent|israeli|western|arab|turkish|russian|iranian|syrian|lebanese|about|on|of|amid|"
    r"despite|to|downplayed|addressed|quell|dampening|brushing\s+aside)"
    r"\s+)(?:reports|claims))"
    r"(?:\s+(?:in|by|on|from|published|circulating|carried)\s+[^,;:.\"“”]{1,60}?)?\s+that\s+"
    r"[^,;:.\"“”]{0,80}$"
)
# "ready to resume patrols should the Syrian leadership request it": "should" before its
# subject opens a condition (group 1: a determiner's noun phrase; else a party's name must
# follow, checked by the caller).
_INVERTED_IF = re.compile(
    r"\bshould\s+(?:(the|its|their|both|either|any|a|an)\s+(?:[\w'’-]+\s+){0,3}|(?=\S)(?:[\w'’-]+\s+){1,2})$"
)
# A stance named as one held before: "Syria's earlier rejection", "its previous demand".
_PAST_NOUN = re.compile(r"\b(?:earlier|previous|former|initial|original|erstwhile|past)\s+$")
_HANDLE = re.compile(r"(?<![\w@])@([A-Za-z][A-Za-z0-9_]{2,30})\b")
_PREFER_OVER = re.compile(r"\s(?:over|rather\s+than|instead\s+of|in\s+preference\s+to)\s")
_NEGATIVE_RELATIVE = re.compile(
    r"\b(?:that|which)\s+(?:does|do|did|would|will|could)\s*(?:not|n['’]t)\s+|\b(?:that|which)\s+fails?\s+to\s+"
)
# "any arrangement that sidelines the 1974 Agreement": the Agreement is what is upheld (where
# the issue's own stop words have not already turned it: "steps that undermine the unity").
_UNDERMINING_RELATIVE = re.compile(
    r"\b(?:that|which)\s+(?:would\s+|could\s+|might\s+)?(?:sidelines?|undermines?|bypass(?:es)?|"
    r"ignores?|violates?|contradicts?|circumvents?|overrides?)\s+"
)
_QUESTION_LABEL = re.compile(
    r"\s*(?:(?:Q\d{0,2}|QUESTION|Question|REPORTER|Reporter)\s*(?:\([^)]{0,40}\))?\s*[:.]"
    r"|(?:HOST|INTERVIEWER|ANCHOR|PRESENTER|MODERATOR)\s*(?:\([^)]{0,40}\))?\s*:)\s"
)
# A line in the writer's own voice ("Our read: Damascus may accept …"): analysis, not a
# party's position.
_WRITER_LABEL = re.compile(
    r"\s*(?i:our\s+(?:read|take|view|assessment|analysis|verdict)|analysis|bottom\s+line|"
    r"the\s+bottom\s+line|editor['’]s\s+view|our\s+opinion|"
    # a fact-check's claims and rulings: what circulates, not what anyone holds
    r"(?:the\s+)?claim(?:\s+(?:no\.?\s*)?\d{1,2})?|verdict|rating)\s*:"
)
_RED_LINE = re.compile(r"\bred\s+line|non-?negotiable|not\s+negotiable|not\s+up\s+for")
# "seeing Moscow as a counterweight to …"; the "as" may be the cue's own first word.
_SEEING = re.compile(
    r"\b(?P<verb>seeing|sees|saw|viewing|views|viewed|regarding|regards|regarded|considering|"
    r"considers|considered|describing|describes|described|calling|terming|termed|branding|"
    r"branded|labelling|labeling|labelled|labeled|dubbing|dubbed)\s+[^,;:]{1,50}?\s+"
    r"(?P<as>as\s+(?:an?\s+|the\s+)?)?$"
)
# "urged both parties to …", "called on Israel to …": what follows is asked of the addressee,
# who has not taken that position.
_URGED_TO = re.compile(
    r"\b(?:urged|urges|urging|called\s+on|calls\s+on|calling\s+on|pressed|presses|pressing|encouraged|"
    r"encourages|invited|invites|appealed\s+to|appeals\s+to|expects|we\s+expect)\s+(?:[\w'’-]+\s+){1,6}?(?:to\s+)?$"
)
# "We call on all parties, and first and foremost on the United States, to use their influence
# to ensure …": a longer object, then an act of advocacy whose aim is the cue.
_URGED_TO_ACT = re.compile(
    r"\b(?:urged?|urges|urging|call(?:ed|s|ing)?\s+on|appeal(?:ed|s)?\s+to)\s+[^.;:\"“”]{1,120}?\bto\s+"
    r"(?:use\s+(?:its|their|his|her)\s+influence|work|act|press|push|help)\s+(?:to|for)\s+$"
)
# ", calls for", ", and reaffirms": a comma before the next verb of a list of verb phrases.
_ATTRIBUTIVE_GAP = re.compile(r"[\"”’']?[ \t]+")
_PRESSURE_NOUN = re.compile(
    r"\b(?:under|foreign|international|american|us|u\.s\.|western|external|outside|the|of|any|no|"
    r"more|mounting|growing)\s+$"
)
_PAST_YEAR_OPENER = re.compile(
    r"\s*(?:back\s+)?in\s+(?:(?:early|late|mid-?)\s*|(?:january|february|march|april|may|june|july|"
    r"august|september|october|november|december)\s+)?((?:19|20)\d\d)\b",
    re.I,
)
_GENERIC_SUBJECT = re.compile(
    r"\b(?:whoever|anyone\s+who|anybody\s+who|those\s+who|he\s+who|one\s+who)\s+(?:still\s+|really\s+)?$"
)
_SPAN_CAP = 420
_DENIAL = re.compile(
    # "denied a separate report in the Israeli press that …": up to two words of its own
    # before the noun, and where it ran, before its "that"
    r"\s+(?:(?:the|a|an|any)\s+)?(?:[\w-]+\s+){0,2}?(?:reports?|claims?|suggestions?|speculation|"
    r"allegations?|rumou?rs?)(?:\s+(?:in|by|on|from)\s+[^,;:.]{1,40}?)?\s+(?:that|it|of)\b",
    re.I,
)
# A cue inside "any X that …": the kind of thing supported or refused, not a position.
_ANY_THAT = re.compile(
    r"\bany\s+(?:[\w-]+\s+){0,3}(?:that|which)\s+(?:[\w'’-]+\s+){0,4}$"
    # a second relative clause of the same "any": "any agreement that brings … and that
    # Damascus freely accepts" (after a comma, "and that" more often adds a reported clause)
    r"|\bany\s+[^.;:!?]{0,100}?\b(?:that|which)\s[^.;:!?,]{0,100}?\band\s+(?:that|which)\s+(?:[\w'’-]+\s+){0,4}$"
)
_ONLY_IF = re.compile(r"\bonly\s+(?:if|when|once|after|provided)\b")
_AGO_OPENER = re.compile(
    r"\s*(?:just\s+)?(?:(?:over|more\s+than|about|almost|nearly|some)\s+)?"
    r"(?:a|one|two|three|four|five|six|several|eighteen)\s+(?:years?|months?)\s+ago\b",
    re.I,
)
_IDIOM_AFTER = re.compile(
    r"\s+(?:not\s+)?to\s+(?:be\s+)?(?:named|identified|comment|speak\s+on\s+the\s+record)|\s+anonymity"
    # "will not have to withdraw": an obligation, not a refusal
    r"|(?<=have)\s+(?:to|been)\b"
    # "will not let up", "would not let go of the file": idioms, not a refusal
    r"|(?<=let)\s+(?:up|go|down)\b"
    # "Asked about Russian roles, she said …": a journalist's question, not a request
    r"|(?<=asked)(?:\s+(?:in|during|on|at)\s+[^,.;]{0,40}?)?\s+(?:about|whether|if|how|why|what|when|who|for\s+(?:his|her|their|a)\s+"
    r"(?:view|views|reaction|comment|response))\b",
    re.I,
)


def _finder_text(body: str) -> str:
    """The part of a body the rules read: all of any news article; of a page past
    MAX_FINDER_CHARS, the part before the last line break under it, so that text packed with
    cue words (the worst case, ~27 µs a character) stays under a minute. Spans stay valid:
    it is a prefix."""
    if len(body) <= MAX_FINDER_CHARS:
        return body
    cut = body.rfind("\n", 0, MAX_FINDER_CHARS)
    return body[: cut if cut > MAX_FINDER_CHARS // 2 else MAX_FINDER_CHARS]


_SPEECH_VERBS = (
    r"said|says|stated|added|announced|declared|reported|wrote|warned|stressed|noted|"
    r"reiterated|repeated|affirmed|confirmed|insisted|explained|argued|urged|speaking"
)
# A speech verb, then only where and how it was said, up to the time expression: words that
# open a clause ("that", a finite verb) end the frame.
_FRAME_WORD = r"\s+(?!(?:that|which|who|would|will|must|should|could|can|is|are|was|were|has|have|had)\b)[\w'’.-]+"
_SPEECH_TIME = re.compile(
    rf"\b(?:(?:{_SPEECH_VERBS})(?:\s+(?:in|at|on|during|while|from|to|by|after|before|through|via)\b(?:{_FRAME_WORD}){{0,7}})?"
    rf"|told(?:{_FRAME_WORD}){{1,7}}|according\s+to(?:{_FRAME_WORD}){{1,6}}"
    rf"|\b(?:a|an|the|his|her|its|their)(?:\s+[\w-]+)?\s+(?:statements?|interview|briefing|speech|address|remarks|news conference|press conference)\b(?:{_FRAME_WORD}){{0,6}})"
    r"\s*,?\s*$",
    re.I,
)
# "after the fall of Assad on 8 December", "the cell set up in January": an event's date.
_EVENT_TIME = re.compile(
    r"\b(?:since|after|following|before|until|till|ahead\s+of|prior\s+to)\b[^,;:.\"“”]{0,55}$"
    r"|\b(?:set\s+up|signed|adopted|reached|held|seized|captured|launched|established|created|"
    r"formed|concluded|presented|submitted|drafted|imposed|committed|occupied|took|taken|made|"
    r"began|started|fell|collapsed|moved|entered|deployed|struck|agreed|built|opened|closed)"
    r"(?:\s+(?:first|back|only|originally|initially))?\s*$",
    re.I,
)
# A few words, no clause: the cue's object or a parenthesis, before the act's own time.
_SHORT_OBJECT = re.compile(r"\s*,?\s*(?:[\w'’-]+\s+){0,4}?")
# "Ankara, which last June was not ready …, has dropped": a relative clause's own time.
_RELATIVE_OPEN = re.compile(r",\s*(?:which|who|whose)\b[^,]*$", re.I)


def _dedupe(statements: list[Statement]) -> list[Statement]:
    """The same position stated twice in one article is one statement, with its best evidence."""
    best: dict[tuple[str, str, int], Statement] = {}
    order: list[tuple[str, str, int]] = []
    for st in statements:
        key = (st.party, st.issue, int(st.stance))
        cur = best.get(key)
        if cur is None:
            best[key] = st
            order.append(key)
        elif st.confidence > cur.confidence:
            best[key] = st
    return [best[k] for k in order]


class ArticleRun:
    """One article through the finder; its state is the article's annotations and memos."""

    def __init__(self, article: Article, comp: _Compiled) -> None:
        self.a = article
        self.c = comp
        self.body = _finder_text(article.body)
        self.low = self.body.lower()
        self.day = article.published.date
        # Per-run memos of pure functions of a mention or concept hit (keyed by identity).
        self._after_memo: dict[int, tuple[Mention, bool]] = {}
        self._owner_memo: dict[int, tuple[Hit[str], str | None]] = {}
        self._speech_end_memo: dict[int, bool] = {}
        self._analyst_memo: dict[int, bool] = {}
        self._introduced_memo: dict[str, str | None] = {}
        self._interviewers: set[str] | None = None
        self._emphasised_questions: set[int] | None = None  # (_interviewer_line)
        self._frames: dict[int, tuple[tuple[str, ...], int] | None] = {}  # _list_frame
        self._frame_at: list[int] | None = None  # sentences that may frame a list
        self._doc_author: str | None = None  # the one authored paper's party (_document_author)
        self._window: tuple[int, int] = (0, 0)  # the span _issues_in is matching in

    def run(self) -> list[Statement]:
        body = self.body
        spans = sentence_spans(body)
        if not spans:
            return []
        starts = [s for s, _ in spans]
        self._sentence_starts = starts
        self.sentences = [_Sentence(i, s, e) for i, (s, e) in enumerate(spans)]
        self._headline: list[Hit[tuple[str, str, Any]]] | None = None  # (_headline_hits)

        def place(hits: Iterable[Hit[Any]], attr: str) -> None:
            for h in hits:
                i = bisect.bisect_right(starts, h.start) - 1
                if 0 <= i < len(self.sentences) and h.end <= self.sentences[i].end:
                    getattr(self.sentences[i], attr).append(h)

        cue_hits = self._split_cues(
            # "Iranian-backed militias": the participle of a compound adjective is no cue
            [
                h
                for h in self.c.cues.findall(body)
                if not _COMPOUND_PARTICIPLE.match(body, h.start - 1)
            ]
        )
        if (
            not cue_hits
            and all(body.find(w) < 0 for w in _BROKER_WORDS)
            and not _TAKEOVER_THREAT.search(body)
            and not _FRAME_LINE.search(body)
        ):
            # Without a cue only reported brokering ("talks under US auspices"), a threat
            # to act in another's place or a party's framed list states a position; an
            # article with none of them has none.
            return []
        place(cue_hits, "cues")
        place(self.c.concepts.findall(body), "concepts")
        place(self.c.grammar.findall(body), "grammar")
        for h in self.c.parties.findall(body):
            m = self._mention(h)
            if m is not None:
                i = bisect.bisect_right(starts, m.start) - 1
                if 0 <= i < len(self.sentences):
                    self.sentences[i].mentions.append(m)
        self._add_handles()
        self._add_introduced_people()
        for sent in self.sentences:
            # "Lebanese Armed Forces", "Syrian Democratic Forces": a name, not a force in play.
            names = [(m.start, m.end) for m in sent.mentions if m.role in ("names", "people")]
            if names:
                sent.concepts = [
                    h
                    for h in sent.concepts
                    if not (
                        _FORCE_LABELS & set(h.labels)
                        and any(
                            a <= h.start and h.end <= b and (b - a) > (h.end - h.start)
                            for a, b in names
                        )
                    )
                ]
        self.party_counts: Counter[str] = Counter(
            m.party for s in self.sentences for m in s.mentions if m.party
        )
        self.people_counts: Counter[str] = Counter(
            m.party for s in self.sentences for m in s.mentions if m.party and m.role == "people"
        )
        self.concept_counts: Counter[str] = Counter()
        for s in self.sentences:
            for ch in s.concepts:
                for label in ch.labels:
                    self.concept_counts[label] += 1
        self._quote_starts: list[int] | None = None  # built by _speaker_for when first needed
        self._quote_order: list[int] = []
        self._transcript: bool | None = None  # whether the body is a Q/A transcript (_voice)
        self._guests: set[str] | None = None  # a transcript's answering name labels
        self._cue_at = -1  # the cue whose issues are being sought (_issues_for_cue)
        self._cue_starts: dict[int, list[int]] = {}  # each sentence's cue starts (_scope_end)
        self._heads: list[tuple[int, int, str, str]] | None = None  # list heads (_list_head_group)
        self._author: tuple[str | None] | None = None  # an official author's party (_author_party)
        # documents printed in full, where each ends and who issued it (_reproduced_issuer)
        self._reproduced: list[tuple[int, str]] | None = None
        self._pair_found: tuple[int, tuple[str, ...]] | None = None  # "the former" (_pair)
        self._titled: tuple[str, ...] | None = None  # the headline's parties (_title_parties)
        self._quotes = self._quote_speakers()
        found: list[Statement] = []
        previous: _Sentence | None = None
        self._issue_counts: Counter[str] = Counter()
        self._welcoming = False
        for s in self.sentences:
            self._annotate(s, previous)
            self._issue_counts.update(c.issue for c in s.issues)
            made, spoken = self._sentence_statements(s)
            s.stated_by = tuple(dict.fromkeys(st.party for st in made[:spoken]))
            found.extend(made)
            previous = s
        return _dedupe(found)

    def _add_handles(self) -> None:
        """ "@IsraelMFA wrote on X": an account named for a party speaks for it."""
        if "@" not in self.body:
            return
        starts = self._sentence_starts
        for h in _HANDLE.finditer(self.body):
            low = h.group(1).lower()
            party = next(
                (pid for name, pid in self.c.handle_prefixes if low.startswith(name)), None
            )
            i = bisect.bisect_right(starts, h.start()) - 1
            if party is None or i < 0:
                continue
            x = self.sentences[i]
            x.mentions.append(Mention(h.start(), h.end(), party, "names", h.group(0), True))
            x.mentions.sort(key=lambda m: m.start)

    def _mentions_in(self, start: int, end: int) -> list[Mention]:
        out: list[Mention] = []
        # From the last sentence starting at or before ``start``: not a walk over them all.
        first = max(0, bisect.bisect_right(self._sentence_starts, start) - 1)
        for s in self.sentences[first:]:
            if s.start > end:
                break
            if s.end < start:
                continue
            out.extend(m for m in s.mentions if m.start >= start and m.end <= end)
        return out

    def _annotate(self, s: _Sentence, previous: _Sentence | None) -> None:
        text = self.body[s.start : s.end]
        s.bullet = bool(_BULLET.match(text)) or bool(
            previous is not None
            and self.body[previous.start : previous.end].rstrip().endswith(":")
            and len(text.split()) <= 14
        )
        s.relays = tuple(dict.fromkeys(m.text for m in s.mentions if m.role == "source"))
        subjects = [
            m for m in s.mentions if m.party and m.holder and not self._after_preposition(m)
        ]
        s.subject_parties = tuple(dict.fromkeys(m.party for m in subjects))
        named = tuple(dict.fromkeys(m.party for m in s.mentions if m.party))
        s.group = named if len(named) >= 2 else ()
        s.issues = self._issues_in(s, s.start, s.end, holder=None, explicit=True)
        s.speaker, s.speaker_text = self._speaker_for(s, s.end)

    def _mentions_near(self, start: int, end: int) -> list[Mention]:
        i = bisect.bisect_right(self._sentence_starts, end) - 1
        if i < 0:
            return []
        return [m for m in self.sentences[i].mentions if m.start >= start and m.end <= end]

    def _concepts_in(self, s: _Sentence, start: int, end: int) -> list[Hit[str]]:
        return [h for h in s.concepts if h.start >= start and h.end <= end]

    def _sentence_statements(self, s: _Sentence) -> tuple[list[Statement], int]:
        """The sentence's statements, and how many of the first are its speakers' own: not
        a broker's reported act, nor the backoff's guess (no speaker for later pronouns)."""
        text = self.body[s.start : s.end]
        if text.rstrip(" \t\n*_”\"’'").endswith("?") or _QUOTED_QUESTION.match(text):
            return [], 0  # a question states no position
        if len(text) < 80 and text.isupper() and " " in text.strip() and not self._party_label(s):
            # "ANKARA WELCOMES THE MOVE": a sub-heading, the desk's words ("QATAR: WE'LL HELP
            # PAY FOR THE ZONE" gives its party's own).
            return [], 0
        line_start = self.body.rfind("\n", 0, s.start) + 1
        label = _QUESTION_LABEL.match(self.body, line_start, s.end)
        if label and not (
            label.group(0).lstrip().lower().startswith(("reporter", "anchor", "presenter"))
            and "?" not in self.body[line_start : self._line_end(s.end)]
        ):
            # "Q: Israeli media are reporting that …": a reporter's question (a TV
            # correspondent's "REPORTER:" line, or a bulletin anchor's, that asks nothing is
            # a report).
            return [], 0
        if _WRITER_LABEL.match(self.body, line_start, s.end):
            return [], 0  # "Our read: …": the writer's analysis
        if self._interviewer_line(line_start, s.end):
            return [], 0  # "BERGER: The Syrians say … Would you?": the interviewer's line
        past = (
            _PAST_YEAR_OPENER.match(text)
            if text[:8].lower().startswith(("in ", "back in"))
            else None
        )
        if past and self.day is not None and int(past.group(1)) < self.day.year:
            return [], 0  # "In 2018, Russian military police took up posts …": background
        if _AGO_OPENER.match(text):
            return [], 0  # "A year ago, his office had said …": a stance since left
        out: list[Statement] = []
        absorbed: set[int] = set()
        cues = sorted(s.cues, key=lambda h: h.start)
        for k, hit in enumerate(cues):
            if hit.start in absorbed:
                continue
            # A cue chain ("willing to accept", "seeking to prevent") is one position: the
            # head speaks, a negative tail turns it.
            tail: Hit[Cue] | None = None
            for nxt in cues[k + 1 :]:
                gap = self.body[hit.end : nxt.start]
                if gap.strip() == "," and _RELATIVE_OPEN.search(self.body, s.start, hit.start):
                    break  # "The former, who was hosting, rejected …": the aside ends there
                if len(gap) <= 40 and re.fullmatch(
                    r"[\s,]*(?:(?:in principle|also|further|even|only|actively|quietly)[\s,]*)*(?:to\s+(?:be\s+)?|that\s+\w+\s+)?(?:\w+ly\s+)?",
                    gap,
                ):
                    absorbed.add(nxt.start)
                    tail = tail or nxt
                else:
                    break
            out.extend(self._cue_statements(s, hit, tail))
        synth = self._no_statements(s)
        out.extend(synth)
        out.extend(self._list_item_statements(s, out))
        out.extend(self._takeover_threats(s, out))
        out.extend(self._split_refusals(s, {(st.party, st.issue) for st in out}))
        spoken = len(out)
        out.extend(self._brokered(s, {(st.party, st.issue) for st in out}))
        if BACKOFF:
            out.extend(self._backoff(s) if not out else ())
        return out, spoken

    def _past_noun(self, s: _Sentence, hit: Hit[Any]) -> bool:
        """Whether the cue is named as a stance held before ("its earlier rejection")."""
        return _PAST_NOUN.search(self.low, max(s.start, hit.start - 20), hit.start) is not None

    def _backoff(self, s: _Sentence) -> list[Statement]:
        """A sentence with a party, a cue and an issue that the grammar above could not tie
        together: the sentence's speaker (or its first subject-like party) holds the cue's
        stance on the issue nearest the cue, with low confidence."""
        if not s.issues or not s.cues or self._analyst_voice(s):
            return []
        text = self.low[s.start : s.end]
        if re.match(r"\s*(?:should|were)\b", text) or re.search(r"\b(?:if|whether|unless)\b", text):
            return []
        if _CONDITION.search(self.low, s.start, s.end):
            return []  # a condition turns what looks like a refusal into terms
        if any(
            ("belief" in g.labels or "hedges" in g.labels or "topics" in g.labels)
            for g in s.grammar
        ):
            return []
        hit = next((h for h in sorted(s.cues, key=lambda h: h.start)), None)
        if hit is None:
            return []
        cue = self._cue_for(s, hit)
        if cue is None or cue.kind in ("modal", "adjective"):
            return []
        if _IDIOM_AFTER.match(self.body, hit.end, s.end) or _WEAK_CUE.search(hit.phrase):
            return []  # "preferred not to be named"; "continues to occupy": no stance of its own
        if self._past_relative(s, hit) or self._past_noun(s, hit):
            return []  # "which last year dismissed …", "its earlier rejection": a past stance
        speaker, speaker_text = s.speaker, s.speaker_text
        holder: str | None = speaker[0] if speaker else None
        if holder is None:
            subj = [
                m
                for m in s.mentions
                if m.party and m.holder and m.end <= hit.start and not self._after_preposition(m)
            ]
            if not subj:
                return []
            holder, speaker_text = subj[-1].party, self._subject_text(s, subj[-1])
        issues = [c for c in s.issues if not self._under_topic(s, c)]
        if not issues:
            return []
        after = sorted((c for c in issues if c.start >= hit.end), key=lambda c: c.start)
        chosen = after[:2] or [max(issues, key=lambda c: c.end)]
        stance, _ = self._stance(s, hit, cue)
        out = []
        for im in chosen:
            value = (
                2
                if self._principle_held(cue, hit, im, stance)
                else -stance
                if im.invert
                else stance
            )
            out.append(self._statement(s, holder, im, value, hit, 0.3, speaker_text))
        return out

    def _principle_held(self, cue: Cue, hit: Hit[Cue], im: IssueMatch, stance: int) -> bool:
        """ "Syria's territorial integrity is our red line": a refusal predicate on a principle
        the codebook marks holds the principle (+2), it does not refuse it."""
        return (
            cue.kind == "predicate"
            and stance == -2
            and not im.invert
            and bool(_RED_LINE.search(hit.phrase))
            and self.c.issues[im.issue].principle
        )

    def _cue_for(self, s: _Sentence, hit: Hit[Cue]) -> Cue | None:
        """Pick the noun or the verb reading of a cue phrase from what stands before it."""
        if hit.phrase == "request" and _AT_THE.search(
            self.low, max(s.start, hit.start - 12), hit.start
        ):
            # "prepared, at the request of the Syrian leadership, to deploy …": a condition
            # of the offer, not a request anyone made.
            return None
        options = list(hit.labels)
        if len(options) == 1:
            return options[0]
        before = self.low[max(s.start, hit.start - 30) : hit.start]
        nounish = bool(
            re.search(
                r"(?:\b(?:a|an|the|its|their|his|her|any|this|that|such|whose)\s+(?:[\w-]+\s+){0,2}|['’]s\s+(?:[\w-]+\s+){0,1}|\b(?:israeli|syrian|russian|turkish|american|us|u\.s\.|iranian|saudi|lebanese|jordanian|french|qatari|egyptian)\s+)$",
                before,
            )
        )
        kinds = ["noun", "adjective"] if nounish else ["verb", "adjective", "predicate"]
        for kind in kinds:
            for o in options:
                if o.kind == kind:
                    return o
        return options[0]

    def _cue_statements(
        self, s: _Sentence, hit: Hit[Cue], tail: Hit[Cue] | None
    ) -> list[Statement]:
        cue = self._cue_for(s, hit)
        if cue is None or _IDIOM_AFTER.match(self.body, hit.end, s.end):
            return []
        if hit.phrase.startswith("pressur") and _PRESSURE_NOUN.search(
            self.low, max(s.start, hit.start - 16), hit.start
        ):
            return []  # "disarm the resistance under foreign pressure": a noun, not an urging
        if _GENERIC_SUBJECT.search(self.low, max(s.start, hit.start - 30), hit.start):
            return []  # "whoever expects the army to come down from it": nobody's position
        if _ANY_THAT.search(self.low, max(s.start, hit.start - 220), hit.start):
            return []  # "any arrangement that the Syrians freely accept": what is supported
        if _DENIAL.match(self.body, hit.end, s.end) and cue.stance < 0:
            self._denied_after = hit.end  # "rejected reports that it would accept X": negates X
            return []
        # "if the Syrian leadership asks for it": a condition someone else sets, not a
        # position the asker has taken ("only if" is a demand, and stays).
        lead = self.low[max(s.start, hit.start - 60) : hit.start]
        lead = re.split(r"[,;:\"“”]", lead)[-1]
        if hit.phrase.endswith(("in force", "valid")) and re.search(
            r"\b(?:once|until|when|after|before)\b", lead
        ):
            return []  # "once a security agreement is in force": a time, not a verdict
        if re.search(r"\b(?:if|unless|whether)\b", lead) or _TERMS_CLAUSE.search(lead):
            return []  # also "for as long as Damascus wants them": the terms of another's act
        inverted = _INVERTED_IF.search(lead)
        if inverted and (
            inverted.group(1) is not None
            or any(m.start == hit.start - len(lead) + inverted.end() for m in s.mentions)
        ):
            return []  # "should the Syrian leadership request it": an inverted "if"
        if re.search(r"\bwithout\s+(?:a|an|any|the)?\s*$", lead):
            return []  # "ended the talks without a signed document": an event, not a stance
        clause = re.split(r"[;:]|,\s", self.low[max(s.start, hit.start - 160) : hit.start])[-1]
        if _REPORTED_CONTENT.search(clause):
            return []  # "Allegations that Türkiye intends to deploy …": a report's content
        if _ASKED_LEAD.match(self.low, s.start, hit.start):
            return []  # "Asked about reports that Türkiye intends to …, Guler said": the question's words
        if self._past_relative(s, hit):
            return []  # "Egypt, which last year dismissed the zone, said nothing": a past stance
        if cue.kind == "noun" and self._past_noun(s, hit):
            return []  # "Syria's earlier rejection of the zone": a stance it has left
        if self.body[hit.start - 1 : hit.start] == "-":
            return []  # "UN-facilitated": part of a compound adjective
        if (
            cue.kind == "verb"
            and hit.phrase.endswith("ed")
            and (
                not hit.phrase.endswith("eed") or hit.phrase in ("agreed", "guaranteed")
            )  # "a need"
            and " " not in hit.phrase
            and _DETERMINER_BEFORE.search(self.low, max(s.start, hit.start - 8), hit.start)
        ):
            return []  # "the proposed demilitarised zone": an adjective, not a proposal
        # "urged both parties to respect the line": the urger holds the position, not the
        # parties urged.
        urged = (
            _URGED_TO.search(self.low, max(s.start, hit.start - 70), hit.start)
            or _URGED_TO_ACT.search(self.low, max(s.start, hit.start - 160), hit.start)
            if cue.kind == "verb"
            else None
        )
        urger = None
        if urged:
            urger = next((h for h in s.cues if h.start <= urged.start() < h.end), None)
            if urger is None:
                return []
        if any(
            h.start <= hit.start and hit.end <= h.end and h.end - h.start > hit.end - hit.start
            for h in s.concepts
        ):
            return []  # "channels to prevent incidents": the verb is part of the issue's name
        if (
            hit.phrase.startswith(("open to", "ready to", "willing"))
            and not re.search(
                r"\b(?:is|are|was|were|be|been|being|remains?|remained|seems?|appears?|stays?|stands?|stood|now|still|also|fully|not|and|it|they|we|i)\s+$|^\s*$|[,;:\"“]\s*$",
                self.low[max(s.start, hit.start - 20) : hit.start],
            )
            and not any(0 <= hit.start - m.end <= 2 for m in s.mentions if m.party)
        ):
            return []  # "a line open to all aircraft": a description, not a stance
        # "The EU should support …": an obligation put on a party is the demand of whoever
        # says it (the modal cue speaks for them), not the party's own position.
        if cue.kind == "verb" and re.search(
            r"\b(?:should|must|ought\s+to|needs?\s+to|has\s+to|have\s+to)\s+(?:\w+ly\s+)?$",
            self.low[max(s.start, hit.start - 25) : hit.start],
        ):
            return []
        if cue.kind == "predicate" and " " not in hit.phrase:
            after = _ATTRIBUTIVE_GAP.match(self.body, hit.end, s.end)
            if after and (
                any(h.start == after.end() for h in s.concepts)
                or any(m.start == after.end() for m in s.mentions)
            ):
                return []  # 'Israel's "reckless" strikes': an epithet, not a verdict
        label = self._label_colon(hit if tail is None else tail)
        verdict_label = label is not None and cue.kind == "predicate"
        if verdict_label:
            # "* Red line: no Russian troops in southern Syria": a factbox label whose object
            # follows its colon (and whose "no" is the label's own refusal, not a second one).
            cue = evolve(cue, kind="verb")
        stance, strong_neg = self._stance(s, hit, cue)
        if tail is not None:
            tcue = self._cue_for(s, tail)
            if tcue is not None:
                tstance, _ = self._stance(s, tail, tcue, chain=True, after=hit.end)
                if stance > 0 and tstance < 0:
                    stance = -max(abs(stance), abs(tstance))
                elif stance == 0 and tstance != 0 and not strong_neg:
                    pass
        seeing = _SEEING.search(self.low, max(s.start, hit.start - 60), hit.start)
        if seeing is not None and (seeing.group("as") is None) != hit.phrase.startswith("as "):
            seeing = None
        if urger is not None:
            ucue = self._cue_for(s, urger)
            if ucue is None:
                return []
            holders, holder_how, speaker_text = self._holders(s, urger, ucue)
        elif seeing is not None:
            # "seeing Moscow as a counterweight to Turkey": the one who sees holds the view,
            # not the one seen.
            at = seeing.start("verb")
            subjects = [
                m
                for m in s.mentions
                if m.party and m.holder and m.end <= at and not self._after_preposition(m)
            ]
            if subjects and self.low[at - 2 : at].strip() in ("", ","):
                # A participle ("…, seeing Moscow as …") shares the main clause's subject.
                first = subjects[0]
                holders, holder_how = self._conjoined(s, first), "subject"
                speaker_text = self._subject_text(s, first)
            else:
                verb: Hit[Cue] = Hit(
                    at,
                    seeing.end("verb"),
                    self.body[at : seeing.end("verb")],
                    seeing.group("verb"),
                    [cue],
                )
                holders, holder_how, speaker_text = self._verb_holders(s, verb)
        else:
            holders, holder_how, speaker_text = self._holders(s, hit, cue)
        if not holders:
            return []
        self._last_holders = (s.index, hit.start, holders, holder_how, speaker_text)
        # "Israeli officials indicated that Tel Aviv is willing": the speaker as written is
        # whoever the frame says spoke for the holder, not the holder's name in the clause.
        framed, framed_text = self._speaker_for(s, hit.start)
        if (
            framed_text
            and framed
            and framed[0] == holders[0]
            and (holder_how == "subject" or not speaker_text)
        ):
            speaker_text = framed_text
        if (
            holder_how == "subject"
            and framed
            and holders[0] not in framed
            and (framed_text or "").lower() not in ("he", "she", "they", "it")
            and _SELF_ACT.match(hit.phrase)
        ):
            # "Lavrov said the Americans will not leave Syria soon": a forecast of another's
            # act, neither the Americans' words nor Moscow's position on their presence.
            return []
        scope_from = label if label is not None else tail.end if tail is not None else hit.end
        results: list[Statement] = []
        if (
            re.search(
                r"\b(?:be|been|being|was|were|is|are)\s+$",
                self.low[max(s.start, hit.start - 8) : hit.start],
            )
            and hit.phrase in _ADDRESS_VERBS
        ):
            return []  # "Washington has been asked about …": the one asked holds nothing yet
        # "A corridor under a foreign flag is rejected": a passive's subject is its object.
        bare_passive = hit.phrase.endswith("ed") and bool(
            re.search(
                r"\b(?:is|are|was|were|been|be)\s+(?:\w+ly\s+)?$",
                self.low[max(s.start, hit.start - 20) : hit.start],
            )
        )
        for holder in holders:
            issues, issue_how = self._issues_for(
                s,
                hit,
                cue,
                holder,
                scope_from,
                stance,
                passive=holder_how == "passive" or bare_passive,
            )
            for im in issues:
                conf = self._confidence(s, hit, cue, holder_how, issue_how, holder)
                if conf < MIN_CONFIDENCE:
                    continue  # speculation at one remove, or attribution too far to trust
                value = -stance if im.invert else stance
                if stance > 0 and _ONLY_IF.search(self.low, hit.end, max(hit.end, im.start)):
                    # "would sign an agreement only if it sets a timetable for the withdrawal":
                    # the condition is demanded, not merely accepted
                    value = -2 if im.invert else 2
                if im.lacking:
                    # "normalisation without a Palestinian state is out of the question": the
                    # state is demanded, whatever the refusal's own reading (a price: 0).
                    value = -2 if im.invert else 2
                if (
                    value < 0
                    and cue.stance > 0
                    and _OTHER_THAN.search(self.low, max(s.start, im.start - 25), im.start)
                    and any(p.actor == holder for p in self.c.issues[im.issue].patterns)
                ):
                    value = cue.stance  # "we don't see a need for other mediators": only its own
                if (
                    hit.phrase.startswith("prefer")
                    and value > 0
                    and _PREFER_OVER.search(self.low, scope_from, max(scope_from, im.start))
                ):
                    value = -1  # "would prefer Russian police over any Turkish presence"
                neg_rel = _NEGATIVE_RELATIVE.search(
                    self.low, scope_from, max(scope_from, im.start)
                ) or (
                    not im.invert
                    and _UNDERMINING_RELATIVE.search(
                        self.low, scope_from, max(scope_from, im.start)
                    )
                )
                if stance < 0 and neg_rel:
                    # "will not agree to any arrangement that does not guarantee the withdrawal":
                    # what the arrangement must guarantee is demanded.
                    value = -value
                elif stance < 0 and _NEGATIVE_RELATIVE.search(
                    self.low, im.end, min(s.end, im.end + 40)
                ):
                    continue  # the arrangement itself is not refused, only one lacking that
                if (
                    cue.kind in ("verb", "noun")
                    and not verdict_label
                    and self.c.issues[im.issue].invert_with is not None
                    and _NO_OBJECT.match(self.low, scope_from, max(scope_from, im.start))
                ):
                    value = -value  # "demanding that no Syrian forces be present": against them
                if (
                    cue.kind == "predicate"
                    and stance == -2
                    and _NOT_NEGOTIABLE.search(hit.phrase)
                    and (im.invert or self.c.issues[im.issue].invert_with == "stop")
                    and self._issue_owner(s, im, holder) == holder
                ):
                    # "our bases are not up for discussion": kept, not refused. Only where the
                    # issue is the owned thing being there ("its weapons are not up for
                    # discussion" refuses disarmament).
                    value = -value
                elif self._principle_held(cue, hit, im, stance):
                    value = 2
                elif im.invert and stance < 0 and self.c.issues[im.issue].principle and value > 0:
                    # "rejects any steps that would undermine the unity of Syria": refusing a
                    # principle's violation holds the principle.
                    value = 2
                results.append(self._statement(s, holder, im, value, hit, conf, speaker_text))
        demanded = self._conditions(s, hit, results, holders[0], speaker_text, stance < 0)
        if (
            demanded
            and stance < 0
            and _REFUSAL_UNLESS.search(self.low, hit.end, min(s.end, hit.end + 200))
        ):
            # "will not normalise relations unless a Palestinian state is established": a
            # refusal with a price is acceptance on terms.
            results = [evolve(st, stance=Stance(1)) if st.stance < 0 else st for st in results]
        results.extend(demanded)
        return results

    def _confidence(
        self, s: _Sentence, hit: Hit[Cue], cue: Cue, holder_how: str, issue_how: str, holder: str
    ) -> float:
        conf = 0.9 * cue.weight
        conf *= {
            "subject": 1.0,
            "passive": 0.95,
            "plural": 0.85,
            "pronoun": 0.85,
            "speaker": 0.8,
            "list": 0.7,
        }.get(holder_how, 0.6)
        conf *= {
            "scope": 1.0,
            "sentence": 0.85,
            "extended": 0.85,
            "backward": 0.8,
            "anaphora": 0.75,
        }.get(issue_how, 0.6)
        lead = [g for g in s.grammar if g.end <= hit.start]
        if any("hedges" in g.labels for g in lead):
            conf *= 0.85
        if self._analyst_voice(s):
            return 0.0  # "Prof. Darwish argued that Israel would accept …": a reading
        believers = [g for g in lead if "belief" in g.labels]
        if believers:
            g = believers[-1]
            near = _words(self.body, max(s.start, g.start - 40), g.end)
            if any(w in _ANALYSTS for _, _, w in near[-5:]):
                # "some Syrian analysts arguing that al-Sharaa …": an analyst's reading of a
                # party, which that party has not stated.
                return 0.0
            believer = {
                m.party
                for m in self._mentions_in(self._clause_start(s, g.start), g.start)
                if m.party
            }
            embedded = {
                m.party for m in self._mentions_in(g.end, hit.start) if m.party and m.holder
            }
            # "Riyadh believes Israel does not want …": Riyadh's reading of Israel is neither
            # Israel's stated position nor Riyadh's position on the issue.
            if believer and (holder not in believer or (embedded and holder not in embedded)):
                return 0.0
            conf *= 0.6  # someone's assessment of the holder, not the holder's word
        if re.match(r"^\s*(?:if|should|were)\b", self.low[s.start : s.start + 10]):
            conf *= 0.6
        return round(max(0.05, min(0.99, conf)), 2)

    def _statement(
        self,
        s: _Sentence,
        party: str,
        im: IssueMatch,
        stance: int,
        hit: Hit[Any],
        conf: float,
        speaker_text: str | None,
    ) -> Statement:
        start, end = s.start, s.end
        if end - start > _SPAN_CAP:
            lo = min(hit.start, im.start)
            hi = max(hit.end, im.end)
            start = max(s.start, lo - 60)
            end = min(s.end, max(hi + 60, start + 80))
        evidence = Evidence.from_span(self.body, start, end)
        when = self._when(s, hit)
        relays = tuple(dict.fromkeys((*s.relays, *self.a.relays)))
        return Statement(
            party=party,
            issue=im.issue,
            stance=Stance(max(-2, min(2, stance))),
            when=when,
            evidence=evidence,
            speaker=speaker_text,
            relays=relays,
            article_id=self.a.id,
            outlet=self.a.outlet,
            confidence=conf,
            extractor=EXTRACTOR,
        )

    def _when(self, s: _Sentence, hit: Hit[Any]) -> When:
        mentions = [
            t
            for t in find_time_mentions(self.body, s.start, s.end)
            if self._dates_the_saying(s, t, hit)
        ]
        if not mentions:
            return self.a.published
        best = min(mentions, key=lambda t: abs(t.start - hit.start))
        resolved = resolve(best, self.a.published)
        return resolved if resolved is not None else self.a.published

    def _dates_the_saying(self, s: _Sentence, t: TimeMention, hit: Hit[Any]) -> bool:
        """Whether a time expression says when the position was taken, not when something it
        is about happened ("the positions it took in December 2024", "the cell set up in
        January", "since the meeting in Baku last spring")."""
        body = self.body
        before = body[s.start : t.start]
        if before.count('"') % 2 or before.rfind("“") > before.rfind("”"):
            return False  # inside a quotation: the speaker's subject matter
        if _SPEECH_TIME.search(body, max(s.start, t.start - 80), t.start):
            return True  # "…, he said on Monday", "told reporters in Moscow last week"
        near = body[max(s.start, t.start - 60) : t.start]
        if _EVENT_TIME.search(near):
            return False
        if t.start >= hit.end:
            # In what the cue governs, unless only the cue's object or an aside stands
            # between: "welcomed the decision last week", "condemned, in statements on Sunday".
            return bool(_SHORT_OBJECT.fullmatch(body, hit.end, t.start))
        return not _RELATIVE_OPEN.search(before)

    # The other rules live in the module of their concern, as functions of the run; binding
    # them here keeps every rule's call a method call (``self._speaker_for(...)``).
    # speakers.py
    _add_introduced_people = speakers.add_introduced_people
    _mention = speakers.mention
    _quote_speakers = speakers.quote_speakers
    _subject_before_quote = speakers.subject_before_quote
    _pronoun_before_quote = speakers.pronoun_before_quote
    _attribution = speakers.attribution
    _paragraph_speaker = speakers.paragraph_speaker
    _pronoun_quote = speakers.pronoun_quote
    _speaker_for = speakers.speaker_for
    _statement_issuer = speakers.statement_issuer
    _interviewer_line = speakers.interviewer_line
    _introduced_party = speakers.introduced_party
    _scene_party = speakers.scene_party
    _speech_subjects = speakers.speech_subjects
    _ends_with_speech = speakers.ends_with_speech
    _analyst_voice = speakers.analyst_voice
    _first_speech = speakers.first_speech
    _first_person = speakers.first_person
    _reproduced_issuer = speakers.reproduced_issuer
    _recent_party = speakers.recent_party
    _person_before = speakers.person_before
    _names_one_person = speakers.names_one_person
    _last_person = speakers.last_person

    # references.py
    _definite_role = references.definite_role
    _role_holders = references.role_holders
    _outsider_subject = references.outsider_subject
    _listed_role = references.listed_role
    _dateline_party = references.dateline_party
    _home_party = references.home_party
    _capital_party = references.capital_party
    _voice = references.voice
    _signed_author = references.signed_author
    _names_quote = references.names_quote
    _author_party = references.author_party
    _title_party = references.title_party
    _pronoun = references.pronoun
    _names_person = references.names_person
    _whole_paragraph = references.whole_paragraph
    _headline_person = references.headline_person
    _headline_official = references.headline_official
    _headline_hits = references.headline_hits
    _title_parties = references.title_parties
    _pair = references.pair
    _plural_group = references.plural_group
    _lead_party = references.lead_party
    _section_party = references.section_party
    _kingdom = references.kingdom
    _document_author = references.document_author

    # holders.py
    _split_cues = holders.split_cues
    _clause_start = holders.clause_start
    _after_preposition = holders.after_preposition
    _after_preposition_uncached = holders.after_preposition_uncached
    _is_passive_by = holders.is_passive_by
    _urged_addressee = holders.urged_addressee
    _same_clause = holders.same_clause
    _label_colon = holders.label_colon
    _passive_agent = holders.passive_agent
    _holders = holders.holders
    _verb_group_start = holders.verb_group_start
    _verb_holders = holders.verb_holders
    _excellency = holders.excellency
    _subject_text = holders.subject_text
    _conjoined = holders.conjoined
    _is_subject_of = holders.is_subject_of
    _noun_holders = holders.noun_holders

    # issues.py
    _owner = issues.owner
    _owner_uncached = issues.owner_uncached
    _issues_in = issues.issues_in
    _match_pattern = issues.match_pattern
    _local_context = issues.local_context
    _choose_issues = issues.choose_issues
    _under_topic = issues.under_topic
    _brokered = issues.brokered
    _issue_owner = issues.issue_owner
    _cue_kind_at = issues.cue_kind_at
    _scope_end = issues.scope_end
    _line_end = issues.line_end
    _new_predicate_at = issues.new_predicate_at
    _issues_for = issues.issues_for
    _issues_for_cue = issues.issues_for_cue
    _ended_before = issues.ended_before
    _issues_for_cue_here = issues.issues_for_cue_here
    _has_anaphor = issues.has_anaphor
    _anaphora = issues.anaphora
    _hosted_talks = issues.hosted_talks
    _several_guests = speakers.several_guests

    # stance.py
    _split_refusals = stance.split_refusals
    _past_relative = stance.past_relative
    _conditions = stance.conditions
    _stance = stance.stance
    _takeover_threats = stance.takeover_threats

    # lists.py
    _list_head_group = lists.list_head_group
    _party_label = lists.party_label
    _list_frame = lists.list_frame
    _frame_of = lists.frame_of
    _list_item_statements = lists.list_item_statements
    _no_statements = lists.no_statements
    _no_items = lists.no_items
