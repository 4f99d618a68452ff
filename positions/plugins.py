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
            package = ep.dist.name if getattr(ep, "dist", None) is not None else None  # type: ignore[union-attr]
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
        try:
            pm.check_pending()
        except pluggy.PluginValidationError as exc:
            reg.failures.append(PluginFailure(str(exc.plugin), None, "validation", _describe(exc)))
        reg._collect(pm)
        return reg

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
                    self.failures.append(
                        PluginFailure(
                            plugin_name,
                            self._package_of.get(plugin_name),
                            "register_formats",
                            f"format name {name!r} is already provided by {self.packages.get(name) or 'another plugin'}",
                        )
                    )
                    continue
                self.formats[name] = fmt
                self.packages[name] = self._package_of.get(plugin_name)
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
                            f"finder name {name!r} is already taken",
                        )
                    )
                    continue
                self.finders[name] = finder
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
    # Two installs of the same distribution (editable + site) would register twice.
    unique: dict[str, metadata.EntryPoint] = {}
    for ep in eps:
        unique.setdefault(ep.name, ep)
    return sorted(unique.values(), key=lambda ep: ep.name)


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
