"""The codebook: parties, issues and stance cues as validated data loaded from TOML.

Parties and issues are data, not code. A codebook file holds:

* ``[[party]]``: ``id``, ``name`` and the ways a text names it — ``names`` (proper
  names, agencies, forces), ``capitals`` (a party only where the city stands for the
  government), ``demonyms`` ("Israeli" officials) and ``people`` (leaders, ministers,
  envoys). Any alias may be a string or ``{ text = "…", from = "YYYY-MM-DD", until = "…" }``
  when it speaks for the party only for a while.
* ``[concepts]``: named lists of phrases (``*`` at the end of a phrase matches any word
  ending) that issue patterns combine.
* ``[[issue]]``: ``id``, ``label`` and ``patterns``; a pattern names the concepts that
  must all occur, optionally an ``actor`` party whose forces or action it is.
* ``[[cue]]``: stance cue phrases with a ``stance`` level, a ``kind`` (verb, noun,
  adjective) and what they mean when negated.
* ``[lexicon]``: the grammar words the finder needs (speech verbs, negators, hedges, …).

Errors name the file and the entry at fault.
"""

from __future__ import annotations

import datetime as dt
import tomllib
from collections.abc import Iterable, Mapping
from importlib import resources
from pathlib import Path
from typing import Any

from attrs import field, frozen

from positions.errors import CodebookError

__all__ = [
    "DEFAULT_CODEBOOK",
    "Alias",
    "Codebook",
    "Cue",
    "Issue",
    "IssuePattern",
    "Party",
    "default_codebook",
    "load_codebook",
]

STANCE_LEVELS: dict[str, int] = {
    "refuses": -2,
    "opposes": -1,
    "neutral": 0,
    "accepts": 1,
    "supports": 2,
}
CUE_KINDS = ("verb", "noun", "adjective", "predicate", "modal")
ALIAS_ROLES = ("names", "capitals", "demonyms", "people")

DEFAULT_CODEBOOK = "levant.toml"


# Typed converters: attrs' mypy plugin mistypes the bare ``converter=tuple``.
def _strs(items: Iterable[str]) -> tuple[str, ...]:
    return tuple(items)


def _aliases(items: Iterable[Alias]) -> tuple[Alias, ...]:
    return tuple(items)


def _patterns(items: Iterable[IssuePattern]) -> tuple[IssuePattern, ...]:
    return tuple(items)


def _parties(items: Iterable[Party]) -> tuple[Party, ...]:
    return tuple(items)


def _issues(items: Iterable[Issue]) -> tuple[Issue, ...]:
    return tuple(items)


def _cues(items: Iterable[Cue]) -> tuple[Cue, ...]:
    return tuple(items)


@frozen
class Alias:
    """One way of naming a party, valid between two dates when it is a person or an office."""

    text: str
    party: str
    role: str  # names | capitals | demonyms | people
    valid_from: dt.date | None = None
    valid_until: dt.date | None = None

    def holds_on(self, day: dt.date | None) -> bool:
        if day is None:
            return True
        if self.valid_from and day < self.valid_from:
            return False
        return not (self.valid_until and day > self.valid_until)


@frozen
class Party:
    id: str
    name: str
    aliases: tuple[Alias, ...] = field(converter=_aliases)


@frozen
class IssuePattern:
    """Concepts that must all occur near a cue for it to be about an issue.

    ``context`` concepts may instead come from the article at large (an article about the
    south makes "a foreign presence" a southern one); ``actor`` is the party whose forces or
    action the issue is about; ``generic`` patterns ("the agreement") are used only when no
    specific issue is found.
    """

    concepts: tuple[str, ...] = field(converter=_strs)
    actor: str | None = None
    # Whether the position holder may stand in as the actor ("Russia seeks to deploy forces").
    actor_from_holder: bool = True
    # The actor need not be named, but a different owner ("Russian forces") rules it out.
    actor_optional: bool = False
    context: tuple[str, ...] = field(default=(), converter=_strs)
    generic: bool = False
    # The actor may be implied by the article ("normalisation" in an article about Lebanon).
    actor_context: bool = False
    # Matching this pattern means the opposite position on the issue ("Syria divided").
    inverted: bool = False
    # Where ``context`` concepts may come from: nearby sentences ("local") or the whole article.
    context_scope: str = "local"
    # The actor must be the position's holder: "the army will continue to act" is about the
    # holder's own operations, never about a party merely named nearby.
    actor_is_holder: bool = False
    # Only these holders' words match: Israel's "our border" is the Golan line, Turkey's is not.
    holders: tuple[str, ...] = field(default=(), converter=_strs)

    @property
    def weight(self) -> int:
        return 2 * len(self.concepts) + len(self.context) + (1 if self.actor else 0)


@frozen
class Issue:
    id: str
    label: str
    patterns: tuple[IssuePattern, ...] = field(converter=_patterns)
    # Issues this one refines: when both match the same words, this one wins.
    broader: tuple[str, ...] = field(default=(), converter=_strs)
    # A concept that turns a position on this issue around ("end the presence").
    invert_with: str | None = None
    # Concepts that, in the same clause, mean the words are about something else
    # ("withdraw from southern Lebanon" is not a withdrawal from Syria).
    exclude: tuple[str, ...] = field(default=(), converter=_strs)
    # A principle a party defends (territorial integrity, a people's protection): "X is our
    # red line" then means X is held to, not refused.
    principle: bool = False
    # A deal or a track the parties negotiate (a security agreement, normalisation): what a
    # host's offer to hold "the next round" supports.
    negotiated: bool = False


@frozen
class Cue:
    phrase: str
    stance: int
    kind: str
    negated: int | None = None
    # "clause": the object follows in the same clause; "sentence": the cue qualifies the
    # sentence's main event ("with US approval").
    scope: str = "clause"
    # Cues of action rather than speech ("deployed", "working to") are weaker evidence.
    weight: float = 1.0


@frozen
class Codebook:
    name: str
    parties: tuple[Party, ...] = field(converter=_parties)
    issues: tuple[Issue, ...] = field(converter=_issues)
    concepts: Mapping[str, tuple[str, ...]]
    cues: tuple[Cue, ...] = field(converter=_cues)
    lexicon: Mapping[str, tuple[str, ...]]
    sources: tuple[str, ...] = field(default=(), converter=_strs)
    # Actors outside the codebook ("Emirati officials", "China"): when one is the subject, the
    # position is theirs and is not coded, rather than given to a party named nearby.
    outsiders: tuple[str, ...] = field(default=(), converter=_strs)

    def party(self, party_id: str) -> Party:
        for p in self.parties:
            if p.id == party_id:
                return p
        raise CodebookError(f"{self.name}: unknown party id {party_id!r}")

    def issue(self, issue_id: str) -> Issue:
        for i in self.issues:
            if i.id == issue_id:
                return i
        raise CodebookError(f"{self.name}: unknown issue id {issue_id!r}")

    @property
    def party_ids(self) -> tuple[str, ...]:
        return tuple(p.id for p in self.parties)

    @property
    def issue_ids(self) -> tuple[str, ...]:
        return tuple(i.id for i in self.issues)

    def words(self, key: str) -> tuple[str, ...]:
        return tuple(self.lexicon.get(key, ()))

    def extended(self, other: Codebook) -> Codebook:
        """This codebook with ``other``'s entries added (a plugin's contribution).

        A party or issue id both define is merged: aliases and patterns add up.
        """
        parties = {p.id: p for p in self.parties}
        for p in other.parties:
            if p.id in parties:
                old = parties[p.id]
                parties[p.id] = Party(old.id, old.name, old.aliases + p.aliases)
            else:
                parties[p.id] = p
        issues = {i.id: i for i in self.issues}
        for i in other.issues:
            if i.id in issues:
                old_i = issues[i.id]
                issues[i.id] = Issue(
                    old_i.id,
                    old_i.label,
                    old_i.patterns + i.patterns,
                    old_i.broader + i.broader,
                    old_i.invert_with or i.invert_with,
                    tuple(dict.fromkeys(old_i.exclude + i.exclude)),
                    old_i.principle or i.principle,
                    old_i.negotiated or i.negotiated,
                )
            else:
                issues[i.id] = i
        concepts = dict(self.concepts)
        for k, v in other.concepts.items():
            concepts[k] = tuple(dict.fromkeys(concepts.get(k, ()) + tuple(v)))
        lexicon = dict(self.lexicon)
        for k, v in other.lexicon.items():
            lexicon[k] = tuple(dict.fromkeys(lexicon.get(k, ()) + tuple(v)))
        merged = Codebook(
            name=f"{self.name}+{other.name}",
            parties=tuple(parties.values()),
            issues=tuple(issues.values()),
            concepts=concepts,
            cues=self.cues + other.cues,
            lexicon=lexicon,
            sources=self.sources + other.sources,
            outsiders=self.outsiders + other.outsiders,
        )
        _check_cross_references(merged, merged.name)
        return merged


# --------------------------------------------------------------------------- loading


def _err(where: str, entry: str, msg: str) -> CodebookError:
    return CodebookError(f"{where}: {entry}: {msg}")


def _req(
    table: Mapping[str, Any], key: str, where: str, entry: str, kind: type | tuple[type, ...]
) -> Any:
    if key not in table:
        raise _err(where, entry, f"missing required field {key!r}")
    value = table[key]
    if not isinstance(value, kind):
        raise _err(where, entry, f"field {key!r} has the wrong type ({type(value).__name__})")
    return value


def _date(value: Any, where: str, entry: str) -> dt.date | None:
    if value is None:
        return None
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError:
        raise _err(where, entry, f"malformed date {value!r} (want YYYY-MM-DD)") from None


def _str_list(value: Any, where: str, entry: str, key: str) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise _err(where, entry, f"{key!r} must be a list of non-empty strings")
    return tuple(v.strip() for v in value)


def _stance(value: Any, where: str, entry: str) -> int:
    if isinstance(value, bool):
        raise _err(where, entry, f"unknown stance level {value!r}")
    if isinstance(value, int) and -2 <= value <= 2:
        return value
    if isinstance(value, str) and value.lower() in STANCE_LEVELS:
        return STANCE_LEVELS[value.lower()]
    raise _err(
        where, entry, f"unknown stance level {value!r} (use -2..2 or {', '.join(STANCE_LEVELS)})"
    )


def _parse_party(raw: Any, where: str, n: int) -> Party:
    if not isinstance(raw, dict):
        raise _err(where, f"party #{n}", "must be a table")
    pid = _req(raw, "id", where, f"party #{n}", str)
    entry = f"party {pid!r}"
    name = _req(raw, "name", where, entry, str)
    aliases: list[Alias] = []
    for role in ALIAS_ROLES:
        values = raw.get(role, [])
        if not isinstance(values, list):
            raise _err(where, entry, f"{role!r} must be a list")
        for v in values:
            if isinstance(v, str):
                text, start, until = v, None, None
            elif isinstance(v, dict):
                text = _req(v, "text", where, f"{entry} {role}", str)
                start = _date(v.get("from"), where, f"{entry} alias {text!r}")
                until = _date(v.get("until"), where, f"{entry} alias {text!r}")
            else:
                raise _err(where, entry, f"alias {v!r} must be a string or a table")
            if not text.strip():
                raise _err(where, entry, "empty alias")
            aliases.append(Alias(text.strip(), pid, role, start, until))
    if not aliases:
        raise _err(where, entry, "has no aliases (names, capitals, demonyms or people)")
    return Party(pid, name, aliases)


def _context_scope(value: Any, where: str, entry: str) -> str:
    if value not in ("local", "article"):
        raise _err(where, entry, f"context_scope must be 'local' or 'article', not {value!r}")
    return str(value)


def _parse_issue(raw: Any, where: str, n: int, concepts: Mapping[str, Any]) -> Issue:
    if not isinstance(raw, dict):
        raise _err(where, f"issue #{n}", "must be a table")
    iid = _req(raw, "id", where, f"issue #{n}", str)
    entry = f"issue {iid!r}"
    label = _req(raw, "label", where, entry, str)
    pats_raw = _req(raw, "patterns", where, entry, list)
    if not pats_raw:
        raise _err(where, entry, "needs at least one pattern")
    patterns = []
    for p in pats_raw:
        if not isinstance(p, dict):
            raise _err(where, entry, "each pattern must be a table")
        names = _str_list(p.get("all", []), where, entry, "all")
        context = _str_list(p.get("context", []), where, entry, "context")
        for c in names + context:
            if c not in concepts:
                raise _err(where, entry, f"pattern uses unknown concept {c!r}")
        actor = p.get("actor")
        if actor is not None and not isinstance(actor, str):
            raise _err(where, entry, "'actor' must be a party id")
        if not names and actor is None:
            raise _err(where, entry, "a pattern needs concepts or an actor")
        unknown = set(p) - {
            "all",
            "context",
            "actor",
            "actor_from_holder",
            "actor_optional",
            "generic",
            "actor_context",
            "inverted",
            "context_scope",
            "actor_is_holder",
            "holders",
        }
        if unknown:
            raise _err(where, entry, f"unknown pattern field(s): {', '.join(sorted(unknown))}")
        patterns.append(
            IssuePattern(
                names,
                actor,
                bool(p.get("actor_from_holder", True)),
                bool(p.get("actor_optional", False)),
                context,
                bool(p.get("generic", False)),
                bool(p.get("actor_context", False)),
                bool(p.get("inverted", False)),
                _context_scope(p.get("context_scope", "local"), where, entry),
                bool(p.get("actor_is_holder", False)),
                tuple(_str_list(p.get("holders", []), where, entry, "holders")),
            )
        )
    broader = _str_list(raw.get("broader", []), where, entry, "broader")
    invert = raw.get("invert_with")
    if invert is not None and (not isinstance(invert, str) or invert not in concepts):
        raise _err(where, entry, f"invert_with names unknown concept {invert!r}")
    exclude = _str_list(raw.get("exclude", []), where, entry, "exclude")
    for name in exclude:
        if name not in concepts:
            raise _err(where, entry, f"exclude names unknown concept {name!r}")
    principle = raw.get("principle", False)
    if not isinstance(principle, bool):
        raise _err(where, entry, "'principle' must be true or false")
    negotiated = raw.get("negotiated", False)
    if not isinstance(negotiated, bool):
        raise _err(where, entry, "'negotiated' must be true or false")
    return Issue(iid, label, patterns, broader, invert, exclude, principle, negotiated)


def _parse_cues(raw: Any, where: str) -> list[Cue]:
    if not isinstance(raw, list):
        raise _err(where, "cue", "'cue' must be an array of tables")
    cues = []
    for n, c in enumerate(raw, 1):
        if not isinstance(c, dict):
            raise _err(where, f"cue #{n}", "must be a table")
        phrases = _str_list(
            _req(c, "phrases", where, f"cue #{n}", list), where, f"cue #{n}", "phrases"
        )
        if not phrases:
            raise _err(where, f"cue #{n}", "needs at least one phrase")
        entry = f"cue {phrases[0]!r}"
        stance = _stance(_req(c, "stance", where, entry, (int, str)), where, entry)
        kind = c.get("kind", "verb")
        if kind not in CUE_KINDS:
            raise _err(where, entry, f"unknown cue kind {kind!r} (use {', '.join(CUE_KINDS)})")
        negated = _stance(c["negated"], where, entry) if "negated" in c else None
        scope = c.get("scope", "clause")
        if scope not in ("clause", "sentence"):
            raise _err(where, entry, f"unknown scope {scope!r}")
        weight = c.get("weight", 1.0)
        if not isinstance(weight, int | float) or not 0 < weight <= 1:
            raise _err(where, entry, "'weight' must be a number in (0, 1]")
        for ph in phrases:
            cues.append(Cue(ph.lower(), stance, kind, negated, scope, float(weight)))
    return cues


def _check_cross_references(book: Codebook, where: str) -> None:
    seen: dict[str, str] = {}
    for p in book.parties:
        for a in p.aliases:
            key = a.text.casefold()
            other = seen.get(key)
            if other is not None and other != p.id:
                raise _err(
                    where,
                    f"party {p.id!r}",
                    f"alias {a.text!r} is already claimed by party {other!r}",
                )
            seen[key] = p.id
    pids = set(book.party_ids)
    iids = set(book.issue_ids)
    for i in book.issues:
        for pat in i.patterns:
            if pat.actor is not None and pat.actor not in pids:
                raise _err(where, f"issue {i.id!r}", f"actor {pat.actor!r} is not a party id")
            for h in pat.holders:
                if h not in pids:
                    raise _err(where, f"issue {i.id!r}", f"holder {h!r} is not a party id")
        for b in i.broader:
            if b not in iids:
                raise _err(where, f"issue {i.id!r}", f"broader issue {b!r} is not an issue id")


def _check_unique(ids: Iterable[str], what: str, where: str) -> None:
    seen = set()
    for i in ids:
        if i in seen:
            raise _err(where, f"{what} {i!r}", "id defined twice")
        seen.add(i)


def parse_codebook(data: Mapping[str, Any], where: str) -> Codebook:
    """Validate a codebook already read from TOML; ``where`` names it in errors."""
    name = data.get("name", Path(where).stem)
    if not isinstance(name, str):
        raise _err(where, "name", "must be a string")
    concepts_raw = data.get("concepts", {})
    if not isinstance(concepts_raw, dict):
        raise _err(where, "concepts", "must be a table")
    concepts = {k: _str_list(v, where, f"concept {k!r}", k) for k, v in concepts_raw.items()}
    parties_raw = data.get("party", [])
    issues_raw = data.get("issue", [])
    if not isinstance(parties_raw, list) or not isinstance(issues_raw, list):
        raise _err(where, "party/issue", "must be arrays of tables ([[party]], [[issue]])")
    parties = [_parse_party(p, where, n) for n, p in enumerate(parties_raw, 1)]
    issues = [_parse_issue(i, where, n, concepts) for n, i in enumerate(issues_raw, 1)]
    _check_unique((p.id for p in parties), "party", where)
    _check_unique((i.id for i in issues), "issue", where)
    cues = _parse_cues(data.get("cue", []), where)
    lex_raw = data.get("lexicon", {})
    if not isinstance(lex_raw, dict):
        raise _err(where, "lexicon", "must be a table")
    lexicon = {k: _str_list(v, where, f"lexicon {k!r}", k) for k, v in lex_raw.items()}
    sources = _str_list(data.get("sources", []), where, "sources", "sources")
    outsiders = _str_list(data.get("outsiders", []), where, "outsiders", "outsiders")
    book = Codebook(name, parties, issues, concepts, cues, lexicon, sources, outsiders)
    _check_cross_references(book, where)
    return book


def load_codebook(path: str | Path) -> Codebook:
    """Load and validate a codebook TOML file."""
    p = Path(path)
    try:
        raw = p.read_bytes()
    except OSError as exc:
        raise CodebookError(f"{p}: cannot read codebook: {exc.strerror or exc}") from None
    return loads_codebook(raw, str(p))


def loads_codebook(raw: bytes | str, where: str = "<codebook>") -> Codebook:
    try:
        text = raw.decode("utf-8") if isinstance(raw, bytes) else raw
        data = tomllib.loads(text)
    except UnicodeDecodeError:
        raise CodebookError(f"{where}: not UTF-8 text") from None
    except tomllib.TOMLDecodeError as exc:
        raise CodebookError(f"{where}: invalid TOML: {exc}") from None
    return parse_codebook(data, where)


_DEFAULT: Codebook | None = None


def default_codebook() -> Codebook:
    """The codebook shipped with the package (cached)."""
    global _DEFAULT
    if _DEFAULT is None:
        ref = resources.files("positions") / "data" / DEFAULT_CODEBOOK
        _DEFAULT = loads_codebook(ref.read_bytes(), f"positions/data/{DEFAULT_CODEBOOK}")
    return _DEFAULT
