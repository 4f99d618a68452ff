"""Who holds a cue, from the clause: its subject (skipping addressees and prepositional
objects), conjoined subjects, a passive's agent, a possessive before a noun cue."""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING

from positions.codebook import Cue
from positions.matcher import Hit
from positions.rules.lexicon import (
    _BOUNDARY,
    _DEFINITE_ROLES,
    _GOVERNMENT_IN,
    _IN_CAPITAL,
    _JOINT_SPEAKERS,
    _LIST_MARKER,
    _PRONOUNS,
    _RELATIVE_BEFORE_VERB,
    _TITLED,
    _words,
)
from positions.rules.records import Mention, _Sentence
from positions.text import WORD_RE

if TYPE_CHECKING:
    from positions.rules.run import ArticleRun


# A capital that the subject of a relative clause ends on ("the government in Beirut, which
# wants …"): as a government mention, less "diplomats" and the like, who in a capital are
# as often foreign ones ("Diplomats in Damascus said …").
_GOVERNMENT_IN_SUBJECT = _GOVERNMENT_IN - {"diplomats", "decision-makers", "policymakers"}
_AUX = frozenset(
    [
        # (negative contractions, in both apostrophes: "We cannot support …")
        *(
            f"{w}{q}t"
            for w in ("can", "won", "wouldn", "couldn", "shouldn", "doesn", "don", "didn", "isn")
            for q in ("'", "’")
        ),
        "cannot",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "being",
        "has",
        "have",
        "had",
        "will",
        "would",
        "can",
        "could",
        "should",
        "may",
        "might",
        "must",
        "does",
        "did",
        "do",
        "shall",
        "not",
        "n't",
        "never",
        "also",
        "already",
        "still",
        "currently",
        "now",
        "reportedly",
        "to",
        "continues",
        "continue",
        "continued",
        "continuing",
        "appears",
        "appear",
        "appeared",
        "seems",
        "seem",
        "seemed",
        "remains",
        "remain",
        "remained",
        "again",
        "further",
        "recently",
        "increasingly",
        "long",
        "just",
        "even",
        "only",
        "so",
        "then",
        "thus",
        "therefore",
        "however",
        "once",
        "actually",
        "really",
        "repeatedly",
        "publicly",
        "privately",
        "quietly",
        "actively",
        "firmly",
        "categorically",
        "strongly",
        "flatly",
        "totally",
        "completely",
        "absolutely",
        "reluctantly",
        "gradually",
        "formally",
        "officially",
        "explicitly",
        "effectively",
        "clearly",
        "openly",
        "reportedly",
        "allegedly",
        "apparently",
        "reportedly",
        "itself",
        "themselves",
        "in",
        "principle",
        "yet",
    ]
)
_RELATIVE = {"who", "which", "that"}
_A_RIGHT = re.compile(r"(?:has|have)\s+(?:every|the)\s+right|(?:is|are)\s+entitled")
# Nouns for someone who speaks on a party's behalf: "a spokesman for Hamas" holds Hamas's view.
_VOICE_NOUNS = {
    "spokesperson",
    "spokesman",
    "spokeswoman",
    "spokespeople",
    "envoy",
    "envoys",
    "representative",
    "representatives",
    "delegation",
    "delegate",
    "ambassador",
    "mission",
    "office",
    "adviser",
    "advisor",
    "negotiator",
    "negotiators",
    "official",
    "officials",
    "minister",
    "ministry",
    "source",
    "sources",
}
_CLAUSE_WORD = re.compile(r"\b(?:and|or|but|that|which|who|while|whereas)\b")
# Participles whose passive subject undergoes the act: "must be allowed", "was rejected".
_PATIENT_PARTICIPLE = re.compile(
    r"(?:allowed|permitted|respected|rejected|accepted|welcomed|endorsed|condemned|denied|"
    r"granted|guaranteed|honou?red|upheld|implemented|preserved|protected)\b"
)
_PASSIVE_AUX = re.compile(r"\b(?:is|are|was|were|be|been|being)\s+(?:\w+ly\s+)?$")
_JUDGING_VERB = re.compile(
    r"\b(?:considers?|considered|regards?|regarded|sees|saw|views?|viewed|deems?|deemed|"
    r"finds?|found|calls?|called|describes?|described|termed|branded|labell?ed|dubbed)\b"
)
# Between a judge and its verb: "the Russian side considers", "Egypt also regards".
_JUDGE_GAP = re.compile(
    r"(?:['’]s)?(?:\s+(?:side|government|delegation|leadership|authorities|officials|"
    r"(?:foreign\s+)?ministry|presidency))?"
    # "the Syrian envoy called", "Iran's foreign ministry spokesman called"
    r"(?:\s+(?:(?:foreign|defen[cs]e|prime|deputy|chief|senior|top|ministry)\s+){0,2}"
    r"(?:envoy|ambassador|minister|president|spokes(?:man|woman|person)|representative|"
    r"delegate|negotiator|diplomat|official|statement))?"
    r"(?:,[^,;\"“]{1,40},)?\s+[\"“]?"
    r"(?:\w+ly\s+|still\s+|also\s+|now\s+)?"
)
_OWN_PRONOUN_SUBJECT = re.compile(r"(?i)\b(?:we|i|they|he|she)\s*$")
# A text that speaks for its issuer when it is the subject: "The resolution urges …".
_DOCUMENT_NOUNS = {
    "statement",
    "resolution",
    "communique",
    "communiqué",
    "declaration",
    "conclusions",
    "readout",
    "letter",
}
_URGING_VERB = re.compile(
    r"\b(?:urged|urges|urging|called\s+on|calls\s+on|calling\s+on|pressed|presses|pressing|asked|"
    r"asks|told|tells|pushed|pushes|pushing|expects|we\s+expect)\s+(?:the\s+)?$"
)
# Only acts on one's own forces: "asked Ankara to help rebuild its army" is the asker's army.
_TO_ACT = re.compile(
    r"(?:\s+(?:armed\s+)?(?:forces|army|troops))?"  # "the Lebanese Armed Forces to complete"
    r"\s+to\s+(?:pull\s+out|withdraw|remove|end|halt|stop|reduce|scale\s+back|keep|maintain|retain|"
    r"complete|finish|carry\s+out)"
    r"\b[^,;.]{0,70}$"
)
_CLAUSE_BREAK = re.compile(
    r"[;:]\s|\s[—–]\s?|—|\bthat\b|\bwhile\b|\bbut\b|\bwhereas\b|\balthough\b"
)
# Names listed after "including" or "such as": all of them governed by it.
_LISTED_AFTER = re.compile(
    r"\b(?:including|such\s+as)\s+(?:[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*,?\s+)+(?:and\s+|or\s+)?$"
)
_NOBODY_SUBJECT = re.compile(r"\b(?:no\s+one|nobody|anyone|everyone)\b[^,;:]*$")
_GROUP_SPEAKER = re.compile(
    r"(?i)(?:the\s+(?:two\s+|three\s+|four\s+|five\s+|six\s+)?(?:foreign\s+)?"
    r"(?:ministers|sides|leaders|delegations|envoys|signatories|states|countries|capitals|governments)"
    r"|both\s+sides)"
)
_QUOTED = re.compile(r"“[^”\n]{1,600}”|\"[^\"\n]{1,600}\"")
_GROUP_NOUNS = {
    "group",
    "movement",
    "militia",
    "organisation",
    "organization",
    "party",
    "alliance",
    "militias",
}
_NON_STATE = {"hezbollah", "sdf", "druze"}
_DETERMINERS = {
    "the",
    "a",
    "an",
    "its",
    "their",
    "his",
    "her",
    "this",
    "that",
    "these",
    "those",
    "any",
    "such",
    "some",
    "all",
    # "training of the new Syrian army": an adjective of the name, not a word that governs it
    "new",
    "legitimate",
    "current",
    "elected",
    # "In northeastern Syria, the SDF said": a compass word of the place, still governed
    "northern",
    "southern",
    "eastern",
    "western",
    "northeastern",
    "northwestern",
    "southeastern",
    "southwestern",
    "north-eastern",
    "north-western",
    "south-eastern",
    "south-western",
    "central",
}
_TITLES = {
    "president",
    "prime",
    "minister",
    "foreign",
    "defense",
    "defence",
    "secretary",
    "envoy",
    "ambassador",
    "special",
    "spokesman",
    "spokeswoman",
    "general",
    "gen",
    "maj",
    "lt",
    "col",
    "chief",
    "leader",
    "king",
    "prince",
    "sheikh",
    "sheikh's",
    "us",
    "u.s.",
    "senior",
    "deputy",
    "acting",
    "state",
    "affairs",
    "strategic",
    "military",
    "secretary-general",
    "mr",
    "mrs",
    "ms",
    "dr",
    "interim",
    "transitional",
    "syrian",
    "israeli",
    "russian",
    "turkish",
    "american",
    "iranian",
    "lebanese",
    "jordanian",
    "saudi",
    "french",
    "egyptian",
    "qatari",
    "minister's",
    "spokesperson",
    "adviser",
    "advisor",
    "national",
    "security",
    "council",
    "head",
    "director",
    "commander",
    "envoy's",
    "negotiator",
    "chief's",
    "then",
}
_ADJ_BEFORE_NOUN = {
    "absolute",
    "full",
    "total",
    "complete",
    "unwavering",
    "steadfast",
    "continued",
    "unconditional",
    "clear",
    "firm",
    "latest",
    "renewed",
    "repeated",
    "main",
    "new",
    "key",
    "longstanding",
    "long-standing",
    "initial",
    "additional",
    "strong",
    "formal",
    "official",
    "public",
    "explicit",
    "reported",
    "alleged",
    "persistent",
    "fresh",
    "earlier",
    "previous",
    "recent",
    "stated",
    "growing",
    "stubborn",
    "strict",
    "basic",
    "primary",
    "central",
    "core",
    "fundamental",
    "consistent",
    "unchanged",
    "old",
    "own",
    "tacit",
    "quiet",
    "implicit",
    "conditional",
    "categorical",
    "staunch",
    "vehement",
    "strenuous",
    "outright",
}
_NON_PARTY_SUBJECTS = {
    "analysts",
    "analyst",
    "experts",
    "expert",
    "observers",
    "observer",
    "critics",
    "residents",
    "activists",
    "commentators",
    "researchers",
    "scholars",
    "journalists",
    "reporters",
    "media",
    "newspaper",
    "report",
    "reports",
    "partners",
    "donors",
    "investors",
    "citizens",
    "people",
    "protesters",
    "opposition",
    "rebels",
    "militants",
    "jihadists",
    "factions",
    "groups",
    "tribes",
    "clans",
    "villagers",
    "families",
    "refugees",
}
# Nouns whose "of"/"for" names the body they speak for.
_MEMBERS_OF = {
    "members",
    "member",
    "representatives",
    "representative",
    "officials",
    "spokesperson",
    "spokesman",
    "spokeswoman",
    "delegation",
    "delegates",
    "leaders",
    "leadership",
    "followers",
    "supporters",
    "loyalists",
    "office",
}
_PREPOSITION_WORDS = {"with", "to", "between", "against", "among", "by"}
# What may stand before a role word ("the minister", "both sides", "the three leaders"), and
# how many of those named it is (0: as many as there are).
_ROLE_COUNTS = {"the": 0, "both": 2, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
_BACKSHIFTED = re.compile(r"(?:would|had to|could)\b")
_CLAUSE_OPENER = re.compile(
    r"\b(?:while|whereas|which|who|that|when|as|according|said|says)\b", re.I
)
# "warned Beirut against …", "cautioned the Lebanese government against …": up to four
# words, none a verb of their own, between the warning and its "against".
_SPLIT_RULE_OUT = re.compile(
    r"\b(?P<verb>rul(?:e|es|ed|ing))\s+(?:(?!out\b|that\b|and\b)[\w'’-]+\s+){1,6}?out\b(?!\s+of\b)"
)
_SPLIT_WARNING = re.compile(
    r"\b(?P<verb>warn(?:s|ed|ing)?|caution(?:s|ed|ing)?)\s+(?:(?!against\b|and\b|that\b|of\b)[\w'’-]+\s+){1,4}?against\b"
)
_APPOSITION_BEFORE_VERB = re.compile(r",\s+(?:a|an)\s+[^,;:\"“”]{2,70},\s*$")
_PRONOUN_JUDGE = re.compile(
    r"(?<!which\s)(?<!that\s)(?<!what\s)\b(he|she|they)\s+(?:also\s+|again\s+|repeatedly\s+)?$"
)
_FORMER_LATTER = re.compile(r"\bthe\s+(former|latter)\s+(?:also\s+|again\s+)?$")
_LABEL_COLON = re.compile(r"[ \t]*:[ \t]*")
_BULLET_LEAD = re.compile(rf"[ \t]*(?:{_LIST_MARKER}[ \t]*)?")
_PROPOSAL_VERBS = re.compile(
    r"\b(?:made|make|makes|making|presented|presents|present|presenting|raised|raises|raise|submitted|submits|submit|"
    r"put\s+forward|puts\s+forward|offered|offers|tabled|tables|renewed|renews|reiterated|reiterates|issued|issues|"
    r"launched|launches|announced|announces|unveiled|unveils|floated|floats|advanced|has|have|had|set|sets|voiced|voices|"
    r"repeated|repeats|restated|restates|pressed|presses|put|puts|sent|sends|delivered|delivers|"
    # translated readouts: "affirmed the rejection of …", "expressed the Kingdom's refusal of …"
    r"affirmed|affirms|reaffirmed|reaffirms|expressed|expresses|underlined|underlines|stressed|"
    r"stresses|emphasi[sz]ed|emphasi[sz]es|confirmed|confirms|declared|declares)\s+(?:(?:a|an|the|its|their|his|her|new|fresh|several|two|three|additional|further|formal|detailed|written)\s+){0,3}$",
    re.I,
)


def _speakers(speaker: tuple[str, ...], text: str | None) -> tuple[str, ...]:
    """Who holds what a speaker frame introduces: its first party, or all of a group that
    speaks as one ("the ministers stressed", "both sides agreed")."""
    if text and (
        _GROUP_SPEAKER.fullmatch(text.strip())
        # "Jordan and Egypt said", "the Jordanian and Egyptian foreign ministers said"
        or (len(speaker) >= 2 and _JOINT_SPEAKERS.fullmatch(text.strip()))
    ):
        return speaker
    return speaker[:1]


# "both men", "the two leaders": two people, the pair the text has been following.
_PAIR_NOUNS = ("men", "women", "leaders")
_UNNAMED_SUBJECT = re.compile(
    r"(?i)an?\s+(?:[\w-]+\s+){0,2}?(?:statement|spokesperson|spokesman|spokeswoman|official|"
    r"diplomat|aide|communiqu[eé])"
)
# An unnamed voice speaking: "Officials say", "the prime minister has said".
_UNNAMED_SPEECH = re.compile(
    r"(?i)\b(?:officials?|minister|ministry|government|spokes(?:man|woman|person)|diplomats?|"
    r"sources?|president|envoy)\s+(?:(?:has|have|had)\s+)?(?:say|says|said|told|insists?|"
    r"insisted|added|stress(?:es|ed)?|maintains?|maintained)\b"
)
_RELATIVE_ASIDE = re.compile(
    r"^\s*,\s*(?:which|who|whose)\b[^,;:—–\"“”]{3,120},\s*|^\s*,\s*for\s+(?:its|their|his|her)\s+part\s*,\s*"
)


def _blocked_subject(between: str) -> bool:
    """Text between a party and the cue's verb group that means the party is not its subject."""
    # "Ankara, which last June was not ready …, has dropped": a relative clause set off by
    # commas sits between a subject and its verb without taking it over.
    between = _RELATIVE_ASIDE.sub(" ", between)
    words = [w.lower() for w in WORD_RE.findall(between)]
    content = [
        w
        for w in words
        if w not in _AUX
        and not w.endswith("ly")
        and w not in _DETERMINERS
        and w
        not in ("and", "or", "'s", "’s", "both", "side", "officials", "government", "authorities")
    ]
    if not content:
        return False
    # Reported speech or a complement clause between them: "Israel said regional partners …".
    if any(
        w
        in (
            "said",
            "says",
            "told",
            "reported",
            "believes",
            "argued",
            "added",
            "that",
            "which",
            "who",
        )
        for w in content
    ):
        return True
    return bool(re.search(r"[;:]|\s[—–]\s|—", between))


def split_cues(self: ArticleRun, hits: list[Hit[Cue]]) -> list[Hit[Cue]]:
    """Cues whose words a short object splits: "warned Beirut against any normalisation"
    is "warned against" said to Beirut. The hit spans the whole run so the addressee is
    read as part of the cue, not as the holder."""
    low = self.low
    extra: list[Hit[Cue]] = []
    for m in _SPLIT_RULE_OUT.finditer(low):
        # "The government has ruled the corridor idea out": "ruled out" with its object
        # inside; the hit is the verb, so the object is in the scope after it.
        cues = self.c.cues.findall(f"{m.group('verb')} out")
        if cues:
            a, b = m.span("verb")
            extra.append(Hit(a, b, self.body[a:b], cues[0].phrase, cues[0].labels))
    for m in _SPLIT_WARNING.finditer(low) if "against" in low else ():
        cues = self.c.cues.findall(f"{m.group('verb')} against")
        if cues:
            extra.append(
                Hit(
                    m.start(),
                    m.end(),
                    self.body[m.start() : m.end()],
                    cues[0].phrase,
                    cues[0].labels,
                )
            )
    if not extra:
        return hits
    covered = [(h.start, h.end) for h in extra]
    kept = [h for h in hits if not any(a <= h.start < b for a, b in covered)]
    return sorted(kept + extra, key=lambda h: h.start)


def clause_start(self: ArticleRun, s: _Sentence, pos: int) -> int:
    """Where the clause holding ``pos`` starts (after a boundary or a speech frame)."""
    # Looked for in the 1,500 characters before ``pos`` only: a run-on sentence must not
    # cost its whole length per cue (a clause that long starts at the window).
    start = max(s.start, pos - 1500)
    cut = start
    for m in _CLAUSE_BREAK.finditer(self.body, start, pos):
        cut = m.end()
    return cut


def after_preposition(self: ArticleRun, m: Mention) -> bool:
    """Whether a mention is governed by a preposition ("talks with Israel") or is an addressee."""
    memo = self._after_memo.get(id(m))
    if memo is not None and memo[0] is m:
        return memo[1]
    found = self._after_preposition_uncached(m)
    self._after_memo[id(m)] = (m, found)
    return found


def after_preposition_uncached(self: ArticleRun, m: Mention) -> bool:
    j = m.start
    # Only the mention's own line and sentence: a heading above ("EGYPT WEIGHS IN") or
    # the sentence before ("… not allowed to stand on. Israel objects") governs nothing.
    i = bisect.bisect_right(self._sentence_starts, j) - 1
    sentence_start = self._sentence_starts[i] if i >= 0 else 0
    words = _words(self.body, max(0, j - 60, self.body.rfind("\n", 0, j) + 1, sentence_start), j)
    k = len(words) - 1
    while k >= 0 and (
        words[k][2] in _TITLES or words[k][2] in _DETERMINERS or words[k][2] in ("and", ",")
    ):
        if words[k][2] in ("that", "which") and k == len(words) - 1:
            return False  # "told the Secretary that Damascus …": a new clause's subject
        k -= 1
    if k < 0:
        return False
    w = words[k][2]
    if (
        k >= 1
        and (
            (w in ("of", "from") and words[k - 1][2] in _MEMBERS_OF)
            or (w == "for" and words[k - 1][2].startswith("spokes"))
        )
        and (k < 2 or words[k - 2][2] not in _PREPOSITION_WORDS)
    ):
        return False  # "the members of the Security Council welcomed": they are its voice
    if k < len(words) - 1 and words[k + 1][2] == "and":
        # "talks between Syria and Israel": a conjunct shares its partner's preposition.
        partner = [
            x for x in self._mentions_near(words[k][0] - 40, words[k][1]) if x.end == words[k][1]
        ]
        if partner and partner[0] is not m:
            return self._after_preposition(partner[0])
    after = self.body[m.end : m.end + 40]
    if w in ("after", "before", "since", "as", "until", "when", "once", "because") and re.match(
        r"^[\w\s.'’-]{0,30}?\b(?:said|says|has|have|had|is|are|was|were|will|would|told|announced|agreed|signed|declared)\b",
        after,
    ):
        return False  # a conjunction opening a clause: "after Trump said …"
    if re.match(r"^\s*,\s*who\b", after):
        return False  # "from Donald Trump, who urged …": the antecedent of a subject
    if (
        w == "of"
        and k >= 2
        and all(
            self.body[words[j][0]].isupper() and words[j][2] not in _TITLES for j in (k - 1, k - 2)
        )
        # "the Golan Heights of Syria" is a place
        and self.low[max(0, words[k - 2][0] - 4) : words[k - 2][0]] != "the "
    ):
        return False  # "Jérôme Bonnafont of France called for …": a person of the country
    if w == "in" and m.role == "capitals" and k >= 1 and words[k - 1][2] in _GOVERNMENT_IN_SUBJECT:
        return False  # "the government in Beirut, which wants …": the capital's government
    if w == "by" and not self._is_passive_by(words[k][0]):
        return True
    if w == "by":
        return False  # the agent of a passive holds the position
    if w in (
        "told",
        "informed",
        "assured",
        "briefed",
        "warned",
        "urged",
        "pressed",
        "asked",
        "pressuring",
        "pressure",
        "pressed",
        "urging",
    ):
        return True  # an addressee
    if w in ("for", "of") and k > 0 and words[k - 1][2] in _VOICE_NOUNS:
        # "a spokesperson for the UN" speaks for the UN; "the UN envoy for Syria" does not
        # speak for Syria: the party named before the noun is the one it serves.
        noun_phrase = self.body[max(0, words[k - 1][0] - 30) : words[k - 1][0]]
        owned = any(
            x.party and x.end <= words[k - 1][0] and words[k - 1][0] - x.end <= 20
            for x in self._mentions_near(words[k - 1][0] - len(noun_phrase), words[k - 1][0])
        )
        return owned
    if w not in self.c.prepositions and _LISTED_AFTER.search(
        self.body, max(sentence_start, m.start - 80), m.start
    ):
        return True  # "including Gaza, Lebanon and Syria": a list after a preposition
    return w in self.c.prepositions


def is_passive_by(self: ArticleRun, by_pos: int) -> bool:
    prev = _words(self.body, max(0, by_pos - 30), by_pos)
    return bool(prev) and prev[-1][2].endswith(("ed", "en", "wn")) and len(prev[-1][2]) > 3


def urged_addressee(self: ArticleRun, s: _Sentence, pos: int) -> str | None:
    """The party urged to act in the complement holding ``pos``: "urged Washington to pull
    out its troops" -> Washington's."""
    for m in s.mentions:
        if not m.party or not (pos - 90 <= m.start < pos):
            continue
        if _URGING_VERB.search(self.low, max(s.start, m.start - 25), m.start) and _TO_ACT.match(
            self.low, m.end, pos
        ):
            return m.party
    return None


def same_clause(self: ArticleRun, a: Hit[str], b: Hit[str]) -> bool:
    lo, hi = (a.end, b.start) if a.end <= b.start else (b.end, a.start)
    return lo >= hi or _BOUNDARY.search(self.body, lo, hi) is None


def label_colon(self: ArticleRun, hit: Hit[Cue]) -> int | None:
    """Where the object of a cue used as a line's label starts ("* Wants: Israeli forces
    back …", "Rejects: any corridor …"), or None."""
    colon = _LABEL_COLON.match(self.body, hit.end)
    if colon is None:
        return None
    line_start = self.body.rfind("\n", 0, hit.start) + 1
    if not _BULLET_LEAD.fullmatch(self.body, line_start, hit.start):
        return None
    return colon.end()


def passive_agent(self: ArticleRun, s: _Sentence, hit: Hit[Cue]) -> Mention | None:
    """ "… was rejected by Damascus": the agent after ``by`` holds the position."""
    m = re.match(
        r"^(?:\s+\w+ly)?\s+by\s+(?:the\s+)?", self.body[hit.end : min(s.end, hit.end + 40)]
    )
    if not m or not re.search(
        r"\b(?:is|are|was|were|be|been|being)\b",
        self.low[max(s.start, hit.start - 40) : hit.start],
    ):
        return None
    at = hit.end + m.end()
    for x in s.mentions:
        if (
            x.party
            and at <= x.start <= at + 40
            and re.fullmatch(r"[\w\s.'’-]*", self.body[at : x.start])
            # "respected by all parties and that the UN …": the agent ends at the clause.
            and not _CLAUSE_WORD.search(self.low, at, x.start)
        ):
            return x
    return None


def holders(
    self: ArticleRun, s: _Sentence, hit: Hit[Cue], cue: Cue
) -> tuple[tuple[str, ...], str, str | None]:
    agent = self._passive_agent(s, hit) if cue.kind in ("verb", "adjective") else None
    if agent is not None:
        return (agent.party,), "passive", self._subject_text(s, agent)
    if (
        cue.kind == "verb"
        and _PATIENT_PARTICIPLE.match(hit.phrase)
        and _PASSIVE_AUX.search(self.low, max(s.start, hit.start - 25), hit.start)
    ):
        # "UNDOF must be allowed to carry out its mandate": a passive's subject is what
        # the position is about; the position is whoever says so.
        speaker, speaker_text = self._speaker_for(s, hit.start)
        return (
            (_speakers(speaker, speaker_text), "speaker", speaker_text)
            if speaker
            else ((), "none", None)
        )
    if cue.kind == "modal":
        if _NOBODY_SUBJECT.search(self.low, max(s.start, hit.start - 60), hit.start):
            # "no one in Damascus should be confused": a warning, not a demand on an issue.
            return (), "none", None
        # "Israel must withdraw": the obligation is the speaker's demand.
        speaker, speaker_text = self._speaker_for(s, hit.start)
        words = _words(self.body, max(s.start, hit.start - 40), hit.start)
        first_person = bool(words) and words[-1][2] in ("we", "i", "our", "us")
        if speaker:
            return _speakers(speaker, speaker_text), "speaker", speaker_text
        if first_person:
            who = self._first_person(s, words[-1][0])
            return ((who,), "pronoun", None) if who else ((), "none", None)
        author = self._signed_author(s)
        if author and hit.phrase.startswith(("must", "should")):
            return (author,), "pronoun", None  # an official's op-ed: its own demands
        return (), "none", None
    verbal = re.search(
        r"\b(?:do|does|did|not|will|would|also|now|still)\s+$",
        self.low[max(s.start, hit.start - 12) : hit.start],
    )
    if cue.kind == "noun" and not verbal:
        return self._noun_holders(s, hit, cue)
    if cue.kind == "predicate":
        # "the U.S. presence had always been illegal, she said": the predicate's subject
        # is the thing judged; whoever is reported as speaking is the judge.
        speaker, speaker_text = self._speaker_for(s, hit.start)
        if speaker:
            return _speakers(speaker, speaker_text), "speaker", speaker_text
        # "The Russian side considers the 1974 Agreement the indispensable basis": the
        # one who considers it so judges.
        for v in _JUDGING_VERB.finditer(self.low, s.start, hit.start):
            subject = [
                m
                for m in s.mentions
                if m.party
                and m.holder
                and m.end <= v.start()
                and _JUDGE_GAP.fullmatch(self.body, m.end, v.start())
            ]
            if subject:
                return (
                    self._conjoined(s, subject[-1]),
                    "subject",
                    self._subject_text(s, subject[-1]),
                )
            pair = _FORMER_LATTER.search(self.low, max(s.start, v.start() - 24), v.start())
            judge = self._definite_role(s, pair.group(1)) if pair else ()
            if pair and judge:
                # "The latter called a Palestinian state 'the only exit'"
                return judge, "pronoun", pair.group(0).strip()
            pronoun = _PRONOUN_JUDGE.search(self.low, max(s.start, v.start() - 16), v.start())
            if pronoun:
                # "He described the American military presence … as 'illegal'": the
                # describer, not the thing described.
                judges = self._pronoun(s, pronoun.group(1), pronoun.start(1))
                if judges:
                    return judges, "pronoun", None
        after = self.body[hit.end : min(s.end, hit.end + 40)]
        m = re.match(r"^\s*(?:for|to)\s+(?:the\s+)?", after)
        if m:
            ms = [x for x in s.mentions if x.party and x.start == hit.end + m.end()]
            if ms:
                return (ms[0].party,), "subject", ms[0].text
    if _A_RIGHT.match(hit.phrase):
        # "Syria has the right to protect its skies, Fidan said": whoever grants the right
        # holds the position (the holder of the right, when it speaks for itself).
        speaker, speaker_text = self._speaker_for(s, hit.start)
        if speaker:
            return _speakers(speaker, speaker_text), "speaker", speaker_text
    found = self._verb_holders(s, hit)
    if not found[0] and hit.phrase.startswith("there "):
        # "There will be no stability without …" has no subject: in an official's signed
        # piece, the author's.
        author = self._signed_author(s)
        if author:
            return (author,), "pronoun", None
    return found


def excellency(self: ArticleRun, s: _Sentence) -> str | None:
    """Whom "His Excellency" is in agency copy: the first person the nearest sentence before
    names, the host ("Minister X received the Syrian envoy. His Excellency stressed …"), not
    the guest named after him."""
    for j in range(s.index - 1, max(-1, s.index - 5), -1):
        people = [
            m
            for m in self.sentences[j].mentions
            if m.party and m.holder and self._names_one_person(m)
        ]
        if people:
            return people[0].party
    return None


def verb_group_start(self: ArticleRun, s: _Sentence, pos: int) -> int:
    words = _words(self.body, max(s.start, pos - 120), pos)
    k = len(words) - 1
    start = pos
    while k >= 0 and (
        words[k][2] in _AUX or words[k][2].endswith("ly") or words[k][2] in ("principle", "in")
    ):
        start = words[k][0]
        k -= 1
    return start


def verb_holders(
    self: ArticleRun, s: _Sentence, hit: Hit[Cue]
) -> tuple[tuple[str, ...], str, str | None]:
    g = self._verb_group_start(s, hit.start)
    if g > s.start and not any(m.party and m.start < g for m in s.mentions):
        # "Expressed their firm support for …" under "The Ministers:": no subject of its
        # own before the cue, the list head's.
        listed = self._list_head_group(s, s.start)
        if listed and not _BOUNDARY.search(self.body, s.start, g):
            return listed[0], "pronoun", listed[1]
    # "Israel will not allow X to deploy … and will act to protect Y": a coordinated
    # predicate shares the subject of the one before it.
    last = getattr(self, "_last_holders", None)
    between = self.body[last[1] : g] if last is not None and last[1] < g else ""
    coordinated = (
        last is not None
        and last[0] == s.index
        and last[1] < g
        # "At the request of Damascus, …, and we will continue": a subject of its own
        and not _OWN_PRONOUN_SUBJECT.search(between)
        and (
            not between.rstrip().endswith(",")
            # A list ("reject X, call for Y"): nobody else named and no new clause between.
            or not (
                any(m.party and m.holder and last[1] < m.start and m.end <= g for m in s.mentions)
                or _CLAUSE_OPENER.search(between)
            )
        )
        and re.search(
            # … or a list of them: "reject X, call for Y and reaffirm Z"
            r"[”\"]?\s*(?:(?:,\s*)?\b(?:and|but)\s+|,\s*)(?:also\s+)?[“\"]?$",
            self.body[last[1] : g],
        )
        is not None
    )
    if (
        coordinated
        and last is not None
        and not any(
            m.party
            and m.holder
            and last[1] < m.start
            and m.end <= g
            and not self._after_preposition(m)
            and self._is_subject_of(m, g)
            for m in s.mentions
        )
    ):
        return last[2], last[3], last[4]
    # Skip a parenthetical right before the verb group: "Israel, according to KAN, prefers".
    pre = self.body[s.start : g]
    pm = re.search(
        r",\s*(?:according\s+to|as\s+(?:reported|quoted)\s+by|citing|officials\s+said|sources\s+said"
        r"|(?:he|she|they|it|officials|sources|one\s+of\s+them|another|(?:the|a|an|one)\s+(?:[\w-]+\s+){0,2}?"
        r"(?:officials?|sources?|ministers?|spokes\w+|diplomats?|envoys?|aides?|statement|communiqu[eé]|ministry|office))"
        r"\s+(?:said|says|added|noted|stressed|insisted|went\s+on|continued))[^,]{0,80},\s*[\"“]?\s*$",
        pre,
    )
    if pm:
        g = s.start + pm.start()
    else:
        # "Turkey, which regards the SDF as an extension of the PKK, welcomed …": the
        # relative clause's own nouns are not the verb's subject.
        rel = _RELATIVE_BEFORE_VERB.search(pre)
        if rel and (
            any(m.party and m.holder and m.end <= s.start + rel.start() for m in s.mentions)
            or pre[: rel.start()].split()[-1:] in (["former"], ["latter"])
        ):
            g = s.start + rel.start()
        else:
            # "The resolution, a short text adopted without debate, called on …": an
            # apposition set off by commas stands between the subject and its verb.
            appos = _APPOSITION_BEFORE_VERB.search(pre)
            if appos:
                g = s.start + appos.start()
    words = _words(self.body, max(s.start, g - 60), g)
    if not words:
        # "The Ministers:" then paragraphs "Expressed their firm support …", "Demanded …":
        # each paragraph's verb has the list head as its subject.
        listed = self._list_head_group(s, g)
        if listed:
            return listed[0], "pronoun", listed[1]
    if words:
        w0, w1, w = words[-1]
        author = self._document_author(s, words)
        if author:
            # "The draft … proposes", "It envisages a phased pullback": the paper's author.
            return (author,), "subject", None
        # Pronoun subjects: "it is not ready", "they said".
        if w in _PRONOUNS:
            return self._pronoun(s, w, hit.start), "pronoun", None
        if w == "excellency" and len(words) >= 2 and words[-2][2] in ("his", "her"):
            # "His Excellency stressed the need for …" (translated agency copy): the
            # dignitary the item named.
            person = self._excellency(s)
            if person:
                return (person,), "pronoun", self.body[words[-2][0] : w1]
        if (
            w in ("government", "administration", "ministry", "cabinet", "country")
            and len(words) >= 2
            and words[-2][2] in ("his", "her")
        ):
            # "Salam said his government remains committed to …": the person's state, when
            # the sentence names no party before the pronoun (else the subject search
            # below finds it: "the representative of the Russian Federation said his country").
            before = [m for m in s.mentions if m.party and m.holder and m.end <= words[-2][0]]
            if self._outsider_subject(s, s.start, words[-2][0], before[-1] if before else None):
                return (), "none", None  # "Fu Cong of China said his country …"
            if not before:
                person = self._last_person(s)
            elif before[-1].role == "people" or self._names_one_person(before[-1]):
                person = before[-1].party  # "Salam, speaking to reporters, said his government"
            else:
                person = None
            if person:
                text = " ".join(self.body[words[-2][0] : w1].split())
                return (person,), "pronoun", text
        if w in _RELATIVE:
            if words[-2:-1] and words[-2][2] == "regime":
                # "the 1974 agreement died with the regime that signed it": the fallen
                # government's act, no party's position.
                return (), "none", None
            ante = [
                m
                for m in s.mentions
                if m.party
                and m.holder
                and m.end <= w0
                and w0 - m.end <= 4
                and not self._after_preposition(m)
            ]
            if ante:
                return (ante[-1].party,), "subject", ante[-1].text
        mention = next((m for m in s.mentions if m.start <= w0 and w1 <= m.end), None)
        if (
            mention is not None
            and mention.party
            and (mention.holder or mention.role != "demonyms")
            and not self._after_preposition(mention)
        ):
            return self._conjoined(s, mention), "subject", self._subject_text(s, mention)
        if mention is not None and mention.role == "outsider":
            return (), "none", None  # "Emirati officials welcomed …": not a codebook party
        if mention is not None and not mention.party:
            pass  # an outlet as subject ("KAN reported"): look further
        elif w in _NON_PARTY_SUBJECTS:
            return (), "none", None
        elif (
            w in _DOCUMENT_NOUNS
            and len(words) >= 2
            and (
                words[-2][2] in ("the", "its", "their")
                or (
                    len(words) >= 3
                    and words[-3][2] == "the"
                    and words[-2][2] in ("final", "joint", "closing", "latest")
                )
            )
        ):
            # "The Security Council renewed the mandate. The resolution urges Israel to
            # withdraw": the text speaks for whoever issued it.
            issuer = self._recent_party(s)
            if issuer:
                return (issuer,), "pronoun", " ".join(self.body[words[-2][0] : w1].split())
        elif w == "kingdom" and len(words) >= 2 and words[-2][2] == "the":
            # "the Kingdom supports …": the monarchy the article is about.
            king = self._kingdom(s, w0)
            if king:
                return (king,), "pronoun", "the Kingdom"
        elif w in _GROUP_NOUNS and len(words) >= 2 and words[-2][2] == "the":
            # "the group will not give up its weapons": the armed movement last named.
            for j in range(s.index, max(-1, s.index - 4), -1):
                groups = [
                    m
                    for m in self.sentences[j].mentions
                    if m.party in _NON_STATE and (j < s.index or m.end <= w0)
                ]
                if groups:
                    return (
                        (groups[-1].party,),
                        "pronoun",
                        " ".join(self.body[words[-2][0] : w1].split()),
                    )
        elif w in _DEFINITE_ROLES and len(words) >= 2 and words[-2][2] in _ROLE_COUNTS:
            # "The Minister condemned …": the office named earlier in the article; "the three
            # leaders called on …": the first three the article listed.
            who = self._definite_role(s, w)[: _ROLE_COUNTS[words[-2][2]] or None]
            if who:
                return who, "pronoun", " ".join(self.body[words[-2][0] : w1].split())
        for plural in s.grammar:
            if (
                "plural" in plural.labels
                and plural.end == w1
                and not re.search(
                    r"\b(?:with|between|among|to|from|for|on|by)\s+$",
                    self.low[max(s.start, plural.start - 10) : plural.start],
                )
            ):
                group = (
                    self._pair(s)
                    if self.low[plural.start : plural.end].endswith(_PAIR_NOUNS)
                    else ()
                ) or self._plural_group(s, self.low[plural.start : plural.end])
                return group, "plural", self.body[plural.start : plural.end]
    # The nearest party subject to the left, in the same clause; a participial clause
    # ("…, expressing readiness", "while working to") shares the main clause's subject.
    cs = self._clause_start(s, hit.start)
    lead_in = self.low[max(s.start, hit.start - 24) : hit.start]
    participial = self.low[hit.start : hit.end].split()[0].endswith("ing") and bool(
        re.search(
            r"(?:,|\bwhile|\bwhen|\bby|\bafter|\bbefore|\bthereby|\bwithout)\s+(?:also\s+|still\s+)?$",
            lead_in,
        )
    )
    if participial:
        main = [
            m
            for m in s.mentions
            if m.party and m.holder and m.end <= g and not self._after_preposition(m)
        ]
        first_speech = self._first_speech(s)
        # "Trump said that Syria and Israel would …, expressing readiness": the speaker's.
        before_speech = [m for m in main if m.start < first_speech]
        pick = before_speech[-1] if before_speech else (main[-1] if main else None)
        if pick is not None:
            return self._conjoined(s, pick), "subject", self._subject_text(s, pick)
        speaker, speaker_text = self._speaker_for(s, hit.start)
        if speaker:
            return _speakers(speaker, speaker_text), "speaker", speaker_text
    cands = [
        m
        for m in s.mentions
        if m.party and m.holder and cs <= m.start and m.end <= g and not self._after_preposition(m)
    ]
    # "Moscow calls the US presence illegitimate": a name used as a modifier of an issue
    # word is not the subject.
    cands = [
        m
        for m in cands
        if not any(0 <= h.start - m.end <= 1 and "idioms" not in h.labels for h in s.concepts)
    ]
    # "condemned Israel's violations and called for …": a possessive names an owner,
    # not the subject, unless what it owns is an office ("Israel's foreign minister").
    cands = [
        m
        for m in cands
        if not (
            re.match(r"['’]s\s", self.body[m.end : m.end + 3])
            and not self.c.actor_re.match(self.body[m.end + 3 : m.end + 60])
            # "condemns the Zionist regime's attacks": an article may stand between them.
            and any(
                0 <= m.start - c.end <= 5 and self.low[c.end : m.start].strip() in ("", "the")
                for c in s.cues
            )
        )
    ]
    # '"would welcome Syria joining …" and was ready to': a name inside a quotation that
    # has closed is not the subject of a verb after it.
    closed = [q.span() for q in _QUOTED.finditer(self.body, s.start, g)]
    cands = [m for m in cands if not any(a < m.start and m.end <= b for a, b in closed)]
    outsider = self._outsider_subject(s, cs, g, cands[-1] if cands else None)
    if outsider:
        return (), "none", None  # "A senior Emirati official said Syria …": not ours to code
    if cands:
        m = cands[-1]
        between = self.body[m.end : g]
        if not _blocked_subject(between):
            if re.match(r"['’]s\s", self.body[m.end : m.end + 3]) and not self.c.actor_re.match(
                self.body[m.end + 3 : m.end + 60]
            ):
                # '"Iran's project in Syria is over and will not return," he said': the
                # owner of the thing is not the one who judges it; a speaker of another
                # party is.
                speaker, speaker_text = self._speaker_for(s, hit.start)
                if len(speaker) == 1 and speaker[0] != m.party:
                    return speaker, "speaker", speaker_text
            return self._conjoined(s, m), "subject", self._subject_text(s, m)
    # "Deputy Special Envoy Najat Rochdi urged …" after "The UN has weighed in.": an
    # official the codebook does not know, of the body just named.
    subject_np = self.body[self._clause_start(s, hit.start) : g]
    if _TITLED.search(subject_np) and not [m for m in s.mentions if m.party and m.end <= g]:
        recent = self._recent_party(s)
        if recent:
            return (recent,), "pronoun", " ".join(subject_np.split())[-60:]
    # "In Tehran, a foreign ministry spokesman condemned …": the capital's government.
    dateline = _IN_CAPITAL.match(self.body, s.start, hit.start)
    capital = self._capital_party(dateline.group(1)) if dateline else None
    if dateline and capital:
        said = self.body[s.start + dateline.end(1) + 1 : s.start + dateline.end()]
        return (capital,), "subject", " ".join(said.split())
    # "Damascus was cooler. A Foreign Ministry statement welcomed …": an unnamed voice
    # after a sentence, in the same paragraph, whose one subject is a party.
    if _UNNAMED_SUBJECT.fullmatch(" ".join(subject_np.split())) and s.index > 0:
        prev = self.sentences[s.index - 1]
        if (
            "\n" not in self.body[prev.end : s.start]
            and len(prev.subject_parties) == 1
            and not [m for m in s.mentions if m.party and m.end <= g]
        ):
            return prev.subject_parties, "pronoun", " ".join(subject_np.split())
    # The clause names no party: whoever the sentence reports as speaking.
    speaker, speaker_text = self._speaker_for(s, hit.start)
    if speaker:
        return _speakers(speaker, speaker_text), "speaker", speaker_text
    if s.index > 0 and _BACKSHIFTED.match(hit.phrase):
        # '… had been "dealt with," he said. Russian patrols would not return to the border
        # area …': reported speech going on, in the past tense of the sentence before, with
        # no new frame, is the same speaker's.
        prev = self.sentences[s.index - 1]
        if (
            len(prev.speaker) == 1
            and "\n" not in self.body[prev.end : s.start]
            and not any(m.party and m.holder for m in s.mentions if m.end <= hit.start)
        ):
            return prev.speaker, "speaker", prev.speaker_text
    if s.bullet:
        lead = self._lead_party(s)
        if lead:
            return (lead,), "list", None
    section = (
        self._section_party(s) if _UNNAMED_SPEECH.search(self.body, s.start, hit.start) else None
    )
    if section:
        # "ISRAEL / … Officials say the troops will stay": the section's party speaks.
        return (section,), "list", None
    return (), "none", None


def subject_text(self: ArticleRun, s: _Sentence, m: Mention) -> str:
    # Extend a demonym to its noun phrase: "a senior Israeli official".
    start = m.start
    words = _words(self.body, max(s.start, m.start - 40), m.start)
    k = len(words) - 1
    while k >= 0 and (
        words[k][2] in _TITLES or words[k][2] in _DETERMINERS or words[k][2] in ("senior", "top")
    ):
        start = words[k][0]
        k -= 1
    end = m.end
    am = (
        self.c.actor_re.match(self.body[m.end : m.end + 60])
        if m.role in ("demonyms", "names", "capitals")
        else None
    )
    if am:
        end = m.end + am.end()
        # "the Syrian foreign ministry demands …": the noun phrase stops before a cue verb.
        cue_at = min((c.start for c in s.cues if m.end < c.start < end), default=end)
        end = max(m.end, min(end, cue_at))
    # "confirmed that Tel Aviv": a complementiser, not a determiner of the subject.
    return re.sub(r"^(?:that|which)\s+", "", " ".join(self.body[start:end].split()), flags=re.I)


def conjoined(self: ArticleRun, s: _Sentence, m: Mention) -> tuple[str, ...]:
    """The mention and any party joined to it: "Syria, Israel, and the United States"."""
    parties = [m.party]
    ms = [x for x in s.mentions if x.party]
    idx = ms.index(m) if m in ms else -1
    if idx < 0:
        return (m.party,)
    k = idx - 1
    right = m
    while k >= 0:
        left = ms[k]
        gap = self.body[left.end : right.start]
        if re.fullmatch(
            r"\s*(?:,|,?\s+and|,?\s+as well as|\s*&)\s+(?:the\s+|both\s+)?", gap
        ) and not self._after_preposition(left):
            parties.insert(0, left.party)
            right = left
            k -= 1
        else:
            break
    # "Both Israeli and Syrian officials": a demonym joined to the holder's demonym.
    return tuple(dict.fromkeys(parties))


def is_subject_of(self: ArticleRun, m: Mention, g: int) -> bool:
    # A mention right before the verb group ("… and Syria will") is its own subject.
    return bool(re.fullmatch(r"\s*(?:[’']s\s+\w+\s*)?", self.body[m.end : g]))


def noun_holders(
    self: ArticleRun, s: _Sentence, hit: Hit[Cue], cue: Cue
) -> tuple[tuple[str, ...], str, str | None]:
    before = self.body[max(s.start, hit.start - 60) : hit.start]
    if re.search(r"\bany\s+(?:[\w-]+\s+){0,2}$", before, re.I):
        return (), "none", None  # "any Turkish attempt": hypothetical
    if re.search(r"\bthe\s+kingdom['’]s\s+(?:[\w-]+\s+){0,3}$", before, re.I):
        # "reiterated the Kingdom's support for …": the monarchy the article is about.
        king = self._kingdom(s, hit.start)
        if king:
            return (king,), "subject", "the Kingdom"
    # Possessive or demonym right before: "Israel's demand", "a firm Syrian demand".
    for m in reversed(s.mentions):
        if not m.party or m.end > hit.start:
            continue
        gap = self.body[m.end : hit.start]
        adjectives = re.findall(r"[\w-]+", re.sub(r"^['’]s?", "", gap))
        if re.fullmatch(r"(?:['’]s?)?\s+[\"“]?(?:(?:[\w-]+)\s+){0,2}", gap) and all(
            w.lower() in _ADJ_BEFORE_NOUN for w in adjectives
        ):
            return (m.party,), "subject", self._subject_text(s, m)
        break
    owned = re.search(r"\b(?:its|their|his|her|our)\s+(?:[\w-]+\s+){0,2}$", before, re.I)
    if owned:
        # "reaffirmed their support for", "renewed its call for": the clause's subject,
        # found from the verb that governs the noun ("The two sides reaffirmed their
        # full support for …").
        at = hit.start - len(before) + owned.start()
        # (the object may open a quotation: 'reaffirmed "their full commitment to …"')
        verb = re.search(r"(\w+)\s+[\"“]?$", self.body[max(s.start, at - 30) : at])
        if verb and verb.group(1).lower().endswith("ed"):
            start = at - len(verb.group(0))
            found = self._verb_holders(
                s,
                Hit(
                    start,
                    start + len(verb.group(1)),
                    verb.group(1),
                    verb.group(1).lower(),
                    hit.labels,
                ),
            )
            if found[0]:
                return found
        return self._verb_holders(s, hit)
    after = self.body[hit.end : min(s.end, hit.end + 40)]
    m2 = re.match(r"^\s*(?:by|from|of)\s+(?:the\s+)?", after)
    if m2 and cue.scope != "sentence":
        ms = [x for x in s.mentions if x.party and x.start == hit.end + m2.end()]
        if ms:
            return (ms[0].party,), "subject", ms[0].text
    if cue.scope == "sentence":
        if m2:
            ms = [x for x in s.mentions if x.party and x.start == hit.end + m2.end()]
            if ms:
                return (ms[0].party,), "subject", ms[0].text
        return (), "none", None
    # The object of a verb of proposing: "Israel raised additional demands".
    if not _PROPOSAL_VERBS.search(self.body[max(s.start, hit.start - 60) : hit.start]):
        return (), "none", None
    cs = self._clause_start(s, hit.start)
    if any(
        c.start < hit.start and c.start >= cs and hit.start - c.end < 40
        for c in s.cues
        if c is not hit
    ):
        return (), "none", None
    return self._verb_holders(s, hit)
