"""The annotated sets are sound data, and our readers keep every passage an analyst coded.

Each set's own ``validate.py`` is its author's check, run by hand while writing it; this
runs the checks that matter to the scores on every set at once: a gold row names a
document of its set, codebook ids and a stance on the scale, its cue is in the article
*as our format plugins read it* (a reader that drops a paragraph, an embedded post or a
caption someone coded fails here, not as a silent loss of recall), and no key has two
required rows.
"""

from __future__ import annotations

import html
import json
import re
from pathlib import Path

import pytest

from positions import Source, default_codebook
from positions.plugins import get_registry

HERE = Path(__file__).resolve().parent
SETS = sorted(
    [HERE.parent / "seeds", *(p.parent for p in (HERE / "data").glob("*/gold.jsonl"))],
    key=lambda p: p.name,
)
_QUOTES = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"'})


def _plain(text: str) -> str:
    """Text compared as a reader sees it: entities decoded, quotes straight, spaces single."""
    return " ".join(html.unescape(text).translate(_QUOTES).split())


def _rows(folder: Path) -> list[dict[str, object]]:
    lines = (folder / "gold.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


@pytest.mark.parametrize("folder", SETS, ids=lambda p: p.name)
def test_gold_rows_are_well_formed(folder: Path) -> None:
    book = default_codebook()
    parties = {p.id for p in book.parties}
    issues = {i.id for i in book.issues}
    docs = {p.name for p in folder.iterdir() if p.suffix in (".txt", ".html")}
    seen: set[tuple[object, object, object]] = set()
    rows = _rows(folder)
    assert rows
    for n, row in enumerate(rows, 1):
        where = f"{folder.name}/gold.jsonl:{n}"
        assert {"doc", "party", "issue", "stance", "cue"} <= set(row) <= {
            "doc", "party", "issue", "stance", "cue", "optional",
        }, where  # fmt: skip
        assert row["doc"] in docs, where
        assert row["party"] in parties and row["issue"] in issues, where
        stance = row["stance"]
        assert isinstance(stance, int) and not isinstance(stance, bool), where
        assert -2 <= stance <= 2, where
        assert row.get("optional", True) is True, where
        assert isinstance(row["cue"], str) and row["cue"].strip(), where
        key = (row["doc"], row["party"], row["issue"])
        if not row.get("optional"):
            # One required row a key; an optional one beside it may keep an earlier stance
            # the article reports (guard's README: "last June" vs now).
            assert key not in seen, f"{where}: {key} twice"
            seen.add(key)


@pytest.mark.parametrize("folder", SETS, ids=lambda p: p.name)
def test_every_document_has_its_metadata_and_is_coded(folder: Path) -> None:
    coded = {row["doc"] for row in _rows(folder)}
    for doc in sorted(p for p in folder.iterdir() if p.suffix in (".txt", ".html")):
        meta = doc.with_suffix(".meta.json")
        assert meta.exists(), meta
        published = json.loads(meta.read_text(encoding="utf-8")).get("published")
        # (a month or a year is a date too: "2025-07" where the outlet gives no day)
        assert published is None or re.fullmatch(r"\d{4}(?:-\d{2}(?:-\d{2})?)?", published), meta
        assert doc.name in coded, f"{doc}: no gold rows"


@pytest.mark.parametrize("folder", SETS, ids=lambda p: p.name)
def test_every_coded_cue_survives_our_reader(folder: Path) -> None:
    registry = get_registry()
    bodies: dict[str, str] = {}
    lost = []
    for row in _rows(folder):
        doc = str(row["doc"])
        if doc not in bodies:
            article = registry.read(Source.from_path(folder / doc))
            bodies[doc] = _plain(f"{article.title or ''}\n{article.body}")
        if _plain(str(row["cue"])) not in bodies[doc]:
            lost.append((doc, row["cue"]))
    assert not lost, lost[:5]
