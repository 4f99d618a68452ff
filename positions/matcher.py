"""Many phrases, one regex pass: a trie-shaped regular expression over word tokens.

A plain alternation of hundreds of phrases backtracks through every alternative at every
position; a trie shares prefixes, so the engine tries each character once per branch.
Longer phrases win at the same start. ``*`` at the end of a phrase matches any word ending.
"""

from __future__ import annotations

import functools
import re
import string
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Generic, TypeVar

__all__ = ["Hit", "PhraseMatcher", "is_exact_case"]

T = TypeVar("T")
_END = ""  # trie key marking the end of a phrase
_WILD = "*"
_RESOLVED_MAX = 50_000  # matched texts remembered per matcher
# Folded out of a phrase key: quotation marks (dropped) and dash variants (to "-").
_KEY_FOLD = str.maketrans({'"': None, "“": None, "”": None, "‐": "-", "‑": "-", "–": "-"})
_NEXT_WORD = re.compile(r"(?<=\s)\w")


def is_exact_case(phrase: str) -> bool:
    """Acronyms and dotted abbreviations (US, U.S., UN) must match as written, not as 'us'."""
    letters = [c for c in phrase if c.isalpha()]
    return (
        bool(letters) and (all(c.isupper() for c in letters) or "." in phrase) and len(letters) <= 6
    )


def _normalise(phrase: str) -> str:
    # (the pattern takes any dash for "-": "Israeli–Syrian" must find the phrase it matched)
    return " ".join(phrase.replace("’", "'").translate(_KEY_FOLD).split()).lower()


@functools.cache  # a trie has thousands of nodes but a few dozen characters
def _lowered_class(ch: str) -> str:
    """What ``ch`` matches case-insensitively, as a case-sensitive regex over lowered text:
    "ı" matches "i" and "I" (lowered "i"). Characters it leaves out make texts holding them
    take the case-insensitive regex (PhraseMatcher._lowered checks every character)."""
    probe = re.compile(re.escape(ch), re.IGNORECASE)
    cands = string.ascii_letters + "ıİſKÅ" + ch + ch.upper() + ch.lower()
    lowered = sorted({c.lower() for c in cands if probe.fullmatch(c) and len(c.lower()) == 1})
    if lowered == [ch]:
        return re.escape(ch)
    return "[" + "".join(re.escape(c) for c in lowered) + "]"


def _trie_regex(node: dict[str, dict], lowered: bool = False) -> str:  # type: ignore[type-arg]
    """Regex for a character trie; greedy optional groups make longer phrases win."""
    ends = _END in node
    wild = _WILD in node
    branches = []
    for ch in sorted(k for k in node if k not in (_END, _WILD)):
        if ch == " ":
            # 'would "push hard" for': a quotation mark may open or close at a word gap.
            head = r"[\"“”]?\s+[\"“”]?"
        elif ch == "'":
            head = "['’]"
        elif ch == "-":
            head = r"[-‐‑–]"
        else:
            head = _lowered_class(ch) if lowered else re.escape(ch)
        branches.append(head + _trie_regex(node[ch], lowered))
    rest = _trie_regex(node[_WILD], lowered) if wild else ""
    if wild:
        # "host* talks": a wildcard inside a phrase takes a word's tail, then the rest follows.
        branches.append(r"\w*" + rest)
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if ends and not (wild and not rest):  # a trailing wildcard already matches nothing
        return "(?:" + body + ")?"
    return body


# The distinct characters of the last text: the finder runs four matchers over each body.
_CHARS: tuple[str, frozenset[str]] = ("", frozenset())


def _chars(text: str) -> frozenset[str]:
    global _CHARS
    last = _CHARS
    if last[0] is not text:
        last = _CHARS = (text, frozenset(text))
    return last[1]


class Hit(Generic[T]):
    """One match: its span, the text as written and the labels of the phrase it matched."""

    __slots__ = ("end", "labels", "phrase", "start", "text")

    def __init__(self, start: int, end: int, text: str, phrase: str, labels: Sequence[T]) -> None:
        self.start = start
        self.end = end
        self.text = text
        self.phrase = phrase
        self.labels = labels

    def __repr__(self) -> str:
        return f"Hit({self.start}, {self.end}, {self.text!r}, {list(self.labels)!r})"


class PhraseMatcher(Generic[T]):
    """Find every phrase of a lexicon in a text in one pass; phrases carry labels."""

    def __init__(self, phrases: Mapping[str, Iterable[T]], *, overlaps: bool = False) -> None:
        # With ``overlaps``, a phrase that starts inside another and runs past its end is
        # found too ("to Syria's unity": "to Syria" and "Syria's unity").
        self._overlaps = overlaps
        self._labels: dict[str, list[T]] = {}
        self._wild: list[tuple[str, list[T]]] = []  # (prefix, labels) for phrases ending in *
        self._inner: list[tuple[re.Pattern[str], str, list[T]]] = []  # "host* talks"
        self._exact: dict[str, str] = {}  # normalised phrase -> required spelling
        self._resolved: dict[str, tuple[str, tuple[T, ...]]] = {}  # matched text -> result
        trie: dict[str, dict] = {}  # type: ignore[type-arg]
        for raw, labels in phrases.items():
            phrase = raw.strip()
            if not phrase:
                continue
            key = _normalise(phrase)
            if _WILD in key[:-1]:
                rx = re.compile(r"\w*".join(re.escape(part) for part in key.split(_WILD)))
                self._inner.append((rx, key, list(labels)))
            elif key.endswith(_WILD):
                self._wild.append((key[:-1], list(labels)))
            else:
                self._labels.setdefault(key, []).extend(labels)
                if is_exact_case(phrase):
                    self._exact[key] = phrase
            node = trie
            for ch in key:
                node = node.setdefault(ch, {})
            node.setdefault(_END, {})
        self._wild.sort(key=lambda x: -len(x[0]))
        pattern = _trie_regex(trie) if trie else r"(?!x)x"
        # (?<![\w]) / (?![\w]) keep matches on word boundaries; wildcards take the word's tail.
        self._re = re.compile(r"(?<![\w])(?:" + pattern + r")(?![\w])", re.IGNORECASE)
        # The same regex without IGNORECASE, run over the lowered text, is about twice as fast
        # and finds the same spans wherever every character of the text, lowered, matches each
        # atom of the pattern exactly as the character itself matches it case-insensitively
        # (true of ASCII; checked once per character seen, see _lowered).
        low_pattern = _trie_regex(trie, lowered=True) if trie else r"(?!x)x"
        self._re_low = re.compile(r"(?<![\w])(?:" + low_pattern + r")(?![\w])")
        lits = {
            ch
            for key in (*self._labels, *(w for w, _ in self._wild), *(k for _, k, _ in self._inner))
            for ch in key
            if ch != _WILD
        }
        atoms = [(re.escape(ch), _lowered_class(ch)) for ch in sorted(lits)]
        atoms += [(a, a) for a in (r"\s", r"\w", "['’]", r"[-‐‑–]")]
        self._atoms = [(re.compile(a, re.IGNORECASE), re.compile(b)) for a, b in atoms]
        self._char_ok: dict[str, bool] = {}
        self._last: tuple[str, str | None] = ("", "")

    def _char_safe(self, c: str) -> bool:
        low = c.lower()
        ok = (
            len(low) == 1
            and c != "\u03a3"  # capital sigma lowers by context (final ς) in str.lower()
            and all(bool(ci.fullmatch(c)) == bool(cs.fullmatch(low)) for ci, cs in self._atoms)
        )
        self._char_ok[c] = ok
        return ok

    def _lowered(self, text: str) -> str | None:
        """``text`` lowered, if the case-sensitive regex finds the same matches in it."""
        last = self._last
        if last[0] is text:
            return last[1]
        char_ok = self._char_ok
        low: str | None = None
        if all(char_ok.get(c) or (c not in char_ok and self._char_safe(c)) for c in _chars(text)):
            low = text.lower()
        self._last = (text, low)
        return low

    def finditer(self, text: str, start: int = 0, end: int | None = None) -> Iterator[Hit[T]]:
        resolve = self._resolve
        stop = len(text) if end is None else end
        low = self._lowered(text)
        rx, scanned = (self._re, text) if low is None else (self._re_low, low)
        for m in rx.finditer(scanned, start, stop):
            a, b = m.span()
            if a == b:
                continue
            s = text[a:b]
            phrase, labels = resolve(s)
            if labels:
                yield Hit(a, b, s, phrase, list(labels))
            if self._overlaps and " " in s.strip():
                yield from self._straddling(text, a, b, stop)

    def _straddling(self, text: str, a: int, b: int, stop: int) -> Iterator[Hit[T]]:
        """Phrases starting at a later word of the match ``a:b`` and ending past ``b``."""
        for w in _NEXT_WORD.finditer(text, a + 1, b):
            m = self._re.match(text, w.start(), stop)
            if m is not None and m.end() > b:
                s = m.group(0)
                phrase, labels = self._resolve(s)
                if labels:
                    yield Hit(m.start(), m.end(), s, phrase, list(labels))
                    return

    def _resolve(self, s: str) -> tuple[str, tuple[T, ...]]:
        """The phrase and labels a matched text stands for; the same words recur, so cached."""
        found = self._resolved.get(s)
        if found is not None:
            return found
        key = _normalise(s)
        labels: list[T] = []
        phrase = key
        exact_labels = self._labels.get(key)
        if exact_labels is not None:
            exact = self._exact.get(key)
            if exact is None or s.replace("’", "'") == exact:
                labels.extend(exact_labels)
        for prefix, wl in self._wild:
            # A wildcard takes one word's tail: "normali*" is not "normalisation of the situation".
            if key.startswith(prefix) and not any(c.isspace() for c in key[len(prefix) :]):
                if not labels:
                    phrase = prefix + "*"
                labels.extend(x for x in wl if x not in labels)
        for rx, inner, wl in self._inner:
            if rx.fullmatch(key):
                if not labels:
                    phrase = inner
                labels.extend(x for x in wl if x not in labels)
        if len(self._resolved) >= _RESOLVED_MAX:
            self._resolved.clear()  # bounded: a long run over varied text cannot grow it
        found = self._resolved[s] = (phrase, tuple(labels))
        return found

    def findall(self, text: str) -> list[Hit[T]]:
        return list(self.finditer(text))
