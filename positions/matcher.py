"""Many phrases, one regex pass: a trie-shaped regular expression over word tokens.

A plain alternation of hundreds of phrases backtracks through every alternative at every
position; a trie shares prefixes, so the engine tries each character once per branch.
Longer phrases win at the same start. ``*`` at the end of a phrase matches any word ending.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Generic, TypeVar

__all__ = ["Hit", "PhraseMatcher", "is_exact_case"]

T = TypeVar("T")
_END = ""  # trie key marking the end of a phrase
_WILD = "*"
_RESOLVED_MAX = 50_000  # matched texts remembered per matcher
_NEXT_WORD = re.compile(r"(?<=\s)\w")


def is_exact_case(phrase: str) -> bool:
    """Acronyms and dotted abbreviations (US, U.S., UN) must match as written, not as 'us'."""
    letters = [c for c in phrase if c.isalpha()]
    return (
        bool(letters) and (all(c.isupper() for c in letters) or "." in phrase) and len(letters) <= 6
    )


def _normalise(phrase: str) -> str:
    return " ".join(phrase.replace("’", "'").split()).lower()


def _trie_regex(node: dict[str, dict]) -> str:  # type: ignore[type-arg]
    """Regex for a character trie; greedy optional groups make longer phrases win."""
    ends = _END in node
    wild = _WILD in node
    branches = []
    for ch in sorted(k for k in node if k not in (_END, _WILD)):
        if ch == " ":
            head = r"\s+"
        elif ch == "'":
            head = "['’]"
        elif ch == "-":
            head = r"[-‐‑–]"
        else:
            head = re.escape(ch)
        branches.append(head + _trie_regex(node[ch]))
    if wild:
        branches.append(r"\w*")
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if ends and not wild:
        return "(?:" + body + ")?"
    return body


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
        self._exact: dict[str, str] = {}  # normalised phrase -> required spelling
        self._resolved: dict[str, tuple[str, tuple[T, ...]]] = {}  # matched text -> result
        trie: dict[str, dict] = {}  # type: ignore[type-arg]
        for raw, labels in phrases.items():
            phrase = raw.strip()
            if not phrase:
                continue
            key = _normalise(phrase)
            if key.endswith(_WILD):
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

    def finditer(self, text: str, start: int = 0, end: int | None = None) -> Iterator[Hit[T]]:
        resolve = self._resolve
        stop = len(text) if end is None else end
        for m in self._re.finditer(text, start, stop):
            s = m.group(0)
            if not s:
                continue
            phrase, labels = resolve(s)
            if labels:
                yield Hit(m.start(), m.end(), s, phrase, list(labels))
            if self._overlaps and " " in s.strip():
                yield from self._straddling(text, m.start(), m.end(), stop)

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
        if len(self._resolved) >= _RESOLVED_MAX:
            self._resolved.clear()  # bounded: a long run over varied text cannot grow it
        found = self._resolved[s] = (phrase, tuple(labels))
        return found

    def findall(self, text: str) -> list[Hit[T]]:
        return list(self.finditer(text))
