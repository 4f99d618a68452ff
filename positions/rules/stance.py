"""The stance a cue gives: negation, modality and intensifiers; conditions; split refusals;
threats to act in another's place."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from positions.codebook import Cue
from positions.matcher import Hit
from positions.model import Statement
from positions.rules.lexicon import _BOUNDARY, _CONDITION, _TAKEOVER_THREAT
from positions.rules.records import _Sentence

if TYPE_CHECKING:
    from positions.rules.run import ArticleRun


_ASIDE_ONLY = re.compile(r"\s*,[^,;:]{1,40},\s*")
_NEGATED_OBJECTION = re.compile(
    r"\b(?:not|no|never|n't|nor)\s+(?:\w+\s+)?(?:object|objection|oppos|reject|rul(?:e|ing)\s+out|resist|mind|veto|block|stand\s+in)"
)
_MODAL_NOT = re.compile(r"\s+(?:not|never)\b|n['’]t\b")
_NONE_AFTER = re.compile(r"\s+none\b")
_WITHOUT_GAP = re.compile(r"\s+(?:(?:\w+ly|first|ever|even)\s+)*")
_REFUSAL_WITHOUT = re.compile(r"\b(?:without|before)\s+(?:first\s+)?")
# A relative clause that places its stance in the past: "…, which last year dismissed …".
_PAST_RELATIVE = re.compile(
    r",\s*(?:which|who)\s+(?:had\s+)?(?:last\s+(?:year|month|spring|summer|autumn|fall|winter)|"
    r"(?:a\s+year|months|weeks|two\s+years)\s+ago|once|previously|formerly|initially|at\s+first|"
    r"until\s+recently|in\s+(?:early\s+|late\s+|mid-)?20\d\d)\b[^,;:]*$"
)
# A refusal split by its frame: '"We will not," Qassem said, "hand over …'.
_SPLIT_REFUSAL = re.compile(
    r"\b(?:will\s+not|won['’]t|will\s+never|would\s+never|would\s+not|cannot|can['’]t|"
    r"shall\s+not|refuse\s+to)\s*,\s*[\"”]\s*,?\s*(?P<frame>[^\"“”,]{2,60}?\s+(?:said|says|added|"
    r"insisted|warned|declared|told\s+\w+))\s*,\s*[\"“]"
)
_STRONG_MODALS = (
    "will not",
    "won't",
    "would not",
    "wouldn't",
    "cannot",
    "can't",
    "can not",
    "never",
    "will never",
    "would never",
    "shall not",
    "must not",
)


def split_refusals(self: ArticleRun, s: _Sentence, taken: set[tuple[str, str]]) -> list[Statement]:
    """'"We will not," Qassem said, "hand over our weapons."': a refusal split by its
    frame refuses what the quotation goes on to name; the frame names the speaker."""
    if "," not in self.body[s.start : s.end]:
        return []
    out: list[Statement] = []
    for m in _SPLIT_REFUSAL.finditer(self.body, s.start, s.end):
        frame = [x for x in self._mentions_in(m.start("frame"), m.end("frame")) if x.party]
        person = (
            self._last_person(s)
            if not frame and re.match(r"(?:he|she)\s", self.low[m.start("frame") : m.end("frame")])
            else None
        )
        if not frame and person is None:
            continue
        holder = frame[0].party if frame else str(person)
        end = min(s.end, m.end() + 160)
        stop = _BOUNDARY.search(self.body, m.end(), end)
        cands = [
            c
            for c in self._issues_in(s, m.end(), stop.start() if stop else end, holder)
            if not c.generic
        ]
        if not cands:
            continue
        im = min(cands, key=lambda c: c.start)
        if (holder, im.issue) in taken:
            continue
        hit: Hit[str] = Hit(m.start(), m.end(), self.body[m.start() : m.end()], "split", ())
        words = " ".join(self.body[m.start("frame") : m.end("frame")].split())
        out.append(self._statement(s, holder, im, 2 if im.invert else -2, hit, 0.72, words))
    return out


def past_relative(self: ArticleRun, s: _Sentence, hit: Hit[Cue]) -> bool:
    """Whether the cue sits in a relative clause dated in the past ("…, which last year
    dismissed …"); the substring test spares the regex on most cues."""
    lo = max(s.start, hit.start - 90)
    return self.low.find("wh", lo, hit.start) >= 0 and bool(
        _PAST_RELATIVE.search(self.low, lo, hit.start)
    )


def conditions(
    self: ArticleRun,
    s: _Sentence,
    hit: Hit[Cue],
    made: list[Statement],
    holder: str,
    speaker_text: str | None,
    refusal: bool,
) -> list[Statement]:
    """ "would accept X only if Damascus signs on to Y": the holder demands Y; so does
    "there can be no stability without a Palestinian state", where X is no issue."""
    if not made and not refusal:
        return []
    # "would only agree to X if Y": the "only" may stand before the cue.
    m = _CONDITION.search(self.low, max(s.start, hit.start - 12), s.end)
    bare_without = False
    if refusal and (m is None or m.start() - hit.end > 160):
        # "will not take part in any arrangement without a Palestinian state": a refusal's
        # "without" names what it holds out for (its own phrase only, and not a consent).
        m = _REFUSAL_WITHOUT.search(self.low, hit.end, s.end)
        bare_without = m is not None
    if m is None or m.start() - hit.end > 160:
        return []
    stop = re.search(
        r"[;:]|\s[—–]\s|,\s+(?:but|while|whereas|although)\b", self.low[m.end() : s.end]
    )
    end = m.end() + stop.start() if stop else s.end
    if bare_without:
        phrase_end = re.search(r"[,;:]|\s(?:and|or|in|on)\s", self.low[m.end() : end])
        end = m.end() + phrase_end.start() if phrase_end else end
    taken = {(st.party, st.issue) for st in made}
    out: list[Statement] = []
    party = made[0].party if made else holder
    conf = round((made[0].confidence if made else 0.75) * 0.8, 2)
    speaker = made[0].speaker if made else speaker_text
    # The condition's own subject acts in it ("provided they stay away"), not the holder.
    for im in self._issues_in(s, m.end(), end, None, explicit=True):
        if (party, im.issue) in taken or im.generic:
            continue
        taken.add((party, im.issue))
        out.append(self._statement(s, party, im, -2 if im.invert else 2, hit, conf, speaker))
    return out


def stance(
    self: ArticleRun, s: _Sentence, hit: Hit[Cue], cue: Cue, chain: bool = False, after: int = 0
) -> tuple[int, bool]:
    base = cue.stance
    lead = self.low[max(s.start, after, hit.start - 45) : hit.start]
    lead = re.split(r"[,;:]|\bthat\b|\bbut\b|\bwhile\b", lead)[-1]
    own = hit.phrase
    # A chain's tail ("not ruled out allowing") takes only negators after the head: the
    # head has already spent the ones before it.
    negators = [
        g
        for g in s.grammar
        if "negators" in g.labels
        and max(hit.start - 45, after) <= g.start
        and g.end <= hit.start
        and g.start >= s.start
    ]
    negators = [
        g
        for g in negators
        if not re.search(r"[,;:]|\b(?:and|but|while|whereas)\b", self.low[g.end : hit.start])
        # "will never, under any circumstances, accept": an aside does not end the negation
        or _ASIDE_ONLY.fullmatch(self.low, g.end, hit.start)
    ]
    # "forces present without its consent should leave": a "without" with an object of its
    # own negates that object, not the demand after it ("without formally accepting" does).
    # (A refusal keeps it: "a deal without a state is out of the question" prices the deal.)
    negators = [
        g
        for g in negators
        if base < 0
        or self.low[g.start : g.end] != "without"
        or _WITHOUT_GAP.fullmatch(self.low, g.end, hit.start)
    ]
    if cue.kind == "modal" and _MODAL_NOT.match(self.low, hit.end):
        # "US forces should not leave Syria": a prohibition, the refusal of what follows.
        return -2, True
    denied = getattr(self, "_denied_after", -1)
    if cue.stance > 0 and _NONE_AFTER.match(self.low, hit.end):
        # "has no military presence in Syria and seeks none": wants none of it
        return cue.negated if cue.negated is not None else -2, True
    if s.start <= denied <= hit.start and hit.start - denied < 60:
        base_neg = cue.negated if cue.negated is not None else (-2 if cue.stance > 0 else 0)
        return base_neg, True
    # A phrase's own "not" is the codebook's reading of it ("not negotiable", "would not
    # stand in the way", "is not a slogan"): only a negator before the phrase turns it.
    negated = bool(negators)
    if re.search(r"\b(?:not|never|no)\b", own) and base < 0:
        negated = False  # the phrase carries its own negation ("will not permit")
    if not negators and _NEGATED_OBJECTION.search(own):
        negated = False  # "does not object to", "no objection": already the positive reading
    strong = any(lead.rstrip().endswith(m) or f"{m} " in lead[-25:] for m in _STRONG_MODALS)
    if negated:
        word = self.low[negators[-1].start : negators[-1].end] if negators else ""
        if word == "nothing":
            # "Nothing has been signed, and nothing has been refused": undecided.
            value = 0
        elif cue.negated is not None:
            value = cue.negated
        elif base == 1:
            value = -2 if strong else -1
        elif base == 2:
            value = -1
        elif base == -1:
            # "has not rejected", "is not opposed": acceptance (the codebook's +1); "did not
            # condemn" says nothing either way.
            value = (
                1
                if word in ("no longer", "dropped", "abandoned", "ceased", "stopped")
                or own.startswith(("reject", "oppos", "object"))
                else 0
            )
        elif base == -2:
            value = 0
        else:
            value = 0
        return value, strong
    value = base
    if abs(value) == 1 and not chain:
        near = self.low[max(s.start, hit.start - 25) : hit.start]
        if any(
            g
            for g in s.grammar
            if "intensifiers" in g.labels
            and hit.start - 25 <= g.start < hit.start
            and g.start >= s.start
        ) or (
            re.search(
                r"\b(?:firm|categorical|staunch|vehement|outright|total|absolute|strong)\s+$",
                near,
            )
            and value < 0
        ):
            value *= 2
    return value, False


def takeover_threats(self: ArticleRun, s: _Sentence, made: list[Statement]) -> list[Statement]:
    """ "If the Lebanese army does not disarm Hezbollah, Israel will do it": the threat's
    subject backs the act it says it will do in the other's place."""
    if self.low.find("if ", s.start, s.end) < 0 or self.low.find(",", s.start, s.end) < 0:
        return []  # (the threat needs its condition and a comma before the threatener)
    m = _TAKEOVER_THREAT.search(self.body, s.start, s.end)
    if m is None:
        return []
    who = m.group("who").strip().lower()
    if who in ("we", "i"):
        holder = self._first_person(s, m.start("who"))
    else:
        ms = [x for x in self._mentions_in(m.start("who"), m.end("who")) if x.party and x.holder]
        holder = ms[0].party if len(ms) == 1 else None
    if holder is None:
        return []
    taken = {(st.party, st.issue) for st in made}
    issues = [
        c
        for c in self._issues_in(s, m.start("act"), m.end("act"), holder)
        if (holder, c.issue) not in taken
    ]
    chosen = self._choose_issues(s, issues, m.start("act"), backward=False)
    fake: Hit[Any] = Hit(m.start(), m.end(), self.body[m.start() : m.end()], "if", [])
    return [
        self._statement(s, holder, im, -2 if im.invert else 2, fake, 0.7, s.speaker_text)
        for im in chosen
    ]
