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

import bisect
import itertools
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from typing import Any

from attrs import define, evolve, field, frozen

from positions.codebook import Codebook, Cue, Issue, IssuePattern
from positions.matcher import Hit, PhraseMatcher
from positions.model import Article, Evidence, Stance, Statement, When
from positions.text import WORD_RE, sentence_spans
from positions.timeexpr import TimeMention, find_time_mentions, resolve

__all__ = ["RuleFinder"]

EXTRACTOR = "rules"
MIN_CONFIDENCE = 0.25
# How much of one article body the rules read (news articles are a few thousand characters).
MAX_FINDER_CHARS = 2_000_000
# Whether a sentence the grammar could not resolve still yields a low-confidence statement.
BACKOFF = True

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
_RELATIVE = {"who", "which", "that"}
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
_NEGATED_OBJECTION = re.compile(
    r"\b(?:not|no|never|n't|nor)\s+(?:\w+\s+)?(?:object|objection|oppos|reject|rul(?:e|ing)\s+out|resist|mind|veto|block|stand\s+in)"
)
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
_ANSWER_LABEL = re.compile(
    r"(?i:a|answer|spokes(?:person|man|woman)|(?:deputy\s+)?spokes\w+|minister|ambassador|the\s+minister|the\s+spokesperson|official)"
)
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
# A plural role whose list is introduced by the act, not the noun: "The foreign ministers of
# Jordan, Egypt and Qatar signed a letter …. The signatories reject …".
# A transcript's speaker label at a line start: "BERGER:", "Gulf Horizon:", "Al-Khulaifi:".
# A transcript's time code before a label: "[00:12:41] HOST:", "(12:41) HOST:".
_TIMECODE = r"(?:[\[(]?\d{1,2}:\d{2}(?::\d{2})?[\])]?[ \t]+)?"
_LINE_LABEL = re.compile(
    r"(?m)^[ \t]*" + _TIMECODE + r"([A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){0,3}):[ \t]"
)
# A line's own label, whatever its shape ("Spokesperson:", "Dr. Al-Khulaifi:").
_ANY_LABEL = re.compile(r"\s*" + _TIMECODE + r"([^:\n]{1,40}):\s")
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
_SUMMIT = re.compile(
    r"\b(?:with\s+the\s+participation\s+of|attended\s+by|at\s+the\s+invitation\s+of|summit|gathered)\b"
)
_LIST_ACTS = {
    "signatories": re.compile(r"\b(?:signed|co-signed|signatories|joint)\b"),
    # "… a summit was held with the participation of King Abdullah II of Jordan, …. The
    # leaders reaffirmed": everyone the opening names.
    "leaders": _SUMMIT,
    "participants": _SUMMIT,
}
# Institutions named by their office noun alone ("the ministry added"): any mention that
# carries the noun, not only a person's; failing that, the page's own institution.
_INSTITUTION_ROLES = {"ministry", "council", "cabinet"}
_CLAUSE_WORD = re.compile(r"\b(?:and|or|but|that|which|who|while|whereas)\b")
# Participles whose passive subject undergoes the act: "must be allowed", "was rejected".
_PATIENT_PARTICIPLE = re.compile(
    r"(?:allowed|permitted|respected|rejected|accepted|welcomed|endorsed|condemned|denied|"
    r"granted|guaranteed|honou?red|upheld|implemented|preserved|protected)\b"
)
_PASSIVE_AUX = re.compile(r"\b(?:is|are|was|were|be|been|being)\s+(?:\w+ly\s+)?$")
_PERSONAL = {"he", "she", "his", "her"}
_LEAD_SENTENCE_END = re.compile(r"[a-z0-9)][.!?][\"”’]?\s+(?=[A-Z])")
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
_OTHER_THAN = re.compile(r"\b(?:other|another|additional|outside)\s+(?:[\w-]+\s+)?$")
# An op-ed's note on its author: "The author is Minister of Foreign Affairs of Türkiye."
_AUTHOR_NOTE = re.compile(r"(?m)^[ \t]*[(*_]*\s*The\s+(?:author|writer)\s+is\s+([^\n]{5,200})$")
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
_RELATIVE_AFTER = re.compile(r"(?:\s+[\w-]+){0,4}?\s*,\s*(?:which|that)\s")
_MODAL_NOT = re.compile(r"\s+(?:not|never)\b|n['’]t\b")
_REFUSAL_WITHOUT = re.compile(r"\bwithout\s+(?:first\s+)?")
# A relative clause that places its stance in the past: "…, which last year dismissed …".
_PAST_RELATIVE = re.compile(
    r",\s*(?:which|who)\s+(?:had\s+)?(?:last\s+(?:year|month|spring|summer|autumn|fall|winter)|"
    r"(?:a\s+year|months|weeks|two\s+years)\s+ago|once|previously|formerly|initially|at\s+first|"
    r"until\s+recently|in\s+(?:early\s+|late\s+|mid-)?20\d\d)\b[^,;:]*$"
)
# A communiqué's list head on its own line: "The Ministers:", "The leaders:".
_LIST_HEAD = re.compile(
    r"(?mi)^[ \t]*((?:the\s+)?(?:[\w-]+\s+){0,2}?(ministers|leaders|participants|signatories|"
    r"delegations|heads\s+of\s+state))[ \t]*:[ \t]*$"
)
# A paragraph that opens with its verb: "Expressed …", "Demanded …", "Reaffirms …".
_PARAGRAPH_VERB = re.compile(r"[A-Z][a-z]+(?:ed|es)\b")
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
_ROLE_SUBJECT = re.compile(
    r"\bthe\s+(?:same\s+|senior\s+|israeli\s+|syrian\s+)?(official|officer|minister|diplomat|"
    r"spokesman|spokeswoman|envoy|ambassador|commander)\b"
)
_DETERMINER_BEFORE = re.compile(r"\b(?:a|an|the|its|their|his|her|our|any)\s+$")
_CLAUSE_BREAK = re.compile(
    r"[;:]\s|\s[—–]\s?|—|\bthat\b|\bwhile\b|\bbut\b|\bwhereas\b|\balthough\b"
)
_COMMA_ASIDE = re.compile(r"\s*,(?:\s*[^,;:—]{1,60}?),")
# A refusal split by its frame: '"We will not," Qassem said, "hand over …'.
_SPLIT_REFUSAL = re.compile(
    r"\b(?:will\s+not|won['’]t|will\s+never|would\s+never|would\s+not|cannot|can['’]t|"
    r"shall\s+not|refuse\s+to)\s*,\s*[\"”]\s*,?\s*(?P<frame>[^\"“”,]{2,60}?\s+(?:said|says|added|"
    r"insisted|warned|declared|told\s+\w+))\s*,\s*[\"“]"
)
# A pronoun as the whole subject of a neutral verdict: "that is", "this is", "it's".
_PRONOUN_SUBJECT = re.compile(
    r"\b(?:(?:that|this|it)(?:'s|’s|\s+is|\s+was|\s+remains|\s+would\s+be)"
    r"|(?:those|these|they)(?:\s+are|\s+were|\s+remain))\s+[\"“]?$"
)
# A speaker named by one person's title: "The minister", "the envoy", "the foreign minister".
_TITLED_SPEAKER = re.compile(
    r"(?i)(?:he|she|the(?:\s+[\w'’-]+){0,3}\s+(?:minister|envoy|spokesman|spokeswoman|"
    r"spokesperson|president|ambassador|secretary|king|emir|prince|premier|chancellor|commander|"
    r"official|diplomat|representative|adviser|advisor|director-general|director|general)\b)"
)
# '"Does Ankara object to …?" the interviewer asked.': a quoted question and its frame.
_QUOTED_QUESTION = re.compile(r'\s*["“][^"“”]*\?["”][^"“”]*$')
# A person named with his country: "Fu Cong of China".
_NAME_OF = re.compile(r"\b[A-Z][\w'’-]+\s+of\s+(?:the\s+)?$")
# A demonym naming a person: "a Syrian official", "the Turkish foreign minister".
_DEMONYM_PERSON = re.compile(
    r"\s+(?:[\w-]+\s+){0,2}?(?:officials?|diplomats?|officers?|sources?|commanders?|generals?|"
    r"negotiators?|leaders?|ministers?|envoys?|spokes\w+|delegates?|representatives?|"
    r"ambassadors?|president|premier|advis[eo]rs?|counterparts?|side|interlocutors?|delegation|team)\b"
)
# "Israeli officials", "Syrian diplomats": several people, never "he" or "she".
_PLURAL_PEOPLE = re.compile(
    r"(?:['’]s)?\s+(?:[\w-]+\s+){0,2}?(?:officials|diplomats|officers|sources|commanders|generals|"
    r"negotiators|leaders|ministers|envoys|delegates|representatives|ambassadors|advis[eo]rs)\b"
)
# A header line that names the page's issuer: "Republic of Türkiye — Ministry of Foreign
# Affairs", "Embassy of the Russian Federation in Israel".
_ISSUER_LINE = re.compile(
    r"\b(?:Ministry|Embassy|Permanent\s+Mission|Presidency|Office\s+of\s+the)\b"
)
_ITS_BEFORE = re.compile(r"\b(?:its|their)\s+(?:[\w-]+\s+)?$")
_CONDITION_WORD = re.compile(r"\b(?:as\s+long\s+as|provided|if|once|until|on\s+condition)\b")
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
_AT_THE = re.compile(r"\b(?:at|upon|on)\s+the\s+$")
_ANONYMITY = re.compile(
    r"\s*(?:he|she|they)\s+(?:not\s+be|not\s+being|would\s+not\s+be|could\s+not\s+be)\s+"
    r"(?:named|identified)\W*$"
)
# A colon frame with a pronoun subject: "he was blunter:", "she put it simply:".
_IN_HIS_WORDS = re.compile(
    r"\b(?:in\s+(?:his|her)\s+(?:own\s+)?words|as\s+(?:he|she)\s+put\s+it),?\s*$", re.I
)
_PRONOUN_COLON = re.compile(r"(?i)(?<!which )(?<!who )\b(?:he|she)\b[^.;\"“”]{0,50}:$")
# Names listed after "including" or "such as": all of them governed by it.
_LISTED_AFTER = re.compile(
    r"\b(?:including|such\s+as)\s+(?:[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*,?\s+)+(?:and\s+|or\s+)?$"
)
# A ministry named with no country, opening the speaker's noun phrase.
_HOME_MINISTRY = re.compile(
    r"(?i)the\s+(?:foreign|defen[cs]e|interior)\s+ministry(?:['’]s\s|\s+(?:spokes\w+|official)\b|$)"
)
# A quotation after a colon frame that opens on "No": '… put it bluntly: "No Russian police'.
_QUOTED_NO = re.compile(r":\s*[\"“](?=\s*no\s)", re.I)
_IT_BEFORE = re.compile(r"\b(?:it|they|this)\s+$")
# A party's refusal of its own act ("will not withdraw", "won't leave"): only its own to state.
_SELF_ACT = re.compile(
    r"(?:will|would|won['’]t|wouldn['’]t)\s+(?:not\s+|never\s+)?(?:return|withdraw|leave|hand\s+over|"
    r"give\s+up|surrender|disarm|pull\s+out|set\s+foot|be\s+coming\s+back)\b"
)
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
_NOBODY_SUBJECT = re.compile(r"\b(?:no\s+one|nobody|anyone|everyone)\b[^,;:]*$")
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
# Anonymous roles a quotation's frame may name: "the official said", "the officer added".
_ANONYMOUS_ROLES = {"official", "officer", "commander", "diplomat"}
_PRONOUN_SAID = re.compile(
    r"^[,.]?\s*(he|she)\s+(?:said|says|added|told|stressed|noted|insisted|warned|explained)\b"
)
_SPEECH_AFTER = re.compile(
    r"(?:\s*,[^,.;]{1,60},)?\s+(?:also\s+)?(?:said|says|told|added|stressed|noted|warned|insisted)\b"
)
_GROUP_SPEAKER = re.compile(
    r"(?i)(?:the\s+(?:two\s+|three\s+|four\s+|five\s+|six\s+)?(?:foreign\s+)?"
    r"(?:ministers|sides|leaders|delegations|envoys|signatories|states|countries|capitals|governments)"
    r"|both\s+sides)"
)
_QUOTED = re.compile(r"“[^”\n]{1,600}”|\"[^\"\n]{1,600}\"")
# Between two items of a list of states: ", the Republic of ", " and ".
_LIST_GAP = re.compile(
    r"\s*(?:,|,?\s+and|,?\s+as\s+well\s+as)\s+(?:the\s+)?(?:(?:[A-Z][\w'’-]*|of)\s+){0,4}"
    # a name outside the codebook in the list: "Jordan, Türkiye, Syria, Iraq and Lebanon"
    r"(?:[A-Z][\w'’-]*(?:,|,?\s+and)\s+(?:the\s+)?(?:(?:[A-Z][\w'’-]*|of)\s+){0,4})?"
)
# A clause setting the time or place of another's act: "wherever the Syrian state needs them".
_TERMS_CLAUSE = re.compile(r"\b(?:as\s+long\s+as|wherever|whenever)\b")
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
_DESCRIBING = re.compile(
    r"\b(?:describing|describes|described|branding|brands|branded|labelling|labeling|labelled|"
    r"labeled|characterising|characterizing|characterised|characterized|portraying|portrayed)\b"
)
_AS_VERDICT = re.compile(r"\s+as\s+(?:an?\s+|the\s+)?")
_PRONOUN_FRAME = re.compile(
    r"\b(?:he|she|they)\s+(?:also\s+)?(?:said|says|told|added|stated|declared|warned|stressed|"
    r"wrote|insisted)\b[^.;]{0,20}$",
    re.I,
)  # pronouns that stand for a person, never a state
# A wire dateline opening a paragraph: "DAMASCUS (Reuters) —", "Riyadh, September 8, 2025, SPA --".
_DATELINE = re.compile(
    r"(?m)^[ \t]*([A-Z][A-Za-z'’-]+(?:[ ][A-Z][A-Za-z'’-]+)?)"
    r"(?:[ \t]*\([^)\n]{1,40}\)[ \t]*[—–-]+|,[^\n]{0,80}?(?:\(|\b[A-Z]{2,8}\b\)?[ \t]*[—–-]{1,2}))"
)
# A transcript's speaker label in capitals ("MR ELLISON", "SPOKESPERSON KHALIFA"); not a question.
_NAME_LABEL = re.compile(r"(?!Q\b|QUESTION\b)[A-Z][A-Z.'’-]+(?:\s+[A-Z][A-Z.'’-]+){0,3}")
_FORCE_LABELS = {"presence", "expansion", "bases", "syrian_army", "us_forces", "staying"}
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
_MONARCHIES = ("saudi-arabia", "jordan", "qatar")
_NON_STATE = {"hezbollah", "sdf", "druze"}
_ADDRESS_VERBS = {
    "asked",
    "urged",
    "pressed",
    "called on",
    "told",
    "encouraged",
    "pressured",
    "invited",
}
_TITLED = re.compile(
    r"\b(?:Special\s+Envoy|Envoy|Minister|Spokes(?:person|man|woman)|Secretary|Ambassador|Under-Secretary-General|"
    r"Secretary-General|Representative|Coordinator|Commissioner|High\s+Representative)\b"
)
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
_IN_CAPITAL = re.compile(
    r"In ([A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)?),\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,3}(?i:spokes\w+|officials?|ministry|minister|government|sources?|diplomats?)\b"
)
_NOT_NEGOTIABLE = re.compile(
    r"not (?:up )?(?:for|on|open|subject)|off the table|not negotiable|non-negotiable"
    r"|not a (?:subject|matter) for|not a bargaining|beyond negotiation|not part of|not for sale"
)
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
# A list item's marker: a bullet or dash, or a number ("1.", "2)").
_LIST_MARKER = r"(?:[•·▪●◦‣*\-–—]|\d+[.)])"
_BULLET = re.compile(rf"^\s*{_LIST_MARKER}\s*")
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
_NO_ITEM = re.compile(r"(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or|nor)\s+)no\s+", re.I)
_QUOTE_PAIRS = [("“", "”"), ('"', '"'), ("«", "»")]
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
    r"|,?\s+(?<!only\s)(?:if|unless|while|whereas|provided\s+that|as\s+long\s+as)\s"
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
# Cue words too plain to carry a stance without the grammar behind them.
_WEAK_CUE = re.compile(
    r"\b(?:continu\w*|keep|kept|maintain\w*|signed|sign|values?|valued|asks?|asked|defend\w*|"
    r"offered|pressed|presses|will|would|to)$"
)
# An object that is an absence: "demanded that no forces be present", "insists on no …".
_NO_OBJECT = re.compile(
    r"\s*(?:that\s+|on\s+)?[\"“]?(?:there\s+(?:will|would|should|must|can)\s+be\s+)?(?:no|zero)\s+"
)
# A condition the holder sets: what follows is demanded.
_CONDITION = re.compile(
    r"\bonly\s+if\b|\bonly\s+(?:[\w-]+\s+){1,8}?if\b|\bunless\b|\bprovided\s+(?:that\s+)?|"
    r"\bon\s+condition\s+that\b|\bin\s+exchange\s+for\b|\bin\s+return\s+for\b|"
    r"\bwithout\s+(?:first\s+)?(?:the\s+)?(?:establishment|creation|prior)\b|"
    r"\b(?:before|until)\s+(?:a|an|the)?\s*(?:full|complete|total)\b"
)
# The condition of a refusal that names its price ("will not … unless", "without first").
_REFUSAL_UNLESS = re.compile(
    r"\bunless\b|\bwithout\s+(?:first\s+)?(?:the\s+)?(?:establishment|creation)\b"
)
# A sentence opening on the question put to the speaker, up to its first comma.
_ASKED_LEAD = re.compile(r"\s*(?:when\s+)?asked\s+(?:about|whether|if|why|how|what)\b[^,;]*$")
# Mediation seen in what a party does: "US-brokered talks", "talks facilitated by Russia".
_BROKERED = re.compile(
    r"(?P<who>\b[\w.]+)[-‐‑](?:brokered|mediated|facilitated|sponsored)\s+(?:\w+\s+)?"
    r"(?:talks|negotiations|contacts|dialogue|discussions|process|meetings?|rounds?|track)\b"
)
_BROKERED_BY = re.compile(
    r"\b(?:talks|negotiations|contacts|dialogue|discussions|meetings?|rounds?|process|track)\b"
    r"[^.;:]{0,40}?\b(?:brokered|mediated|facilitated|sponsored|overseen)\s+by\s+(?:the\s+)?"
)
# "under American auspices", "Jordanian and American mediators": the same, said with a noun.
_BROKER_NOUN = re.compile(
    r"\bunder\s+(?:the\s+)?(?P<who>[A-Z][\w.]+)\s+(?:auspices|sponsorship|mediation)\b"
    r"|\b(?P<who2>[A-Z][\w.]+)\s+(?:mediators|mediation\s+efforts|brokers)\b"
    # "contacts … under the auspices of the United States"
    r"|\b(?:talks|negotiations|contacts|dialogue|discussions|meetings?|rounds?|process|track)\b"
    r"[^.;:]{0,60}?\bunder\s+the\s+(?:auspices|sponsorship|mediation)\s+of\s+(?:the\s+)?(?P<who3>[A-Z][\w.]+)"
)
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
)
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
_CAPITAL_AS_PLACE = re.compile(
    r"\s+(?:meeting|meetings|talks|round|rounds|conference|summit|process|format|track|negotiations|"
    r"agreement|accords?|declaration|framework|channel|venue|platform|contacts)\b",
    re.I,
)
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
_QUESTION_LABEL = re.compile(
    r"\s*(?:(?:Q|QUESTION|Question|REPORTER|Reporter)\s*(?:\([^)]{0,40}\))?\s*[:.]"
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
_TRAILING_FRAME = re.compile(
    r"[^,;:\"“”]{0,160}?,\s*(he|she)\s+(?:said|says|added|stressed|noted|warned|insisted|argued)\b"
)
_PERSON_OFFICE = re.compile(
    r"(?:['’]s)?\s+(?:[\w-]+\s+){0,2}?(?:representative|envoy|ambassador|minister|spokesman|spokeswoman|"
    r"spokesperson|president|prime\s+minister|delegate|premier|foreign\s+minister)\b"
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
# ", and of Israel's compliance with …": a second object coordinated with the first.
_COORDINATED = re.compile(
    r"(?:,\s*|\s)and\s+(?:also\s+)?(?:of|to|for|on)\s+(?:\S+(?:\s+\S+){0,4}\s*)?$"
    # "demands a withdrawal … and the reactivation of the 1974 agreement": a second object
    r"|\sand\s+(?:the|a|an|its|their)\s+[\w-]+(?:\s+of)?(?:\s+the)?\s*$",
    re.I,
)
_CLAUSE_OPENER = re.compile(
    r"\b(?:while|whereas|which|who|that|when|as|according|said|says)\b", re.I
)
# ", calls for", ", and reaffirms": a comma before the next verb of a list of verb phrases.
_ATTRIBUTIVE_GAP = re.compile(r"[\"”’']?[ \t]+")
_APPOSITION_END = re.compile(r"[;.:(\"“”,]")
_TOPIC_LABEL = re.compile(rf"[ \t]*(?:{_LIST_MARKER}[ \t]*)?([\w'’ -]{{2,40}}?):\s+")
_PRESSURE_NOUN = re.compile(
    r"\b(?:under|foreign|international|american|us|u\.s\.|western|external|outside|the|of|any|no|"
    r"more|mounting|growing)\s+$"
)
_FROM_PLACE = re.compile(r"\bfrom\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?,\s*$")
_FRAME_LINE = re.compile(r":[ \t]*\n")
# "warned Beirut against …", "cautioned the Lebanese government against …": up to four
# words, none a verb of their own, between the warning and its "against".
_SPLIT_WARNING = re.compile(
    r"\b(?P<verb>warn(?:s|ed|ing)?|caution(?:s|ed|ing)?)\s+(?:(?!against\b|and\b|that\b|of\b)[\w'’-]+\s+){1,4}?against\b"
)
_LIST_NUMBER = re.compile(r"\d{1,2}[.)]")
_OWNED_LIST = re.compile(
    r"(?:['’]s)?\s+(?:[\w-]+\s+){0,2}?(?:document|paper|list|plan|proposals?|conditions|demands|"
    r"terms|note|draft|points|wish\s+list)\b"
)
_DEMAND_LIST = re.compile(
    r"\b(?:paper|list|demands|proposals?|conditions|terms|position|plan|requests|offer|wish\s+list)\b"
)
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
_PARTY_GAP = re.compile(r"(?:['’]s)?\s+(?:[a-z][\w-]*\s+){0,3}")
_NAME_AFTER_TITLE = re.compile(rf",?\s+{_PERSON_NAME}")
_NAME_COMMA = re.compile(rf"(?-i:{_PERSON_NAME}),\s+(?:the\s+|a\s+)?$")
_TITLE_AFTER_PARTY = re.compile(rf"(?:['’]s)?\s+(?:(?-i:[a-z])[\w-]*\s+)?{_OFFICIAL_TITLE}\b", re.I)
_NOT_A_NAME = re.compile(r"\b(?:The|Minister|Ministry|President|Foreign|Affairs|Council|Forces)\b")
_DOC_NOUNS = r"(?:draft|document|paper|non-paper|proposal|framework|memo|memorandum|text|plan)"
_DOC_NOUN = re.compile(rf"\b{_DOC_NOUNS}\b")
_DOC_SUBJECT = re.compile(rf"(?:^|\s)(?:the|this|that)\s+(?:[\w-]+\s+){{0,2}}?{_DOC_NOUNS}$")
_AUTHORED_BY = re.compile(
    rf"\b{_DOC_NOUNS}\b[^.;]{{0,40}}?\b(?:drawn\s+up|drafted|prepared|written|circulated|"
    r"authored|put\s+forward|submitted|tabled)\s+by\s+(?:the\s+)?"
)
_DOC_AFTER = re.compile(
    rf"(?:['’]s)?\s+(?:(?:draft|new|own|leaked|latest|written|revised|\d+-page)\s+){{0,2}}{_DOC_NOUNS}\b"
)
_PRONOUN_JUDGE = re.compile(
    r"(?<!which\s)(?<!that\s)(?<!what\s)\b(he|she|they)\s+(?:also\s+|again\s+|repeatedly\s+)?$"
)
_FORMER_LATTER = re.compile(r"\bthe\s+(former|latter)\s+(?:also\s+|again\s+)?$")
_PAST_YEAR_OPENER = re.compile(
    r"\s*(?:back\s+)?in\s+(?:(?:early|late|mid-?)\s*|(?:january|february|march|april|may|june|july|"
    r"august|september|october|november|december)\s+)?((?:19|20)\d\d)\b",
    re.I,
)
_GENERIC_SUBJECT = re.compile(
    r"\b(?:whoever|anyone\s+who|anybody\s+who|those\s+who|he\s+who|one\s+who)\s+(?:still\s+|really\s+)?$"
)
_LABEL_COLON = re.compile(r"[ \t]*:[ \t]*")
_BULLET_LEAD = re.compile(rf"[ \t]*(?:{_LIST_MARKER}[ \t]*)?")
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
_SPAN_CAP = 420
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
_DENIAL = re.compile(
    r"\s+(?:the\s+)?(?:reports?|claims?|suggestions?|speculation|allegations?|rumou?rs?)\s+(?:that|it|of)\b",
    re.I,
)
# "preferred not to be named": a cue word in an idiom that states no position.
_OWN_OBJECT = re.compile(r"\s*(?:the|a|an|what|any|its|their|his|her|this|these|those|such)\b")
# A cue inside "any X that …": the kind of thing supported or refused, not a position.
_ANY_THAT = re.compile(r"\bany\s+(?:[\w-]+\s+){0,3}(?:that|which)\s+(?:[\w'’-]+\s+){0,4}$")
_IDIOM_AFTER = re.compile(
    r"\s+(?:not\s+)?to\s+(?:be\s+)?(?:named|identified|comment|speak\s+on\s+the\s+record)|\s+anonymity"
    # "will not have to withdraw": an obligation, not a refusal
    r"|(?<=have)\s+(?:to|been)\b"
    # "Asked about Russian roles, she said …": a journalist's question, not a request
    r"|(?<=asked)(?:\s+(?:in|during|on|at)\s+[^,.;]{0,40}?)?\s+(?:about|whether|if|how|why|what|when|who|for\s+(?:his|her|their|a)\s+"
    r"(?:view|views|reaction|comment|response))\b",
    re.I,
)
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
    if text and _GROUP_SPEAKER.fullmatch(text.strip()):
        return speaker
    return speaker[:1]


def _finder_text(body: str) -> str:
    """The part of a body the rules read: all of any news article; of a page past
    MAX_FINDER_CHARS, the part before the last line break under it, so that text packed with
    cue words (the worst case, ~27 µs a character) stays under a minute. Spans stay valid:
    it is a prefix."""
    if len(body) <= MAX_FINDER_CHARS:
        return body
    cut = body.rfind("\n", 0, MAX_FINDER_CHARS)
    return body[: cut if cut > MAX_FINDER_CHARS // 2 else MAX_FINDER_CHARS]


def _speaker_head(text: str) -> str:
    """A speaker's noun phrase without its relative clause or its "for …" complement: "The
    Foreign Ministry's deputy director-general for the Middle East, who …" -> "The Foreign
    Ministry's deputy director-general"."""
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
            # "A former Israeli ambassador said …": someone who no longer speaks for a party
            w == "former" and any(x in _FORMER_OFFICES for x in words[i + 1 : i + 4])
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
}


def _words(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group(0).lower()) for m in WORD_RE.finditer(text, start, end)]


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
        self.parties: PhraseMatcher[tuple[str, str, Any]] = PhraseMatcher(party_phrases)
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


class RuleFinder:
    """The default finder: codebook-driven rules over sentences and clauses."""

    name = EXTRACTOR

    def find(self, article: Article, codebook: Codebook) -> list[Statement]:
        return _ArticleRun(article, _compiled(codebook)).run()


# ---------------------------------------------------------------------------- one article


class _ArticleRun:
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
        self._frames: dict[int, tuple[tuple[str, ...], int] | None] = {}  # _list_frame
        self._frame_at: list[int] | None = None  # sentences that may frame a list
        self._doc_author: str | None = None  # the one authored paper's party (_document_author)

    # -------------------------------------------------------------- setup
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

        cue_hits = self._split_cues(self.c.cues.findall(body))
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
        self._cue_at = -1  # the cue whose issues are being sought (_issues_for_cue)
        self._cue_starts: dict[int, list[int]] = {}  # each sentence's cue starts (_scope_end)
        self._heads: list[tuple[int, int, str, str]] | None = None  # list heads (_list_head_group)
        self._author: tuple[str | None] | None = None  # an official author's party (_author_party)
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
            made = self._sentence_statements(s)
            s.stated_by = tuple(dict.fromkeys(st.party for st in made))
            found.extend(made)
            previous = s
        return _dedupe(found)

    def _split_cues(self, hits: list[Hit[Cue]]) -> list[Hit[Cue]]:
        """Cues whose words a short object splits: "warned Beirut against any normalisation"
        is "warned against" said to Beirut. The hit spans the whole run so the addressee is
        read as part of the cue, not as the holder."""
        low = self.low
        if "against" not in low:
            return hits
        extra: list[Hit[Cue]] = []
        for m in _SPLIT_WARNING.finditer(low):
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

    def _add_introduced_people(self) -> None:
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
        if not ends:
            return
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
            r"\b(?:"
            + "|".join(re.escape(n) for n in sorted(people, key=len, reverse=True))
            + r")\b"
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

    def _mention(self, h: Hit[tuple[str, str, Any]]) -> Mention | None:
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
            if not re.search(
                r"\b(?:officials|sources|diplomats|circles|leaders|leadership|government|authorities|decision-makers|policymakers)\s+in\s+$",
                wider,
            ):
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
            return Mention(
                h.start, h.end, party, role, h.text, False
            )  # "UN-facilitated": an attribute
        if role == "demonyms":
            # "Israeli officials" holds positions; "Israeli forces" or "Syrian territory" does not.
            holder = bool(self.c.actor_re.match(after)) or after.startswith(("'s", "’s"))
            # "The Americans are pushing": a plural demonym as subject is the government.
            if (
                not holder
                and h.text.endswith("s")
                and re.search(r"\bthe\s+$", before)
                and re.match(
                    r"\s+(?:are|were|have|had|will|would|want|say|said|insist|reject|oppose|seek|do|did)\b",
                    after,
                )
            ):
                holder = True
        return Mention(h.start, h.end, party, role, h.text, holder)

    def _quote_speakers(self) -> list[tuple[int, int, tuple[str, ...], str]]:
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

    def _subject_before_quote(self, a: int) -> tuple[tuple[str, ...], str] | None:
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
            and (
                m.start - prev.start <= 3 or self.body[prev.start : m.start].rstrip().endswith(",")
            )
        ]
        if not head:
            return None
        m = head[0]
        if m.role not in ("people", "names", "capitals") and not (
            m.role == "demonyms" and _DEMONYM_PERSON.match(self.low, m.end)
        ):
            return None
        return (m.party,), m.text

    def _attribution(self, a: int, b: int) -> tuple[tuple[str, ...], str]:
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
        parties = tuple(
            dict.fromkeys(m.party for m in self._mentions_in(span[0], span[1]) if m.party)
        )
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
        elif not parties and span is not None and span[1] == a and _PRONOUN_COLON.search(words):
            # 'On normalisation he was, if anything, blunter: "…"': the person last named.
            i = bisect.bisect_right(self._sentence_starts, a) - 1
            person = self._last_person(self.sentences[max(0, i)])
            if person:
                parties = (person,)
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

    def _paragraph_speaker(self, start: int, end: int) -> str | None:
        """The party of the last person between ``start`` and ``end`` who is the subject of a
        speech verb ("Abdi said", "Lavrov, speaking in Moscow, told")."""
        found = None
        for m in self._mentions_in(start, end):
            if m.party and m.role == "people" and _SPEECH_AFTER.match(self.body, m.end, end):
                found = m.party
        return found

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

    # -------------------------------------------------------------- per-sentence context
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

    def _speaker_for(self, s: _Sentence, pos: int) -> tuple[tuple[str, ...], str | None]:
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
            elif _ANSWER_LABEL.fullmatch(label.group(1).strip()) or _NAME_LABEL.fullmatch(
                label.group(1).strip()
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
                if self.body.find("”", s.start, s.end) >= 0
                or self.body.find('"', s.start, s.end) >= 0
                else None
            )
            if said:
                person = self._last_person(s)
                if person:
                    parties, text = (person,), said.group(1)
        for g in s.grammar:
            if "speech" not in g.labels or g.start >= pos or g.phrase == "as saying":
                continue
            if g.phrase == "according to":
                seg_end = self.body.find(",", g.end, s.end)
                segs = [(g.end, seg_end if 0 < seg_end < pos else min(pos, g.end + 80))]
            elif g.phrase in ("quoted", "cited", "was quoted"):
                m2 = re.search(r"\bas\s+saying\b", self.body[g.end : s.end])
                obj = (g.end, g.end + m2.start()) if m2 else (g.end, min(pos, g.end + 60))
                segs = [obj, (self._clause_start(s, g.start), g.start)]
                if re.match(r"\s+by\b", self.body[g.end : g.end + 5]) or re.search(
                    r"\b(?:was|were|is|are|been)\s+$",
                    self.low[max(s.start, g.start - 12) : g.start],
                ):
                    segs = segs[
                        1:
                    ]  # "X was quoted by the press as saying": X speaks, the press relays
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
                segs = [(cs, g.start)]
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
                if not ms and (
                    re.match(r"(?i)(?:he|she)\b", words)
                    # "On Iran he left no room for doubt" (not "…, which he said": its
                    # antecedent is in the sentence)
                    or _PRONOUN_LAST.search(words.lower())
                ):
                    # "He also said that …": the person last named; "…, which he said": the
                    # person the sentence has named before.
                    person = (
                        self._person_before(s, seg[0])
                        if re.match(r"(?i)(?:which|that|who|whom)\b", words)
                        else None
                    ) or self._last_person(s)
                    if person:
                        pronoun = re.search(r"(?i)\b(?:he|she)\b", words)
                        parties, text = (person,), pronoun.group(0) if pronoun else words
                        break
                if (
                    not ms
                    and (_HOME_MINISTRY.match(words) or _HOME_MINISTRY.match(self.body, s.start))
                    and not any(m.party for m in self._mentions_in(s.start, g.start))
                ):
                    # "The Foreign Ministry's deputy director-general … told the committee", in
                    # an Israeli paper: the home government's.
                    home = self._home_party()
                    if home:
                        parties, text = (home,), words
                        break
                role = re.fullmatch(r"(?i)the\s+(\w+)", words)
                if not ms and role and role.group(1).lower() in _DEFINITE_ROLES:
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
                    break
                if words and len(words) < 80 and not parties:
                    text = words
        return parties, text

    def _interviewer_line(self, line_start: int, end: int) -> bool:
        """Whether the line belongs to a transcript's interviewer: a speaker label that
        stands for no party and whose lines are mostly questions."""
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
        if not self._interviewers:
            return False
        here = _LINE_LABEL.match(self.body, line_start, end)
        return bool(here and here.group(1) in self._interviewers)

    def _introduced_party(self, name: str) -> str | None:
        """The party of a speaker label's person as the article introduced them: "X,
        Minister of State at Qatar's Ministry …" or "Qatar's Minister of State X"."""
        memo = self._introduced_memo
        if name in memo:
            return memo[name]
        found: str | None = None
        words = name.split()
        if 1 <= len(words) <= 4 and name[:1].isupper() and len(name) >= 3:
            # "WHITFORD:" labels the "Caleb Whitford" the introduction named.
            for m in re.finditer(re.escape(name), self.body, re.I if name.isupper() else 0):
                if name.isupper() and m.group().isupper():
                    continue
                line_start = self.body.rfind("\n", 0, m.start()) + 1
                if m.start() == line_start or self.body[line_start : m.start()].strip() == "":
                    continue  # another label, not the introduction
                after = _INTRO_AFTER.match(self.body, m.end())
                before = _INTRO_BEFORE.search(self.body, max(0, m.start() - 120), m.start())
                span = (
                    (m.end(), after.end())
                    if after
                    else (before.start(), m.start())
                    if before
                    else None
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
                        x.party
                        for x in self._mentions_in(*span)
                        if x.party and x.role != "outsider"
                    ]
                    if parties:
                        found = parties[-1] if after else parties[0]
                        break
        memo[name] = found
        return found

    def _scene_party(self, s: _Sentence, before: int) -> str | None:
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

    def _speech_subjects(
        self, s: _Sentence, ms: list[Mention], seg: tuple[int, int], verb: int
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

    def _ends_with_speech(self, s: _Sentence) -> bool:
        """Whether the sentence, less trailing space and one full stop, ends in a verb that
        _speaker_for's trailing-attribution pattern needs (a cheap test before that regex)."""
        ends = self._speech_end_memo.get(s.index)
        if ends is None:
            tail = self.body[s.start : s.end].rstrip()
            if tail.endswith("."):
                tail = tail[:-1].rstrip()
            ends = self._speech_end_memo[s.index] = tail.endswith(_SPEECH_END)
        return ends

    def _clause_start(self, s: _Sentence, pos: int) -> int:
        """Where the clause holding ``pos`` starts (after a boundary or a speech frame)."""
        # Looked for in the 1,500 characters before ``pos`` only: a run-on sentence must not
        # cost its whole length per cue (a clause that long starts at the window).
        start = max(s.start, pos - 1500)
        cut = start
        for m in _CLAUSE_BREAK.finditer(self.body, start, pos):
            cut = m.end()
        return cut

    def _after_preposition(self, m: Mention) -> bool:
        """Whether a mention is governed by a preposition ("talks with Israel") or is an addressee."""
        memo = self._after_memo.get(id(m))
        if memo is not None and memo[0] is m:
            return memo[1]
        found = self._after_preposition_uncached(m)
        self._after_memo[id(m)] = (m, found)
        return found

    def _after_preposition_uncached(self, m: Mention) -> bool:
        j = m.start
        # Only the mention's own line and sentence: a heading above ("EGYPT WEIGHS IN") or
        # the sentence before ("… not allowed to stand on. Israel objects") governs nothing.
        i = bisect.bisect_right(self._sentence_starts, j) - 1
        sentence_start = self._sentence_starts[i] if i >= 0 else 0
        words = _words(
            self.body, max(0, j - 60, self.body.rfind("\n", 0, j) + 1, sentence_start), j
        )
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
                x
                for x in self._mentions_near(words[k][0] - 40, words[k][1])
                if x.end == words[k][1]
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

    def _mentions_near(self, start: int, end: int) -> list[Mention]:
        i = bisect.bisect_right(self._sentence_starts, end) - 1
        if i < 0:
            return []
        return [m for m in self.sentences[i].mentions if m.start >= start and m.end <= end]

    def _is_passive_by(self, by_pos: int) -> bool:
        prev = _words(self.body, max(0, by_pos - 30), by_pos)
        return bool(prev) and prev[-1][2].endswith(("ed", "en", "wn")) and len(prev[-1][2]) > 3

    # -------------------------------------------------------------- issues
    def _concepts_in(self, s: _Sentence, start: int, end: int) -> list[Hit[str]]:
        return [h for h in s.concepts if h.start >= start and h.end <= end]

    def _owner(self, s: _Sentence, h: Hit[str]) -> str | None:
        """The party whose thing a concept names: "Russian forces", "withdrawal of Israeli forces"."""
        memo = self._owner_memo.get(id(h))
        if memo is not None and memo[0] is h:
            return memo[1]
        found = self._owner_uncached(s, h)
        self._owner_memo[id(h)] = (h, found)
        return found

    def _owner_uncached(self, s: _Sentence, h: Hit[str]) -> str | None:
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
                    w.lower().endswith("ed") or w.lower() in _PREDICATING
                    for w in WORD_RE.findall(gap)
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
                and len(self.body[h.end : m.start]) <= 24
                # "training of the Syrian army": whom it is for, not whose it is ("the
                # defensive capabilities of the Syrian army" are still Syria's)
                and not ("military_cooperation" in h.labels and "strategic_weapons" not in h.labels)
            ):
                gap2 = self.body[h.end : m.start]
                # "withdrawal of Israeli forces" names an owner; "a round of Syrian-Israeli
                # contacts" names participants.
                forces_after = m.role != "demonyms" or _OWNER_FORCES.match(
                    self.low[m.end : m.end + 30]
                )
                if _OWNER_OF.fullmatch(gap2) and forces_after:
                    best = best or m
        return best.party if best else None

    def _issues_in(
        self,
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
                match = self._match_pattern(
                    s, issue, pat, by_concept, named, holder, wide, explicit
                )
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

    def _match_pattern(
        self,
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

    def _urged_addressee(self, s: _Sentence, pos: int) -> str | None:
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

    def _same_clause(self, a: Hit[str], b: Hit[str]) -> bool:
        lo, hi = (a.end, b.start) if a.end <= b.start else (b.end, a.start)
        return lo >= hi or _BOUNDARY.search(self.body, lo, hi) is None

    def _local_context(self, s: _Sentence, concept: str) -> bool:
        """Whether this sentence or the two before it name ``concept`` (a place, usually)."""
        for j in range(max(0, s.index - 2), s.index + 1):
            if any(concept in h.labels for h in self.sentences[j].concepts):
                return True
        return False

    def _choose_issues(
        self, s: _Sentence, cands: list[IssueMatch], scope_start: int, backward: bool
    ) -> list[IssueMatch]:
        """The issue(s) a cue is about: the nearest specific one, plus others right beside it."""
        keep_topics = self._welcoming
        cands = [
            c
            for c in cands
            if (keep_topics or not self._under_topic(s, c, scope_start))
            and not re.search(
                r"\bwithout\s+(?:\w+\s+){0,2}$", self.low[max(s.start, c.start - 30) : c.start]
            )
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

    def _under_topic(self, s: _Sentence, c: IssueMatch, after: int = 0) -> bool:
        # Only a topic phrase after the cue makes its object a topic: "discussed a US proposal
        # for a zone" is a proposal for the zone; "proposed talks on the zone" is not.
        for g in s.grammar:
            if (
                "topics" in g.labels
                and g.end <= c.start
                and c.start - g.end <= 40
                and g.start >= after
            ):
                between = self.body[g.end : c.start]
                if not re.search(r"[,;:]|\b(?:to|that|which)\b", between):
                    return True
        return False

    # -------------------------------------------------------------- cues
    def _sentence_statements(self, s: _Sentence) -> list[Statement]:
        text = self.body[s.start : s.end]
        if text.rstrip().endswith("?") or _QUOTED_QUESTION.match(text):
            return []  # a question states no position
        if len(text) < 80 and text.isupper() and " " in text.strip() and not self._party_label(s):
            # "ANKARA WELCOMES THE MOVE": a sub-heading, the desk's words ("QATAR: WE'LL HELP
            # PAY FOR THE ZONE" gives its party's own).
            return []
        line_start = self.body.rfind("\n", 0, s.start) + 1
        label = _QUESTION_LABEL.match(self.body, line_start, s.end)
        if label and not (
            label.group(0).lstrip().lower().startswith("reporter")
            and "?" not in self.body[line_start : self._line_end(s.end)]
        ):
            # "Q: Israeli media are reporting that …": a reporter's question (a TV
            # correspondent's "REPORTER:" line that asks nothing is a report).
            return []
        if _WRITER_LABEL.match(self.body, line_start, s.end):
            return []  # "Our read: …": the writer's analysis
        if self._interviewer_line(line_start, s.end):
            return []  # "BERGER: The Syrians say … Would you?": the interviewer's line
        past = (
            _PAST_YEAR_OPENER.match(text)
            if text[:8].lower().startswith(("in ", "back in"))
            else None
        )
        if past and self.day is not None and int(past.group(1)) < self.day.year:
            return []  # "In 2018, Russian military police took up posts …": background
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
        out.extend(self._brokered(s, {(st.party, st.issue) for st in out}))
        if BACKOFF:
            out.extend(self._backoff(s) if not out else ())
        return out

    def _brokered(self, s: _Sentence, taken: set[tuple[str, str]]) -> list[Statement]:
        """ "US-brokered talks", "talks facilitated by the United States": reported behaviour that
        plainly shows the broker backs its own mediation."""
        out: list[Statement] = []
        if all(self.body.find(w, s.start, s.end) < 0 for w in _BROKER_WORDS):
            return out  # every pattern needs one of these words (they match case-sensitively)
        for rx in (_BROKERED, _BROKERED_BY, _BROKER_NOUN):
            for m in rx.finditer(self.body, s.start, s.end):
                if rx is _BROKER_NOUN:
                    at = next(m.start(g) for g in ("who", "who2", "who3") if m.group(g))
                else:
                    at = m.start("who") if rx is _BROKERED else m.end()
                inside = rx is not _BROKERED_BY
                ms = [
                    x
                    for x in s.mentions
                    if x.party and (x.start <= at < x.end if inside else x.start == at)
                ]
                if not ms:
                    continue
                issue = _MEDIATION_OF.get(ms[0].party)
                if issue is None or (ms[0].party, issue) in taken:
                    continue
                span = ((m.start(), m.end()),)
                im = IssueMatch(issue, m.start(), m.end(), 1.0, False, span, False)
                hit: Hit[str] = Hit(m.start(), m.end(), m.group(0), m.group(0), ())
                out.append(self._statement(s, ms[0].party, im, 2, hit, 0.6, ms[0].text))
                taken.add((ms[0].party, issue))
        return out

    def _analyst_voice(self, s: _Sentence) -> bool:
        """Whether the sentence is an analyst's or academic's words ("Prof. Darwish argued
        that …", "…, a researcher said"): a reading of the parties, not their position."""
        memo = self._analyst_memo
        found = memo.get(s.index)
        if found is None:
            found = memo[s.index] = any(
                "speech" in g.labels
                and (
                    _names_analyst(
                        [w for _, _, w in _words(self.body, max(s.start, g.start - 40), g.start)][
                            -5:
                        ]
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

    def _split_refusals(self, s: _Sentence, taken: set[tuple[str, str]]) -> list[Statement]:
        """'"We will not," Qassem said, "hand over our weapons."': a refusal split by its
        frame refuses what the quotation goes on to name; the frame names the speaker."""
        if "," not in self.body[s.start : s.end]:
            return []
        out: list[Statement] = []
        for m in _SPLIT_REFUSAL.finditer(self.body, s.start, s.end):
            frame = [x for x in self._mentions_in(m.start("frame"), m.end("frame")) if x.party]
            person = (
                self._last_person(s)
                if not frame
                and re.match(r"(?:he|she)\s", self.low[m.start("frame") : m.end("frame")])
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

    def _past_relative(self, s: _Sentence, hit: Hit[Cue]) -> bool:
        """Whether the cue sits in a relative clause dated in the past ("…, which last year
        dismissed …"); the substring test spares the regex on most cues."""
        lo = max(s.start, hit.start - 90)
        return self.low.find("wh", lo, hit.start) >= 0 and bool(
            _PAST_RELATIVE.search(self.low, lo, hit.start)
        )

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
        if self._past_relative(s, hit):
            return []  # "which last year dismissed …": a past stance
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
        if _ANY_THAT.search(self.low, max(s.start, hit.start - 70), hit.start):
            return []  # "any arrangement that the Syrians freely accept": what is supported
        if _DENIAL.match(self.body, hit.end, s.end) and cue.stance < 0:
            self._denied_after = hit.end  # "rejected reports that it would accept X": negates X
            return []
        # "if the Syrian leadership asks for it": a condition someone else sets, not a
        # position the asker has taken ("only if" is a demand, and stays).
        lead = self.low[max(s.start, hit.start - 60) : hit.start]
        lead = re.split(r"[,;:\"“”]", lead)[-1]
        if re.search(r"\b(?:if|unless|whether)\b", lead) or _TERMS_CLAUSE.search(lead):
            return []  # also "for as long as Damascus wants them": the terms of another's act
        if re.search(r"\bwithout\s+(?:a|an|any|the)?\s*$", lead):
            return []  # "ended the talks without a signed document": an event, not a stance
        if _ASKED_LEAD.match(self.low, s.start, hit.start):
            return []  # "Asked about reports that Türkiye intends to …, Guler said": the question's words
        if self._past_relative(s, hit):
            return []  # "Egypt, which last year dismissed the zone, said nothing": a past stance
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
                r"\b(?:been|being|was|were|is|are)\s+$",
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

    def _label_colon(self, hit: Hit[Cue]) -> int | None:
        """Where the object of a cue used as a line's label starts ("* Wants: Israeli forces
        back …", "Rejects: any corridor …"), or None."""
        colon = _LABEL_COLON.match(self.body, hit.end)
        if colon is None:
            return None
        line_start = self.body.rfind("\n", 0, hit.start) + 1
        if not _BULLET_LEAD.fullmatch(self.body, line_start, hit.start):
            return None
        return colon.end()

    def _conditions(
        self,
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

    def _stance(
        self, s: _Sentence, hit: Hit[Cue], cue: Cue, chain: bool = False, after: int = 0
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
        ]
        if cue.kind == "modal" and _MODAL_NOT.match(self.low, hit.end):
            # "US forces should not leave Syria": a prohibition, the refusal of what follows.
            return -2, True
        denied = getattr(self, "_denied_after", -1)
        if s.start <= denied <= hit.start and hit.start - denied < 60:
            base_neg = cue.negated if cue.negated is not None else (-2 if cue.stance > 0 else 0)
            return base_neg, True
        negated = bool(negators) or (
            bool(re.search(r"\b(?:not|n't|never|no longer)\b", own))
            and base > 0
            and not own.startswith(
                (
                    "will not",
                    "won't",
                    "cannot",
                    "can't",
                    "will never",
                    "would never",
                    "there",
                    "not going",
                )
            )
            and not _NOT_NEGOTIABLE.search(own)  # "not negotiable": held, its "not" its own
        )
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

    # -------------------------------------------------------------- holders
    def _passive_agent(self, s: _Sentence, hit: Hit[Cue]) -> Mention | None:
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

    def _holders(
        self, s: _Sentence, hit: Hit[Cue], cue: Cue
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
        found = self._verb_holders(s, hit)
        if not found[0] and hit.phrase.startswith("there "):
            # "There will be no stability without …" has no subject: in an official's signed
            # piece, the author's.
            author = self._signed_author(s)
            if author:
                return (author,), "pronoun", None
        return found

    def _verb_group_start(self, s: _Sentence, pos: int) -> int:
        words = _words(self.body, max(s.start, pos - 120), pos)
        k = len(words) - 1
        start = pos
        while k >= 0 and (
            words[k][2] in _AUX or words[k][2].endswith("ly") or words[k][2] in ("principle", "in")
        ):
            start = words[k][0]
            k -= 1
        return start

    def _verb_holders(self, s: _Sentence, hit: Hit[Cue]) -> tuple[tuple[str, ...], str, str | None]:
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
                    any(
                        m.party and m.holder and last[1] < m.start and m.end <= g
                        for m in s.mentions
                    )
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
            r"|(?:he|she|they|it|officials|sources|(?:the|a|an|one)\s+(?:[\w-]+\s+){0,2}?"
            r"(?:officials?|sources?|ministers?|spokes\w+|diplomats?|envoys?|aides?))"
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
            elif (
                w in _DEFINITE_ROLES and len(words) >= 2 and words[-2][2] in ("the", "two", "both")
            ):
                # "The Minister condemned …": the office named earlier in the article.
                who = self._definite_role(s, w)
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
            if m.party
            and m.holder
            and cs <= m.start
            and m.end <= g
            and not self._after_preposition(m)
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
        # The clause names no party: whoever the sentence reports as speaking.
        speaker, speaker_text = self._speaker_for(s, hit.start)
        if speaker:
            return _speakers(speaker, speaker_text), "speaker", speaker_text
        if s.bullet:
            lead = self._lead_party(s)
            if lead:
                return (lead,), "list", None
        return (), "none", None

    def _first_speech(self, s: _Sentence) -> int:
        for g in s.grammar:
            if "speech" in g.labels:
                return g.start
        return s.end

    def _subject_text(self, s: _Sentence, m: Mention) -> str:
        # Extend a demonym to its noun phrase: "a senior Israeli official".
        start = m.start
        words = _words(self.body, max(s.start, m.start - 40), m.start)
        k = len(words) - 1
        while k >= 0 and (
            words[k][2] in _TITLES
            or words[k][2] in _DETERMINERS
            or words[k][2] in ("senior", "top")
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

    def _conjoined(self, s: _Sentence, m: Mention) -> tuple[str, ...]:
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

    def _first_person(self, s: _Sentence, pos: int | None = None) -> str | None:
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
        author = self._author_party()
        if author:
            return author  # "My government has made its choice": the minister who signs it
        voice = self._voice()
        if voice:
            return voice
        if self.people_counts:
            return self.people_counts.most_common(1)[0][0]
        if self.party_counts:
            return self.party_counts.most_common(1)[0][0]
        return None

    def _is_subject_of(self, m: Mention, g: int) -> bool:
        # A mention right before the verb group ("… and Syria will") is its own subject.
        return bool(re.fullmatch(r"\s*(?:[’']s\s+\w+\s*)?", self.body[m.end : g]))

    def _issue_owner(self, s: _Sentence, im: IssueMatch, holder: str | None = None) -> str | None:
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

    def _recent_party(self, s: _Sentence) -> str | None:
        for j in range(s.index - 1, max(-1, s.index - 3), -1):
            ms = [
                m
                for m in self.sentences[j].mentions
                if m.party and m.holder and not self._after_preposition(m)
            ]
            if ms:
                return ms[0].party
        return None

    def _person_before(self, s: _Sentence, pos: int) -> str | None:
        """The party of the first person the sentence names before ``pos`` ("An Israeli
        official said …, which he said …")."""
        for m in s.mentions:
            if m.end > pos:
                break
            if m.party and m.holder and self._names_one_person(m):
                return m.party
        return None

    def _names_one_person(self, m: Mention) -> bool:
        """A person, or a party named with one person's office: "Safadi", "a Syrian official",
        "France's representative" (not "the Syrian army")."""
        return bool(
            m.role == "people"
            or (m.role == "demonyms" and _DEMONYM_PERSON.match(self.low, m.end))
            or _PERSON_OFFICE.match(self.low, m.end, min(len(self.low), m.end + 40))
        )

    def _last_person(self, s: _Sentence) -> str | None:
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
        # "The minister said …. He condemned …. Israel, he said, must …": the chain goes on
        # from the last speaker the text named by a singular title.
        for j in range(s.index - 1, max(-1, s.index - 4), -1):
            prev = self.sentences[j]
            if prev.speaker_text and _TITLED_SPEAKER.fullmatch(_speaker_head(prev.speaker_text)):
                # What it was found to state is surer than who speaks at its end.
                said = prev.stated_by if len(prev.stated_by) == 1 else prev.speaker
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
                return others[-1].party
        return None

    def _definite_role(self, s: _Sentence, role: str) -> tuple[str, ...]:
        if role in ("former", "latter"):
            # "Egypt's minister and his Qatari counterpart … The latter said …"
            pair = self._pair(s)
            return (pair[role == "latter"],) if pair else ()
        plural = role.endswith("s") and role not in ("minister's",)
        if plural:
            listed = self._listed_role(s, role)
            if len(listed) >= 2:
                return listed
        # An anonymous official may have been placed a few paragraphs up ("Israeli officials
        # … a senior official put it more bluntly … the same official").
        reach = 11 if role in _ANONYMOUS_ROLES else 6
        found = self._role_holders(s, role, range(s.index - 1, max(-1, s.index - reach), -1))
        if found and not plural:
            return (found[0],)
        if plural and len(found) >= 2:
            return tuple(found[:2])
        if not found and not plural and role not in _ANONYMOUS_ROLES and role != "president":
            # "Saudi Arabia's foreign minister has said …" eight sentences up, and no other
            # minister since the start: "the minister" is still that one. ("The President",
            # in an official's mouth, is his own, whoever else the text has named.)
            found = self._role_holders(s, role, range(s.index - 1, -1, -1), every=True)
            if len(found) == 1:
                return (found[0],)
            found = []
        if not found and role in _INSTITUTION_ROLES:
            # "Riyadh, … SPA -- The Council of Ministers held its session": an institution the
            # text never ties to a party sits where the dateline says, before the page's voice.
            voice = self._dateline_party() or self._voice()
            return (voice,) if voice else ()
        return tuple(found[:1]) if not plural else ()

    def _role_holders(
        self, s: _Sentence, role: str, sentences: range, every: bool = False
    ) -> list[str]:
        """The parties of the mentions in `sentences` that hold `role` ("Iran's Foreign
        Ministry spokesman" for "the spokesman"), nearest first; the first one only unless
        `every`."""
        plural = role.endswith("s") and role not in ("minister's",)
        found: list[str] = []
        for j in sentences:
            for m in reversed(self.sentences[j].mentions):
                if not m.party or not m.holder:
                    continue
                if (
                    m.role != "people"
                    and role not in _INSTITUTION_ROLES
                    # "Iran's Foreign Ministry spokesman …. The spokesman said": the office.
                    and not _PERSON_OFFICE.match(self.low, m.end, m.end + 40)
                    # "a senior IDF officer …. '…,' the officer said": the force's.
                    and not (
                        role in _ANONYMOUS_ROLES
                        and re.match(
                            r"\s+(?:[\w-]+\s+){0,2}?" + role + r"s?\b", self.low[m.end : m.end + 40]
                        )
                    )
                ):
                    continue
                after = self.low[m.end : m.end + 40]
                # "Safadi, the foreign minister," is an apposition; "al-Shaibani, following
                # talks in which the minister …" is another phrase. (For "the two ministers",
                # "Abdelatty, and the two ministers held …" does name one of them.)
                cut = None if plural else _APPOSITION_END.search(after)
                if cut and not re.match(
                    r",\s+(?:(?:the|a|an|its|his|her|their)\s+)?(?:[\w'’-]+\s+){0,2}?"
                    + re.escape(role.rstrip("s")),
                    after[cut.start() :],
                ):
                    after = after[: cut.start()]
                # The mention's own noun phrase: not back past another name ("Foreign Minister
                # Abdelatty told his Syrian counterpart, al-Shibani": al-Shibani is no minister).
                lead = max(
                    [
                        x.end
                        for x in self.sentences[j].mentions
                        if x.end <= m.start
                        and x.role == "people"
                        and x.party != m.party
                        # "Foreign Ministers Fidan and al-Shibani": one title for both
                        and not re.fullmatch(r"\s*(?:,|and|&)\s*", self.body[x.end : m.start])
                    ],
                    default=0,
                )
                noun = self.low[max(0, m.start - 60, lead) : m.end]
                title = role.rstrip("s")
                if (title in after or title in noun) and m.party not in found:
                    found.append(m.party)
                if found and not plural and not every:
                    return found
                if plural and len(found) >= 2:
                    return found
        return found

    def _outsider_subject(
        self, s: _Sentence, start: int, end: int, last_party: Mention | None
    ) -> bool:
        """Whether an actor outside the codebook is the subject between ``start`` and ``end``:
        named after any party there, not governed by a preposition, not listed with a party."""
        outs = [
            m
            for m in s.mentions
            if m.role == "outsider"
            and start <= m.start
            and m.end <= end
            and (
                not self._after_preposition(m)
                # "Fu Cong of China said": the person's own country.
                or _NAME_OF.search(self.body, max(s.start, m.start - 40), m.start)
            )
        ]
        if not outs:
            return False
        if last_party is None:
            return True
        o = outs[-1]
        return o.start > last_party.end and not re.fullmatch(
            r"\s*(?:,|,?\s+and|,?\s+or)\s+(?:the\s+)?", self.body[last_party.end : o.start]
        )

    def _list_head_group(self, s: _Sentence, g: int) -> tuple[tuple[str, ...], str] | None:
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

    def _listed_role(self, s: _Sentence, role: str) -> tuple[str, ...]:
        """ "the foreign ministers of Syria, the Republic of Türkiye and Lebanon …. The ministers
        stressed": every party of the list the role was introduced with."""
        word = role.rstrip("s")
        act = _LIST_ACTS.get(role)
        reach = 40 if act is _SUMMIT else 8
        for j in range(s.index - 1, max(-1, s.index - reach), -1):
            sent = self.sentences[j]
            if act is not None and not act.search(self.low, sent.start, sent.end):
                continue
            ms = [m for m in sent.mentions if m.party]
            if act is _SUMMIT:
                named = tuple(dict.fromkeys(m.party for m in ms if m.holder or m.role == "people"))
                if len(named) >= 2:
                    return named
                continue
            for k, m in enumerate(ms):
                if act is None and word not in self.low[max(sent.start, m.start - 40) : m.start]:
                    continue
                group = [m.party]
                right = m
                for nxt in ms[k + 1 :]:
                    if not _LIST_GAP.fullmatch(self.body, right.end, nxt.start):
                        break
                    group.append(nxt.party)
                    right = nxt
                # "At the invitation of Ayman Safadi, … Minister of Foreign Affairs, the foreign
                # ministers of …": the host holding that office is one of them.
                hosts = [
                    x.party
                    for x in ms
                    if x.role == "people"
                    and word in self.low[x.end : x.end + 80]
                    and x.end <= m.start
                ]
                group = list(dict.fromkeys(hosts + group))
                if len(group) >= 2:
                    return tuple(group)
        return ()

    def _dateline_party(self) -> str | None:
        """The government of the capital a wire dateline names ("DAMASCUS (Reuters) -")."""
        # A plain-text page whose first paragraph is the dateline has it as its title.
        m = _DATELINE.search(self.body, 0, 1500) or _DATELINE.match(self.a.title or "")
        return self._capital_party(m.group(1)) if m else None

    def _home_party(self) -> str | None:
        """The country a wire dateline or the outlet's own name places the page in ("The
        Jerusalem Ledger", "The Beirut Herald"): whose "Foreign Ministry" goes unqualified."""
        return self._dateline_party() or self._capital_party(self.a.outlet or "")

    def _capital_party(self, text: str) -> str | None:
        """The government of the first capital named in ``text``."""
        for h in self.c.parties.findall(text):
            capitals = [str(lab[0]) for lab in h.labels if lab[1] == "capitals"]
            if capitals:
                return capitals[0]
        return None

    def _voice(self) -> str | None:
        # An interviewee named throughout speaks for the article; otherwise the institution
        # the page belongs to (its title or header: a ministry's briefing, a party's
        # statement).
        if self._transcript is None:  # once per article: the body does not change
            self._transcript = (
                re.search(r"(?m)^\s*(?:Q|QUESTION)\s*(?:\([^)]{0,40}\))?\s*:", self.body)
                is not None
            )
        if self._transcript:
            # A briefing's questions name other people; the page's own institution answers,
            # and it is the party the transcript names most when the header is gone.
            voice = self._title_party()
            if voice:
                return voice
            if self.party_counts:
                return self.party_counts.most_common(1)[0][0]
        if self.people_counts and self.people_counts.most_common(1)[0][1] >= 3:
            return self.people_counts.most_common(1)[0][0]
        return self._title_party()

    def _signed_author(self, s: _Sentence) -> str | None:
        """The official who signs the piece, when the sentence is in the author's own words
        (quoting no one)."""
        author = self._author_party()
        return author if author and not self._names_quote(s) else None

    def _names_quote(self, s: _Sentence) -> bool:
        """Whether the sentence quotes someone (its words are then not the author's)."""
        return any(c in self.body[s.start : s.end] for c in '"“”«»')

    def _author_party(self) -> str | None:
        """The party of an official who signs the piece: a byline naming a known official
        ("By Hakan Fidan"), or "The author is Minister of Foreign Affairs of …"."""
        if self._author is None:
            found: str | None = None
            texts = [self.a.byline or ""]
            note = _AUTHOR_NOTE.search(self.body, 0, 3000)
            if note:
                texts.append(note.group(1))
            for text in texts:
                for h in self.c.parties.findall(text):
                    labels = [
                        lab
                        for lab in h.labels
                        if lab[1] not in ("source", "outsider")
                        and (text is not texts[0] or lab[1] == "people")
                        and (lab[2] is None or lab[2].holds_on(self.day))
                    ]
                    if labels:
                        found = str(labels[0][0])
                        break
                if found:
                    break
            self._author = (found,)
        return self._author[0]

    def _title_party(self) -> str | None:
        # A capital in a title is a place line ("(Riyadh)"), not the page's voice; an office
        # named with its party ("Syria's foreign minister", "French Ministry") is the best sign.
        # The header lines above the text count too: a ministry's page names its state there.
        # A dateline capital on a header line of its own ("Washington, D.C.") is the last resort.
        header: list[str] = []
        for line in self.body[:600].split("\n"):
            if len(line.split()) > 12:
                break  # the text proper has begun
            header.append(line)
        title = (self.a.title or "") + "\n" + "\n".join(header)
        ranked: list[tuple[int, int, int, str]] = []
        for h in self.c.parties.findall(title):
            in_header = h.start > len(self.a.title or "")
            choices = [
                lab
                for lab in h.labels
                if lab[1] != "source"
                and (lab[1] != "capitals" or in_header)
                and (lab[2] is None or lab[2].holds_on(self.day))
            ]
            if not choices:
                continue
            after = title[h.end : h.end + 40]
            if in_header and choices[0][1] != "capitals":
                line = title[
                    title.rfind("\n", 0, h.start) + 1 : title.find("\n", h.end) % (len(title) + 1)
                ]
                if _ISSUER_LINE.search(line):
                    # "Republic of Türkiye — Ministry of Foreign Affairs" over a press release
                    # about Israeli strikes: the issuer, whatever the headline names.
                    ranked.append((-1, -1, h.start, str(choices[0][0])))
                    continue
            if choices[0][1] == "capitals":
                line = title[
                    title.rfind("\n", 0, h.start) + 1 : title.find("\n", h.end)
                    if "\n" in title[h.end :]
                    else len(title)
                ]
                # "Transcript | Washington, D.C. | 2:14 p.m.": one cell of a header line.
                if not any(
                    re.fullmatch(r"\s*[\w .'’-]+(?:,\s*[\w.]+)?\s*", cell)
                    for cell in line.split("|")
                ):
                    continue
                rank = 2
            else:
                rank = 0 if self.c.actor_re.match(re.sub(r"^(?:'s|’s)", "", after)) else 1
            ranked.append((int(in_header), rank, h.start, str(choices[0][0])))
        return min(ranked)[3] if ranked else None

    def _pronoun(self, s: _Sentence, word: str, pos: int) -> tuple[str, ...]:
        kind = _PRONOUNS[word]
        if kind == "sp":
            who = self._first_person(s, pos)
            return (who,) if who else ()
        if s.speaker and kind == "sg":
            return s.speaker[:1]
        cs = s.start
        # '"That is for Syria to decide," he said': the quotation's own words name someone
        # the speaker talks about, not the speaker.
        before = self.body[cs:pos].rstrip()
        if before.endswith(('"', "”")):
            opening = max(before.rfind('"', 0, len(before) - 1), before.rfind("“"))
            if opening >= 0:
                pos = cs + opening
        earlier = [
            m
            for m in s.mentions
            if m.party
            and m.holder
            and m.end <= pos
            and m.start >= cs
            and not self._after_preposition(m)
        ]
        if earlier:
            # "The Saudi and Egyptian ministries … and both reaffirmed their support": all of them.
            if kind == "pl":
                for m in earlier:
                    group = self._conjoined(s, m)
                    if earlier[0].party in group and len(group) > 1:
                        return group
            return (earlier[0].party,)
        prev = self.sentences[s.index - 1] if s.index > 0 else None
        if prev is not None:
            if kind == "pl" and prev.group:
                return prev.group
            if word in _PERSONAL and not self._names_person(prev):
                # "The Secretary-General reiterates that Israel must …. He also calls for …":
                # "he" is the person who spoke, not the state the clause was about.
                if prev.speaker:
                    return prev.speaker[:1]
                if prev.stated_by:
                    return prev.stated_by[:1]
            if prev.subject_parties:
                return prev.subject_parties[:1]
            if kind == "sg" and word == "it" and len(prev.stated_by) == 1:
                # "It demands …. It will not consent …": the one the sentence before had
                # speaking through its own pronoun.
                return prev.stated_by
        return ()

    def _names_person(self, s: _Sentence) -> bool:
        return any(
            m.party
            and m.holder
            and (m.role == "people" or _PERSON_OFFICE.match(self.low, m.end, m.end + 40))
            for m in s.mentions
        )

    def _whole_paragraph(self, a: int, b: int) -> bool:
        before = self.body.rfind("\n", 0, a) + 1
        after = self.body.find("\n", b)
        return (
            not self.body[before:a].strip()
            and not self.body[b : len(self.body) if after < 0 else after].strip()
        )

    def _headline_person(self) -> tuple[str, str] | None:
        """The one person of the codebook the headline names, with the name as written."""
        found = {
            (str(lab[0]), h.text)
            for h in self._headline_hits()
            for lab in h.labels
            if lab[0] and lab[1] == "people"
        }
        return found.pop() if len(found) == 1 else None

    def _headline_official(self) -> str | None:
        """The party of the one official the headline names by office ("France's foreign
        minister at Paris think tank: …")."""
        low = (self.a.title or "").lower()
        found = {
            str(lab[0])
            for h in self._headline_hits()
            for lab in h.labels
            if lab[0]
            and lab[1] in ("names", "demonyms", "capitals")
            and _PERSON_OFFICE.match(low, h.end, h.end + 40)
            and not _PLURAL_PEOPLE.match(low, h.end)
        }
        return found.pop() if len(found) == 1 else None

    def _headline_hits(self) -> list[Hit[tuple[str, str, Any]]]:
        """The party phrases of the headline, matched once per article."""
        if self._headline is None:
            self._headline = self.c.parties.findall(self.a.title or "")
        return self._headline

    def _title_parties(self) -> tuple[str, ...]:
        """The parties the headline names, in order (each once)."""
        if self._titled is None:
            found: list[str] = []
            for h in self._headline_hits():
                found.extend(str(lab[0]) for lab in h.labels if lab[0] and lab[1] != "source")
            self._titled = tuple(dict.fromkeys(found))
        return self._titled

    def _pair(self, s: _Sentence) -> tuple[str, ...]:
        """The two people "the former", "the latter" and "both men" stand for: the first two
        subjects of the nearest sentence that has two, kept for the rest of the article
        once found ("The two spoke as one. The latter called …")."""
        if self._pair_found is not None and self._pair_found[0] < s.index:
            return self._pair_found[1]
        for j in range(s.index - 1, max(-1, s.index - 12), -1):
            prev = self.sentences[j]
            # Two people of two parties ("Egypt's foreign minister, Badr Abdelatty, and his
            # Qatari counterpart, Sheikh Mohammed …"); or, right before, two subjects.
            people = tuple(
                dict.fromkeys(m.party for m in prev.mentions if m.party and m.role == "people")
            )
            pair = people if len(people) >= 2 else ()
            if not pair and j >= s.index - 2 and len(prev.subject_parties) >= 2:
                pair = prev.subject_parties
            if pair:
                self._pair_found = (j, pair[:2])
                return pair[:2]
        return ()

    def _plural_group(self, s: _Sentence, phrase: str = "") -> tuple[str, ...]:
        count = _GROUP_COUNT.search(phrase)
        if count:
            # "The two sides condemned the Israeli attacks on Syrian territory. The two sides
            # demanded …" in a communiqué of Egypt and Jordan: two subjects right before, else
            # the two the headline names, not every party the sentence before spoke of.
            n = _COUNTS[count.group(0)]
            for j in range(s.index - 1, max(-1, s.index - 3), -1):
                if len(self.sentences[j].subject_parties) == n:
                    return self.sentences[j].subject_parties
            titled = self._title_parties()
            if len(titled) == n:
                return titled
        for j in range(s.index - 1, max(-1, s.index - 4), -1):
            g = self.sentences[j].group
            if g:
                return g
        own = tuple(dict.fromkeys(m.party for m in s.mentions if m.party))
        return own if len(own) >= 2 else ()

    def _lead_party(self, s: _Sentence) -> str | None:
        seen = 0
        for j in range(s.index - 1, max(-1, s.index - 8), -1):
            prev = self.sentences[j]
            if prev.bullet:
                continue
            heading = self.body[prev.start : prev.end].strip()
            if heading.isupper() and len(heading.split()) <= 6:
                # "THE DRUZE OF SWEIDA" over a factbox's bullets: whose entry it is.
                named = [m.party for m in prev.mentions if m.party]
                if named:
                    return named[0]
            for m in prev.mentions:
                if m.party and (m.holder or self.body[m.end : m.end + 2] in ("'s", "’s")):
                    return m.party
            if prev.speaker:
                return prev.speaker[0]
            seen += 1
            if seen >= 2:
                return None
        return None

    def _kingdom(self, s: _Sentence, pos: int) -> str | None:
        """The monarchy "the Kingdom" stands for: the one this sentence (or the one before)
        last named ("The Saudi side reiterated that the Kingdom …"), else the one the article
        names most."""
        prev = [self.sentences[s.index - 1]] if s.index > 0 else []
        for sent in [s, *prev]:
            named = [
                m.party
                for m in sent.mentions
                if m.party in _MONARCHIES and (sent is not s or m.end <= pos)
            ]
            if named:
                return named[-1]
        kings = [(self.party_counts[p], p) for p in _MONARCHIES if self.party_counts[p]]
        return max(kings)[1] if kings else None

    def _noun_holders(
        self, s: _Sentence, hit: Hit[Cue], cue: Cue
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
            verb = re.search(r"(\w+)\s+$", self.body[max(s.start, at - 30) : at])
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

    # -------------------------------------------------------------- scope
    def _cue_kind_at(self, s: _Sentence, h: Hit[Cue]) -> str | None:
        cue = self._cue_for(s, h)
        return cue.kind if cue is not None else None

    def _scope_end(self, s: _Sentence, start: int) -> int:
        text = self.body
        pos = start
        # Parentheticals right after the cue are not its end: "prefers, according to KAN, a …".
        while True:
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
            found = list(
                _AND_PREPOSITION.finditer(self.low, start, words[min(len(words), 44) - 1][1])
            )
            last = found[-1] if found else None
            if last is not None:
                k = bisect.bisect_left([w[0] for w in words], last.end())
                cut = max(cut, words[min(len(words), k + 12) - 1][1])
            end = cut
        return end

    def _line_end(self, pos: int) -> int:
        end = self.body.find("\n", pos)
        return len(self.body) if end < 0 else end

    def _new_predicate_at(self, s: _Sentence, end: int) -> bool:
        """Whether a scope's end is "and" before a cue with a finite verb ("… support to the
        army and has no intention of withdrawing"): a new predicate, not to be stretched over."""
        m = _AND_AFTER.match(self.low, end)
        if m is None:
            return False
        return any(h.start == m.end() and h.phrase.split(" ", 1)[0] in _AUXILIARIES for h in s.cues)

    def _issues_for(
        self,
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

    def _issues_for_cue(
        self,
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
                or (
                    how == "scope"
                    and cue.kind == "modal"
                    and all(c.end <= hit.start for c in found)
                )
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

    def _ended_before(self, c: IssueMatch, s: _Sentence, pos: int) -> bool:
        """Whether an ending after the issue's words ("X, she said, 'has to end'") comes
        before ``pos``: the match has turned the issue around already."""
        m = _MUST_END.match(self.low, c.end, min(s.end, c.end + 130))
        return m is not None and m.end() <= pos

    def _issues_for_cue_here(
        self,
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
            # "forces would remain": the predicate's own words count; otherwise what it judges comes first.
            cands = self._issues_in(
                s, cs, hit.end if re.search(r"\b(?:stay|remain)", hit.phrase) else hit.start, holder
            )
            chosen = self._choose_issues(s, cands, cs, backward=True)
            inside = [h.end for h in s.concepts if hit.start <= h.start < max(hit.end, scope_from)]
            if not chosen and inside:
                # "Syria is one and indivisible": the predicate names its issue itself.
                cands = self._issues_in(s, cs, max(hit.end, *inside), holder)
                chosen = self._choose_issues(s, cands, cs, backward=True)
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
            and not _CONDITION.match(
                self.low, end + 1 if self.low[end : end + 1].isspace() else end
            )
            and not _AS_VERDICT.match(
                self.low, end
            )  # the describer's verdict is not stretched over
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

    def _document_author(self, s: _Sentence, words: list[tuple[int, int, str]]) -> str | None:
        """The party whose paper the subject ``words`` name ("the draft", "the 14-page
        document", or "it" after a sentence on the paper), when the article has exactly one
        authored paper ("a draft framework drawn up by the U.S. envoy's team")."""
        if not words:
            return None
        text = " ".join(w for _, _, w in words[-4:])
        after_paper = words[-1][2] == "it" and s.index > 0
        if after_paper:
            prev = self.sentences[s.index - 1]
            after_paper = bool(_DOC_NOUN.search(self.low, prev.start, prev.end))
        if not after_paper and not _DOC_SUBJECT.search(text):
            return None
        if self._doc_author is None:
            authors: set[str] = set()
            for m in _AUTHORED_BY.finditer(self.low):
                authors.update(
                    x.party
                    for x in self._mentions_in(m.end(), m.end() + 40)
                    if x.party and x.start == m.end()
                )
            for x in self.sentences:
                for mention in x.mentions:
                    if mention.party and _DOC_AFTER.match(self.low, mention.end, x.end):
                        authors.add(mention.party)
            self._doc_author = authors.pop() if len(authors) == 1 else ""
        return self._doc_author or None

    def _has_anaphor(self, s: _Sentence, start: int, end: int) -> bool:
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

    def _anaphora(self, s: _Sentence, hit: Hit[Cue]) -> tuple[list[IssueMatch], str]:
        here = [c for c in s.issues if c.end <= hit.start]
        if here:
            return [max(here, key=lambda c: c.end)], "anaphora"
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

    def _takeover_threats(self, s: _Sentence, made: list[Statement]) -> list[Statement]:
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
            ms = [
                x for x in self._mentions_in(m.start("who"), m.end("who")) if x.party and x.holder
            ]
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

    def _party_label(self, s: _Sentence) -> bool:
        """Whether the sentence opens its line with a party's name and a colon ("QATAR: …")."""
        label = _ANY_LABEL.match(self.body[s.start : s.end])
        return bool(
            label
            and self.body[self.body.rfind("\n", 0, s.start) + 1 : s.start].strip() == ""
            and any(m.party for m in self._mentions_in(s.start, s.start + label.end(1)))
        )

    # -------------------------------------------------------------- framed lists
    def _list_frame(self, s: _Sentence) -> tuple[tuple[str, ...], int] | None:
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

    def _frame_of(self, f: _Sentence) -> tuple[tuple[str, ...], int] | None:
        verbs = [
            (h, c) for h in f.cues if (c := self._cue_for(f, h)) is not None and c.kind == "verb"
        ]
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

    def _list_item_statements(self, s: _Sentence, made: list[Statement]) -> list[Statement]:
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

    # -------------------------------------------------------------- no-X lists
    def _no_statements(self, s: _Sentence) -> list[Statement]:
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
                    if x.party
                    and x.holder
                    and s.start + m.start() - 4 <= x.end <= s.start + m.start()
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

    def _no_items(
        self,
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
        issues = (
            self._issues_in(s, start, s.end, holder=owner, explicit=True) if owner else s.issues
        )
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

    # -------------------------------------------------------------- output
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


# ---------------------------------------------------------------------------- helpers

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


# How many parties "the two sides", "both countries", "the three capitals" stand for.
_COUNTS = {"two": 2, "both": 2, "three": 3, "four": 4, "five": 5, "six": 6}
_GROUP_COUNT = re.compile(r"\b(?:two|both|three|four|five|six)\b")
# "both men", "the two leaders": two people, the pair the text has been following.
_PAIR_NOUNS = ("men", "women", "leaders")
_RELATIVE_BEFORE_VERB = re.compile(
    r",\s*(?:which|who|whose)\s(?:[^,;:—–\"“”]|(?<=\d),(?=\d)){3,120},\s*$"  # ("10,000" is one word)
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
