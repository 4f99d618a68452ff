"""Source → article → statements, as pure functions, and ingest into a store.

:func:`extract_source` is a pure function of its input: ingest in parallel (or on a
distributed engine) is a ``map`` of it over sources followed by serial store writes.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from attrs import define, field, frozen

from positions.errors import FormatError, InputError, PluginError, PositionsError
from positions.model import Article, Statement
from positions.plugins import PluginFailure, Registry, get_registry
from positions.source import Source, iter_paths

__all__ = [
    "Extraction",
    "IngestReport",
    "Problem",
    "extract_path",
    "extract_source",
    "ingest",
    "iter_extractions",
]


@frozen
class Extraction:
    article: Article
    statements: tuple[Statement, ...] = field(converter=tuple)


@frozen
class Problem:
    """An input that was skipped, and why."""

    name: str
    error: str

    def __str__(self) -> str:
        return self.error if self.error.startswith(self.name) else f"{self.name}: {self.error}"


def extract_source(
    source: Source,
    registry: Registry | None = None,
    *,
    finder: str | None = None,
    format_name: str | None = None,
) -> Extraction:
    """Read one source into an article and find its statements."""
    reg = registry or get_registry()
    try:
        article = reg.read(source, format_name)
    except PositionsError:
        raise
    except Exception as exc:  # a bug in reading (not a plugin's: those are FormatErrors)
        raise FormatError(f"{source.name}: cannot be read ({_describe(exc)})") from exc
    chosen = reg.finder(finder)
    try:
        found = tuple(chosen.find(article, reg.codebook))
    except PositionsError:
        raise
    except Exception as exc:
        # A finder that raises is named; this article is skipped whole, the run goes on.
        name = getattr(chosen, "name", finder or "?")
        reg._note(name, "find", f"{source.name}: {_describe(exc)}")
        raise PluginError(f"{source.name}: finder {name} failed: {_describe(exc)}") from exc
    for s in found:
        if not isinstance(s, Statement) or s.article_id != article.id:
            name = getattr(chosen, "name", finder or "?")
            raise PluginError(
                f"{source.name}: finder {name} returned {type(s).__name__}, "
                "not a Statement of this article"
            )
    return Extraction(article, found)


def _describe(exc: BaseException) -> str:
    lines = str(exc).strip().splitlines()
    return f"{type(exc).__name__}: {lines[0][:200]}" if lines else type(exc).__name__


def extract_path(
    path: str | Path, registry: Registry | None = None, *, finder: str | None = None
) -> Extraction:
    return extract_source(Source.from_path(path), registry, finder=finder)


def iter_extractions(
    paths: Iterable[str],
    registry: Registry | None = None,
    *,
    finder: str | None = None,
    format_name: str | None = None,
    jobs: int | None = 1,
    unread: list[str] | None = None,
) -> Iterator[Extraction | Problem]:
    """Extract every article under ``paths``; unreadable inputs come out as problems.

    ``jobs`` > 1 (None: every core) extracts on that many processes; the order is the same.
    Record files (``*.jsonl``, or a directory written by :mod:`positions.distributed`) are
    already extracted: their articles and statements are read back, first. Files a folder
    walk passes over (not article files) are named in ``unread``, one line per folder.
    """
    reg = registry or get_registry()
    from positions.distributed import is_records, iter_records

    paths = tuple(paths)
    for p in paths:
        if is_records(p):
            yield from iter_records(p)
    paths = tuple(p for p in paths if not is_records(p))
    from positions.parallel import iter_parallel, resolve_jobs

    n_jobs = resolve_jobs(jobs)
    if n_jobs > 1:
        items = (
            (None, Problem(str(i).split(":")[0], str(i)))
            if isinstance(i, InputError)
            else (str(i), None)
            for i in iter_paths(tuple(paths), unread)
        )
        yield from iter_parallel(items, reg, jobs=n_jobs, finder=finder, format_name=format_name)
        return
    for item in iter_paths(tuple(paths), unread):
        if isinstance(item, InputError):
            yield Problem(str(item).split(":")[0], str(item))
            continue
        try:
            yield extract_source(
                Source.from_path(item), reg, finder=finder, format_name=format_name
            )
        except PositionsError as exc:
            yield Problem(str(item), str(exc))
        except (RecursionError, MemoryError, ValueError, OSError) as exc:
            # Not meant to happen (each is turned into a project error where it can arise);
            # if one does, this input is skipped and named, and the batch goes on.
            yield Problem(str(item), f"{item}: cannot be read ({_describe(exc)})")


@define
class IngestReport:
    added: int = 0
    duplicates: int = 0
    statements: int = 0
    problems: list[Problem] = field(factory=list)
    generic: list[str] = field(factory=list)  # articles no outlet format claimed
    # Plugins that raised during this run (in sniff, parse or find): named, the run went on.
    plugin_failures: list[PluginFailure] = field(factory=list)
    # Folders with files that are not articles (a .pdf): one line each, not an error.
    unread: list[str] = field(factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems and not self.plugin_failures

    @property
    def done(self) -> int:
        """Inputs that made it into the store (new or already there)."""
        return self.added + self.duplicates

    def plugin_lines(self) -> list[str]:
        """One line per failing plugin and stage, with how many inputs it failed on."""
        grouped: dict[tuple[str, str], list[PluginFailure]] = {}
        for f in self.plugin_failures:
            grouped.setdefault((f.plugin, f.stage), []).append(f)
        lines = []
        for fs in grouped.values():
            more = f" (and {len(fs) - 1} more input{'s' * (len(fs) != 2)})" if len(fs) > 1 else ""
            lines.append(f"{fs[0]}{more}")
        return lines

    def summary(self) -> str:
        parts = [
            f"{self.added} article{'s' * (self.added != 1)} added",
            f"{self.duplicates} already stored",
            f"{self.statements} statement{'s' * (self.statements != 1)}",
        ]
        if self.generic:
            parts.append(f"{len(self.generic)} read by a generic format")
        if self.problems:
            parts.append(f"{len(self.problems)} skipped")
        if self.plugin_failures:
            names = sorted({f.plugin for f in self.plugin_failures})
            parts.append(f"plugin{'s' * (len(names) != 1)} failed: {', '.join(names)}")
        return ", ".join(parts)


def ingest(
    paths: Iterable[str],
    store: object,
    registry: Registry | None = None,
    *,
    finder: str | None = None,
    on_item: Callable[[Extraction | Problem], None] | None = None,
    jobs: int | None = 1,
) -> IngestReport:
    """Extract every article under ``paths`` and add it to ``store``, one transaction each.

    Extraction runs on ``jobs`` processes (None: every core); writes stay here, in input order.
    """
    from positions.plugins import GENERIC_PREFIX
    from positions.store import Store

    if not isinstance(store, Store):
        raise InputError(f"ingest needs a positions Store, not {type(store).__name__}")
    reg = registry or get_registry()
    before = len(reg.failures)
    report = IngestReport()
    for item in iter_extractions(paths, reg, finder=finder, jobs=jobs, unread=report.unread):
        if isinstance(item, Problem):
            report.problems.append(item)
        else:
            try:
                new = store.add(item.article, item.statements)
            except PositionsError as exc:
                report.problems.append(Problem(item.article.document or item.article.id, str(exc)))
                new = False
            else:
                if new:
                    report.added += 1
                    report.statements += len(item.statements)
                else:
                    report.duplicates += 1
                if item.article.format.startswith(GENERIC_PREFIX):
                    report.generic.append(item.article.document or item.article.id)
        if on_item is not None:
            on_item(item)
    report.plugin_failures = list(reg.failures[before:])
    return report
