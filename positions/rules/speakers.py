"""Who is speaking: speech frames, quotations and their speakers, interview transcripts,
officials introduced with their party, and analysts, whose words are nobody's position."""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING, Any

from positions.matcher import Hit
from positions.rules.lexicon import (
    _ANALYSTS,
    _ANONYMOUS_ROLES,
    _ANY_LABEL,
    _BULLET,
    _DEFINITE_ROLES,
    _DOC_SUBJECT,
    _GOVERNMENT_IN_BEFORE,
    _IN_CAPITAL,
    _JOINT_SPEAKERS,
    _PERSON_OFFICE,
    _PLURAL_PEOPLE,
    _TIMECODE,
    _TITLED,
    _WHO_BEFORE_SPEECH,
    _words,
)
from positions.rules.records import Mention, _Sentence

if TYPE_CHECKING:
    from positions.rules.run import ArticleRun


_ANSWER_LABEL = re.compile(
    r"(?i:a\d{0,2}|answer(?:\s\d{1,2})?|spokes(?:person|man|woman)|(?:deputy\s+)?spokes\w+|minister|ambassador|the\s+minister|the\s+spokesperson|official)"
)
# A transcript's speaker label at a line start: "BERGER:", "Gulf Horizon:", "Al-Khulaifi:".
_LINE_LABEL = re.compile(
    r"(?m)^[ \t]*" + _TIMECODE + r"([A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){0,3}):[ \t]"
)
_TITLE_WORDS = (
    r"(?:Minister|Secretary|Ambassador|Spokes(?:man|woman|person)|Envoy|President|Prime|King|"
    r"Crown|Prince|Emir|General|Commander|Adviser|Advisor|Director|Chief|Head|Representative|"
    r"Deputy|Foreign|Defen[cs]e|State)"
)
# "…, Minister of State at Qatar's Ministry of Foreign Affairs": a title right after a name.
# Titles written in lower case after a name: "Caleb Whitford, deputy special envoy for Syria".
_LOWER_TITLES = (
    r"(?:(?:deputy|special|senior|chief)\s+)*(?:envoy|minister|ambassador|spokes(?:man|woman|person)|"
    r"adviser|advisor|representative|secretary)"
)
_INTRO_AFTER = re.compile(
    rf",\s*(?:the\s+)?(?:[A-Z][\w'’.-]*\s+){{0,2}}?(?:{_TITLE_WORDS}|{_LOWER_TITLES})\b[^,;.\n]{{0,90}}"
    # "…, deputy special envoy for Syria, U.S. Department of State": the office after it.
    r"(?:,\s*[^,;\n]{0,60}(?=[;\n]))?"
)
# "Qatar's Minister of State Mohammed …": a party and a title right before it.
_INTRO_BEFORE = re.compile(
    rf"[A-Z][\w'’-]*(?:['’]s)?\s+(?:[A-Z][\w.-]*\s+){{0,2}}?"
    # "State Department regional spokesperson Michael Rourke"
    rf"(?:{_TITLE_WORDS}|(?:[a-z][\w-]*\s+){{0,2}}?{_LOWER_TITLES})\b(?:[\s\w.'’-]{{0,80}})$"
)
_LEAD_SENTENCE_END = re.compile(r"[a-z0-9)][.!?][\"”’]?\s+(?=[A-Z])")
_ROLE_SUBJECT = re.compile(
    r"\bthe\s+(?:same\s+|senior\s+|israeli\s+|syrian\s+)?(official|officer|minister|diplomat|"
    r"spokesman|spokeswoman|envoy|ambassador|commander)\b"
)
# A speaker named by one person's title: "The minister", "the envoy", "the foreign minister".
_TITLED_SPEAKER = re.compile(
    r"(?i)(?:he|she|the(?:\s+[\w'’-]+){0,3}\s+(?:minister|envoy|spokesman|spokeswoman|"
    r"spokesperson|president|ambassador|secretary|king|emir|prince|premier|chancellor|commander|"
    r"official|diplomat|representative|adviser|advisor|director-general|director|general)\b)"
)
# A demonym naming a person: "a Syrian official", "the Turkish foreign minister".
_DEMONYM_PERSON = re.compile(
    r"\s+(?:[\w-]+\s+){0,2}?(?:officials?|diplomats?|officers?|sources?|commanders?|generals?|"
    r"negotiators?|leaders?|ministers?|envoys?|spokes\w+|delegates?|representatives?|"
    r"ambassadors?|president|premier|advis[eo]rs?|counterparts?|side|interlocutors?|delegation|team)\b"
)
# An unnamed speaker in a quotation's frame: "a spokesperson", "a senior official".
_INDEFINITE_SPEAKER = re.compile(
    r"(?i)an?\s+(?:[\w-]+\s+){0,2}?(?:spokesperson|spokesman|spokeswoman|official|diplomat|"
    r"aide|adviser|advisor)(?:\s+(?:said|says|added|told\s+\w+))?"
)
_WENT_ON = re.compile(
    r"\s*(?:the\s+(?:[\w-]+\s+){0,2}?[\w-]+|he|she)\s+(?:went\s+on|continued)\s*[:,]?\s*",
    re.I,
)
_PRONOUN_LAST = re.compile(r"\b(?:he|she)\s*$")
_ANONYMITY = re.compile(
    r"\s*(?:he|she|they)\s+(?:not\s+be|not\s+being|would\s+not\s+be|could\s+not\s+be)\s+"
    r"(?:named|identified)\W*$"
)
# A colon frame with a pronoun subject: "he was blunter:", "she put it simply:".
_IN_HIS_WORDS = re.compile(
    r"\b(?:in\s+(?:his|her)\s+(?:own\s+)?words|as\s+(?:he|she)\s+put\s+it),?\s*$", re.I
)
_PRONOUN_COLON = re.compile(r"(?i)(?<!which )(?<!who )\b(?:he|she)\b[^.;\"“”]{0,50}:$")
# An interview's topic label before a quotation: 'On Russia: "Russia is an old partner …"'
# names what the answer is about, not who gives it.
_TOPIC_BEFORE_QUOTE = re.compile(r"(?:On|About|Regarding|As for|And on)\s+[^:.;\"“”]{2,40}:$")
# A ministry named with no country, opening the speaker's noun phrase.
# What an issuer puts out: '"…," the statement said' is the issuer of the last one named.
_EMPHASISED_LINE = re.compile(r"(?m)^[ \t]*([*_])(?![*_\s])[^\n]{2,600}?(?<![*_\s])\1[ \t]*$")
_STATEMENT_NOUNS = r"(?:statement|communiqu[eé]|release|readout|letter|resolution|declaration)"
_STATEMENT_WORD = re.compile(rf"\b{_STATEMENT_NOUNS}\b")
_THE_STATEMENT = re.compile(rf"(?i)the\s+(?:[\w-]+\s+)?{_STATEMENT_NOUNS}")
_MINISTRY_VOICE = re.compile(
    r"(?i)(?:a|an|one|the)\s+(?:senior\s+)?(?:foreign\s+|defen[cs]e\s+)?ministry\s+(?:official|spokes\w+|source)"
)
_MINISTRY_WORD = re.compile(r"\bministry\b")
_HIS_OFFICE = re.compile(r"(?i)(?:his|her)\s+(?:office|spokes\w+|aides?|team|camp)")
_TRAILING = re.compile(r"[,”\"]\s*$")
_HOME_MINISTRY = re.compile(
    r"(?i)the\s+(?:(?:foreign|defen[cs]e|interior)\s+ministry"
    # "the Ministry of National Defence said", under an "ANKARA -" dateline
    r"|ministry\s+of\s+(?:national\s+)?(?:defen[cs]e|foreign\s+affairs|interior))"
    r"(?:['’]s\s|\s+(?:spokes\w+|official)\b|$)"
)
# A role's modifiers in a frame ("the same official", "the senior officer").
_ROLE_MODIFIER = r"(?:(?:same|senior|military|security)\s+)?"
_SPEECH_BEFORE_COLON = re.compile(
    r"\b(?:said|says|told|declared|added|stated|wrote|put it)\b[^.!?]{0,40}:$"
)
# A frame before a quotation that names its speaker by role: "… the president said:".
_ROLE_FRAME = re.compile(
    r"(?i)\bthe\s+" + _ROLE_MODIFIER + r"(\w+)\s+(?:said|says|told\s+\w+|"
    r"declared|added|stated|wrote|went\s+on|continued)\b[^.!?]{0,30}:?\s*$"
)
# Between two quotations of one voice: the first's frame, ending its sentence.
_SENTENCE_GAP = re.compile(r"[^\"“”.!?]*[.!?]\s+")
# A quotation's speaker named by role alone: '"…," the senior official said'.
_ROLE_SPEAKER = re.compile(r"(?i)the\s+" + _ROLE_MODIFIER + r"(\w+)")
_ASKED_ASIDE = re.compile(
    r",\s*(?:when\s+)?asked\s+(?:about|whether|if|why|how|what)\b[^,;:]{1,140},\s*$"
)
_PRONOUN_SAID = re.compile(
    r"^[,.]?\s*(he|she)\s+(?:said|says|added|told|stressed|noted|insisted|warned|explained)\b"
)
_SPEECH_AFTER = re.compile(
    r"(?:\s*,[^,.;]{1,60},)?\s+(?:also\s+)?(?:said|says|told|added|stressed|noted|warned|insisted)\b"
)
_PRONOUN_FRAME = re.compile(
    r"\b(?:he|she|they)\s+(?:also\s+)?(?:said|says|told|added|stated|declared|warned|stressed|"
    r"wrote|insisted)\b[^.;]{0,20}$",
    re.I,
)  # pronouns that stand for a person, never a state
# A transcript's speaker label in capitals ("MR ELLISON", "SPOKESPERSON KHALIFA"); not a question.
_NAME_LABEL = re.compile(r"(?!Q\b|QUESTION\b)[A-Z][A-Z.'’-]+(?:\s+[A-Z][A-Z.'’-]+){0,3}")
# "At the Israeli embassy in Paris," / "At Russia's foreign ministry,": where an unnamed
# voice speaks from.
_AT_INSTITUTION = re.compile(
    r"\s*(?:at|inside|from)\s+(?:the\s+)?[^,.;:]{0,40}?\b(?:embassy|mission|ministry|foreign\s+ministry|"
    r"consulate|delegation|office)\b[^,.;:]{0,30},",
    re.I,
)
_UNNAMED_VOICE = re.compile(
    r"(?i)(?:a|an|one|the)\s+(?:senior\s+|junior\s+|press\s+)?(?:spokes(?:man|woman|person)|official|diplomat|"
    r"source|attaché|attache|counsellor|counselor)"
)
_QUOTE_PAIRS = [("“", "”"), ('"', '"'), ("«", "»")]
_SPEECH_END = (
    "said",
    "says",
    "added",
    "stressed",
    "noted",
    "told reporters",
    "warned",
    "insisted",
    "explained",
    "declared",
)
_CAPITAL_AS_PLACE = re.compile(
    r"\s+(?:meeting|meetings|talks|round|rounds|conference|summit|process|format|track|negotiations|"
    r"agreement|accords?|declaration|framework|channel|venue|platform|contacts|cell|mechanism|hotline)\b",
    re.I,
)
_TRAILING_FRAME = re.compile(
    r"[^,;:\"“”]{0,160}?,\s*(he|she)\s+(?:said|says|added|stressed|noted|warned|insisted|argued)\b"
)
_FROM_PLACE = re.compile(r"\bfrom\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?,\s*$")
# An official introduced with a party the codebook does not know by name: "Syria's
# negotiator, Ghassan Mourad", "Syrian negotiator Ghassan Mourad", "Ghassan Mourad, the Syrian
# negotiator". ("Former" officials are not introduced: they hold no position.)
_OFFICIAL_TITLE = (
    r"(?:(?:deputy|special|senior|chief|top|lead|acting|foreign|defen[cs]e|prime|interior|"
    r"regional|permanent|assistant|vice)\s+){0,3}"
    r"(?:minister|negotiator|envoy|ambassador|spokes(?:man|woman|person)|diplomat|"
    r"representative|delegate|commander|general|president|adviser|advisor|secretary|"
    r"head\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?delegation)"
)
_NAME_WORD = r"(?:[A-Z][\w'’-]+|al-[A-Z][\w'’-]+|el-[A-Z][\w'’-]+)"
_PERSON_NAME = rf"(?P<name>{_NAME_WORD}(?:\s+(?:{_NAME_WORD}|bin|ibn|de|van)){{1,3}})"
# (searched in the lower-cased text: one pass per article is cheap without re.I)
_TITLE_WORD = re.compile(
    r"\b(?:minister|negotiator|envoy|ambassador|spokes(?:man|woman|person)|diplomat|"
    r"representative|delegate|commander|general|president|adviser|advisor|secretary)\b"
)
# Between a party and its official's title: "Syria's chief negotiator", "the Syrian envoy",
# "Syria's deputy foreign minister".
_SPEAKING_FOR = re.compile(
    r"\s*(?:Speaking|Responding|Replying|Taking\s+the\s+floor)\s+(?:for|on\s+behalf\s+of)\s+"
    r"([^,;:]{2,60}),"
)
_PARTY_GAP = re.compile(r"(?:['’]s)?\s+(?:[a-z][\w-]*\s+){0,3}")
# "In Damascus, Information Minister Hamza al-Mustafa said …": the capital opening the
# sentence is the government of the official it introduces.
_CAPITAL_OPENER = re.compile(r"In ([A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)?),\s+(?:the\s+|an?\s+)?")
_TITLE_GAP = re.compile(r"(?:[\w-]+\s+){0,3}")
_NAME_AFTER_TITLE = re.compile(rf",?\s+{_PERSON_NAME}")
_NAME_COMMA = re.compile(rf"(?-i:{_PERSON_NAME}),\s+(?:the\s+|a\s+)?$")
_TITLE_AFTER_PARTY = re.compile(rf"(?:['’]s)?\s+(?:(?-i:[a-z])[\w-]*\s+)?{_OFFICIAL_TITLE}\b", re.I)
_NOT_A_NAME = re.compile(r"\b(?:The|Minister|Ministry|President|Foreign|Affairs|Council|Forces)\b")


_PLACE_OPENER = re.compile(r"^(?:In|At|From)\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?,\s*")
# A document printed in the article: "The statement … is reproduced below in full".
_REPRODUCED = re.compile(
    r"\b(?:reproduced|printed|published|quoted)\s+(?:below|here|in\s+full)\b|\bfull\s+text\b"
    r"|\breads\s+(?:as\s+follows|in\s+full)\b|\bin\s+full\s*:"
)
_ISSUED = re.compile(r"\b(?:issued|released|published|put\s+out|sent)\b")


def _speaker_head(text: str) -> str:
    """A speaker's noun phrase without its relative clause or its "for …" complement: "The
    Foreign Ministry's deputy director-general for the Middle East, who …" -> "The Foreign
    Ministry's deputy director-general"."""
    # (less an opening place: "In Ankara, the defence ministry's spokesman, asked …")
    text = _PLACE_OPENER.sub("", text)
    return re.split(r",|\s+(?:for|of|at|in|who|which)\s", text, maxsplit=1)[0].strip()


def _names_analyst(words: list[str]) -> bool:
    """Whether the last four words name an analyst; "who attended as an observer" only
    describes the official's role at the event."""
    return (
        any(
            w in _ANALYSTS
            and not (
                i
                and (
                    words[i - 1] == "as"
                    or (words[i - 1] in ("an", "a") and i > 1 and words[i - 2] == "as")
                )
            )
            for i, w in enumerate(words)
            if i >= len(words) - 4
        )
        or any(
            # "A columnist in an Israeli daily argues …": the analyst, then where they write
            w in _ANALYSTS and words[i + 1 : i + 2] in (["in"], ["at"], ["for"], ["with"], ["from"])
            for i, w in enumerate(words)
        )
        or any(
            # "A former Israeli ambassador said …", "a retired Turkish air force general":
            # someone who no longer speaks for a party
            (w == "former" and any(x in _FORMER_OFFICES for x in words[i + 1 : i + 4]))
            or (w == "retired" and any(x in _FORMER_OFFICES for x in words[i + 1 : i + 5]))
            for i, w in enumerate(words)
        )
    )


_FORMER_OFFICES = {
    "ambassador",
    "minister",
    "envoy",
    "official",
    "officials",
    "general",
    "president",
    "negotiator",
    "spokesman",
    "spokeswoman",
    "diplomat",
    "chief",
    "head",
    "commander",
    "premier",
    "officer",
    "colonel",
    "admiral",
    "brigadier",
}


def add_introduced_people(self: ArticleRun) -> None:
    """Officials the codebook does not know, introduced with their party ("Syria's
    negotiator, Ghassan Mourad", "Ghassan Mourad, the Syrian negotiator"): each later
    "Mourad" is a mention of that party's person."""
    body = self.body
    known = {body[m.start : m.end] for x in self.sentences for m in x.mentions}
    people: dict[str, str] = {}

    def add(name: str | None, party: str) -> None:
        if name and name not in known and not _NOT_A_NAME.search(name):
            people.setdefault(name, party)

    # From each official title (a few per article), not from each mention: the party
    # named right before it, the name right after it or right before the party.
    ends = {
        m.end: m
        for x in self.sentences
        for m in x.mentions
        if m.party and m.role in ("names", "demonyms", "capitals")
    }
    end_list = sorted(ends)
    titled: dict[str, str] = {}  # each title's party, as last introduced
    for t in _TITLE_WORD.finditer(self.low):
        k = bisect.bisect_right(end_list, t.start()) - 1
        m = ends[end_list[k]] if k >= 0 and t.start() - end_list[k] <= 50 else None
        if m is None or not _PARTY_GAP.fullmatch(body, m.end, t.start()):
            if t.group(0) in titled and self.low.endswith("the ", 0, t.start()):
                # "an SDF spokesman said …" then "the spokesman, Farhad Shami, told …"
                after = _NAME_AFTER_TITLE.match(body, t.end())
                if after and body.startswith(",", t.end()):
                    add(after.group("name"), titled[t.group(0)])
            continue
        titled[t.group(0)] = m.party
        after = _NAME_AFTER_TITLE.match(body, t.end())
        name = after.group("name") if after else None
        if name is None:
            before = _NAME_COMMA.search(body, max(0, m.start - 60), m.start)
            name = before.group("name") if before else None
        add(name, m.party)
    for x in self.sentences:
        opener = _CAPITAL_OPENER.match(body, x.start, x.end)
        office = (
            _TITLE_WORD.search(self.low, opener.end(), min(x.end, opener.end() + 50))
            if opener
            else None
        )
        if (
            opener is None
            or office is None
            or not _TITLE_GAP.fullmatch(self.low, opener.end(), office.start())
        ):
            continue
        capital = self._capital_party(opener.group(1))
        after = _NAME_AFTER_TITLE.match(body, office.end()) if capital else None
        if capital and after:
            add(after.group("name"), capital)
    title = self.a.title or ""
    for h in self._headline_hits() if "," in title else ():
        # "A life across the table: Ghassan Mourad, Syria's negotiator, returns …"
        before = _NAME_COMMA.search(title, max(0, h.start - 60), h.start)
        parties = [lab[0] for lab in h.labels if lab[1] in ("names", "demonyms", "capitals")]
        if before and parties and _TITLE_AFTER_PARTY.match(title, h.end):
            add(before.group("name"), str(parties[0]))
    for name, party in list(people.items()):
        surname = name.split()[-1]
        if len(surname) >= 4 and surname not in known:
            people.setdefault(surname, party)
    if not people:
        return
    starts = self._sentence_starts
    pattern = re.compile(
        r"\b(?:" + "|".join(re.escape(n) for n in sorted(people, key=len, reverse=True)) + r")\b"
    )
    touched: set[int] = set()
    for hit in pattern.finditer(body):
        i = bisect.bisect_right(starts, hit.start()) - 1
        if i < 0:
            continue
        x = self.sentences[i]
        if any(m.start < hit.end() and hit.start() < m.end for m in x.mentions):
            continue
        x.mentions.append(
            Mention(hit.start(), hit.end(), people[hit.group()], "people", hit.group(), True)
        )
        touched.add(i)
    for i in touched:
        self.sentences[i].mentions.sort(key=lambda m: m.start)


def mention(self: ArticleRun, h: Hit[tuple[str, str, Any]]) -> Mention | None:
    choices = [lab for lab in h.labels if lab[2] is None or lab[2].holds_on(self.day)]
    if not choices:
        return None
    party, role, _ = choices[0]
    if role == "source":
        return Mention(h.start, h.end, "", "source", h.text, False)
    if role == "outsider":
        return Mention(h.start, h.end, "", "outsider", h.text, True)
    before = self.low[max(0, h.start - 12) : h.start]
    after = self.body[h.end : h.end + 60]
    if role == "capitals" and re.search(
        # Same line: "… WEIGHS IN\nCairo's ministry" is a heading, then a government.
        r"\b(?:in|at|near|from|to|outside|around|into|via)[ \t]+(?:the[ \t]+)?$",
        before,
    ):
        wider = self.low[max(0, h.start - 40) : h.start]
        if not _GOVERNMENT_IN_BEFORE.search(wider):
            return None  # "talks in Paris": a place, not a government ("officials in Tel Aviv" are)
    if role == "capitals" and _CAPITAL_AS_PLACE.match(after):
        return None  # "the Paris meeting", "the Baku talks": where, not who
    holder = True
    if role == "names" and re.search(
        r"\b(?:south|north|east|west|central)(?:ern|-?western|-?eastern)?\s+$|\b(?:south|north)(?:east|west)(?:ern)?\s+$",
        before,
    ):
        return Mention(h.start, h.end, party, role, h.text, False)  # "southern Syria": a place
    if re.match(
        r"-(?:facilitated|brokered|backed|sponsored|led|mediated|supported|run|funded|aligned|allied|affiliated|based)\b",
        after,
    ):
        return Mention(h.start, h.end, party, role, h.text, False)  # "UN-facilitated": an attribute
    if role == "demonyms":
        # "Israeli officials" holds positions; "Israeli forces" or "Syrian territory" does not.
        holder = bool(self.c.actor_re.match(after)) or after.startswith(("'s", "’s"))
        # "The Americans are pushing", "the Druze rejected": a plural demonym as subject is
        # the government or the community's leaders. One without a plural -s only before
        # a verb of stance: "the Lebanese will decide" is another's deference to them.
        if (
            not holder
            and re.search(r"\bthe\s+$", before)
            and re.match(
                r"\s+(?:are|were|have|had|will|would|want|say|said|insist|reject|oppose|seek|do|did)\b"
                if h.text.endswith("s")
                else r"\s+(?:seek|sought|(?:want|insist|reject|oppose|demand|refuse|welcome)(?:s|e?d)?)\b",
                after,
            )
        ):
            holder = True
    return Mention(h.start, h.end, party, role, h.text, holder)


def quote_speakers(self: ArticleRun) -> list[tuple[int, int, tuple[str, ...], str]]:
    """Quoted passages with the party and words of whoever the text says spoke them."""
    out: list[tuple[int, int, tuple[str, ...], str]] = []
    body = self.body
    for opener, closer in _QUOTE_PAIRS:
        pos = 0
        last: tuple[int, int, tuple[str, ...], str] | None = None
        unframed: tuple[int, int] | None = None
        while True:
            a = body.find(opener, pos)
            if a < 0:
                break
            b = body.find(closer, a + 1, a + 1501)  # bounded: an unclosed quote is O(1)
            if b < 0 or b - a > 1500:
                pos = a + 1
                continue
            pos = b + 1
            if b - a < 25:
                continue  # a scare-quoted term, not a quotation
            parties, words = self._attribution(a, b + 1)
            if (
                not parties
                and last is not None
                and a - last[1] < 120
                and "\n" not in body[last[1] : a]
                and _SENTENCE_GAP.fullmatch(body, last[1], a)
            ):
                # '"We will strike …," the officer said. "And we will not permit …"': a
                # quotation that follows another in the paragraph with no frame of its own
                # goes on in the same voice.
                parties, words = last[2], last[3]
            if not parties:
                parties, words = self._subject_before_quote(a) or ((), words)
            if not parties and self._whole_paragraph(a, b + 1):
                # "al-Sharaa's Daraa speech, in excerpts": a paragraph that is all
                # quotation, with no frame, is the one the headline is about.
                speaker = self._headline_person()
                if speaker:
                    parties, words = (speaker[0],), speaker[1]
            if parties:
                if (
                    unframed is not None
                    and "\n" not in body[unframed[1] : a]
                    and _WENT_ON.fullmatch(body, unframed[1], a)
                ):
                    # '"… full stop." The official went on: "…"': the one who goes on
                    # spoke the quotation before too.
                    out.append((unframed[0], unframed[1], parties, words))
                last = (a, b + 1, parties, words)
                out.append(last)
                unframed = None
            else:
                last = None
                unframed = (a, b + 1)
    return out


def subject_before_quote(self: ArticleRun, a: int) -> tuple[tuple[str, ...], str] | None:
    """'Safadi … said Amman's view was no different. "There is no way around …"': a
    quotation with no frame, opening a sentence right after one in the same paragraph
    whose subject is a person (or a party) of the codebook, is that subject's."""
    line_start = self.body.rfind("\n", 0, a) + 1
    i = bisect.bisect_right(self._sentence_starts, a) - 1
    if i >= 0 and self.sentences[i].start >= a - 1:
        i -= 1
    if i < 0:
        return None
    prev = self.sentences[i]
    if prev.start < line_start or not _SENTENCE_GAP.fullmatch(self.body, prev.end - 1, a):
        return None
    # the subject opens the sentence, or follows its opening clause ("Asked about …, Salam")
    head = [
        m
        for m in prev.mentions
        if m.party
        and m.holder
        # ("On Israel, the old rigour is intact." is about Israel, not Israel's words)
        and not self._after_preposition(m)
        and (m.start - prev.start <= 3 or self.body[prev.start : m.start].rstrip().endswith(","))
    ]
    if not head:
        return self._pronoun_before_quote(prev)
    m = head[0]
    if m.role not in ("people", "names", "capitals") and not (
        m.role == "demonyms" and _DEMONYM_PERSON.match(self.low, m.end)
    ):
        return None
    return (m.party,), m.text


def pronoun_before_quote(self: ArticleRun, prev: _Sentence) -> tuple[tuple[str, ...], str] | None:
    """'On Iran, he was categorical. "There is no place …"': a sentence whose subject is
    "he", "his tone" or "the president" (after an opening topic) hands the quotation after it
    to that person."""
    text = self.low[prev.start : prev.end]
    opening = re.match(r"(?:on|as\s+for|asked\s+about)\b[^,]{1,80},\s*", text)
    lead = text[opening.end() :] if opening else text
    if re.match(
        r"(?:he|she)\s+(?:was|is|sounded|seemed|struck|remained|became)\b|(?:his|her)\s+tone\b",
        lead,
    ):
        person = self._last_person(prev)
        return ((person,), lead.split()[0]) if person else None
    role = re.match(r"the\s+(\w+)\s+(?:was|is|sounded|seemed|struck|remained|became)\b", lead)
    if role and role.group(1) in _DEFINITE_ROLES:
        who = self._definite_role(prev, role.group(1))
        return (who, "the " + role.group(1)) if who else None
    return None


def attribution(self: ArticleRun, a: int, b: int) -> tuple[tuple[str, ...], str]:
    body = self.body
    line_start = body.rfind("\n", 0, a) + 1
    line_end = body.find("\n", b)
    line_end = len(body) if line_end < 0 else line_end
    after = body[b : min(line_end, b + 120)]
    m = re.match(
        r"^[,.]?\s*(?P<who>[^.;:\"“”]{3,90}?)\s+(?:said|says|added|told|stressed|noted|declared|warned|insisted|explained|wrote"
        r"|(?:is|was|were|are)\s+(?:quoted|cited)\s+as\s+saying)\b",
        after,
    )
    if not m:
        m = re.match(
            r"^[,.]?\s*(?:said|says|added|told|stressed|noted|declared|warned|insisted|explained)\s+(?P<who>[^.;:\"“”]{3,90})",
            after,
        )
    span: tuple[int, int] | None = None
    if m:
        span = (b + m.start("who"), b + m.end("who"))
    else:
        lead = body[
            max(line_start, a - 200) : a
        ]  # bounded: a run-on line must not cost O(n) per quote
        if re.search(
            r"(?:said|says|told|added|stated|declared|blunt|warned|stressed|wrote|insisted|saying|put it|:)\s*$",
            lead.strip() + " ",
            re.I,
        ) or lead.rstrip().endswith(":"):
            span = (max(line_start, a - 160), a)
            # The frame is the quotation's own sentence: "… now reject both. A senior
            # Israeli official put it bluntly: …" is the Israeli's, not the Russians' before.
            ends = [x.end() for x in _LEAD_SENTENCE_END.finditer(body, span[0], a)]
            if ends:
                span = (ends[-1], a)
            pro = _PRONOUN_FRAME.search(lead)
            if pro:
                # '…, which he said "…"': the pronoun speaks, not the parties named before it.
                span = (a - len(lead) + pro.start(), a)
    if span is None and not body[line_start:a].strip() and line_start > 0:
        # A monitor's post: "08:11 - IDF Arabic-language spokesperson [OFFICIAL]" on the
        # line above, the quotation alone on its own line.
        window = max(0, line_start - 300)  # bounded: not a copy of the body per quote
        prev_end = window + len(body[window:line_start].rstrip())
        newline = body.rfind("\n", window, prev_end)
        prev_start = newline + 1 if newline >= 0 or window == 0 else prev_end
        prev = body[prev_start:prev_end]
        if (0 < len(prev) <= 140 and not prev.endswith((".", "!", "?", '"', "”", ":"))) or (
            prev.endswith(":") and _SPEECH_BEFORE_COLON.search(prev)
        ):
            # (or "… the president said:" introducing a quotation of several paragraphs)
            span = (prev_start, prev_end)
    if span is None:
        aside = _IN_HIS_WORDS.search(body, max(line_start, a - 40), a)
        if aside:
            # 'The Turkish presence is, in his words, "an occupation that must end"'
            i = bisect.bisect_right(self._sentence_starts, a) - 1
            person = self._last_person(self.sentences[max(0, i)])
            if person:
                return (person,), aside.group(0).strip(" ,")
        return (), ""
    pronoun = _PRONOUN_SAID.match(after)
    if pronoun:
        # 'Abdi said …. "We support …," he said.': the person the paragraph has speaking.
        person = self._paragraph_speaker(line_start, a)
        if person:
            return (person,), pronoun.group(1)
        # 'The same official was unequivocal. "We will not …," he said.': that official.
        roles = list(_ROLE_SUBJECT.finditer(self.low, line_start, a))
        if roles:
            i = bisect.bisect_right(self._sentence_starts, a) - 1
            who = self._definite_role(self.sentences[max(0, i)], roles[-1].group(1))
            if who:
                return who, pronoun.group(1)
    parties = tuple(dict.fromkeys(m.party for m in self._mentions_in(span[0], span[1]) if m.party))
    words = " ".join(body[span[0] : span[1]].split())[-80:]
    # '"… consequences." The ministry said …' opens the next sentence: not this frame.
    closes_sentence = body[b - 2 : b - 1] in (".", "!", "?") and re.match(r"\s+[A-Z]", after)
    role = _ROLE_SPEAKER.fullmatch(words) if m and not parties and not closes_sentence else None
    if not m and not parties:
        # "…, the president said:": the office the article introduced.
        role = _ROLE_FRAME.search(words)
    if role and role.group(1).lower() in _DEFINITE_ROLES | _ANONYMOUS_ROLES:
        # '"…," the officer is quoted as saying': the one the paragraph introduced.
        i = bisect.bisect_right(self._sentence_starts, a) - 1
        parties = self._definite_role(self.sentences[max(0, i)], role.group(1).lower())
    elif span is not None and span[1] == a and not m and _TOPIC_BEFORE_QUOTE.fullmatch(words):
        i = bisect.bisect_right(self._sentence_starts, a) - 1
        person = self._last_person(self.sentences[max(0, i)])
        parties, words = ((person,) if person else ()), ""  # the label is not the speaker
    elif not parties and span is not None and span[1] == a and _PRONOUN_COLON.search(words):
        # 'On normalisation he was, if anything, blunter: "…"': the person last named.
        i = bisect.bisect_right(self._sentence_starts, a) - 1
        person = self._last_person(self.sentences[max(0, i)])
        if person:
            parties = (person,)
    elif not parties and (_MINISTRY_VOICE.fullmatch(words) or _THE_STATEMENT.fullmatch(words)):
        # '"…," a ministry spokesman told a weekly briefing': the ministry just named.
        i = bisect.bisect_right(self._sentence_starts, a) - 1
        if i >= 0 and not _IN_CAPITAL.match(self.body, self.sentences[i].start, a):
            issuer = self._statement_issuer(self.sentences[i], words)
            parties = (issuer,) if issuer else ()
    elif not parties and _INDEFINITE_SPEAKER.fullmatch(words):
        # 'In Washington, the State Department was unenthusiastic. "…," a spokesperson
        # said': the one the paragraph's sentence before the quotation is about.
        i = bisect.bisect_right(self._sentence_starts, a) - 1
        if i >= 0 and self.sentences[i].end > a:
            i -= 1  # the sentence the quotation opens is not the one before it
        if i >= 0:
            before = self.sentences[i]
            # (subject_parties is not set yet: quotations are attributed first)
            subjects = {
                m.party
                for m in before.mentions
                if m.party and m.holder and not self._after_preposition(m)
            }
            if before.start >= line_start and before.end <= a and len(subjects) == 1:
                parties = tuple(subjects)
    return parties, words


def pronoun_quote(self: ArticleRun, s: _Sentence) -> str | None:
    """The "he" or "she" who speaks a quotation that opens in this sentence and closes in
    a later one, where the quotation's frame names nobody."""
    if s.start >= len(self.body) or self.body[s.start] not in '"“':
        return None
    if any(q[0] == s.start and q[1] > s.end for q in self._quotes):
        return None  # framed already (its parties are the speaker)
    close = self.body.find("”" if self.body[s.start] == "“" else '"', s.start + 1, s.start + 1501)
    if close < 0 or close < s.end or "\n" in self.body[s.start : close]:
        return None
    m = _PRONOUN_SAID.match(self.body[close + 1 : close + 40])
    return m.group(1) if m else None


def paragraph_speaker(self: ArticleRun, start: int, end: int) -> str | None:
    """The party of the last person between ``start`` and ``end`` who is the subject of a
    speech verb ("Abdi said", "Lavrov, speaking in Moscow, told")."""
    found = None
    for m in self._mentions_in(start, end):
        if m.party and m.role == "people" and _SPEECH_AFTER.match(self.body, m.end, end):
            found = m.party
    return found


def speaker_for(self: ArticleRun, s: _Sentence, pos: int) -> tuple[tuple[str, ...], str | None]:
    """Who the text says is speaking at ``pos``: a speech frame before it, or a quotation."""
    parties: tuple[str, ...] = ()
    text: str | None = None
    # Only quotes starting near here can hold ``pos`` (a quote is at most 1,501 long):
    # looked up by start, in their original order, not a walk over every quote.
    if self._quote_starts is None:
        self._quote_order = sorted(range(len(self._quotes)), key=lambda i: self._quotes[i][0])
        self._quote_starts = [self._quotes[i][0] for i in self._quote_order]
    lo = bisect.bisect_left(self._quote_starts, min(pos, s.start) - 1502)
    hi = bisect.bisect_right(self._quote_starts, max(pos, s.start))
    for i in sorted(self._quote_order[lo:hi]):
        q0, q1, qparties, words = self._quotes[i]
        if q0 <= pos <= q1 or (q0 <= s.start < q1):
            parties, text = qparties, words
    if not parties:
        # '"Israel must withdraw. There is no other basis," he said.': a quotation of several
        # sentences whose "he" is unresolved is the person last named before it.
        quoted_by = self._pronoun_quote(s)
        if quoted_by:
            person = self._last_person(s)
            if person:
                parties, text = (person,), quoted_by
    line_start = self.body.rfind("\n", 0, s.start) + 1
    label = (
        _ANY_LABEL.match(self.body[line_start : s.end])
        # (the label needs its colon; a bulleted one is a factbox's topic, not a speaker)
        if self.body.find(":", line_start, s.end) >= 0
        and not _BULLET.match(self.body[line_start : s.end])
        else None
    )
    if label and not parties:
        ms = [m for m in self._mentions_in(line_start, line_start + label.end(1)) if m.party]
        introduced = None if ms else self._introduced_party(label.group(1).strip())
        if ms:
            parties, text = (ms[0].party,), label.group(1).strip()
        elif introduced:
            # "Al-Khulaifi: …" where the introduction said "Dr. Mohammed Al-Khulaifi,
            # Minister of State at Qatar's Ministry of Foreign Affairs": that government.
            parties, text = (introduced,), label.group(1).strip()
        elif _ANSWER_LABEL.fullmatch(label.group(1).strip()) or (
            _NAME_LABEL.fullmatch(label.group(1).strip()) and not self._several_guests()
        ):
            # "SPOKESPERSON:", "A:" in a transcript: the page's own voice answers.
            voice = self._voice()
            if voice:
                parties, text = (voice,), label.group(1).strip()
    tail = (
        re.search(
            r",\s*(?P<who>[^,;:“”\"]{2,70}?)\s+(?:said|says|added|stressed|noted|told reporters|warned|insisted|explained|declared)\s*\.?\s*$",
            self.body[s.start : s.end],
        )
        if self._ends_with_speech(s)
        else None
    )
    if tail and not parties:
        seg = (s.start + tail.start("who"), s.start + tail.end("who"))
        ms = [m for m in self._mentions_in(*seg) if m.party]
        if ms:
            parties = tuple(dict.fromkeys(m.party for m in ms))
            text = " ".join(self.body[seg[0] : seg[1]].split())
        elif tail.group("who").lower() in ("he", "she"):
            # "…, he said.": the person last named.
            person = self._last_person(s)
            if person:
                parties, text = (person,), tail.group("who")
        else:
            # '"…," the minister said.': the office the article named before.
            role = re.fullmatch(r"(?i)the\s+(\w+)", tail.group("who").strip())
            if role and role.group(1).lower() in _DEFINITE_ROLES:
                who = self._definite_role(s, role.group(1).lower())
                if who:
                    parties, text = who, tail.group("who").strip()
    if not parties and pos < s.end:
        # "Israeli forces would stay …, he said, but …": a frame after the clause.
        after = _TRAILING_FRAME.match(self.body, pos, s.end)
        if after:
            person = self._last_person(s)
            if person:
                parties, text = (person,), after.group(1)
    if not parties:
        # '"… in any scenario," he said': the person last named speaks.
        said = (
            re.search(
                r"[”\"]\s*,?\s*(he|she)\s+(?:said|says|added|told|stressed|insisted|warned)\b",
                self.body[s.start : s.end],
            )
            if self.body.find("”", s.start, s.end) >= 0 or self.body.find('"', s.start, s.end) >= 0
            else None
        )
        if said:
            person = self._last_person(s)
            if person:
                parties, text = (person,), said.group(1)
    for g in s.grammar:
        if "speech" not in g.labels or g.start >= pos or g.phrase == "as saying":
            continue
        if g.phrase in ("in his words", "in her words"):
            # "In his words, there is no longer any justification for …": the person last named.
            person = self._last_person(s)
            if person:
                parties, text = (person,), self.body[g.start : g.end]
            continue
        if g.phrase == "according to":
            seg_end = self.body.find(",", g.end, s.end)
            segs = [(g.end, seg_end if 0 < seg_end < pos else min(pos, g.end + 80))]
        elif g.phrase in ("quoted", "cited", "was quoted"):
            # "quoted Lavrov as saying"; "was quoted as telling Trump": the one told is no
            # speaker
            m2 = re.search(
                r"\bas\s+(?:saying|telling|stating|adding|warning|insisting|describing|calling)\b",
                self.body[g.end : s.end],
            )
            obj = (g.end, g.end + m2.start()) if m2 else (g.end, min(pos, g.end + 60))
            segs = [obj, (self._clause_start(s, g.start), g.start)]
            if re.match(r"\s+by\b", self.body[g.end : g.end + 5]) or re.search(
                r"\b(?:was|were|is|are|been)\s+$",
                self.low[max(s.start, g.start - 12) : g.start],
            ):
                segs = segs[1:]  # "X was quoted by the press as saying": X speaks, the press relays
        else:
            cs = self._clause_start(s, g.start)
            if _ANONYMITY.match(self.low, cs, g.start):
                # "A senior Israeli official, speaking on condition that he not be named,
                # said": the clause break is the aside's; the subject is before it.
                cs = s.start
            # "…, the paper said": a trailing attribution's subject is what follows the
            # last comma or closing quote, not the whole clause before it.
            tail_cut = max(
                self.body.rfind(",", cs, g.start),
                self.body.rfind("\u201d", cs, g.start),
                self.body.rfind('"', cs, g.start),
            )
            if tail_cut > cs and 0 < len(_words(self.body, tail_cut, g.start)) <= 8:
                cs = tail_cut + 1
            # "The envoy, who has shuttled between Damascus, Jerusalem and Paris, said": the
            # relative clause's places are not who speaks.
            aside = _WHO_BEFORE_SPEECH.search(self.body, cs, g.start)
            aside_at = aside.start() if aside else None
            asked = _ASKED_ASIDE.search(self.low, s.start, g.start)
            if asked is not None and aside_at is None:
                # "Araghchi, asked whether Iran shared that approach, said": the question
                # is an aside; the one asked speaks.
                cs, aside_at = self._clause_start(s, asked.start()), asked.start()
            if aside_at is None:
                # "A UNDOF officer, who asked that his name not be given, said": the clause
                # found began inside the aside; the subject stands before it.
                wide = _aside_start(self, s, g.start)
                if wide is not None and wide < cs:
                    cs, aside_at = self._clause_start(s, wide), wide
            segs = [(cs, aside_at if aside_at is not None and aside_at > cs else g.start)]
        for seg in segs:
            ms = [m for m in self._mentions_in(*seg) if m.party]
            if ms and g.phrase not in ("according to", "quoted", "cited", "was quoted"):
                ms = self._speech_subjects(s, ms, seg, g.start)
            words = " ".join(self.body[seg[0] : seg[1]].split()).strip(" ,")
            last = getattr(self, "_last_holders", None)
            if (
                not ms
                and re.fullmatch(r"(?i)(?:and|but)?(?:\s*also)?", words)
                and last is not None
                and last[0] == s.index
                and last[1] < g.start
                # not "X said the two countries support … and stressed": that list is
                # of X's verbs
                and not any(
                    "speech" in h.labels and s.start <= h.start < last[1] for h in s.grammar
                )
            ):
                # "reject X, call for Y and reaffirm …": a listed verb's subject is the
                # list's, as the verb before it found.
                parties, text = last[2], last[4]
                break
            if not ms and _DOC_SUBJECT.search(words.lower()):
                author = self._document_author(s, _words(self.body, *seg))
                if author:
                    parties, text = (author,), words  # '"…," the draft reads'
                    break
            if (
                not ms
                and (_THE_STATEMENT.fullmatch(words) or _MINISTRY_VOICE.fullmatch(words))
                # ("In Damascus, a foreign ministry official said": the capital's, below)
                and not _IN_CAPITAL.match(self.body, s.start, seg[1])
            ):
                issuer = self._statement_issuer(s, words)
                if issuer:
                    parties, text = (issuer,), words  # '"…," the statement said'
                    break
            if not ms and any(m.role == "outsider" for m in self._mentions_in(*seg)):
                parties, text = (), words  # "Fu Cong of China said …": an outsider speaks
                break
            if not ms and _TITLED.search(words):
                # "Jean-Pierre Lacroix, Under-Secretary-General …, said": an official the
                # codebook does not know, of the body the text has just named.
                recent = self._recent_party(s)
                if recent:
                    parties, text = (recent,), words
                    break
            if not ms and re.fullmatch(r"(?i)(?:his|her)\s+excellency", words):
                person = self._excellency(s)
                if person:
                    parties, text = (person,), words
                    break
            if not ms and (
                re.match(r"(?i)(?:he|she)\b", words)
                # "…, his office stressed": the person last named speaks through it
                or _HIS_OFFICE.fullmatch(words)
                # "On Iran he left no room for doubt" (not "…, which he said": its
                # antecedent is in the sentence)
                or _PRONOUN_LAST.search(words.lower())
            ):
                # "He also said that …": the person last named; "…, which he said": the
                # person the sentence has named before.
                person = (
                    self._person_before(s, seg[0])
                    if re.match(r"(?i)(?:which|that|who|whom)\b", words)
                    or _HIS_OFFICE.fullmatch(words)
                    else None
                ) or self._last_person(s)
                if person:
                    pronoun = re.search(r"(?i)\b(?:he|she)\b", words)
                    parties, text = (person,), pronoun.group(0) if pronoun else words
                    break
            if (
                not ms
                and (_HOME_MINISTRY.match(words) or _HOME_MINISTRY.match(self.body, s.start))
                and not any(
                    m.party
                    # (in a trailing frame, "…, the Ministry of National Defence said", the
                    # parties before it are the reported words')
                    for m in self._mentions_in(
                        seg[0] if _TRAILING.search(self.body, s.start, seg[0]) else s.start, g.start
                    )
                )
            ):
                # "The Foreign Ministry's deputy director-general … told the committee", in
                # an Israeli paper: the home government's.
                home = self._home_party()
                if home:
                    parties, text = (home,), words
                    break
            if not ms and words.lower() == "it":
                # "The office of Sheikh al-Hijri welcomed the call. In a statement, it said
                # the community wanted …": the institution the sentence before had as subject.
                it = self._pronoun(s, "it", seg[0])
                if it:
                    parties, text = it, words
                    break
            opener = _SPEAKING_FOR.match(self.body, s.start, seg[0] + 1) if not ms else None
            if opener:
                # "Speaking for France, the representative said …": whom the speaker speaks for.
                behalf = [m for m in self._mentions_in(opener.start(1), opener.end(1)) if m.party]
                if len({m.party for m in behalf}) == 1:
                    parties, text = (behalf[0].party,), words
                    break
            role = _ROLE_SPEAKER.fullmatch(words)  # "the minister", "the same official"
            if not ms and role and role.group(1).lower() in _DEFINITE_ROLES | _ANONYMOUS_ROLES:
                # "The ministry added that …": the office the article named before.
                who = self._definite_role(s, role.group(1).lower())
                if who:
                    parties, text = who, words
                    break
            if not ms and _UNNAMED_VOICE.fullmatch(words):
                # "At the Israeli embassy in Paris, a spokesman told us": its government.
                owner = self._scene_party(s, seg[0])
                if owner:
                    parties, text = (owner,), words
                    break
            if not ms:
                # "In Tehran, a foreign ministry spokesman said …": the capital's government.
                dateline = _IN_CAPITAL.match(self.body, s.start, seg[1])
                if dateline:
                    capital = [
                        m
                        for m in s.mentions
                        if m.party
                        and m.role == "capitals"
                        and m.start < s.start + dateline.end(1) + 1
                    ]
                    if not capital:
                        for h in self.c.parties.findall(dateline.group(1)):
                            capital = [
                                Mention(h.start, h.end, str(lab[0]), "capitals", h.text, True)
                                for lab in h.labels
                                if lab[1] == "capitals"
                            ]
                            break
                    if capital:
                        parties, text = (capital[0].party,), words
                        break
            if ms:
                parties = tuple(dict.fromkeys(m.party for m in ms))
                # The speaker as written is the mention's noun phrase ("President Recep
                # Tayyip Erdoğan", "Israeli officials"), not the run of words before the verb.
                text = self._subject_text(s, ms[0]) or text
                if len(parties) >= 2 and _JOINT_SPEAKERS.fullmatch(words):
                    text = words  # "Jordan and Egypt said": both, as one subject
                break
            if words and len(words) < 80 and not parties:
                text = words
    return parties, text


def statement_issuer(self: ArticleRun, s: _Sentence, words: str) -> str | None:
    """Whose "the statement" (or "a ministry official") is: the one speaker of the nearest
    sentence before, in the last three, that speaks of a statement (of a ministry) ("In a
    statement issued later, the Syrian foreign ministry said …. '…,' the statement said.")."""
    word = _MINISTRY_WORD if _MINISTRY_VOICE.fullmatch(words) else _STATEMENT_WORD
    for j in range(s.index - 1, max(-1, s.index - 4), -1):
        prev = self.sentences[j]
        found = word.search(self.low, prev.start, prev.end)
        if found:
            if len(prev.speaker) == 1:
                return prev.speaker[0]
            # (quotations are attributed before sentences have speakers: the party named
            # right before the word, "The Turkish defence ministry said")
            owners = [
                m.party
                for m in self._mentions_in(max(prev.start, found.start() - 25), found.end())
                if m.party
            ]
            if owners:
                return owners[-1]
            # "In a statement …, it said Syria opposed …": the one party the sentence has
            # speaking or acting
            subjects = {
                m.party
                for m in prev.mentions
                if m.party and m.holder and not self._after_preposition(m)
            }
            return subjects.pop() if len(subjects) == 1 else None
    return None


def interviewer_line(self: ArticleRun, line_start: int, end: int) -> bool:
    """Whether the line belongs to a transcript's interviewer: a speaker label that
    stands for no party and whose lines are mostly questions, or a line set in emphasis
    among such lines."""
    interviewers = _interviewers(self)
    if self._emphasised_questions is None:
        # A translated interview that sets the interviewer's lines in emphasis, with no
        # label: "*So you accept the new government in Damascus?*". Two or more such
        # lines, most of them asking something.
        emphasised = [(m.start(), "?" in m.group(0)) for m in _EMPHASISED_LINE.finditer(self.body)]
        asking = sum(q for _, q in emphasised)
        self._emphasised_questions = (
            {start for start, _ in emphasised}
            if len(emphasised) >= 2 and asking * 2 >= len(emphasised)
            else set()
        )
    if line_start in self._emphasised_questions:
        return True
    if not interviewers:
        return False
    here = _LINE_LABEL.match(self.body, line_start, end)
    return bool(here and here.group(1) in interviewers)


def _interviewers(self: ArticleRun) -> set[str]:
    """A transcript's interviewer labels: labels that stand for no party and whose lines
    are mostly questions (worked out once per article)."""
    if self._interviewers is None:
        lines: dict[str, list[bool]] = {}
        for m in _LINE_LABEL.finditer(self.body):
            stop = self.body.find("\n", m.end())
            text = self.body[m.end() : len(self.body) if stop < 0 else stop]
            lines.setdefault(m.group(1), []).append("?" in text)
        self._interviewers = {
            label
            for label, asks in lines.items()
            if len(asks) >= 2
            and sum(asks) * 2 >= len(asks)
            and not _ANSWER_LABEL.fullmatch(label)
            and not any(h.labels for h in self.c.parties.findall(label))
            and self._introduced_party(label) is None
        }
    return self._interviewers


def several_guests(self: ArticleRun) -> bool:
    """Whether a transcript's answers come from more than one named person ("DARON:",
    "ALON:" beside the host): then a name label is no one page's voice."""
    if self._guests is None:
        asked = {label.split()[-1] for label in _interviewers(self)}
        self._guests = {
            m.group(1).split()[-1]
            for m in _LINE_LABEL.finditer(self.body)
            if _NAME_LABEL.fullmatch(m.group(1))
        } - asked
    return len(self._guests) >= 2


def introduced_party(self: ArticleRun, name: str) -> str | None:
    """The party of a speaker label's person as the article introduced them: "X,
    Minister of State at Qatar's Ministry …" or "Qatar's Minister of State X"."""
    memo = self._introduced_memo
    if name in memo:
        return memo[name]
    found: str | None = None
    words = name.split()
    if 1 <= len(words) <= 4 and name[:1].isupper() and len(name) >= 3:
        # "WHITFORD:" labels the "Caleb Whitford" the introduction named.
        # (as a word: "ALON:" is not the "along" in "along the border")
        pattern = rf"(?<![\w'’-]){re.escape(name)}(?![\w'’-])"
        for m in re.finditer(pattern, self.body, re.I if name.isupper() else 0):
            if name.isupper() and m.group().isupper():
                continue
            line_start = self.body.rfind("\n", 0, m.start()) + 1
            if m.start() == line_start or self.body[line_start : m.start()].strip() == "":
                continue  # another label, not the introduction
            after = _INTRO_AFTER.match(self.body, m.end())
            before = _INTRO_BEFORE.search(self.body, max(0, m.start() - 120), m.start())
            span = (
                (m.end(), after.end()) if after else (before.start(), m.start()) if before else None
            )
            if span and before and not after:
                # "With me from Damascus, Deputy Foreign Minister Omar al-Hallaq": the
                # capital a guest speaks from names the government.
                place = _FROM_PLACE.search(self.body, max(0, span[0] - 40), span[0])
                capital = self._capital_party(place.group(0)) if place else None
                if capital and not any(
                    x.party for x in self._mentions_in(*span) if x.role != "outsider"
                ):
                    found = capital
                    break
            if span:
                parties = [
                    x.party for x in self._mentions_in(*span) if x.party and x.role != "outsider"
                ]
                if parties:
                    found = parties[-1] if after else parties[0]
                    break
    memo[name] = found
    return found


def scene_party(self: ArticleRun, s: _Sentence, before: int) -> str | None:
    """The party of the institution a sentence, or the one before it in the paragraph,
    opens in: "At the Israeli embassy in Paris, (the tone is different. …) a spokesman"."""
    scenes = [(s, before + 1)]
    if s.index > 0:
        prev = self.sentences[s.index - 1]
        if "\n" not in self.body[prev.end : s.start]:
            scenes.append((prev, prev.end))
    for sent, stop in scenes:
        at = _AT_INSTITUTION.match(self.body, sent.start, stop)
        if at:
            for m in sent.mentions:
                if m.party and m.start < sent.start + at.end() and m.role != "capitals":
                    return m.party
    return None


def speech_subjects(
    self: ArticleRun, s: _Sentence, ms: list[Mention], seg: tuple[int, int], verb: int
) -> list[Mention]:
    """Of the parties before a speech verb, the ones that can be its subject: not those
    behind a preposition ("deliveries through the Syrian state"). Where only such are
    there and the verb is coordinated ("Jordan backs … and says"), the first verb's."""
    subjects = [m for m in ms if not self._after_preposition(m)]
    if subjects:
        return subjects
    if _PRONOUN_LAST.search(self.low, seg[0], verb):
        return []  # "On Iran he left no room for doubt": the pronoun speaks, not Iran
    if not re.search(r"\band\s+(?:\w+ly\s+)?$", self.low[max(seg[0], verb - 20) : verb]):
        return ms
    earlier = [
        m
        for m in s.mentions
        if m.party and m.holder and m.end <= seg[0] and not self._after_preposition(m)
    ]
    return earlier[:1] or ms


def ends_with_speech(self: ArticleRun, s: _Sentence) -> bool:
    """Whether the sentence, less trailing space and one full stop, ends in a verb that
    _speaker_for's trailing-attribution pattern needs (a cheap test before that regex)."""
    ends = self._speech_end_memo.get(s.index)
    if ends is None:
        tail = self.body[s.start : s.end].rstrip()
        if tail.endswith("."):
            tail = tail[:-1].rstrip()
        ends = self._speech_end_memo[s.index] = tail.endswith(_SPEECH_END)
    return ends


def _aside_start(self: ArticleRun, s: _Sentence, verb: int) -> int | None:
    """Where a "who" aside right before a speech verb begins, if there is one."""
    aside = _WHO_BEFORE_SPEECH.search(self.body, s.start, verb)
    return aside.start() if aside else None


def analyst_voice(self: ArticleRun, s: _Sentence) -> bool:
    """Whether the sentence is an analyst's or academic's words ("Prof. Darwish argued
    that …", "…, a researcher said"): a reading of the parties, not their position."""
    memo = self._analyst_memo
    found = memo.get(s.index)
    if found is None:
        found = memo[s.index] = any(
            "speech" in g.labels
            and (
                _names_analyst(
                    [w for _, _, w in _words(self.body, max(s.start, g.start - 40), g.start)][-5:]
                )
                # "A former Jordanian ambassador, who read the minutes …, said": before the aside
                or _names_analyst(
                    [
                        w
                        for a0, _, w in _words(self.body, max(s.start, a - 40), a)
                        if not self.body[a0].isupper()  # ("Observer Force": a name)
                    ][-5:]
                    if (a := _aside_start(self, s, g.start)) is not None
                    else []
                )
                # '"…," said a researcher at a Beirut think tank'
                or (
                    self.body[max(s.start, g.start - 3) : g.start].strip(" ") in (',"', ",”")
                    and any(
                        w in _ANALYSTS
                        for _, _, w in _words(self.body, g.end, min(s.end, g.end + 40))[:3]
                    )
                )
            )
            for g in s.grammar
        )
    return found


def first_speech(self: ArticleRun, s: _Sentence) -> int:
    for g in s.grammar:
        if "speech" in g.labels:
            return g.start
    return s.end


def reproduced_issuer(self: ArticleRun, s: _Sentence) -> str | None:
    """Whose words follow an announced reproduction ("Türkiye's foreign ministry issued a
    statement …. It is reproduced below in full"): the party that issued it."""
    if self._reproduced is None:
        self._reproduced = []
        for j, prev in enumerate(self.sentences):
            if not _REPRODUCED.search(self.low, prev.start, prev.end):
                continue
            for k in range(j, max(-1, j - 3), -1):
                cand = self.sentences[k]
                if not (
                    _STATEMENT_WORD.search(self.low, cand.start, cand.end)
                    and _ISSUED.search(self.low, cand.start, cand.end)
                ):
                    continue
                subjects = [
                    m
                    for m in cand.mentions
                    if m.party and m.holder and not self._after_preposition(m)
                ]
                if subjects:
                    self._reproduced.append((prev.end, subjects[0].party))
                    break
    found = [party for end, party in self._reproduced if end <= s.start]
    return found[-1] if found else None


def first_person(self: ArticleRun, s: _Sentence, pos: int | None = None) -> str | None:
    """Who "we" is: the quoted speaker, a "Name:" label, else the article's main interviewee."""
    # At the pronoun: 'An official put it bluntly: "… we will accept …"' quotes from
    # mid-sentence.
    speaker, _ = self._speaker_for(s, s.start if pos is None else pos)
    if speaker:
        return speaker[0]
    line_start = self.body.rfind("\n", 0, s.start) + 1
    label = _ANY_LABEL.match(self.body[line_start : s.end])
    if label:
        for m in s.mentions:
            if m.party and m.start < line_start + label.end():
                return m.party
        # "ROURKE: We expect …" where the show introduced "Dan Rourke, the US deputy
        # envoy": that government.
        introduced = self._introduced_party(label.group(1).strip())
        if introduced:
            return introduced
        if self._several_guests():
            return None  # a panel guest the text gave no party: nobody the page stands for
    author = self._author_party()
    if author:
        return author  # "My government has made its choice": the minister who signs it
    issuer = self._reproduced_issuer(s)
    if issuer:
        return issuer  # "We condemn …" in a ministry's statement printed in full
    voice = self._voice()
    if voice:
        return voice
    if self.people_counts:
        return self.people_counts.most_common(1)[0][0]
    if self.party_counts:
        return self.party_counts.most_common(1)[0][0]
    return None


def recent_party(self: ArticleRun, s: _Sentence) -> str | None:
    for j in range(s.index - 1, max(-1, s.index - 3), -1):
        ms = [
            m
            for m in self.sentences[j].mentions
            if m.party and m.holder and not self._after_preposition(m)
        ]
        if ms:
            return ms[0].party
    return None


def person_before(self: ArticleRun, s: _Sentence, pos: int) -> str | None:
    """The party of the first person the sentence names before ``pos`` ("An Israeli
    official said …, which he said …")."""
    for m in s.mentions:
        if m.end > pos:
            break
        if m.party and m.holder and self._names_one_person(m):
            return m.party
    return None


def names_one_person(self: ArticleRun, m: Mention) -> bool:
    """A person, or a party named with one person's office: "Safadi", "a Syrian official",
    "France's representative" (not "the Syrian army")."""
    return bool(
        m.role == "people"
        or (m.role == "demonyms" and _DEMONYM_PERSON.match(self.low, m.end))
        or _PERSON_OFFICE.match(self.low, m.end, min(len(self.low), m.end + 40))
    )


_HE_SHE = re.compile(r"\b(?:he|she)\b")


def _spoke_for(s: _Sentence) -> tuple[str, ...]:
    """Whom a sentence's speaker spoke for: the one party it was found to state a position
    of, which is surer than who speaks at its end."""
    return s.stated_by if len(s.stated_by) == 1 else s.speaker


def last_person(self: ArticleRun, s: _Sentence) -> str | None:
    # "… she said. The representative of Russia said …. He added": "he" is not the "she"
    # before him.
    own = _HE_SHE.search(self.low, s.start, s.end)
    other = {"he": "she", "she": "he"}.get(own.group(0), "") if own else ""
    for j in range(s.index, max(-1, s.index - 5), -1):
        # A person, or a party named with one person's office ("France's representative
        # said …. He insisted …").
        people = [
            m
            for m in self.sentences[j].mentions
            if m.party
            and m.holder
            and self._names_one_person(m)
            # not "a former American envoy", nor "Israeli officials" for "she"
            and not self.low.endswith("former ", 0, m.start)
            and not _PLURAL_PEOPLE.match(self.low, m.end)
        ]
        if j == s.index:
            people = []  # the sentence itself names nobody before its quote here
        if people:
            return people[-1].party
        prev = self.sentences[j]
        said = _spoke_for(prev)
        if (
            j < s.index
            and len(said) == 1
            and prev.speaker_text
            and prev.speaker_text.lower() != other
            and (
                (
                    _TITLED_SPEAKER.fullmatch(head := _speaker_head(prev.speaker_text))
                    # (a described office, or a bare "the official" in the same paragraph:
                    # not one resolved by guess across a break)
                    and (len(head.split()) >= 3 or "\n\n" not in self.body[prev.end : s.start])
                )
                # "Helena Voss-Kariuki, Assistant Secretary-General for …, said": a named
                # official with a capitalised title, in one of the two sentences before
                or (j >= s.index - 2 and _TITLED.search(prev.speaker_text) is not None)
                # "The representative of the United States said …": the office opens the
                # sentence though the speaker written down is the state
                or (
                    j >= s.index - 2
                    and (opening := _TITLED_SPEAKER.match(self.body, prev.start)) is not None
                    and opening.group(0).lower() not in ("he", "she")
                )
            )
        ):
            # "In Ankara, the defence ministry's spokesman … said …. Turkish troops, he
            # added, …": the official who spoke just before, though no name was given.
            return said[0]
    # "The minister said …. He condemned …. Israel, he said, must …": the chain goes on
    # from the last speaker the text named by a singular title.
    for j in range(s.index - 1, max(-1, s.index - 4), -1):
        prev = self.sentences[j]
        if prev.speaker_text and _TITLED_SPEAKER.fullmatch(_speaker_head(prev.speaker_text)):
            said = _spoke_for(prev)
            if said:
                return said[0]
        titled = _TITLED_SPEAKER.match(self.body, prev.start)
        if len(prev.stated_by) == 1 and titled and titled.group(0).lower() not in ("he", "she"):
            # "The minister left the door open to …": no speech, but the same person.
            # ("She was at pains to defend X, which Israeli officials call obsolete"
            # states Israel's view, not hers.)
            return prev.stated_by[0]
    # A profile or interview: "he", five sentences after anyone was named, is the one
    # the article is about.
    ranked = self.people_counts.most_common(2)
    if ranked and ranked[0][1] >= 3 and (len(ranked) == 1 or ranked[0][1] >= 2 * ranked[1][1]):
        return ranked[0][0]
    if not ranked:
        # "France's foreign minister at Paris think tank: …": the one official the
        # headline is about, when the text names nobody.
        lead = self._headline_official()
        if lead:
            return lead
    # An unnamed official: the government the text last spoke of.
    for j in range(s.index - 1, max(-1, s.index - 4), -1):
        others = [
            m
            for m in self.sentences[j].mentions
            if m.party and m.holder and not self._after_preposition(m)
        ]
        if others:
            return others[0].party
    return None
