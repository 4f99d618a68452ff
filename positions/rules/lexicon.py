"""The finder's word lists and patterns that more than one part of the finder reads."""

from __future__ import annotations

import re

from positions.text import WORD_RE

_PRONOUNS = {
    "it": "sg",
    "he": "sg",
    "she": "sg",
    "they": "pl",
    "we": "sp",
    "i": "sp",
    "its": "sg",
    "their": "pl",
    "his": "sg",
    "her": "sg",
    "our": "sp",
}
_DEFINITE_ROLES = {
    "minister",
    "ministers",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "envoy",
    "envoys",
    "ambassador",
    "president",
    "premier",
    "chancellor",
    "king",
    "emir",
    "prince",
    "sheikh",
    "delegation",
    "delegations",
    "secretary",
    "foreign",
    "ministry",
    "council",
    "cabinet",
    "signatories",
    "leaders",
    "participants",
    "former",  # of a pair just named (_pair)
    "latter",
}
# A transcript's time code before a label: "[00:12:41] HOST:", "(12:41) HOST:".
_TIMECODE = r"(?:[\[(]?\d{1,2}:\d{2}(?::\d{2})?[\])]?[ \t]+)?"
# A line's own label, whatever its shape ("Spokesperson:", "Dr. Al-Khulaifi:").
_ANY_LABEL = re.compile(r"\s*" + _TIMECODE + r"([^:\n]{1,40}):\s")
_DETERMINER_BEFORE = re.compile(r"\b(?:a|an|the|its|their|his|her|our|any)\s+$")
# "Israeli officials", "Syrian diplomats": several people, never "he" or "she".
_PLURAL_PEOPLE = re.compile(
    r"(?:['’]s)?\s+(?:[\w-]+\s+){0,2}?(?:officials|diplomats|officers|sources|commanders|generals|"
    r"negotiators|leaders|ministers|envoys|delegates|representatives|ambassadors|advis[eo]rs)\b"
)
# Anonymous roles a quotation's frame may name: "the official said", "the officer added".
_ANONYMOUS_ROLES = {"official", "officer", "commander", "diplomat", "source"}
_ANALYSTS = {
    "analysts",
    "analyst",
    "experts",
    "expert",
    "observers",
    "observer",
    "commentators",
    "commentator",
    "researchers",
    "researcher",
    "scholars",
    "scholar",
    "critics",
    "columnists",
    "columnist",
    "pundits",
    "pundit",
    "economist",
    "economists",
    "prof",
    "professor",
    "academic",
    "academics",
    "historian",
    "historians",
    "lecturer",
}
_TITLED = re.compile(
    r"\b(?:Special\s+Envoy|Envoy|Minister|Spokes(?:person|man|woman)|Secretary|Ambassador|Under-Secretary-General|"
    r"Secretary-General|Representative|Coordinator|Commissioner|High\s+Representative)\b"
)
_IN_CAPITAL = re.compile(
    r"In ([A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)?),\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,3}(?i:spokes\w+|officials?|ministry|minister|government|sources?|diplomats?)\b"
)
# A party's refusal of its own act ("will not withdraw", "won't leave"): only its own to state.
_SELF_ACT = re.compile(
    r"(?:will|would|won['’]t|wouldn['’]t)\s+(?:not\s+|never\s+)?(?:return|withdraw|leave|hand\s+over|hand\s+back|"
    r"give\s+up|surrender|disarm|pull\s+out|set\s+foot|be\s+coming\s+back|"
    # "the bases will continue to operate", "the cell will keep meeting"
    r"continue\s+to\s+(?:operate|function|work|meet)|keep\s+(?:operating|functioning|working|meeting))\b"
)
# Concepts that name a force ("Russian patrols", "government forces"): in a name they are no
# force in play; as a subject of its own act they are the actor.
_FORCE_LABELS = {"presence", "expansion", "bases", "syrian_army", "us_forces", "staying"}
# "officials in Tel Aviv", "the government in Beirut": a capital after these is its government,
# not a place.
_GOVERNMENT_IN = frozenset(
    {
        "officials",
        "sources",
        "diplomats",
        "circles",
        "leaders",
        "leadership",
        "government",
        "authorities",
        "decision-makers",
        "policymakers",
    }
)
_GOVERNMENT_IN_BEFORE = re.compile(
    r"\b(?:" + "|".join(sorted(map(re.escape, _GOVERNMENT_IN))) + r")\s+in\s+$"
)
# A list item's marker: a bullet or dash, or a number ("1.", "2)").
_LIST_MARKER = r"(?:[•·▪●◦‣*\-–—]|\d+[.)])"
_BULLET = re.compile(rf"^\s*{_LIST_MARKER}\s*")
# "If the Lebanese army does not disarm Hezbollah, Israel will do it": the one who threatens
# to do it wants it done.
_TAKEOVER_THREAT = re.compile(
    r"\bif\s+(?P<subj>[^,;:]{2,60}?)\s+(?:does\s+not|doesn['’]t|do\s+not|don['’]t|will\s+not|won['’]t|"
    r"cannot|can['’]t|is\s+unable\s+to|fails?\s+to|refuses?\s+to)\s+(?P<act>[^,;:]{3,120}?)\s*,\s*"
    r"(?:then\s+)?(?P<who>[^,;:]{2,40}?)\s+(?:will|would|shall|is\s+going\s+to|are\s+going\s+to)"
    r"(?:\s+(?:have\s+to\s+)?(?:do\s+it|do\s+so|do\s+the\s+job|act|take\s+care\s+of\s+it|see\s+to\s+it)"
    r"(?:\s+(?:ourselves|itself|themselves|alone|for\s+(?:it|them)))?)?\s*(?:[.!]|,?\s*[\"”])",
    re.I,
)
_BOUNDARY = re.compile(
    r"\s*[;:]\s|\s[—–]\s?|—|\s\(|\)|,[\"”’]?\s+(?:while|but|although|though|whereas|which|who|yet|even as|as well|amid|after|before|despite|since|because|so that|and (?:the|a|an|that|this|its|his|their)\b|and (?-i:(?=[A-Z])))\b"
    r"|,\s+(?:a|an)\s+(?:development|move|step|demand|logic|stance|position|decision|proposal|idea|plan|condition|request|sign)\b"
    # '"… north of the Litani," and disarmament of the group …': a quotation closed, a new clause
    r"|,[\"”]\s+and\s+(?!(?:that|for|of|to|on)\b)"
    r"|,\s+(?!including\b|according\b)\w+ing\b"
    r"|,\s+according\s+to\b"
    # '…," in what was seen as a reference to the US troops': the writer's gloss.
    r"|,[\"”]?\s+in\s+(?:what|a\s+(?:clear|veiled|thinly\s+veiled|pointed)|an\s+(?:apparent|implicit))\b"
    # A condition or a time clause sets terms; it is not the object of the cue.
    r"|,?\s+(?<!only\s)[\"“]?(?:if|unless|while|whereas|provided\s+that|as\s+long\s+as)\s"
    r"|\s+without\s+(?:first\s+)?(?:the\s+)?(?:establishment|creation|prior)\b"
    r"|[\"”]?\s+(?:before|until)\s+(?:a|an|the)?\s*(?:full|complete|total)\b"
    r"|,?\s+and\s+that\b"
    r"|\s+but\s+(?=(?:that|it|they|he|she|also|not|no|only|would|will|is|was|has|had)\b)"
    r"|,?\s+and\s+(?=(?:will|would|has|have|had|is|are|was|were|also|fear|fears|feared|warn|warned|warns|said|says|called|calls|urged|insist|insisted|vowed|pledged)\b)"
    # "condemned the strikes and reaffirmed its support for …": a second predicate.
    r"|,?\s+and\s+(?=(?:reaffirmed|reaffirms|reiterated|reiterates|stressed|stresses|welcomed|welcomes|rejected|rejects|"
    r"condemned|condemns|praised|praises|demanded|demands|expressed|expresses|affirmed|affirms|announced|announces|"
    r"denied|denies|dismissed|dismisses|offered|offers|proposed|proposes|agreed|agrees|described|describes|hailed|hails|"
    r"thanked|thanks|criticised|criticized|criticises|criticizes|backed|backs|opposed|opposes|refused|refuses)\b)",
    re.I,
)
# "said it rejects X and that the talks aim at Y": a second reported clause of its own.
_AND_THAT = re.compile(r",?\s+and\s+that\b")
# A condition the holder sets: what follows is demanded.
_CONDITION = re.compile(
    r"\bonly\s+if\b|\bonly\s+(?:[\w-]+\s+){1,8}?if\b|\bunless\b|\bprovided\s+(?:that\s+)?|"
    r"\bon\s+condition\s+that\b|\bin\s+exchange\s+for\b|\bin\s+return\s+for\b|"
    r"\bwithout\s+(?:first\s+)?(?:the\s+)?(?:establishment|creation|prior)\b|"
    r"\b(?:before|until)\s+(?:a|an|the)?\s*(?:full|complete|total)\b"
)
# Speakers named side by side as one subject, none of them after a preposition.
_JOINT_SPEAKERS = re.compile(
    r"(?i)(?:the\s+)?[\w'’.-]+(?:\s*,\s*[\w'’.-]+)*\s+and\s+(?:the\s+)?[\w'’.-]+"
    r"(?:\s+(?:foreign|defence|defense|prime|deputy)?\s*(?:ministers|ministries|governments|"
    r"leaders|officials|presidents|envoys|delegations|sides))?"
)
_BROKER_WORDS = (
    "brokered",
    "mediated",
    "facilitated",
    "sponsored",
    "overseen",
    "auspices",
    "sponsorship",
    "mediation",
    "mediators",
    "brokers",
    "chair",
    "shuttl",
)
_PERSON_OFFICE = re.compile(
    r"(?:['’]s)?\s+(?:[\w-]+\s+){0,2}?(?:representative|envoy|ambassador|minister|spokesman|spokeswoman|"
    r"spokesperson|president|prime\s+minister|delegate|premier|foreign\s+minister)\b"
)
_FRAME_LINE = re.compile(r":[ \t]*\n")
_DOC_NOUNS = r"(?:draft|document|paper|non-paper|proposal|framework|memo|memorandum|text|plan)"
_DOC_SUBJECT = re.compile(rf"(?:^|\s)(?:the|this|that)\s+(?:[\w-]+\s+){{0,2}}?{_DOC_NOUNS}$")


def _words(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group(0).lower()) for m in WORD_RE.finditer(text, start, end)]


_RELATIVE_BEFORE_VERB = re.compile(
    r",\s*(?:which|who|whose)\s(?:[^,;:—–\"“”]|(?<=\d),(?=\d)){3,120},\s*$"  # ("10,000" is one word)
)
# The same aside before a speech verb, of a person, may hold a list: "The envoy, who has
# shuttled between Damascus, Jerusalem and Paris, said" (its places are not who speaks).
_WHO_BEFORE_SPEECH = re.compile(r",\s*(?:who|whose)\b[^;:\"“”]{3,160},\s*$")
