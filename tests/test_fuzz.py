"""Fuzzing: nothing escapes the readers, the finder or the loaders but the project's own errors.

Hypothesis drives every registered format's ``sniff`` and ``parse``, the statement finder,
the codebook loader (raw TOML, and the real codebook with one value broken) and the sidecar
loader (raw bytes, and JSON values of every shape). Inputs mix arbitrary text with the
project's own vocabulary — lines of the seed articles (so the outlet formats recognise
them), party names, cue phrases, issue words, dates, HTML tags and punctuation — because
random characters alone rarely reach past the first branch.

The example counts (``EXAMPLES`` per test) are part of the closing note of issue 7. The
last test is the in-suite ReDoS guard: time per character must not grow with the input
(``bench/redos.py`` is the full table, 1 KB to 1 MB).
"""

from __future__ import annotations

import contextlib
import copy
import json
import os
import string
import tempfile
import time
import tomllib
from collections.abc import Callable
from importlib import resources
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from positions.codebook import Codebook, default_codebook, loads_codebook, parse_codebook
from positions.errors import PositionsError
from positions.model import Article, Statement
from positions.plugins import get_registry
from positions.source import Metadata, Source, load_sidecar

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = int(os.environ.get("POSITIONS_FUZZ_EXAMPLES", "300"))
FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    derandomize=True,  # the same examples on every run: a failure here is reproducible
)


def _vocabulary() -> list[str]:
    book = default_codebook()
    words: list[str] = []
    for p in book.parties:
        words.extend(a.text for a in p.aliases[:6])
    words.extend(c.phrase.rstrip("*") for c in book.cues[::3])
    for phrases in list(book.concepts.values())[::2]:
        words.extend(x.rstrip("*") for x in phrases[:3])
    words.extend(book.sources[:20])
    words.extend(
        [
            ",", ".", ";", ":", "(", ")", '"', "“", "”", "'", "—", "–", "-", "?", "!", "...",
            "\n", "\n\n", "  ", "\t", "not", "never", "will not", "would", "categorically",
            "said", "told", "according to", "a senior official", "he", "she", "they", "it",
            "on Tuesday", "in January 2026", "last month", "2025-12-31", "December 29, 2025",
            "<p>", "</p>", "<div>", "</div>", "<script>", "</script>", "<br>", "&amp;", "&#x27;",
            "&lol;", "<!--", "-->", "<html>", "<body>", "<title>", "</title>", "http://x.y/z",
            "•", "*", "#", "Share", "Subscribe", "Photo:", "Read more", "\u200b", "\ufeff",
        ]
    )  # fmt: skip
    for seed in sorted((ROOT / "seeds").glob("*.txt")):
        lines = [ln for ln in seed.read_text(encoding="utf-8").splitlines() if ln.strip()]
        words.extend(ln[:200] for ln in lines[:8])
    return words


VOCAB = _vocabulary()

texts = st.one_of(
    st.text(max_size=400),
    st.text(alphabet=string.printable, max_size=800),
    st.lists(st.sampled_from(VOCAB), max_size=150).map(" ".join),
    st.lists(st.one_of(st.sampled_from(VOCAB), st.text(max_size=12)), min_size=1, max_size=100).map(
        "".join
    ),
)


def _source(text: str, name: str = "<fuzz>") -> Source | None:
    try:
        return Source.from_text(text, name)
    except PositionsError:
        return None


def _formats() -> list[Any]:
    return [get_registry().formats[n] for n in sorted(get_registry().formats)]


def test_the_registry_has_every_built_in_format() -> None:
    names = set(get_registry().formats)
    assert {"plain-text", "generic-html"} <= {n.replace("_", "-") for n in names} or len(names) >= 5


@FUZZ
@given(texts)
def test_sniff_and_parse_of_every_format(text: str) -> None:
    src = _source(text)
    if src is None:
        return
    for fmt in _formats():
        try:
            score = float(fmt.sniff(src))
        except PositionsError:
            continue
        assert score == score and -1e9 < score < 1e9, fmt.name  # a number
        try:
            article = fmt.parse(src)
        except PositionsError:
            continue
        assert isinstance(article, Article), fmt.name
        assert isinstance(article.body, str)


@FUZZ
@given(texts, st.sampled_from([None, "2025-12-30", "2026-01", "2026"]))
def test_the_finder(text: str, published: str | None) -> None:
    src = _source(text)
    if src is None:
        return
    if published is not None:
        src = Source.from_text(text, "<fuzz>", Metadata.from_mapping({"published": published}))
    reg = get_registry()
    try:
        article = reg.read(src)
    except PositionsError:
        return
    found = reg.finder().find(article, reg.codebook)
    for s in found:
        assert isinstance(s, Statement)
        assert -2 <= int(s.stance) <= 2 and 0 <= s.confidence <= 1
        if s.evidence is not None:
            assert article.body[s.evidence.start : s.evidence.end] == s.evidence.quote


@FUZZ
@given(texts)
def test_the_codebook_loader_on_raw_text(text: str) -> None:
    for raw in (
        text,
        text.encode("utf-8", "surrogatepass"),
        b"\xff" + text.encode("utf-8", "replace"),
    ):
        try:
            book = loads_codebook(raw, "<fuzz>")
        except PositionsError:
            continue
        assert isinstance(book, Codebook)


def _codebook_data() -> dict[str, Any]:
    ref = resources.files("positions") / "data" / "levant.toml"
    return tomllib.loads(ref.read_text(encoding="utf-8"))


CODEBOOK_DATA = _codebook_data()


def _nested(leaves: st.SearchStrategy[Any], max_leaves: int) -> st.SearchStrategy[Any]:
    """Leaves, and lists and tables of them, a few levels deep."""
    return st.recursive(
        leaves,
        lambda inner: st.one_of(
            st.lists(inner, max_size=4), st.dictionaries(st.text(max_size=8), inner, max_size=4)
        ),
        max_leaves=max_leaves,
    )


TOML_WORDS = ["", "*", "2025-13-40", "israel", "syria", "verb", "noun", "clause"]
toml_values = _nested(
    st.one_of(
        st.none(),
        st.booleans(),
        st.integers(),
        st.floats(allow_nan=True),
        st.text(max_size=20),
        st.dates(),
        st.sampled_from(TOML_WORDS),
    ),
    12,
)


def _paths(data: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    out = [prefix]
    if isinstance(data, dict):
        for k, v in data.items():
            out.extend(_paths(v, (*prefix, k)))
    elif isinstance(data, list):
        for i, v in enumerate(data[:3]):  # the first few entries of each array are enough
            out.extend(_paths(v, (*prefix, i)))
    return out


CODEBOOK_PATHS = _paths(CODEBOOK_DATA)[1:]


@FUZZ
@given(
    st.lists(st.tuples(st.sampled_from(CODEBOOK_PATHS), toml_values), min_size=1, max_size=3),
    st.booleans(),
)
def test_the_codebook_loader_on_the_real_codebook_with_values_broken(
    edits: list[tuple[tuple[Any, ...], Any]], delete: bool
) -> None:
    data = copy.deepcopy(CODEBOOK_DATA)
    for path, value in edits:
        node = data
        try:
            for key in path[:-1]:
                node = node[key]
            if delete and isinstance(node, dict):
                node.pop(path[-1], None)
            else:
                node[path[-1]] = value
        except (KeyError, IndexError, TypeError):
            continue  # an earlier edit changed the shape
    try:
        book = parse_codebook(data, "<fuzz>")
    except PositionsError:
        return
    assert isinstance(book, Codebook)
    # A codebook that loads is one the finder can use.
    src = Source.from_text("Israel will not permit a Russian military presence in southern Syria.")
    article = get_registry().read(src)
    from positions.rules import RuleFinder

    RuleFinder().find(article, book)


JSON_WORDS = [
    "2025-12-30",
    "2025-13-45",
    "2025-02-30",
    "0000-01-01",
    "9999-12-31",
    "2026-W05",
    "2026-Q2",
    "yesterday",
    "",
    " ",
    "2025-12-30T25:00:00",
    "1e999",
    "-1",
]
json_values = _nested(
    st.one_of(
        st.none(),
        st.booleans(),
        st.integers(),
        st.floats(allow_nan=False),
        st.text(max_size=30),
        st.sampled_from(JSON_WORDS),
    ),
    10,
)
META_KEYS = ["url", "outlet", "published", "title", "byline", "first_reported_by", "format"]
sidecars = st.one_of(
    json_values,
    st.dictionaries(st.sampled_from(META_KEYS), json_values, max_size=7),
    st.dictionaries(st.one_of(st.sampled_from(META_KEYS), st.text(max_size=5)), json_values),
)


@FUZZ
@given(sidecars)
def test_the_sidecar_loader_on_json_values(data: Any) -> None:
    try:
        meta = Metadata.from_mapping(data, "<fuzz>")
    except PositionsError:
        return
    assert isinstance(meta, Metadata)
    # What loads is usable: an article read with it keeps it.
    src = Source.from_text("Israel rejects a Russian presence in Syria.", "<fuzz>", meta)
    with contextlib.suppress(PositionsError):  # e.g. the sidecar names an unknown format
        get_registry().read(src)


@FUZZ
@given(
    st.one_of(
        st.binary(max_size=400),
        sidecars.map(lambda d: json.dumps(d).encode()),
        st.text(max_size=200).map(lambda t: t.encode("utf-8", "surrogatepass")),
    )
)
def test_the_sidecar_loader_on_raw_bytes(raw: bytes) -> None:
    with tempfile.TemporaryDirectory() as d:
        p = Path(d) / "a.meta.json"
        p.write_bytes(raw)
        try:
            meta = load_sidecar(p)
        except PositionsError as exc:
            assert "\n" not in str(exc).strip() or "JSON" in str(exc)
            return
        assert isinstance(meta, Metadata)


# ---------------------------------------------------------------------------- ReDoS guard


def _adversarial() -> dict[str, Callable[[int], str]]:
    def rep(unit: str, n: int) -> str:
        return (unit * (n // len(unit) + 1))[:n]

    return {
        "cue run": lambda n: rep("Israel rejects Russia demands Syria ", n),
        "commas": lambda n: rep("Israel rejects" + "," * 300 + " ", n),
        "parentheses": lambda n: "Israel rejects " + "(" * (n // 2) + ")" * (n // 2),
        "no punctuation": lambda n: rep("the Israeli official said Russia would not ", n),
        "unclosed quotes": lambda n: rep('Israel said "we reject the Russian presence ', n),
        "conditions": lambda n: rep("if Israel does not withdraw from the south, Syria ", n),
        "colon frames": lambda n: rep("Israel demands the withdrawal of:\n", n),
        "titled officials": lambda n: rep("Syria's chief negotiator, Ghassan Mourad, met ", n),
    }


def _finder_seconds(text: str) -> float:
    reg = get_registry()
    article = reg.read(Source.from_text(text))
    finder = reg.finder()
    best = float("inf")
    for _ in range(2):
        t0 = time.perf_counter()
        finder.find(article, reg.codebook)
        best = min(best, time.perf_counter() - t0)
    return best


@pytest.mark.slow
@pytest.mark.parametrize("name", list(_adversarial()))
def test_finder_time_per_character_stays_flat(name: str) -> None:
    """10x the input may cost about 10x the time, never 100x (catastrophic backtracking)."""
    make = _adversarial()[name]
    small, large = 2_000, 20_000
    _finder_seconds(make(small))  # warm caches
    per_small = _finder_seconds(make(small)) / small
    per_large = _finder_seconds(make(large)) / large
    # Quadratic work would make this ratio ~10; linear work is ~1 (load on the machine
    # moves both the same way). 4 leaves room for noise.
    assert per_large < 4 * per_small + 2e-6, (name, per_small * 1e6, per_large * 1e6)


_LATIN_TEXT = st.text(
    alphabet=st.sampled_from(string.ascii_letters + string.digits + " .,;:'\"-\n()éüçñ"),
    min_size=40,
    max_size=400,
).filter(lambda t: t.strip())


@given(_LATIN_TEXT, st.sampled_from(["utf-16-le", "utf-16-be", "utf-8", "utf-16"]))
def test_text_in_a_latin_script_decodes_in_any_common_encoding(text: str, enc: str) -> None:
    from positions.source import decode

    assert decode(text.encode(enc), "x.txt") == text


@given(st.binary(min_size=1, max_size=2000))
def test_decode_returns_text_or_one_format_error(data: bytes) -> None:
    from positions.errors import FormatError
    from positions.source import decode

    try:
        out = decode(data, "x.bin")
    except FormatError as exc:
        assert str(exc).startswith("x.bin: ")
    else:
        assert isinstance(out, str) and out.strip()
