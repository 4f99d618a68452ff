"""The plugin host: loads the ``positions`` entry points one by one and keeps a registry.

Each entry point is imported on its own, and each hook implementation is called on its
own, so a plugin that fails to import or raises is reported by name and the others load.
``POSITIONS_LOAD_PLUGINS`` (a comma-separated list of entry-point names; empty for none)
is the escape hatch when a plugin breaks start-up.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from importlib import metadata
from pathlib import Path
from typing import Any

import pluggy
from attrs import define, field, frozen

from positions import hookspecs
from positions.codebook import Codebook, default_codebook, load_codebook
from positions.errors import FormatError, PluginError, PositionsError
from positions.formats import Format
from positions.model import Article
from positions.source import Source

__all__ = ["FormatChoice", "PluginFailure", "Registry", "get_registry"]

ENTRY_POINT_GROUP = "positions"
GENERIC_PREFIX = "generic-"


@frozen
class PluginFailure:
    """A plugin that could not be loaded or whose hook raised."""

    plugin: str
    package: str | None
    stage: str  # import | register_formats | register_finders | register_codebooks | sniff | parse
    error: str

    def __str__(self) -> str:
        pkg = f" ({self.package})" if self.package else ""
        return f"plugin {self.plugin}{pkg} failed in {self.stage}: {self.error}"


@frozen
class FormatChoice:
    format: Format
    score: float
    package: str | None


def _describe(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    first = text[0] if text else ""
    return f"{type(exc).__name__}: {first}" if first else type(exc).__name__


@define
class Registry:
    """Everything the installed plugins provide, and what failed to load."""

    formats: dict[str, Format] = field(factory=dict)
    finders: dict[str, Any] = field(factory=dict)
    codebook: Codebook | None = None
    failures: list[PluginFailure] = field(factory=list)
    packages: dict[str, str | None] = field(factory=dict)  # format or finder name -> package
    manager: pluggy.PluginManager | None = None
    _package_of: dict[str, str | None] = field(factory=dict)  # plugin name -> distribution
    _provider: dict[str, str] = field(factory=dict)  # format name -> plugin name

    def _who(self, plugin_name: str) -> str:
        package = self._package_of.get(plugin_name)
        return f"plugin {plugin_name} ({package})" if package else f"plugin {plugin_name}"

    # ------------------------------------------------------------------ loading
    @classmethod
    def load(
        cls,
        *,
        entry_points: Iterable[metadata.EntryPoint] | None = None,
        extra_plugins: Iterable[object] = (),
    ) -> Registry:
        pm = pluggy.PluginManager(hookspecs.PROJECT)
        pm.add_hookspecs(hookspecs)
        reg = cls(manager=pm)
        from positions import find as builtin_finder

        pm.register(builtin_finder, name="positions.find")
        reg._package_of["positions.find"] = "positions"
        for ep in entry_points if entry_points is not None else _selected_entry_points():
            package = _dist_name(ep)
            if pm.has_plugin(ep.name):
                other = reg._package_of.get(ep.name) or "another plugin"
                reg.failures.append(
                    PluginFailure(
                        ep.name,
                        package,
                        "import",
                        f"entry point name {ep.name!r} is also used by {other}",
                    )
                )
                continue
            try:
                plugin = ep.load()
                pm.register(plugin, name=ep.name)
            except Exception as exc:
                reg.failures.append(PluginFailure(ep.name, package, "import", _describe(exc)))
                continue
            reg._package_of[ep.name] = package
        for i, plugin in enumerate(extra_plugins):
            name = getattr(plugin, "__name__", f"extra-{i}")
            pm.register(plugin, name=name)
            reg._package_of[name] = None
        reg._drop_invalid(pm)
        reg._collect(pm)
        return reg

    def _drop_invalid(self, pm: pluggy.PluginManager) -> None:
        """Report and unregister every plugin whose hooks do not match the specs (a misspelled
        hook name, a wrong signature), so a broken plugin cannot half-work."""
        while True:
            try:
                pm.check_pending()
            except pluggy.PluginValidationError as exc:
                name = pm.get_name(exc.plugin) or repr(exc.plugin)
                self.failures.append(
                    PluginFailure(name, self._package_of.get(name), "validation", _describe(exc))
                )
                pm.unregister(exc.plugin)
                continue
            return

    def _call_each(self, hook: Any, stage: str) -> Iterable[tuple[str, Any]]:
        for impl in hook.get_hookimpls():
            try:
                result = impl.function()
            except Exception as exc:
                self.failures.append(
                    PluginFailure(
                        impl.plugin_name,
                        self._package_of.get(impl.plugin_name),
                        stage,
                        _describe(exc),
                    )
                )
                continue
            yield impl.plugin_name, result or []

    def _collect(self, pm: pluggy.PluginManager) -> None:
        for plugin_name, formats in self._call_each(
            pm.hook.positions_register_formats, "register_formats"
        ):
            for fmt in formats:
                name = getattr(fmt, "name", None)
                if not isinstance(name, str) or not name or not isinstance(fmt, Format):
                    self.failures.append(
                        PluginFailure(
                            plugin_name,
                            self._package_of.get(plugin_name),
                            "register_formats",
                            f"{fmt!r} is not a format (needs name, outlet, sniff, parse)",
                        )
                    )
                    continue
                if name in self.formats:
                    first = self._provider.get(name, "")
                    self.failures.append(
                        PluginFailure(
                            plugin_name,
                            self._package_of.get(plugin_name),
                            "register_formats",
                            f"format name {name!r} is provided twice: by {self._who(first)} "
                            f"and by {self._who(plugin_name)}; the first is kept",
                        )
                    )
                    continue
                self.formats[name] = fmt
                self.packages[name] = self._package_of.get(plugin_name)
                self._provider[name] = plugin_name
        for plugin_name, finders in self._call_each(
            pm.hook.positions_register_finders, "register_finders"
        ):
            for finder in finders:
                name = getattr(finder, "name", None)
                if not isinstance(name, str) or not callable(getattr(finder, "find", None)):
                    self.failures.append(
                        PluginFailure(
                            plugin_name,
                            self._package_of.get(plugin_name),
                            "register_finders",
                            f"{finder!r} is not a finder (needs name and find)",
                        )
                    )
                    continue
                if name in self.finders:
                    self.failures.append(
                        PluginFailure(
                            plugin_name,
                            self._package_of.get(plugin_name),
                            "register_finders",
                            f"finder name {name!r} is provided twice: by "
                            f"{self._who(self._provider.get('finder:' + name, ''))} "
                            f"and by {self._who(plugin_name)}; the first is kept",
                        )
                    )
                    continue
                self.finders[name] = finder
                self._provider["finder:" + name] = plugin_name
                self.packages.setdefault(name, self._package_of.get(plugin_name))
        book = default_codebook()
        for plugin_name, books in self._call_each(
            pm.hook.positions_register_codebooks, "register_codebooks"
        ):
            for extra in books:
                try:
                    other = extra if isinstance(extra, Codebook) else load_codebook(Path(extra))
                    book = book.extended(other)
                except PositionsError as exc:
                    self.failures.append(
                        PluginFailure(
                            plugin_name,
                            self._package_of.get(plugin_name),
                            "register_codebooks",
                            str(exc),
                        )
                    )
        self.codebook = book

    # ------------------------------------------------------------------ using
    def rank(self, source: Source) -> list[FormatChoice]:
        """Every format's score for ``source``, best first; failing sniffers are reported."""
        choices = []
        for name, fmt in self.formats.items():
            try:
                score = float(fmt.sniff(source))
            except Exception as exc:
                self._note(name, "sniff", f"{source.name}: {_describe(exc)}")
                continue
            if score != score:  # NaN
                score = 0.0
            score = max(0.0, min(1.0, score))
            score *= _period_factor(fmt, source)
            choices.append(FormatChoice(fmt, score, self.packages.get(name)))
        choices.sort(key=lambda c: (-c.score, c.format.name))
        return choices

    def read(self, source: Source, format_name: str | None = None) -> Article:
        """Parse ``source`` with the named format, else the best-sniffing one that succeeds."""
        from positions.formats import apply_metadata

        name = format_name or source.metadata.format
        if name:
            fmt = self.formats.get(name)
            if fmt is None:
                raise FormatError(f"unknown format {name!r} (see 'positions formats')")
            return apply_metadata(self._parse(fmt, source), source)
        errors: list[str] = []
        for choice in self.rank(source):
            if choice.score <= 0:
                break
            try:
                return apply_metadata(self._parse(choice.format, source), source)
            except FormatError as exc:
                errors.append(f"{choice.format.name}: {exc}")
        detail = "; ".join(errors) if errors else "no format recognised it"
        raise FormatError(f"{source.name}: cannot be read ({detail})")

    def _parse(self, fmt: Format, source: Source) -> Article:
        try:
            article = fmt.parse(source)
        except FormatError:
            raise
        except Exception as exc:
            self._note(fmt.name, "parse", f"{source.name}: {_describe(exc)}")
            raise FormatError(f"format {fmt.name} failed: {_describe(exc)}") from exc
        if not isinstance(article, Article):
            raise FormatError(
                f"format {fmt.name} returned {type(article).__name__}, not an Article"
            )
        return article

    def _note(self, format_name: str, stage: str, error: str) -> None:
        self.failures.append(
            PluginFailure(format_name, self.packages.get(format_name), stage, error)
        )

    def finder(self, name: str | None = None) -> Any:
        from positions.find import DEFAULT_FINDER

        key = name or DEFAULT_FINDER
        try:
            return self.finders[key]
        except KeyError:
            known = ", ".join(sorted(self.finders)) or "none"
            raise PluginError(f"unknown finder {key!r} (installed: {known})") from None


def _period_factor(fmt: Format, source: Source) -> float:
    """Layouts change: a format is less likely outside the period its layout is valid for."""
    published = source.metadata.published
    start = getattr(fmt, "valid_from", None)
    end = getattr(fmt, "valid_until", None)
    if published is None or published.date is None or (start is None and end is None):
        return 1.0
    first, last = published.date, published.end() or published.date
    if (end is not None and first > end) or (start is not None and last < start):
        return 0.5
    return 1.0


def _selected_entry_points() -> list[metadata.EntryPoint]:
    eps = list(metadata.entry_points(group=ENTRY_POINT_GROUP))
    only = os.environ.get("POSITIONS_LOAD_PLUGINS")
    if only is not None:
        wanted = {n.strip() for n in only.split(",") if n.strip()}
        eps = [ep for ep in eps if ep.name in wanted]
    # Two installs of the same distribution (editable + site) would register twice; two
    # distributions using one entry-point name are both kept, and the second is reported.
    unique: dict[tuple[str, str], metadata.EntryPoint] = {}
    for ep in eps:
        unique.setdefault((ep.name, ep.value), ep)
    # The project's own formats load first, so a third party that takes a built-in's format
    # name is the one reported, whatever the names sort as.
    return sorted(unique.values(), key=lambda ep: (_dist_name(ep) != hookspecs.PROJECT, ep.name))


def _dist_name(ep: metadata.EntryPoint) -> str | None:
    dist = getattr(ep, "dist", None)
    return dist.name if dist is not None else None


_REGISTRY: Registry | None = None


def get_registry(reload: bool = False) -> Registry:
    """The process-wide registry of installed plugins (loaded once)."""
    global _REGISTRY
    if _REGISTRY is None or reload:
        _REGISTRY = Registry.load()
    return _REGISTRY


def reset_registry() -> None:
    global _REGISTRY
    _REGISTRY = None


LoadHook = Callable[[], Registry]
