"""The plugin host, tested against a fake installed distribution (no pip needed).

``tests/data/fake_dist`` holds two ``*.dist-info`` folders with ``entry_points.txt`` and the
plugin modules beside them; putting the folder on ``sys.path`` makes importlib.metadata see
them exactly as it sees installed packages.
"""

from __future__ import annotations

import ast
import re
import sys
import tomllib
from collections.abc import Iterator
from importlib import metadata
from pathlib import Path

import pytest

from positions import hookspecs, plugins
from positions.cli import main
from positions.plugins import PluginFailure, Registry, reset_registry
from positions.source import Source

ROOT = Path(__file__).resolve().parent.parent
FAKE_DIST = Path(__file__).parent / "data" / "fake_dist"
FAKE_MODULES = sorted(p.stem for p in FAKE_DIST.glob("fake_*.py"))
HOOKS = sorted(n for n in vars(hookspecs) if n.startswith("positions_"))
FAKE_PAGE = "FAKE WIRE\nFakeland rejects the plan\nFakeland rejects any foreign presence.\n"


@pytest.fixture
def fake_dist(monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """The fake distributions installed (on sys.path) for one test, and gone after it."""
    monkeypatch.syspath_prepend(str(FAKE_DIST))
    monkeypatch.delenv("POSITIONS_LOAD_PLUGINS", raising=False)
    reset_registry()
    yield FAKE_DIST
    for name in FAKE_MODULES:
        sys.modules.pop(name, None)
    reset_registry()


def _failures(reg: Registry, plugin: str) -> list[PluginFailure]:
    return [f for f in reg.failures if f.plugin == plugin]


# ----------------------------------------------------------------------------- loading


def test_the_fake_distributions_are_seen_as_installed(fake_dist: Path) -> None:
    names = {ep.name: ep.dist.name for ep in metadata.entry_points(group="positions") if ep.dist}
    assert names["fake_good"] == "fake-positions-plugins"
    assert names["other_fake_wire"] == "other-positions-plugin"


def test_a_plugin_that_fails_to_import_is_reported_and_the_rest_load(fake_dist: Path) -> None:
    reg = Registry.load()
    (failure,) = _failures(reg, "fake_broken_import")
    assert failure.stage == "import"
    assert failure.package == "fake-positions-plugins"
    assert "positions_dependency_that_is_not_installed" in failure.error
    assert "fake_broken_import" in str(failure)
    # The others, built-in and fake, are all there.
    assert {"lbci-en", "enab-baladi-en", "fake-wire", "fake-greedy"} <= set(reg.formats)


def test_a_plugin_whose_hook_raises_is_reported_and_the_rest_load(fake_dist: Path) -> None:
    reg = Registry.load()
    stages = {f.stage: f for f in _failures(reg, "fake_raising_hook")}
    assert "RuntimeError: the format table is corrupt" in stages["register_formats"].error
    assert "/nonexistent/fake/codebook.toml" in stages["register_codebooks"].error
    assert "fake-wire" in reg.formats
    assert reg.codebook is not None and "fakeland" in reg.codebook.party_ids


def test_a_hook_result_that_is_not_a_format_is_reported(fake_dist: Path) -> None:
    reg = Registry.load()
    (failure,) = _failures(reg, "fake_flaky")
    assert failure.stage == "register_formats" and "'not a format'" in failure.error
    assert {"fake-greedy", "fake-bad-sniffer"} <= set(reg.formats)


def test_a_misspelled_hook_is_reported_and_the_plugin_not_used(fake_dist: Path) -> None:
    reg = Registry.load()
    (failure,) = _failures(reg, "fake_misspelled")
    assert failure.stage == "validation"
    assert "positions_register_format" in failure.error
    assert reg.manager is not None and not reg.manager.has_plugin("fake_misspelled")


def test_duplicate_format_names_are_an_error_naming_both_providers(fake_dist: Path) -> None:
    reg = Registry.load()
    (failure,) = [f for f in reg.failures if "provided twice" in f.error]
    text = str(failure)
    assert "'fake-wire'" in text
    assert "fake_good (fake-positions-plugins)" in text
    assert "other_fake_wire (other-positions-plugin)" in text
    # The first loaded (entry points in name order) is kept, whole.
    assert failure.plugin == "other_fake_wire"
    assert reg.packages["fake-wire"] == "fake-positions-plugins"
    assert reg.formats["fake-wire"].outlet == "Fake Wire"


def test_a_third_party_cannot_take_a_built_in_format_name(fake_dist: Path) -> None:
    class Impostor:
        name = "lbci-en"
        outlet = "Impostor"

        def sniff(self, source: Source) -> float:
            return 1.0

        def parse(self, source: Source) -> None:
            raise AssertionError

    class Plugin:
        __name__ = "impostor"

        @hookspecs.hookimpl
        def positions_register_formats(self) -> list[Impostor]:
            return [Impostor()]

    reg = Registry.load(extra_plugins=[Plugin()])
    assert reg.formats["lbci-en"].outlet == "LBCI"
    assert any("'lbci-en'" in f.error and f.plugin == "impostor" for f in reg.failures)


def test_every_hook_contributes(fake_dist: Path) -> None:
    """positions_register_formats, positions_register_finders, positions_register_codebooks."""
    reg = Registry.load()
    assert reg.formats["fake-wire"].outlet == "Fake Wire"
    assert reg.finder("fake-null").find(None, reg.codebook) == []
    assert reg.packages["fake-null"] == "fake-positions-plugins"
    assert reg.codebook is not None
    assert reg.codebook.party("fakeland").name == "Fakeland"
    assert "israel" in reg.codebook.party_ids  # merged into the default, not replacing it


def test_entry_points_can_be_given_directly() -> None:
    ep = metadata.EntryPoint(
        name="lbci", value="positions_plugins.lbci", group=plugins.ENTRY_POINT_GROUP
    )
    missing = metadata.EntryPoint(
        name="ghost", value="positions_plugins_ghost", group=plugins.ENTRY_POINT_GROUP
    )
    reg = Registry.load(entry_points=[ep, missing])
    assert set(reg.formats) == {"lbci-en"}
    assert [f.plugin for f in reg.failures] == ["ghost"]


# ----------------------------------------------------------------------------- at work


def test_a_format_whose_parse_raises_is_reported_and_another_reads_the_article(
    fake_dist: Path,
) -> None:
    reg = Registry.load()
    source = Source.from_text(FAKE_PAGE, name="wire-1")
    ranked = [c.format.name for c in reg.rank(source)]
    assert ranked[0] == "fake-greedy"  # it claims the page, then fails to read it
    article = reg.read(source)
    assert article.format == "fake-wire"
    assert article.title == "Fakeland rejects the plan"
    (failure,) = [f for f in reg.failures if f.stage == "parse"]
    assert failure.plugin == "fake-greedy" and "wire-1" in failure.error
    assert "KeyError" in failure.error


def test_a_format_whose_sniff_raises_is_reported_and_skipped(fake_dist: Path) -> None:
    reg = Registry.load()
    source = Source.from_text(FAKE_PAGE, name="wire-2")
    assert "fake-bad-sniffer" not in [c.format.name for c in reg.rank(source)]
    (failure,) = [f for f in reg.failures if f.stage == "sniff"]
    assert failure.plugin == "fake-bad-sniffer" and "ZeroDivisionError" in failure.error


def test_ingest_goes_on_past_a_failing_format(fake_dist: Path, tmp_path: Path) -> None:
    from positions.pipeline import ingest
    from positions.store import Store

    (tmp_path / "a.txt").write_text(FAKE_PAGE, "utf-8")
    (tmp_path / "b.txt").write_text(
        (ROOT / "seeds" / "001_73481541f22c1de9.txt").read_text("utf-8"), "utf-8"
    )
    with Store(tmp_path / "s.db") as store:
        report = ingest([str(tmp_path)], store, Registry.load())
    assert report.added == 2 and not report.problems


# ----------------------------------------------------------------------------- escape hatch


def test_positions_load_plugins_selects_entry_points(
    fake_dist: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("POSITIONS_LOAD_PLUGINS", "fake_good, lbci")
    reg = Registry.load()
    assert set(reg.formats) == {"fake-wire", "lbci-en"}
    assert reg.failures == []


def test_positions_load_plugins_empty_loads_none(
    fake_dist: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("POSITIONS_LOAD_PLUGINS", "")
    reg = Registry.load()
    assert reg.formats == {} and reg.failures == []
    assert "rules" in reg.finders  # the core's own finder is not a plugin


# ----------------------------------------------------------------------------- the CLI


def test_positions_formats_lists_name_outlet_package_exactly(
    fake_dist: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("POSITIONS_LOAD_PLUGINS", "fake_good,lbci,enab_baladi")
    assert main(["formats"]) == 0
    out, err = capsys.readouterr()
    assert out == (
        "format          outlet               package                 layout valid\n"
        "--------------  -------------------  ----------------------  --------------\n"
        "enab-baladi-en  Enab Baladi English  positions               2025-01-01 – …\n"
        "fake-wire       Fake Wire            fake-positions-plugins  any time\n"
        "lbci-en         LBCI                 positions               any time\n"
        "finders: fake-null, rules\n"
    )
    assert err == ""


def test_positions_formats_reports_load_failures(
    fake_dist: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("POSITIONS_LOAD_PLUGINS", "fake_good,fake_broken_import,fake_raising_hook")
    assert main(["formats", "--format", "csv"]) == 1
    out, err = capsys.readouterr()
    assert out == (
        "format,outlet,package,layout valid\nfake-wire,Fake Wire,fake-positions-plugins,any time\n"
    )
    assert err.splitlines() == [
        "positions: failed plugin: plugin fake_broken_import (fake-positions-plugins) failed in "
        "import: ModuleNotFoundError: No module named 'positions_dependency_that_is_not_installed'",
        "positions: failed plugin: plugin fake_raising_hook (fake-positions-plugins) failed in "
        "register_formats: RuntimeError: the format table is corrupt",
        "positions: failed plugin: plugin fake_raising_hook (fake-positions-plugins) failed in "
        "register_codebooks: /nonexistent/fake/codebook.toml: cannot read codebook: "
        "No such file or directory",
    ]


def test_positions_formats_lists_every_installed_format(capsys: pytest.CaptureFixture[str]) -> None:
    reset_registry()
    try:
        assert main(["formats", "--format", "json"]) == 0
    finally:
        reset_registry()
    out = capsys.readouterr().out
    listed = {re.search(r'"format": "([^"]+)"', ln).group(1) for ln in out.splitlines()}  # type: ignore[union-attr]
    declared = Registry.load().formats
    assert listed == set(declared)
    assert len(listed) == 7


# ----------------------------------------------------------------------------- packaging


def _pyproject() -> dict[str, object]:
    return tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))


def test_every_built_in_module_is_declared_as_an_entry_point() -> None:
    declared = _pyproject()["project"]["entry-points"]["positions"]  # type: ignore[index]
    modules = {
        f"positions_plugins.{p.stem}"
        for p in (ROOT / "plugins" / "positions_plugins").glob("*.py")
        if p.stem != "__init__"
    }
    assert set(declared.values()) == modules  # type: ignore[union-attr]
    assert all(name == value.rsplit(".", 1)[1] for name, value in declared.items())  # type: ignore[union-attr]


def test_the_installed_distribution_declares_the_same_entry_points() -> None:
    declared = _pyproject()["project"]["entry-points"]["positions"]  # type: ignore[index]
    installed = {
        ep.name: ep.value
        for ep in metadata.distribution("positions").entry_points
        if ep.group == "positions"
    }
    assert installed == declared


def test_no_top_level_plugins_import_name_is_shipped() -> None:
    wheel = _pyproject()["tool"]["hatch"]["build"]["targets"]["wheel"]  # type: ignore[index]
    top_level = {Path(p).name for p in wheel["packages"]}  # type: ignore[index]
    assert top_level == {"positions", "positions_plugins"}
    files = metadata.distribution("positions").files or []
    assert not [f for f in files if f.parts and f.parts[0] == "plugins"]
    # A regular 'plugins' package (one with an __init__) is importable from nowhere.
    import importlib.util

    spec = importlib.util.find_spec("plugins")
    assert spec is None or spec.origin in (None, "namespace")
    assert not (ROOT / "plugins" / "__init__.py").exists()


# ----------------------------------------------------------------------------- meta-tests


def test_every_hookspec_is_documented() -> None:
    guide = (ROOT / "docs" / "plugins.md").read_text("utf-8")
    assert HOOKS, "no hook specs found"
    for hook in HOOKS:
        assert re.search(rf"^#+ .*`{hook}", guide, re.M), (
            f"{hook} has no section in docs/plugins.md"
        )


def test_every_hookspec_is_exercised_by_a_test_plugin() -> None:
    implemented: set[str] = set()
    for module in FAKE_DIST.glob("fake_*.py"):
        tree = ast.parse(module.read_text("utf-8"))
        implemented |= {n.name for n in tree.body if isinstance(n, ast.FunctionDef)}
    assert set(HOOKS) <= implemented
    this_file = Path(__file__).read_text("utf-8")
    body = this_file.split("def test_every_hook_contributes", 1)[1].split("\ndef ", 1)[0]
    for hook in HOOKS:
        assert hook in body, f"{hook} is not named by test_every_hook_contributes"


def test_the_guide_example_is_a_working_plugin(tmp_path: Path) -> None:
    """The one-file plugin in docs/plugins.md registers and reads its sample."""
    guide = (ROOT / "docs" / "plugins.md").read_text("utf-8")
    blocks = re.findall(r"```python\n(.*?)```", guide, re.S)
    (code,) = [b for b in blocks if "positions_register_formats" in b and "class " in b]
    sample = re.search(r"```text\n(.*?)```", guide, re.S)
    assert sample is not None
    namespace: dict[str, object] = {"__name__": "levant_wire"}
    exec(compile(code, "docs/plugins.md", "exec"), namespace)

    class Module:
        __name__ = "levant_wire"
        positions_register_formats = staticmethod(namespace["positions_register_formats"])  # type: ignore[arg-type]

    reg = Registry.load(entry_points=[], extra_plugins=[Module()])
    assert reg.failures == []
    article = reg.read(Source.from_text(sample.group(1), name="sample"))
    assert article.format == "levant-wire"
    assert article.published.iso() == "2026-01-14"
