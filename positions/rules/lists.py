"""Lists and slogans: bulleted items under a frame ("It asked for:"), party-labelled lines,
"No X." items, and a communiqué's list head."""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING, Any

from positions.matcher import Hit
from positions.model import Statement
from positions.rules.lexicon import _ANY_LABEL, _FRAME_LINE, _LIST_MARKER
from positions.rules.records import _Sentence

if TYPE_CHECKING:
    from positions.rules.run import ArticleRun


# A communiqué's list head on its own line: "The Ministers:", "The leaders:".
_LIST_HEAD = re.compile(
    r"(?mi)^[ \t]*((?:the\s+)?(?:[\w-]+\s+){0,2}?(ministers|leaders|participants|signatories|"
    r"delegations|heads\s+of\s+state))[ \t]*:[ \t]*$"
)
# A paragraph that opens with its verb: "Expressed …", "Demanded …", "Reaffirms …".
_PARAGRAPH_VERB = re.compile(r"[A-Z][a-z]+(?:ed|es)\b")
# A quotation after a colon frame that opens on "No": '… put it bluntly: "No Russian police'.
_QUOTED_NO = re.compile(r":\s*[\"“](?=\s*no\s)", re.I)
_NO_START = re.compile(
    rf"^\s*[\"“]?(?:{_LIST_MARKER}\s*)?"
    r"(?:(?:first|second|third|fourth|fifth|finally|lastly|and|also),\s+)?"  # "Third, no foreign armies"
    r"(?:no|zero|there\s+(?:will|can|would|must)\s+be\s+no)\s+",
    re.I,
)
# "Israel's position is clear: no Russian forces near the border."
_POSITION_COLON = re.compile(
    r"(?:['’]s)?\s+(?:(?:list\s+of\s+)?(?:position|stance|line|message|answer|red\s+lines?|"
    r"conditions?|demands|terms)\b"
    r"[^:;.]{0,120}:"
    r"|demands?\s+(?:include|includes|are|is))\s*"
    r"(?:no|there\s+(?:will|can|would|must)\s+be\s+no)\s+",
    re.I,
)
# A further item of a list of refusals: "…, no advanced air defenses and no foreign army".
_NO_ITEM = re.compile(r"(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or|nor)\s+)no\s+", re.I)
_LIST_NUMBER = re.compile(r"\d{1,2}[.)]")
_OWNED_LIST = re.compile(
    r"(?:['’]s)?\s+(?:[\w-]+\s+){0,2}?(?:document|paper|list|plan|proposals?|conditions|demands|"
    r"terms|note|draft|points|wish\s+list)\b"
)
_DEMAND_LIST = re.compile(
    r"\b(?:paper|list|demands|proposals?|conditions|terms|position|plan|requests|offer|wish\s+list)\b"
)


def list_head_group(self: ArticleRun, s: _Sentence, g: int) -> tuple[tuple[str, ...], str] | None:
    """The parties of a communiqué's list head ("The Ministers:") for a paragraph that
    opens with its verb right under it."""
    if g != s.start or self.body.rfind("\n", 0, s.start) + 1 != s.start:
        return None  # only a paragraph that starts with the verb
    if not _PARAGRAPH_VERB.match(self.body, s.start):
        return None
    if self._heads is None:
        self._heads = [
            (m.start(), m.end(), m.group(2).lower(), m.group(1))
            for m in _LIST_HEAD.finditer(self.body)
        ]
    head = None
    for h in self._heads:
        if h[1] <= s.start:
            head = h
    if head is None or s.start - head[1] > 4000:
        return None
    i = bisect.bisect_right(self._sentence_starts, head[0]) - 1
    if i < 0:
        return None
    parties = self._definite_role(self.sentences[i], head[2])
    return (parties, head[3]) if parties else None


def party_label(self: ArticleRun, s: _Sentence) -> bool:
    """Whether the sentence opens its line with a party's name and a colon ("QATAR: …")."""
    label = _ANY_LABEL.match(self.body[s.start : s.end])
    return bool(
        label
        and self.body[self.body.rfind("\n", 0, s.start) + 1 : s.start].strip() == ""
        and any(m.party for m in self._mentions_in(s.start, s.start + label.end(1)))
    )


def list_frame(self: ArticleRun, s: _Sentence) -> tuple[tuple[str, ...], int] | None:
    """The holders and stance of the frame a list item's line stands under ("According to
    two people who saw the Israeli paper, it asked for:" over one demand per line), or
    None when the sentence is no such item."""
    if self._frame_at is None:
        # Sentences that end on a colon at the end of their line: most articles have none,
        # and then no sentence is an item (checked once, not walked back per sentence).
        self._frame_at = (
            [
                f.index
                for f in self.sentences
                if self.body[f.start : f.end].rstrip().endswith(":")
                and "\n" in self.body[f.end : f.end + 3]
            ]
            if _FRAME_LINE.search(self.body)
            else []
        )
    k = bisect.bisect_left(self._frame_at, s.index) - 1
    if k < 0 or s.index - self._frame_at[k] > 40:
        return None
    lead = self.body[self.body.rfind("\n", 0, s.start) + 1 : s.start].strip()
    if lead and not _LIST_NUMBER.fullmatch(lead):
        return None  # not the first sentence of its line ("1. Not one tank …" is)
    memo = self._frames
    j = s.index - 1
    while j >= 0 and s.index - j <= 40:
        prev = self.sentences[j]
        line_start = self.body.rfind("\n", 0, prev.start) + 1
        text = self.body[prev.start : prev.end].rstrip()
        lead = self.body[line_start : prev.start].strip()
        if text.endswith(":") and "\n" in self.body[prev.end : s.start]:
            # (the frame may end a paragraph: "… Syria. Under the headline …, it
            # printed the points as follows:")
            if j not in memo:
                memo[j] = self._frame_of(prev)
            return memo[j]
        if (lead and not _LIST_NUMBER.fullmatch(lead)) or _LIST_NUMBER.fullmatch(text):
            j -= 1  # a later sentence of an item's line, or an item's number
            continue
        if not text.endswith((".", "”", '"', "’", ")")) or len(text.split()) > 45:
            return None  # a heading or a paragraph: the list (if any) ended
        j -= 1
    return None


def frame_of(self: ArticleRun, f: _Sentence) -> tuple[tuple[str, ...], int] | None:
    verbs = [(h, c) for h in f.cues if (c := self._cue_for(f, h)) is not None and c.kind == "verb"]
    if verbs:
        hit, cue = verbs[-1]
        holders, _, _ = self._holders(f, hit, cue)
        stance, _ = self._stance(f, hit, cue)
        return (holders, stance) if holders and stance else None
    # "The Syrian paper … was shorter:", "… what it called 'the Israeli document for Baku'
    # … it printed the points as follows:": a party's list of demands.
    sentences = [f]
    if f.index > 0 and "\n" not in self.body[self.sentences[f.index - 1].end : f.start]:
        sentences.insert(0, self.sentences[f.index - 1])
    for x in reversed(sentences):
        for m in x.mentions:
            if m.party and _OWNED_LIST.match(self.low, m.end, x.end):
                return (m.party,), 2
    if _DEMAND_LIST.search(self.low, f.start, f.end) and f.subject_parties:
        return f.subject_parties[:1], 2
    return None


def list_item_statements(self: ArticleRun, s: _Sentence, made: list[Statement]) -> list[Statement]:
    """Each issue a framed list's item names, at the frame's stance ("… it asked for:" /
    "A standing humanitarian corridor for aid to Sweida …")."""
    frame = self._list_frame(s)
    if frame is None:
        return []
    holders, stance = frame
    if _NO_START.match(self.body[s.start : s.end]):
        return []  # a "No …" item refuses (see _no_statements)
    taken = {(st.party, st.issue) for st in made}
    cands = self._issues_in(s, s.start, s.end, holders[0])
    chosen = self._choose_issues(s, cands, s.start, backward=False)
    fake: Hit[Any] = Hit(s.start, s.start, "", "list", [])
    return [
        self._statement(s, holders[0], im, -stance if im.invert else stance, fake, 0.6, None)
        for im in chosen
        if (holders[0], im.issue) not in taken
    ]


def no_statements(self: ArticleRun, s: _Sentence) -> list[Statement]:
    """ "No withdrawal from Mount Hermon." — a list item or slogan that refuses an issue."""
    text = self.body[s.start : s.end]
    m = _NO_START.match(text)
    owner: str | None = None
    if not m:
        # "Israel's position … had not changed since January: no Russian forces near the
        # border": the party whose position the colon opens.
        m = _POSITION_COLON.search(text)
        if not m:
            # '… put it bluntly: "No Russian police, no Turkish advisers, …"': a quoted
            # list of refusals in the quotation's speaker's voice.
            m = _QUOTED_NO.search(text)
            if not m or not s.speaker:
                return []
            at = s.start + m.end()
            return self._no_items(s, (at, at), None, s.speaker[:1], "speaker")
        owner = next(
            (
                x.party
                for x in s.mentions
                if x.party and x.holder and s.start + m.start() - 4 <= x.end <= s.start + m.start()
            ),
            None,
        )
        if owner is None:
            return []
    start = s.start + m.end()
    listed = None if owner else self._list_frame(s)
    holders: tuple[str, ...] = (
        (owner,) if owner else listed[0][:1] if listed else s.speaker[:1] if s.speaker else ()
    )
    how = "speaker"
    if not holders and not s.bullet:
        # "Third, no foreign armies in the south.": in an official's signed piece, the
        # author's.
        author = self._signed_author(s)
        if author:
            holders = (author,)
    if not holders:
        lead = self._lead_party(s)
        holders, how = ((lead,), "list") if lead else ((), "none")
    if not holders and s.index > 0:
        # "Israel's position is clear: no Turkish advisers, …": the colon's frame, a
        # sentence of its own, names whose list it is.
        prev = self.sentences[s.index - 1]
        frame = self.body[prev.start : prev.end].rstrip()
        if (
            frame.endswith(":")
            and "\n" not in self.body[prev.end : s.start]
            and prev.subject_parties  # (annotated: sentences are read in order)
        ):
            holders, how = prev.subject_parties[:1], "speaker"
            owner = owner or prev.subject_parties[0]
    if not holders:
        return []
    return self._no_items(s, (s.start, start), owner, holders, how)


def no_items(
    self: ArticleRun,
    s: _Sentence,
    first: tuple[int, int],
    owner: str | None,
    holders: tuple[str, ...],
    how: str,
) -> list[Statement]:
    """The statements of a list of "no" items whose first item ends at ``first[1]``: it,
    and each further one ("…, no advanced Syrian air defenses and no foreign army in the
    south"), refuses its own issue. A first item that starts the sentence may take an
    issue its frame named ("Israel's position on Russian forces: no …")."""
    start = first[1]
    issues = self._issues_in(s, start, s.end, holder=owner, explicit=True) if owner else s.issues
    conf = 0.75 if how == "speaker" else 0.6
    items = [first]
    items += [(x.start(), x.end()) for x in _NO_ITEM.finditer(self.body, start, s.end)]
    out: list[Statement] = []
    taken: set[str] = set()
    for a, at in items:
        cands = [
            c
            for c in issues
            if c.issue not in taken
            and (
                c.start - at <= 30  # (the first item's issue may be named in the frame)
                if a == s.start
                else any(at <= t0 <= at + 30 for t0, _ in c.terms)
            )
        ]
        if not cands:
            continue
        im = min(cands, key=lambda c: c.start)
        taken.add(im.issue)
        fake: Hit[Any] = Hit(a, at, self.body[a:at], "no", [])
        # "There will be no weapons outside the state": refusing what the issue reverses.
        stance = 2 if im.invert else -2
        out.append(self._statement(s, holders[0], im, stance, fake, conf, s.speaker_text))
    return out
