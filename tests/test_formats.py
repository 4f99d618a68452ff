"""The format plugins, tested from data (sqlfluff style) through the plugin author's kit.

Every ``tests/data/formats/*.toml`` is a golden case: an input file (a seed, a variant of a
seed outlet's layout written for these tests, an HTML page) and the article fields it must
give. The kit (:mod:`positions.testing`) is the same one plugin authors use.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from positions.errors import FormatError, InputError, PositionsError
from positions.model import Precision, Provenance
from positions.pipeline import iter_extractions
from positions.plugins import Registry, get_registry
from positions.source import Metadata, Source, load_sidecar
from positions.testing import (
    GoldenCase,
    case_ids,
    check_article,
    check_case,
    check_sniff,
    load_case,
    load_cases,
)

DATA = Path(__file__).parent / "data" / "formats"
CASES = load_cases(DATA)
SEEDS = Path(__file__).resolve().parent.parent / "seeds"
SEED_FILES = sorted(SEEDS.glob("0*.txt"))
OUTLET_FORMATS = {
    "enab-baladi-en",
    "lbci-en",
    "syrian-observer",
    "blogger-repost",
    "israeli-outlet-en",
}


@pytest.fixture(scope="module")
def registry() -> Registry:
    return Registry.load()


@pytest.mark.parametrize("case", CASES, ids=case_ids(CASES))
def test_golden_case(case: GoldenCase, registry: Registry) -> None:
    assert check_case(case, registry) == []


def test_every_seed_has_a_case_for_its_own_format() -> None:
    by_input = {c.input.name: c for c in CASES if not c.sidecar}
    assert {p.name for p in SEED_FILES} <= set(by_input)
    assert {by_input[p.name].format for p in SEED_FILES} == OUTLET_FORMATS


def test_each_layout_has_at_least_three_variants_of_its_own() -> None:
    """The formats generalise: besides its seed, each outlet format reads three other pages."""
    seeds = {p.name for p in SEED_FILES}
    for fmt in OUTLET_FORMATS:
        own = {c.input.name for c in CASES if c.format == fmt and c.input.name not in seeds}
        assert len(own) >= 3, (fmt, own)


def test_html_pages_read_into_the_same_article_as_their_text(registry: Registry) -> None:
    pairs = [
        ("html_enab_baladi_seed", "seed_000_enab-baladi-en"),
        ("html_lbci_seed", "seed_001_lbci-en"),
    ]
    by_name = {c.name: c for c in CASES}
    for html_name, text_name in pairs:
        html = registry.read(by_name[html_name].source())
        text = registry.read(by_name[text_name].source())
        assert html.format == text.format
        assert (html.title, html.published, html.relays, html.byline) == (
            text.title,
            text.published,
            text.relays,
            text.byline,
        )
        assert html.body == text.body
        assert html.id == text.id  # same body, same article: re-ingesting the page adds nothing


# ----------------------------------------------------------------------------- sniffing


@pytest.mark.parametrize("seed", SEED_FILES, ids=lambda p: p.name[:3])
def test_seed_sniffing_is_exclusive(seed: Path, registry: Registry) -> None:
    ranked = registry.rank(Source.from_path(seed, sidecar=False))
    best, runner_up = ranked[0], ranked[1]
    assert best.format.name in OUTLET_FORMATS
    assert best.score - runner_up.score >= 0.3, [(c.format.name, c.score) for c in ranked]


def test_the_five_seeds_go_to_five_formats(registry: Registry) -> None:
    chosen = [registry.rank(Source.from_path(p, sidecar=False))[0].format.name for p in SEED_FILES]
    assert sorted(chosen) == sorted(OUTLET_FORMATS)


@pytest.mark.parametrize("seed", SEED_FILES, ids=lambda p: p.name[:3])
def test_sniffing_does_not_use_the_file_name(
    seed: Path, registry: Registry, tmp_path: Path
) -> None:
    renamed = tmp_path / "renamed" / "lbci_enab_baladi_blogspot.html.txt"
    renamed.parent.mkdir()
    shutil.copyfile(seed, renamed)
    before = registry.read(Source.from_path(seed, sidecar=False))
    after = registry.read(Source.from_path(renamed, sidecar=False))
    assert after.format == before.format
    assert (after.title, after.body, after.published) == (
        before.title,
        before.body,
        before.published,
    )
    text = seed.read_text(encoding="utf-8")
    scores = {c.format.name: c.score for c in registry.rank(Source.from_text(text, name="x"))}
    again = {
        c.format.name: c.score for c in registry.rank(Source.from_text(text, name=str(renamed)))
    }
    assert scores == again


def test_an_article_no_outlet_claims_goes_to_a_generic_format(
    registry: Registry, tmp_path: Path
) -> None:
    p = tmp_path / "note.txt"
    p.write_text("A short note\n\nRussia said it seeks a role in southern Syria.\n", "utf-8")
    article = registry.read(Source.from_path(p))
    assert article.format.startswith("generic-")


# ----------------------------------------------------------------------------- dates


@pytest.mark.parametrize(
    "name",
    [c.name for c in CASES if c.expect.get("published", {}).get("provenance") == "unknown"],
)
def test_dateless_pages_get_no_invented_date(name: str, registry: Registry) -> None:
    (case,) = [c for c in CASES if c.name == name]
    assert not registry.read(case.source()).published.known


def test_inferred_dates_are_never_day_precise(registry: Registry) -> None:
    inferred = [c for c in CASES if c.expect.get("published", {}).get("provenance") == "inferred"]
    assert inferred
    for case in inferred:
        when = registry.read(case.source()).published
        assert when.provenance is Provenance.INFERRED
        assert when.precision is not Precision.DAY


# ----------------------------------------------------------------------------- sidecars


def _article_with_sidecar(tmp_path: Path, seed: Path, meta: object) -> Path:
    target = tmp_path / seed.name
    shutil.copyfile(seed, target)
    (tmp_path / (seed.stem + ".meta.json")).write_text(json.dumps(meta), "utf-8")
    return target


def test_supplied_values_win_and_are_marked_supplied(registry: Registry, tmp_path: Path) -> None:
    seed = SEEDS / "002_1727f3c37fcd0ec7.txt"
    meta = {
        "published": "2026-01-14",
        "outlet": "Syrian Observer (crawled)",
        "title": "A crawler's title",
        "byline": "Desk",
        "url": "https://example.org/a",
        "first_reported_by": ["Maariv (print)"],
    }
    article = registry.read(Source.from_path(_article_with_sidecar(tmp_path, seed, meta)))
    assert article.format == "syrian-observer"  # sniffing still reads the page
    assert article.published.iso() == "2026-01-14"
    assert article.published.provenance is Provenance.SUPPLIED
    assert (article.outlet, article.title, article.byline, article.url) == (
        "Syrian Observer (crawled)",
        "A crawler's title",
        "Desk",
        "https://example.org/a",
    )
    assert article.relays[0] == "Maariv (print)"


def test_a_supplied_date_overrides_a_stated_one_that_disagrees(
    registry: Registry, tmp_path: Path
) -> None:
    seed = SEEDS / "000_f86b58536823a262.txt"
    path = _article_with_sidecar(tmp_path, seed, {"published": "2025-11"})
    when = registry.read(Source.from_path(path)).published
    assert (when.iso(), when.provenance) == ("2025-11", Provenance.SUPPLIED)


def test_a_stated_day_inside_a_supplied_month_keeps_its_day(
    registry: Registry, tmp_path: Path
) -> None:
    seed = SEEDS / "000_f86b58536823a262.txt"
    path = _article_with_sidecar(tmp_path, seed, {"published": "2025-12"})
    when = registry.read(Source.from_path(path)).published
    assert (when.iso(), when.provenance) == ("2025-12-26", Provenance.STATED)


def test_shipped_seed_sidecars_place_each_seed_in_its_month(registry: Registry) -> None:
    sources = json.loads((SEEDS / "sources.json").read_text("utf-8"))
    for seed in SEED_FILES:
        article = registry.read(Source.from_path(seed))
        assert article.published.iso() is not None
        assert article.published.iso()[:7] == sources[seed.name]["published"][:7]


@pytest.mark.parametrize(
    ("content", "fragment"),
    [
        ("{not json", "not valid UTF-8 JSON"),
        ("[1, 2]", "must be a JSON object"),
        ('{"published": "26/12/2025"}', "malformed 'published'"),
        ('{"published": 2025}', "'published' must be"),
        ('{"outlet": 3}', "'outlet' must be a string"),
        ('{"first_reported_by": [1]}', "'first_reported_by'"),
    ],
)
def test_a_malformed_sidecar_is_a_clear_error(tmp_path: Path, content: str, fragment: str) -> None:
    side = tmp_path / "a.meta.json"
    side.write_text(content, "utf-8")
    with pytest.raises(InputError) as info:
        load_sidecar(side)
    message = str(info.value)
    assert fragment in message and str(side) in message
    assert "\n" not in message


def test_a_malformed_sidecar_skips_that_item_and_the_batch_goes_on(tmp_path: Path) -> None:
    good = SEEDS / "001_73481541f22c1de9.txt"
    bad = tmp_path / "bad.txt"
    shutil.copyfile(SEEDS / "000_f86b58536823a262.txt", bad)
    (tmp_path / "bad.meta.json").write_text('{"published": "soon"}', "utf-8")
    shutil.copyfile(good, tmp_path / "good.txt")
    items = list(iter_extractions([str(tmp_path)], get_registry()))
    problems = [i for i in items if not hasattr(i, "article")]
    done = [i for i in items if hasattr(i, "article")]
    assert len(done) == 1 and done[0].article.format == "lbci-en"
    assert len(problems) == 1 and "bad.meta.json" in str(problems[0])


@given(
    st.dictionaries(
        st.sampled_from(["url", "outlet", "published", "title", "byline", "first_reported_by"]),
        st.none()
        | st.text(max_size=20)
        | st.integers()
        | st.lists(st.text(max_size=5), max_size=3)
        | st.booleans(),
    )
)
@settings(max_examples=200, deadline=None)
def test_sidecar_validation_raises_only_input_errors(data: dict[str, object]) -> None:
    try:
        meta = Metadata.from_mapping(data)
    except InputError:
        return
    if meta.published is not None:
        assert meta.published.provenance is Provenance.SUPPLIED


# ----------------------------------------------------------------------------- robustness

_LINES = st.sampled_from(
    [
        "Dec 26, 2025 - 07:58",
        "[Source: Enab Baladi English]",
        " date 2025-12-27 News",
        "27-12-2025 | 13:19",
        "Report by A B, English adaptation by C D",
        "Search",
        "Helpful keywords",
        "Skip to main content",
        "Yes (9)",
        "Post a Comment",
        "The post X appeared first on Enab Baladi.",
        "ADS",
        "<html><body><p>x</p></body></html>",
        '<script type=\'application/ld+json\'>{"@type": "NewsArticle"</script>',
        "",
        "Israel said it will not permit a Russian presence.",
    ]
)
_TEXT = st.lists(_LINES | st.text(max_size=80), min_size=1, max_size=12).map("\n".join)


@given(_TEXT)
@settings(max_examples=150, deadline=None)
def test_sniff_scores_are_in_range_and_parse_raises_only_our_errors(text: str) -> None:
    reg = get_registry()
    if not text.strip():
        with pytest.raises(FormatError):
            Source.from_text(text)
        return
    source = Source.from_text(text, name="fuzz")
    for name, fmt in reg.formats.items():
        score = fmt.sniff(source)
        assert 0.0 <= score <= 1.0, (name, score)
        try:
            article = fmt.parse(source)
        except PositionsError:
            continue
        assert article.body.strip()
        assert article.format == name


# ----------------------------------------------------------------------------- the kit


def test_the_kit_reports_every_wrong_field(registry: Registry, tmp_path: Path) -> None:
    seed = SEEDS / "001_73481541f22c1de9.txt"
    case_file = tmp_path / "wrong.toml"
    case_file.write_text(
        f"input = {json.dumps(str(seed))}\nformat = 'syrian-observer'\n"
        "[expect]\ntitle = 'Not the title'\nrelays = ['Reuters']\n"
        "published = { date = '2025-12-28', provenance = 'inferred' }\n"
        "body_paragraphs = ['A paragraph that is not there.']\n"
        "not_in_body = ['Israel has carried out movements']\nnot_lines = ['Moscow']\n",
        "utf-8",
    )
    problems = check_case(load_case(case_file), registry)
    text = "\n".join(problems)
    for part in (
        "sniff:",
        "format:",
        "title:",
        "relays:",
        "published.date:",
        "published.provenance:",
    ):
        assert part in text
    assert "missing paragraph" in text and "boilerplate left in" in text
    assert "furniture line" not in text  # 'Moscow' is inside lines, never a line of its own


def test_the_kit_flags_a_title_left_in_the_body(registry: Registry) -> None:
    article = registry.read(Source.from_path(SEEDS / "001_73481541f22c1de9.txt"))
    first = article.body.splitlines()[0]
    assert check_article(article, {"title": first}) != []


def test_check_sniff_needs_the_margin(registry: Registry) -> None:
    (case,) = [c for c in CASES if c.name == "generic_jsonld"]
    assert check_sniff(case, registry) == []  # the case asks for its own small margin
    assert check_sniff(case, registry, margin=0.3) != []  # a generic format never wins by 0.3
    assert check_sniff(case, registry, margin=0.05) == []


@pytest.mark.parametrize(
    ("content", "fragment"),
    [
        ("format = 'x'", "'input'"),
        ("input = 'a.txt'\nsurprise = 1", "unknown key"),
        ("input = 'a.txt'\n[expect]\ntitel = 'x'", "unknown expected field"),
        ("input = [", "cannot read golden case"),
    ],
)
def test_bad_case_files_are_clear_errors(tmp_path: Path, content: str, fragment: str) -> None:
    p = tmp_path / "case.toml"
    p.write_text(content, "utf-8")
    with pytest.raises(InputError, match=fragment):
        load_case(p)


def test_cases_may_be_json(tmp_path: Path, registry: Registry) -> None:
    p = tmp_path / "case.json"
    p.write_text(
        json.dumps(
            {
                "input": str(SEEDS / "001_73481541f22c1de9.txt"),
                "format": "lbci-en",
                "expect": {
                    "outlet": "LBCI",
                    "byline": "Amal Shehadeh, English adaptation by Mariella Succar",
                },
            }
        ),
        "utf-8",
    )
    (case,) = load_cases(tmp_path)
    assert check_case(case, registry) == []


_MONTH_NAMES = [
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
]  # fmt: skip


@given(
    st.integers(1, 28),
    st.sampled_from(_MONTH_NAMES),
    st.integers(2000, 2030),
    st.sampled_from(["The Nile Gazette | Cairo | Tuesday", "Amman,", "Updated:", "By Jane Doe,"]),
)
def test_a_dateline_gives_the_date(day: int, month: str, year: int, lead: str) -> None:
    from positions.formats import parse_date_line

    when = parse_date_line(f"{lead} {day} {month} {year}")
    assert when is not None and when.date is not None
    assert (when.date.year, when.date.day) == (year, day)


@given(st.integers(1, 28), st.sampled_from(_MONTH_NAMES), st.integers(2000, 2030))
def test_a_timeline_entry_is_text_not_a_dateline(day: int, month: str, year: int) -> None:
    from positions.formats import parse_date_line

    line = f"{day} {month} {year} - Israel demands the demilitarisation of southern Syria."
    assert parse_date_line(line) is None
    article = get_registry().read(Source.from_text(f"A timeline\n\n{line}", name="t.txt"))
    assert line in article.body  # kept, not eaten as the article's date
