"""A kit for testing format plugins against golden cases: an input file and the fields its
article must have.

A case is a TOML (or JSON; YAML when PyYAML is installed) file beside its input::

    input = "my_outlet_page.txt"      # relative to the case file
    format = "my-outlet"              # the format that must read it
    sidecar = false                   # read NAME.meta.json beside the input (default: no)
    margin = 0.3                      # how far it must out-sniff every other format

    [expect]
    outlet = "My Outlet"
    title = "The headline, once"
    byline = "Jane Doe"               # or omit the key to leave it unchecked
    relays = ["KAN"]
    published = { date = "2025-12-26", precision = "day", provenance = "stated" }
    # an undated page: published = { provenance = "unknown" }
    body_paragraphs = ["A paragraph that must be one line of the body."]
    body_contains = ["words the body must hold somewhere"]
    not_in_body = ["Share this article", "(Photo: …)"]   # text found nowhere in the body
    not_lines = ["Search"]            # short furniture that must not be a line of its own

An expected ``byline`` or ``url`` of ``""`` means the article has none.

    [metadata]                        # optional: sidecar values given inline
    published = "2026-01"

In a plugin's own tests::

    from positions.testing import case_ids, check_case, load_cases

    CASES = load_cases("tests/cases")

    @pytest.mark.parametrize("case", CASES, ids=case_ids(CASES))
    def test_golden(case):
        assert check_case(case, registry=Registry.load(extra_plugins=[my_outlet])) == []

:func:`check_case` returns the list of mismatches (empty when the article is right), so a
failing test shows every wrong field at once; :func:`assert_case` raises with them.
"""

from __future__ import annotations

import json
import tomllib
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from attrs import field, frozen

from positions.errors import InputError, PositionsError
from positions.formats import clean_lines
from positions.model import Article
from positions.plugins import Registry, get_registry
from positions.source import Metadata, Source

__all__ = [
    "CASE_SUFFIXES",
    "GoldenCase",
    "assert_case",
    "case_ids",
    "check_article",
    "check_case",
    "check_sniff",
    "load_case",
    "load_cases",
    "read_case",
]

CASE_SUFFIXES = (".toml", ".json", ".yml", ".yaml")
_CASE_KEYS = {"input", "format", "sidecar", "margin", "expect", "metadata", "about"}
_EXPECT_KEYS = {
    "format",
    "outlet",
    "title",
    "byline",
    "url",
    "relays",
    "published",
    "body_paragraphs",
    "body_contains",
    "not_in_body",
    "not_lines",
}


@frozen
class GoldenCase:
    """One input file and what the article read from it must look like."""

    name: str
    input: Path
    expect: Mapping[str, Any]
    format: str | None = None
    sidecar: bool = False
    margin: float | None = None
    metadata: Mapping[str, Any] | None = None
    path: Path | None = field(default=None, eq=False)

    def source(self, *, name: str | None = None) -> Source:
        """The case's input as a source (under another ``name`` if given; the text is the same)."""
        src = Source.from_path(self.input, sidecar=self.sidecar)
        meta = src.metadata
        if self.metadata is not None:
            meta = Metadata.from_mapping(dict(self.metadata), f"{self.path or self.name}: metadata")
        return Source(name=name or src.name, text=src.text, metadata=meta, path=src.path)


def _read_data(path: Path) -> Any:
    raw = path.read_text(encoding="utf-8")
    if path.suffix == ".toml":
        return tomllib.loads(raw)
    if path.suffix == ".json":
        return json.loads(raw)
    try:
        import yaml  # type: ignore[import-untyped]
    except ImportError:
        raise InputError(
            f"{path}: YAML cases need PyYAML; write the case as TOML or JSON"
        ) from None
    return yaml.safe_load(raw)


def load_case(path: str | Path) -> GoldenCase:
    """Read one case file; errors name the file and the key at fault."""
    p = Path(path)
    try:
        data = _read_data(p)
    except (OSError, ValueError, tomllib.TOMLDecodeError) as exc:
        raise InputError(f"{p}: cannot read golden case: {exc}") from None
    except Exception as exc:  # a YAML parser's own errors
        raise InputError(f"{p}: cannot read golden case: {exc}") from None
    if not isinstance(data, dict):
        raise InputError(f"{p}: a golden case must be a table")
    unknown = set(data) - _CASE_KEYS
    if unknown:
        raise InputError(f"{p}: unknown key(s) {', '.join(sorted(unknown))}")
    if not isinstance(data.get("input"), str):
        raise InputError(f"{p}: 'input' (the file to read, relative to the case) is required")
    expect = data.get("expect", {})
    if not isinstance(expect, dict):
        raise InputError(f"{p}: 'expect' must be a table")
    bad = set(expect) - _EXPECT_KEYS
    if bad:
        raise InputError(f"{p}: unknown expected field(s) {', '.join(sorted(bad))}")
    metadata = data.get("metadata")
    if metadata is not None and not isinstance(metadata, dict):
        raise InputError(f"{p}: 'metadata' must be a table")
    margin = data.get("margin")
    if margin is not None and not isinstance(margin, int | float):
        raise InputError(f"{p}: 'margin' must be a number")
    fmt = data.get("format", expect.get("format"))
    return GoldenCase(
        name=p.stem,
        input=(p.parent / data["input"]).resolve(),
        expect=expect,
        format=fmt,
        sidecar=bool(data.get("sidecar", False)),
        margin=float(margin) if margin is not None else None,
        metadata=metadata,
        path=p,
    )


def load_cases(directory: str | Path) -> list[GoldenCase]:
    """Every case file in ``directory`` (not recursive), in name order."""
    d = Path(directory)
    if not d.is_dir():
        raise InputError(f"{d}: no such directory of golden cases")
    return [load_case(p) for p in sorted(d.iterdir()) if p.suffix in CASE_SUFFIXES]


def case_ids(cases: Sequence[GoldenCase]) -> list[str]:
    """Test ids for ``pytest.mark.parametrize``: the case file names."""
    return [c.name for c in cases]


def read_case(case: GoldenCase, registry: Registry | None = None) -> Article:
    """The article the registry reads from the case's input (sniffed, as in real use)."""
    reg = registry or get_registry()
    return reg.read(case.source())


def _norm(s: str) -> str:
    return " ".join(s.split())


def check_article(article: Article, expect: Mapping[str, Any]) -> list[str]:
    """How ``article`` differs from the expected fields; empty when it matches."""
    problems: list[str] = []

    def differ(label: str, got: Any, want: Any) -> None:
        if got != want:
            problems.append(f"{label}: expected {want!r}, got {got!r}")

    for key in ("format", "outlet", "title"):
        if key in expect:
            differ(key, getattr(article, key), expect[key])
    for key in ("byline", "url"):  # "" (or null) expects none
        if key in expect:
            differ(key, getattr(article, key) or None, expect[key] or None)
    if "relays" in expect:
        differ("relays", list(article.relays), list(expect["relays"]))
    if "published" in expect:
        want = expect["published"]
        got = article.published
        if isinstance(want, str):  # shorthand: the ISO text only
            differ("published", got.iso(), want)
        else:
            differ("published.date", got.iso(), want.get("date") or None)  # no date: unknown
            for part in ("precision", "provenance"):
                if part in want:
                    differ(f"published.{part}", str(getattr(got, part)), want[part])
    lines = {_norm(ln) for ln in clean_lines(article.body)}
    body = _norm(article.body)
    for para in expect.get("body_paragraphs", ()):
        if _norm(para) not in lines:
            problems.append(f"body: missing paragraph {para[:80]!r}")
    for text in expect.get("body_contains", ()):
        if _norm(text) not in body:
            problems.append(f"body: missing text {text[:80]!r}")
    for text in expect.get("not_in_body", ()):
        if _norm(text) in body:
            problems.append(f"body: boilerplate left in {text[:80]!r}")
    for text in expect.get("not_lines", ()):
        if _norm(text) in lines:
            problems.append(f"body: furniture line left in {text[:80]!r}")
    if "title" in expect and expect["title"] and _norm(expect["title"]) in lines:
        problems.append("body: the title is repeated in the body")
    return problems


def check_sniff(
    case: GoldenCase, registry: Registry | None = None, *, margin: float | None = None
) -> list[str]:
    """Whether the case's format wins sniffing by ``margin`` (default: the case's, else 0.3)
    over every other installed format."""
    reg = registry or get_registry()
    want = case.format or case.expect.get("format")
    if want is None:
        return []
    needed = margin if margin is not None else (case.margin if case.margin is not None else 0.3)
    ranked = reg.rank(case.source())
    scores = {c.format.name: c.score for c in ranked}
    if want not in scores:
        return [f"sniff: format {want!r} is not installed (or its sniff raised)"]
    mine = scores[want]
    return [
        f"sniff: {want} scores {mine:.2f}, {other} {score:.2f} (margin {needed} needed)"
        for other, score in scores.items()
        if other != want and mine - score < needed
    ]


def check_case(
    case: GoldenCase, registry: Registry | None = None, *, sniff: bool = True
) -> list[str]:
    """Every way the case fails: sniffing (when ``sniff``) and each expected field."""
    reg = registry or get_registry()
    problems = check_sniff(case, reg) if sniff else []
    try:
        article = read_case(case, reg)
    except PositionsError as exc:
        return [*problems, f"read: {exc}"]
    want = case.format or case.expect.get("format")
    if want is not None and article.format != want and "format" not in case.expect:
        problems.append(f"format: expected {want!r}, got {article.format!r}")
    return problems + check_article(article, case.expect)


def assert_case(case: GoldenCase, registry: Registry | None = None, *, sniff: bool = True) -> None:
    """Raise AssertionError listing every mismatch of ``case``."""
    problems = check_case(case, registry, sniff=sniff)
    if problems:
        where = case.path or case.name
        raise AssertionError(f"{where}:\n  " + "\n  ".join(problems))
