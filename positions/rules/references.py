"""What a sentence's indirect references stand for: pronouns, "the minister", "the two
sides", "the former", "the Kingdom", the headline's people, datelines, bylines and papers."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from positions.matcher import Hit
from positions.rules.lexicon import (
    _ANONYMOUS_ROLES,
    _DOC_NOUNS,
    _DOC_SUBJECT,
    _PERSON_OFFICE,
    _PLURAL_PEOPLE,
    _PRONOUNS,
)
from positions.rules.records import Mention, _Sentence

if TYPE_CHECKING:
    from positions.rules.run import ArticleRun


_SUMMIT = re.compile(
    r"\b(?:with\s+the\s+participation\s+of|attended\s+by|at\s+the\s+invitation\s+of|summit|gathered)\b"
)
# A plural role whose list is introduced by the act, not the noun: "The foreign ministers of
# Jordan, Egypt and Qatar signed a letter …. The signatories reject …".
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
_PERSONAL = {"he", "she", "his", "her"}
# An op-ed's note on its author: "The author is Minister of Foreign Affairs of Türkiye."
_AUTHOR_NOTE = re.compile(r"(?m)^[ \t]*[(*_]*\s*The\s+(?:author|writer)\s+is\s+([^\n]{5,200})$")
# A person named with his country: "Fu Cong of China".
_NAME_OF = re.compile(r"\b[A-Z][\w'’-]+\s+of\s+(?:the\s+)?$")
# A header line that names the page's issuer: "Republic of Türkiye — Ministry of Foreign
# Affairs", "Embassy of the Russian Federation in Israel".
_ISSUER_LINE = re.compile(
    r"\b(?:Ministry|Embassy|Permanent\s+Mission|Presidency|Office\s+of\s+the)\b"
)
# Between two items of a list of states: ", the Republic of ", " and ".
_LIST_GAP = re.compile(
    r"\s*(?:,|,?\s+and|,?\s+as\s+well\s+as)\s+(?:the\s+)?(?:(?:[A-Z][\w'’-]*|of)\s+){0,4}"
    # a name outside the codebook in the list: "Jordan, Türkiye, Syria, Iraq and Lebanon"
    r"(?:[A-Z][\w'’-]*(?:,|,?\s+and)\s+(?:the\s+)?(?:(?:[A-Z][\w'’-]*|of)\s+){0,4})?"
)
# A wire dateline opening a paragraph: "DAMASCUS (Reuters) —", "Riyadh, September 8, 2025, SPA --".
_DATELINE = re.compile(
    r"(?m)^[ \t]*([A-Z][A-Za-z'’-]+(?:[ ][A-Z][A-Za-z'’-]+)?)"
    r"(?:[ \t]*\([^)\n]{1,40}\)[ \t]*[—–-]+|,[^\n]{0,80}?(?:\(|\b[A-Z]{2,8}\b\)?[ \t]*[—–-]{1,2}))"
    # a bare capital in capitals: "ANKARA - Türkiye will widen …"
    r"|^[ \t]*([A-Z]{4,}(?:[ ][A-Z]{3,})?)[ \t]+[—–-]{1,2}[ \t]"
)
_MONARCHIES = ("saudi-arabia", "jordan", "qatar")
_APPOSITION_END = re.compile(r"[;.:(\"“”,]")
_DOC_NOUN = re.compile(rf"\b{_DOC_NOUNS}\b")
_AUTHORED_BY = re.compile(
    rf"\b{_DOC_NOUNS}\b[^.;]{{0,40}}?\b(?:drawn\s+up|drafted|prepared|written|circulated|"
    r"authored|put\s+forward|submitted|tabled)\s+by\s+(?:the\s+)?"
)
_DOC_AFTER = re.compile(
    rf"(?:['’]s)?\s+(?:(?:draft|new|own|leaked|latest|written|revised|\d+-page)\s+){{0,2}}{_DOC_NOUNS}\b"
)
# How many parties "the two sides", "both countries", "the three capitals" stand for.
_COUNTS = {"two": 2, "both": 2, "three": 3, "four": 4, "five": 5, "six": 6}
_GROUP_COUNT = re.compile(r"\b(?:two|both|three|four|five|six)\b")


def definite_role(self: ArticleRun, s: _Sentence, role: str) -> tuple[str, ...]:
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
    if not found and role in _ANONYMOUS_ROLES and not any(m.party and m.holder for m in s.mentions):
        # "SANA, quoting a government source, said Syria rejected …. The 1974 agreement,
        # the source said, …": the voice of the sentence that brought the source in (not
        # in "The Syrian side, the source added, has signalled …": that one has a subject).
        brought = re.compile(r"\b(?:a|an)\s+(?:[\w-]+\s+){0,2}?" + role + r"\b")
        for j in range(s.index - 1, max(-1, s.index - 4), -1):
            prev = self.sentences[j]
            if prev.speaker and brought.search(self.low, prev.start, prev.end):
                return prev.speaker[:1]
    if not found and role in _INSTITUTION_ROLES:
        # "Riyadh, … SPA -- The Council of Ministers held its session": an institution the
        # text never ties to a party sits where the dateline says, before the page's voice.
        voice = self._dateline_party() or self._voice()
        return (voice,) if voice else ()
    return tuple(found[:1]) if not plural else ()


def role_holders(
    self: ArticleRun, s: _Sentence, role: str, sentences: range, every: bool = False
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
                # "a senior administration official …. the official said": the name is the role
                and not self.low[m.start : m.end].endswith(role)
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


def outsider_subject(
    self: ArticleRun, s: _Sentence, start: int, end: int, last_party: Mention | None
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


def listed_role(self: ArticleRun, s: _Sentence, role: str) -> tuple[str, ...]:
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
                if x.role == "people" and word in self.low[x.end : x.end + 80] and x.end <= m.start
            ]
            group = list(dict.fromkeys(hosts + group))
            if len(group) >= 2:
                return tuple(group)
    return ()


def dateline_party(self: ArticleRun) -> str | None:
    """The government of the capital a wire dateline names ("DAMASCUS (Reuters) -")."""
    # A plain-text page whose first paragraph is the dateline has it as its title.
    m = _DATELINE.search(self.body, 0, 1500) or _DATELINE.match(self.a.title or "")
    return self._capital_party(m.group(1) or m.group(2)) if m else None


def home_party(self: ArticleRun) -> str | None:
    """The country a wire dateline or the outlet's own name places the page in ("The
    Jerusalem Ledger", "The Beirut Herald"): whose "Foreign Ministry" goes unqualified."""
    return self._dateline_party() or self._capital_party(self.a.outlet or "")


def capital_party(self: ArticleRun, text: str) -> str | None:
    """The government of the first capital named in ``text``."""
    for h in self.c.parties.findall(text):
        capitals = [str(lab[0]) for lab in h.labels if lab[1] == "capitals"]
        if capitals:
            return capitals[0]
    return None


def voice(self: ArticleRun) -> str | None:
    # An interviewee named throughout speaks for the article; otherwise the institution
    # the page belongs to (its title or header: a ministry's briefing, a party's
    # statement).
    if self._several_guests():
        return None  # a panel: each guest speaks for whoever the text says, not the page
    if self._transcript is None:  # once per article: the body does not change
        self._transcript = (
            re.search(r"(?m)^\s*(?:Q\d{0,2}|QUESTION)\s*(?:\([^)]{0,40}\))?\s*:", self.body)
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


def signed_author(self: ArticleRun, s: _Sentence) -> str | None:
    """The official who signs the piece, when the sentence is in the author's own words
    (quoting no one)."""
    author = self._author_party()
    return author if author and not self._names_quote(s) else None


def names_quote(self: ArticleRun, s: _Sentence) -> bool:
    """Whether the sentence quotes someone (its words are then not the author's)."""
    return any(c in self.body[s.start : s.end] for c in '"“”«»')


def author_party(self: ArticleRun) -> str | None:
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


def title_party(self: ArticleRun) -> str | None:
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
                re.fullmatch(r"\s*[\w .'’-]+(?:,\s*[\w.]+)?\s*", cell) for cell in line.split("|")
            ):
                continue
            rank = 2
        else:
            rank = 0 if self.c.actor_re.match(re.sub(r"^(?:'s|’s)", "", after)) else 1
        ranked.append((int(in_header), rank, h.start, str(choices[0][0])))
    return min(ranked)[3] if ranked else None


def pronoun(self: ArticleRun, s: _Sentence, word: str, pos: int) -> tuple[str, ...]:
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
        if kind == "pl" and len(prev.stated_by) >= 2:
            # "The three leaders called on Israel to withdraw …. They also demanded …": the
            # ones who spoke, not every party the sentence named.
            return prev.stated_by
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


def names_person(self: ArticleRun, s: _Sentence) -> bool:
    return any(
        m.party
        and m.holder
        and (m.role == "people" or _PERSON_OFFICE.match(self.low, m.end, m.end + 40))
        for m in s.mentions
    )


def whole_paragraph(self: ArticleRun, a: int, b: int) -> bool:
    before = self.body.rfind("\n", 0, a) + 1
    after = self.body.find("\n", b)
    return (
        not self.body[before:a].strip()
        and not self.body[b : len(self.body) if after < 0 else after].strip()
    )


def headline_person(self: ArticleRun) -> tuple[str, str] | None:
    """The one person of the codebook the headline names, with the name as written."""
    found = {
        (str(lab[0]), h.text)
        for h in self._headline_hits()
        for lab in h.labels
        if lab[0] and lab[1] == "people"
    }
    return found.pop() if len(found) == 1 else None


def headline_official(self: ArticleRun) -> str | None:
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


def headline_hits(self: ArticleRun) -> list[Hit[tuple[str, str, Any]]]:
    """The party phrases of the headline, matched once per article."""
    if self._headline is None:
        self._headline = self.c.parties.findall(self.a.title or "")
    return self._headline


def title_parties(self: ArticleRun) -> tuple[str, ...]:
    """The parties the headline names, in order (each once)."""
    if self._titled is None:
        found: list[str] = []
        for h in self._headline_hits():
            found.extend(str(lab[0]) for lab in h.labels if lab[0] and lab[1] != "source")
        self._titled = tuple(dict.fromkeys(found))
    return self._titled


def pair(self: ArticleRun, s: _Sentence) -> tuple[str, ...]:
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


def plural_group(self: ArticleRun, s: _Sentence, phrase: str = "") -> tuple[str, ...]:
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


def lead_party(self: ArticleRun, s: _Sentence) -> str | None:
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


def section_party(self: ArticleRun, s: _Sentence) -> str | None:
    """The one party a capitalised section heading names ("ISRAEL", "SAUDI ARABIA" over a
    factbox's paragraphs): whose unnamed officials the section quotes."""
    for j in range(s.index - 1, max(-1, s.index - 12), -1):
        prev = self.sentences[j]
        heading = self.body[prev.start : prev.end].strip()
        if not (
            heading.isupper()
            and len(heading.split()) <= 4
            and self._whole_paragraph(prev.start, prev.end)
        ):
            continue
        named = {m.party for m in prev.mentions if m.party}
        return named.pop() if len(named) == 1 else None
    return None


def kingdom(self: ArticleRun, s: _Sentence, pos: int) -> str | None:
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


def document_author(
    self: ArticleRun, s: _Sentence, words: list[tuple[int, int, str]]
) -> str | None:
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
