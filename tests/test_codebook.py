"""The codebook loader: what it validates, and that the shipped codebook holds the fixed ids."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from positions.codebook import default_codebook, load_codebook, loads_codebook
from positions.errors import CodebookError

IDS_DOC = Path("/work/shared/codebook-ids.md")
ROOT = Path(__file__).resolve().parent.parent

GOOD = """
name = "mini"

[concepts]
presence = ["presence", "forces"]

[[party]]
id = "israel"
name = "Israel"
names = ["Israel"]
demonyms = ["Israeli"]
people = [{ text = "Netanyahu", from = "2022-12-29" }]

[[party]]
id = "syria"
name = "Syria"
names = ["Syria"]
capitals = ["Damascus"]

[[issue]]
id = "foreign-presence"
label = "Foreign forces in Syria"
patterns = [{ all = ["presence"] }]

[[cue]]
phrases = ["will not permit"]
stance = "refuses"
kind = "verb"
negated = 0
"""


def _write(tmp_path: Path, text: str, name: str = "book.toml") -> Path:
    p = tmp_path / name
    p.write_text(text, "utf-8")
    return p


def test_a_valid_codebook_loads(tmp_path: Path) -> None:
    book = load_codebook(_write(tmp_path, GOOD))
    assert book.party_ids == ("israel", "syria")
    assert book.issue_ids == ("foreign-presence",)
    (cue,) = book.cues
    assert (cue.phrase, cue.stance, cue.negated) == ("will not permit", -2, 0)
    assert {a.text for a in book.party("israel").aliases} == {"Israel", "Israeli", "Netanyahu"}


@pytest.mark.parametrize(
    ("old", "new", "entry", "message"),
    [
        (
            'stance = "refuses"',
            'stance = "furious"',
            "cue 'will not permit'",
            "unknown stance level",
        ),
        ('stance = "refuses"', "stance = 3", "cue 'will not permit'", "unknown stance level"),
        ('stance = "refuses"', "stance = true", "cue 'will not permit'", "unknown stance level"),
        ("negated = 0", 'negated = "maybe"', "cue 'will not permit'", "unknown stance level"),
        (
            'capitals = ["Damascus"]',
            'capitals = ["Damascus", "Israeli"]',
            "party 'syria'",
            "alias 'Israeli' is already claimed by party 'israel'",
        ),
        (
            'capitals = ["Damascus"]',
            'capitals = ["ISRAEL"]',
            "party 'syria'",
            "already claimed by party 'israel'",
        ),
        ('name = "Syria"\n', "", "party 'syria'", "missing required field 'name'"),
        (
            'label = "Foreign forces in Syria"\n',
            "",
            "issue 'foreign-presence'",
            "missing required field 'label'",
        ),
        (
            'patterns = [{ all = ["presence"] }]',
            "",
            "issue 'foreign-presence'",
            "missing required field 'patterns'",
        ),
        ('id = "syria"\n', "", "party #2", "missing required field 'id'"),
        ('phrases = ["will not permit"]\n', "", "cue #1", "missing required field 'phrases'"),
        ('stance = "refuses"\n', "", "cue 'will not permit'", "missing required field 'stance'"),
        ('phrases = ["will not permit"]', "phrases = []", "cue #1", "at least one phrase"),
        ('kind = "verb"', 'kind = "adverb"', "cue 'will not permit'", "unknown cue kind"),
        (
            'all = ["presence"]',
            'all = ["absence"]',
            "issue 'foreign-presence'",
            "unknown concept 'absence'",
        ),
        (
            'from = "2022-12-29"',
            'from = "last year"',
            "party 'israel' alias 'Netanyahu'",
            "malformed date",
        ),
        (
            'all = ["presence"]',
            'all = ["presence"], holders = ["atlantis"]',
            "issue 'foreign-presence'",
            "holder 'atlantis' is not a party id",
        ),
        ('names = ["Syria"]\ncapitals = ["Damascus"]', "", "party 'syria'", "has no aliases"),
        ('id = "syria"', 'id = "israel"', "party 'israel'", "defined twice"),
        (
            'id = "foreign-presence"',
            'id = "foreign-presence"\nnegotiated = "yes"',
            "issue 'foreign-presence'",
            "'negotiated' must be true or false",
        ),
    ],
)
def test_invalid_entries_are_errors_naming_the_file_and_the_entry(
    tmp_path: Path, old: str, new: str, entry: str, message: str
) -> None:
    assert old in GOOD
    path = _write(tmp_path, GOOD.replace(old, new, 1))
    with pytest.raises(CodebookError) as info:
        load_codebook(path)
    text = str(info.value)
    assert text.startswith(f"{path}: {entry}: "), text
    assert message in text
    assert "\n" not in text


def test_invalid_toml_names_the_file(tmp_path: Path) -> None:
    path = _write(tmp_path, "[[party]\nid = ")
    with pytest.raises(CodebookError, match=re.escape(str(path)) + ": invalid TOML"):
        load_codebook(path)


def test_a_missing_file_is_a_codebook_error(tmp_path: Path) -> None:
    with pytest.raises(CodebookError, match="cannot read codebook"):
        load_codebook(tmp_path / "absent.toml")


def test_not_utf8_is_a_codebook_error(tmp_path: Path) -> None:
    path = tmp_path / "latin1.toml"
    path.write_bytes('name = "caf\xe9"'.encode("latin-1"))
    with pytest.raises(CodebookError, match="not UTF-8"):
        load_codebook(path)


def test_an_extension_claiming_another_party_alias_is_an_error(tmp_path: Path) -> None:
    base = load_codebook(_write(tmp_path, GOOD))
    extra = loads_codebook(
        '[[party]]\nid = "russia"\nname = "Russia"\nnames = ["Damascus"]\n', "extra.toml"
    )
    with pytest.raises(CodebookError, match="'Damascus' is already claimed by party 'syria'"):
        base.extended(extra)


def test_an_extension_adds_aliases_to_a_known_party(tmp_path: Path) -> None:
    base = load_codebook(_write(tmp_path, GOOD))
    extra = loads_codebook('[[party]]\nid = "syria"\nname = "Syria"\nnames = ["SANA"]\n', "x")
    merged = base.extended(extra)
    assert "SANA" in {a.text for a in merged.party("syria").aliases}
    assert "Damascus" in {a.text for a in merged.party("syria").aliases}


def test_outsiders_load_merge_and_must_be_strings(tmp_path: Path) -> None:
    base = load_codebook(_write(tmp_path, GOOD))
    extra = loads_codebook('outsiders = ["Oman", "Omani"]\n', "extra.toml")
    assert base.extended(extra).outsiders[-2:] == ("Oman", "Omani")
    with pytest.raises(CodebookError, match=r"bad\.toml"):
        loads_codebook("outsiders = [1]\n", "bad.toml")


# ----------------------------------------------------------------------------- the shipped book


def _ids_from_doc(section: str) -> list[str]:
    text = IDS_DOC.read_text("utf-8") if IDS_DOC.exists() else ""
    part = text.split(f"## {section}", 1)[1].split("\n## ", 1)[0] if text else ""
    return [i for i in re.findall(r"^\| ([a-z0-9][a-z0-9-]*) \|", part, re.M) if i != "id"]


# The fixed ids, as codebook-ids.md lists them (kept here too so the test runs without it).
PARTIES = [
    "israel", "syria", "russia", "united-states", "turkey", "saudi-arabia", "iran", "jordan",
    "lebanon", "hezbollah", "azerbaijan", "france", "qatar", "egypt", "un", "eu", "sdf", "druze",
]  # fmt: skip
ISSUES = [
    "russian-military-presence-southern-syria", "russian-bases-syria",
    "turkish-military-presence-syria", "iranian-presence-syria",
    "foreign-military-presence-southern-syria", "foreign-military-presence-syria",
    "us-military-presence-syria", "israeli-withdrawal", "demilitarized-zone-south",
    "security-agreement", "disengagement-agreement-1974", "humanitarian-corridor-suwayda",
    "syrian-army-redeployment-south", "syrian-strategic-weapons", "israeli-strikes-syria",
    "israel-syria-normalization", "israel-saudi-normalization", "two-state-solution",
    "joint-coordination-mechanism", "shared-economic-zone", "russian-mediation", "us-mediation",
    "russia-syria-relations", "turkey-syria-military-cooperation", "syria-territorial-integrity",
    "druze-protection", "hezbollah-disarmament", "israel-lebanon-normalization",
]  # fmt: skip


def test_the_id_lists_here_match_the_shared_document() -> None:
    if not IDS_DOC.exists():
        pytest.skip("codebook-ids.md is not beside this checkout")
    assert _ids_from_doc("Parties") == PARTIES
    assert _ids_from_doc("Issues") == ISSUES


def test_every_fixed_party_and_issue_id_is_in_the_shipped_codebook() -> None:
    book = default_codebook()
    assert set(PARTIES) <= set(book.party_ids)
    assert set(ISSUES) <= set(book.issue_ids)


def test_the_shipped_codebook_knows_how_texts_name_the_parties() -> None:
    book = default_codebook()
    examples = {
        "israel": ["Israel", "Israeli", "Netanyahu", "IDF"],
        "syria": ["Syria", "Damascus"],
        "russia": ["Russia", "Moscow", "Kremlin"],
        "united-states": ["United States", "Washington"],
        "turkey": ["Turkey", "Ankara"],
        "saudi-arabia": ["Saudi Arabia", "Riyadh"],
        "hezbollah": ["Hezbollah"],
    }
    for pid, names in examples.items():
        aliases = {a.text.casefold() for a in book.party(pid).aliases}
        for name in names:
            assert any(name.casefold() in a for a in aliases), (pid, name)


def test_every_issue_has_a_pattern_and_every_stance_level_has_cues() -> None:
    book = default_codebook()
    assert all(i.patterns for i in book.issues)
    assert {c.stance for c in book.cues} == {-2, -1, 0, 1, 2}


def test_no_phrase_is_spelt_twice_in_one_list_of_the_shipped_codebook() -> None:
    # One place for each phrase: a second copy in the same list does nothing but hide
    # which one a later edit should change.
    raw = tomllib.loads((ROOT / "positions" / "data" / "levant.toml").read_text("utf-8"))
    lists = {f"cue {c['phrases'][0]!r}": c["phrases"] for c in raw["cue"]}
    lists |= {f"concept {k}": v for k, v in raw["concepts"].items()}
    twice = {
        where: sorted({p for p in phrases if phrases.count(p) > 1})
        for where, phrases in lists.items()
        if len(set(phrases)) < len(phrases)
    }
    assert not twice, twice


def test_the_shipped_codebook_loads_from_its_file_too() -> None:
    book = load_codebook(ROOT / "positions" / "data" / "levant.toml")
    assert book.party_ids == default_codebook().party_ids


# ----------------------------------------------------------------------------- fuzz

_FRAGMENTS = st.sampled_from(
    [
        "[[party]]\n", "[[issue]]\n", "[[cue]]\n", "[concepts]\n", "[lexicon]\n",
        'id = "x"\n', 'id = "y"\n', "id = 3\n", 'name = "X"\n', 'names = ["X"]\n',
        'names = ["X", "x"]\n', "names = [1]\n", 'names = "X"\n', "names = [{ text = 2 }]\n",
        'capitals = [{ text = "C", from = "2020-13-01" }]\n', "people = [{}]\n",
        'label = "L"\n', "patterns = []\n", 'patterns = [{ all = ["c"] }]\n',
        'patterns = [{ actor = "nobody" }]\n', "patterns = [1]\n",
        'patterns = [{ all = ["c"], context_scope = "galaxy" }]\n', 'broader = ["z"]\n',
        'invert_with = "zz"\n', 'exclude = ["q"]\n', 'c = ["presence"]\n', "c = []\n",
        'phrases = ["seeks"]\n', "phrases = []\n", 'stance = "supports"\n', "stance = 9\n",
        "stance = 1.5\n", 'kind = "verb"\n', 'kind = "noun"\n', "negated = -2\n",
        'scope = "sentence"\n', "weight = 0\n", "weight = nan\n", "weight = 0.5\n",
        'sources = ["a"]\n', "sources = 1\n", 'outsiders = ["o"]\n', "outsiders = 2\n", 'name = ["n"]\n', "party = 1\n", "concepts = 2\n",
        "cue = {}\n", "lexicon = 1\n", 'speech = ["said"]\n', "x = 1979-05-27T07:32:00\n",
        "t = 07:32:00\n", "[party]\n", "= broken\n", '"', "\x00", "\n",
    ]
)  # fmt: skip
_TOMLISH = st.lists(_FRAGMENTS | st.text(max_size=12), max_size=25).map("".join)


@given(_TOMLISH)
@settings(max_examples=400, deadline=None)
def test_the_loader_raises_only_codebook_errors(text: str) -> None:
    try:
        book = loads_codebook(text, "fuzz.toml")
    except CodebookError as exc:
        assert str(exc).startswith("fuzz.toml")
        return
    assert len(set(book.party_ids)) == len(book.party_ids)
    assert all(-2 <= c.stance <= 2 for c in book.cues)


@given(st.binary(max_size=200))
@settings(max_examples=200, deadline=None)
def test_the_loader_raises_only_codebook_errors_on_bytes(raw: bytes) -> None:
    try:
        book = loads_codebook(raw, "bytes.toml")
    except CodebookError as exc:
        assert str(exc).startswith("bytes.toml")
        return
    assert book.name
