"""The analyst's facade: one object to build, query and correct the record.

A :class:`Tracker` wraps a store (in memory or a file) with the codebook and plugins
installed. It ingests paths, text and articles; answers queries — statements, timelines,
shifts, gaps, positions as of a date — with model objects in small result collections
that print as tables, render as HTML in Jupyter and convert to pandas DataFrames; and
keeps hand work (recorded statements, corrections, retractions) in an audit trail that
every query reads through. docs/api.md walks through it with examples the tests run.
"""

from __future__ import annotations

import datetime as dt
import getpass
import os
import textwrap
from collections.abc import Iterable, Sequence
from pathlib import Path
from types import TracebackType
from typing import IO, Any, ClassVar, Self, TypedDict, TypeVar, Unpack, overload

from attrs import frozen
from tabulate import tabulate  # type: ignore[import-untyped, unused-ignore]  # no stubs

from positions import audit, detect, exports, report
from positions.audit import Action, Correction, History, Status
from positions.codebook import Codebook
from positions.errors import CodebookError, InputError
from positions.model import (
    Article,
    Evidence,
    Origin,
    PeriodStance,
    Provenance,
    Shift,
    Stance,
    Statement,
    When,
)
from positions.pipeline import Extraction, IngestReport, extract_source, ingest
from positions.plugins import Registry, get_registry
from positions.source import Metadata, Source
from positions.store import Store, default_store_path
from positions.text import sentence_spans

__all__ = [
    "DateLike",
    "Exhibit",
    "Explanation",
    "Filters",
    "GapList",
    "ShiftList",
    "StandingList",
    "StatementList",
    "TimelineView",
    "Tracker",
    "default_analyst",
]

DateLike = dt.date | str | When
StanceLike = Stance | int | str
T = TypeVar("T")

# Shortest id prefix accepted where a full id is expected (git-style abbreviations).
MIN_PREFIX = 4


def default_analyst() -> str:
    """Who hand work is credited to: ``$POSITIONS_ANALYST``, else the login name."""
    name = os.environ.get("POSITIONS_ANALYST", "").strip()
    if name:
        return name
    try:
        return getpass.getuser()
    except Exception:  # no login name in some containers
        return "analyst"


def as_when(value: DateLike, provenance: Provenance | str = Provenance.SUPPLIED) -> When:
    """A When from ``YYYY[-MM[-DD]]``, a date or a When."""
    if isinstance(value, When):
        return value
    if isinstance(value, dt.datetime):
        value = value.date()
    if isinstance(value, dt.date):
        return When(value, "day", provenance)
    try:
        return When.parse(str(value), provenance)
    except ValueError as exc:
        raise InputError(str(exc)) from None


def _first_day(value: DateLike | None) -> dt.date | None:
    return None if value is None else as_when(value).date


def _last_day(value: DateLike | None) -> dt.date | None:
    # "until 2026-01" means to the end of January.
    return None if value is None else as_when(value).end()


def as_stance(value: StanceLike) -> Stance:
    """A stance from an int (-2..2), a Stance, or a label (refuses … supports)."""
    if isinstance(value, str):
        text = value.strip().lower()
        for s in Stance:
            if text == s.label:
                return s
        try:
            value = int(text)
        except ValueError:
            labels = ", ".join(s.label for s in Stance)
            raise InputError(f"stance must be -2..2 or one of {labels}, got {value!r}") from None
    try:
        return Stance(int(value))
    except ValueError:
        raise InputError(f"stance must lie in -2..2, got {value}") from None


def _stance(v: int) -> str:
    return f"{int(v):+d}" if v else "0"


class SourceFilters(TypedDict, total=False):
    """The filters on where and when a statement was made, and how sure the finder is."""

    outlet: str | None
    since: DateLike | None  # YYYY, YYYY-MM or YYYY-MM-DD, a date or a When: from its first day
    until: DateLike | None  # ... to its last day: "2026-01" runs to 31 January
    min_confidence: float | None


class IssueFilters(SourceFilters, total=False):
    issue: str | None


class Filters(IssueFilters, total=False):
    """The filters every query takes; leave one out (or pass None) not to filter on it."""

    party: str | None


# ---------------------------------------------------------------------------- result collections


class _Table(Sequence[T]):
    """A read-only list of results that prints as a table, renders as HTML and becomes a DataFrame."""

    _noun = "row"
    columns: tuple[str, ...] = ()

    def __init__(self, items: Iterable[T]) -> None:
        self._items: tuple[T, ...] = tuple(items)

    @overload
    def __getitem__(self, index: int) -> T: ...
    @overload
    def __getitem__(self, index: slice) -> Self: ...
    def __getitem__(self, index: int | slice) -> T | Self:
        if isinstance(index, slice):
            return self._sliced(self._items[index])
        return self._items[index]

    def _sliced(self, items: tuple[T, ...]) -> Self:
        # A slice is the same kind of list, so it still prints and converts the same way.
        return type(self)(items)

    def __len__(self) -> int:
        return len(self._items)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, _Table):
            return self._items == other._items
        if isinstance(other, list | tuple):
            return list(self._items) == list(other)
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]

    # What each collection shows: headers and plain-value rows for tables, flat records for frames.
    def headers(self) -> list[str]:
        raise NotImplementedError

    def rows(self) -> list[list[Any]]:
        raise NotImplementedError

    def records(self) -> list[dict[str, Any]]:
        raise NotImplementedError

    def table(self, fmt: str = "table") -> str:
        """The results as text: ``table``, ``github``, ``markdown``, ``csv`` or ``json``.

        CSV and JSON carry the full flat records (``columns``), not the shortened cells
        of the printed table, so nothing is lost on the way to a spreadsheet.
        """
        if fmt == "csv":
            return exports.csv_text(self.records(), self.columns)
        if fmt == "json":
            return report.render([], [], "json", self.records())
        return report.render(self.headers(), self.rows(), fmt)

    def to_dataframe(self) -> Any:
        """A pandas DataFrame, one row per result (needs ``pip install 'positions[pandas]'``)."""
        return exports.dataframe(self.records(), self.columns)

    def to_csv(self, path: str | Path | None = None) -> str:
        """The flat records as CSV; written to ``path`` when given, returned either way."""
        text = exports.csv_text(self.records(), self.columns)
        if path is not None:
            Path(path).write_text(text, encoding="utf-8")
        return text

    def _caption(self) -> str:
        n = len(self)
        return f"{n} {self._noun}{'s' * (n != 1)}"

    def _repr_html_(self) -> str:
        body = tabulate(self.rows(), headers=self.headers(), tablefmt="html", disable_numparse=True)
        return f"<div><p><b>{self._caption()}</b></p>{body}</div>"

    def __str__(self) -> str:
        return self.table()

    def __repr__(self) -> str:
        return f"<{type(self).__name__}: {self._caption()}>"


class StatementList(_Table[Statement]):
    """Statements in the effective record, each with its status and audit trail."""

    _noun = "statement"
    columns = exports.STATEMENT_COLUMNS
    HEADERS = (
        "id",
        "date",
        "party",
        "issue",
        "stance",
        "speaker",
        "outlet",
        "confidence",
        "status",
        "quote",
        "history",
    )

    def __init__(
        self, items: Iterable[Statement], histories: dict[str, History] | None = None
    ) -> None:
        super().__init__(items)
        self._histories = histories or {}

    def _sliced(self, items: tuple[Statement, ...]) -> Self:
        return type(self)(items, self._histories)

    def status(self, statement: Statement | str) -> Status:
        """Where a listed statement stands: extracted, analyst, corrected or retracted."""
        sid = statement if isinstance(statement, str) else statement.id
        h = self._histories.get(sid)
        if h is not None:
            return h.status
        s = statement if isinstance(statement, Statement) else self.by_id(sid)
        return Status.ANALYST if s.origin is Origin.ANALYST else Status.EXTRACTED

    def history(self, statement: Statement | str) -> History:
        """The trail of a listed statement (empty for one never touched by hand)."""
        sid = statement if isinstance(statement, str) else statement.id
        h = self._histories.get(sid)
        return h if h is not None else History(self.by_id(sid), ())

    def by_id(self, statement_id: str) -> Statement:
        for s in self._items:
            if s.id == statement_id:
                return s
        raise InputError(f"statement {statement_id} is not in this list")

    @property
    def ids(self) -> list[str]:
        return [s.id for s in self._items]

    def _trail_digest(self, s: Statement) -> str:
        h = self._histories.get(s.id)
        return audit.summary(h.original, h.corrections) if h else ""

    def headers(self) -> list[str]:
        return list(self.HEADERS)

    def rows(self) -> list[list[Any]]:
        out = []
        for s in self._items:
            date, party, issue, stance, speaker, outlet, conf, quote = report.statement_row(s, 70)
            history = report.shorten(self._trail_digest(s), 70)
            out.append(
                [
                    s.id,
                    date,
                    party,
                    issue,
                    stance,
                    speaker,
                    outlet,
                    conf,
                    self.status(s).value,
                    quote,
                    history,
                ]
            )
        return out

    def records(self) -> list[dict[str, Any]]:
        return [
            exports.statement_record(s, self.status(s).value, self._trail_digest(s))
            for s in self._items
        ]

    def _caption(self) -> str:
        counts: dict[str, int] = {}
        for s in self._items:
            st = self.status(s)
            if st in (Status.CORRECTED, Status.RETRACTED, Status.ANALYST):
                counts[st.value] = counts.get(st.value, 0) + 1
        extra = ", ".join(f"{n} {k}" for k, n in sorted(counts.items()))
        return super()._caption() + (f" ({extra})" if extra else "")


class ShiftList(_Table[Shift]):
    """Shifts, each with a stable id (``explain`` takes it)."""

    _noun = "shift"
    columns = exports.SHIFT_COLUMNS

    def by_id(self, shift_id: str) -> Shift:
        found = [s for s in self._items if s.id.startswith(shift_id)]
        if len(found) != 1:
            raise InputError(f"{'no' if not found else 'more than one'} shift with id {shift_id!r}")
        return found[0]

    def headers(self) -> list[str]:
        # The id leads here: a notebook list is read by id (``explain`` takes it).
        return ["id", *report.SHIFT_HEADERS[:-1]]

    def rows(self) -> list[list[Any]]:
        return [[s.id, *report.shift_row(s)[:-1]] for s in self._items]

    def records(self) -> list[dict[str, Any]]:
        return [exports.shift_record(s) for s in self._items]


class GapList(_Table[detect.Gap]):
    """Pairs of parties on opposite sides of an issue in the same period."""

    _noun = "gap"
    columns = ("issue", "period", "start", "against", "stance_against", "favour",
               "stance_favour", "width", "confidence")  # fmt: skip

    def headers(self) -> list[str]:
        return ["issue", "period", "against", "favour", "width", "confidence"]

    def rows(self) -> list[list[Any]]:
        return [
            [
                r["issue"],
                r["period"],
                f"{r['against']} ({_stance(r['stance_against'])})",
                f"{r['favour']} ({_stance(r['stance_favour'])})",
                r["width"],
                f"{r['confidence']:.2f}",
            ]
            for r in self.records()
        ]

    def records(self) -> list[dict[str, Any]]:
        return [
            {
                "issue": g.issue,
                "period": g.period.label,
                "start": g.period.start,
                "against": g.against.party,
                "stance_against": int(g.against.stance),
                "favour": g.favour.party,
                "stance_favour": int(g.favour.stance),
                "width": g.width,
                "confidence": g.confidence,
            }
            for g in self._items
        ]


class StandingList(_Table[detect.Standing]):
    """Each party's latest standing position per issue as of a date."""

    _noun = "position"
    columns = ("party", "issue", "asof", "status", "stance", "period", "latest",
               "age_days", "sources", "left_out")  # fmt: skip
    # What the printed table calls a column, where that differs from the record's key.
    _titles: ClassVar[dict[str, str]] = {"asof": "as of", "age_days": "age (days)"}

    def headers(self) -> list[str]:
        return [self._titles.get(c, c) for c in self.columns[:-1]]

    def rows(self) -> list[list[Any]]:
        def cell(key: str, value: Any) -> Any:
            if value is None:
                return ""
            return _stance(value) if key == "stance" else value

        return [[cell(c, r[c]) for c in self.columns[:-1]] for r in self.records()]

    def records(self) -> list[dict[str, Any]]:
        out = []
        for s in self._items:
            latest = s.latest
            out.append(
                {
                    "party": s.party,
                    "issue": s.issue,
                    "asof": s.asof,
                    "status": s.status.value,
                    "stance": None if s.stance is None else int(s.stance),
                    "period": s.position.period.label if s.position else None,
                    "latest": latest.iso() if latest else None,
                    "age_days": s.age_days,
                    "sources": s.position.sources if s.position else 0,
                    "left_out": s.left_out,
                }
            )
        return out


class TimelineView:
    """One party's timeline on one issue: its statements and the stance of each period."""

    def __init__(self, timeline: detect.Timeline, statements: StatementList) -> None:
        self.timeline = timeline
        self.statements = statements

    @property
    def party(self) -> str:
        return self.timeline.party

    @property
    def issue(self) -> str:
        return self.timeline.issue

    @property
    def periods(self) -> tuple[PeriodStance, ...]:
        return self.timeline.periods

    @property
    def left_out(self) -> tuple[Statement, ...]:
        """Statements without a date usable for these periods: listed, never aggregated."""
        return self.timeline.left_out

    def period_rows(self) -> list[list[Any]]:
        return [
            [
                ps.period.label,
                _stance(ps.stance),
                ps.stance.label,
                ps.sources,
                "yes" if ps.contested else "",
                len(ps.statements),
            ]
            for ps in self.periods
        ]

    PERIOD_HEADERS = ("period", "stance", "label", "sources", "contested", "statements")

    def records(self) -> list[dict[str, Any]]:
        """The statements as flat rows, with the period each counts in and that period's stance."""
        out = []
        for rec in self.statements.records():
            ps = self.timeline.period_for(self.statements.by_id(rec["id"]))
            rec["period"] = ps.period.label if ps else None
            rec["period_stance"] = int(ps.stance) if ps else None
            out.append(rec)
        return out

    def to_dataframe(self) -> Any:
        columns = (*exports.STATEMENT_COLUMNS, "period", "period_stance")
        return exports.dataframe(self.records(), columns)

    def _title(self) -> str:
        left = f"; {len(self.left_out)} without a usable date" if self.left_out else ""
        return f"{self.party} on {self.issue}: {len(self.periods)} periods, {len(self.statements)} statements{left}"

    def __str__(self) -> str:
        periods = report.render(list(self.PERIOD_HEADERS), self.period_rows(), "table")
        return f"{self._title()}\n\n{periods}\n{self.statements.table()}"

    def __repr__(self) -> str:
        return f"<TimelineView {self._title()}>"

    def _repr_html_(self) -> str:
        periods = tabulate(
            self.period_rows(),
            headers=list(self.PERIOD_HEADERS),
            tablefmt="html",
            disable_numparse=True,
        )
        return f"<div><p><b>{self._title()}</b></p>{periods}{self.statements._repr_html_()}</div>"


# ---------------------------------------------------------------------------- explain


@frozen
class Exhibit:
    """One statement as evidence: where it was said, by whom, relayed through whom."""

    statement: Statement
    status: Status
    article: Article | None
    sentence: str | None  # the article sentence(s) holding the quote, quote marked

    @property
    def chain(self) -> str:
        relays = self.statement.relays or (self.article.relays if self.article else ())
        return exports.relay_chain(
            relays, self.statement.outlet or (self.article.outlet if self.article else None)
        )

    def lines(self) -> list[str]:
        s = self.statement
        head = f"[{_stance(s.stance)}] {s.when}  {s.outlet or 'no outlet'}  statement {s.id}"
        if self.status is not Status.EXTRACTED:
            head += f" ({self.status.value})"
        facts = [f"speaker: {s.speaker or 'not given'}"]
        if self.chain:
            facts.append(f"reported: {self.chain}")
        if self.article is not None:
            title = report.shorten(self.article.title, 60)
            facts.append(
                f"article {self.article.id}, published {self.article.published}"
                + (f": {title}" if title else "")
            )
        facts.append(f"confidence {s.confidence:.2f}")
        out = [head, "    " + " · ".join(facts)]
        text = self.sentence or (f"“{s.evidence.quote}”" if s.evidence else "")
        if text:
            out.extend(textwrap.wrap(text, 96, initial_indent="    ", subsequent_indent="    "))
        if s.note:
            out.extend(
                textwrap.wrap(
                    f"source note: {s.note}", 96, initial_indent="    ", subsequent_indent="    "
                )
            )
        return out


def _sentence(article: Article, evidence: Evidence) -> str | None:
    """The sentence(s) of ``article`` around ``evidence``, the quote set off with ⟦ ⟧."""
    if not evidence.in_body(article.body):
        return None
    spans = sentence_spans(article.body)
    start = min((a for a, b in spans if a <= evidence.start < b), default=evidence.start)
    end = max((b for a, b in spans if a < evidence.end <= b), default=evidence.end)
    start, end = min(start, evidence.start), max(end, evidence.end)
    body = article.body
    text = f"{body[start : evidence.start]}⟦{evidence.quote}⟧{body[evidence.end : end]}"
    return " ".join(text.split())


@frozen
class Explanation:
    """The evidence behind a shift (both sides) or a statement, ready to print."""

    title: str
    summary: str
    sides: tuple[tuple[str, tuple[Exhibit, ...]], ...]
    trail: tuple[str, ...] = ()

    def __str__(self) -> str:
        out = [self.title, "  " + self.summary]
        for label, exhibits in self.sides:
            out.append("")
            if label:
                out.append(label)
            for ex in exhibits:
                out.extend("  " + line for line in ex.lines())
        if self.trail:
            out.extend(["", "history:", *("  " + t for t in self.trail)])
        return "\n".join(out) + "\n"

    def _repr_html_(self) -> str:
        import html

        return f"<pre>{html.escape(str(self))}</pre>"


# ---------------------------------------------------------------------------- the facade


class Tracker:
    """The record of stated positions, with ingest, queries and hand corrections.

    ``Tracker()`` keeps the record in memory; ``Tracker("record.db")`` in a file (created
    if need be); ``Tracker.open()`` opens the default store (``$POSITIONS_DB``).
    """

    def __init__(
        self,
        store: Store | str | os.PathLike[str] = ":memory:",
        *,
        analyst: str | None = None,
        registry: Registry | None = None,
        finder: str | None = None,
        create: bool = True,
    ) -> None:
        if isinstance(store, Store):
            self.store, self._owns_store = store, False
        else:
            self.store, self._owns_store = Store(store, create=create), True
        self.analyst = analyst or default_analyst()
        self.finder = finder
        self._registry = registry

    @classmethod
    def open(cls, path: str | os.PathLike[str] | None = None, **kwargs: Any) -> Tracker:
        """The store at ``path``, else the default one (``$POSITIONS_DB`` or the user data dir)."""
        return cls(path if path is not None else default_store_path(), **kwargs)

    def close(self) -> None:
        if self._owns_store:
            self.store.close()

    def __enter__(self) -> Tracker:
        return self

    def __exit__(
        self, et: type[BaseException] | None, ev: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def __repr__(self) -> str:
        c = self.counts()
        return f"<Tracker {self.store.path}: {c['articles']} articles, {c['statements']} statements, {c['corrections']} corrections>"

    @property
    def registry(self) -> Registry:
        if self._registry is None:
            self._registry = get_registry()
        return self._registry

    @property
    def codebook(self) -> Codebook | None:
        return self.registry.codebook

    def counts(self) -> dict[str, int]:
        return {**self.store.counts(), "corrections": len(self.store.corrections())}

    def _check_ids(self, party: str | None = None, issue: str | None = None) -> None:
        # A misspelt id would otherwise just match nothing.
        book = self.codebook
        if book is None:
            return
        # The codebook is fine; the id the user typed is not: an input error, not a codebook one.
        try:
            if party is not None:
                book.party(party)
            if issue is not None:
                book.issue(issue)
        except CodebookError as exc:
            raise InputError(str(exc)) from None

    # ------------------------------------------------------------------ ingest
    def ingest(self, *paths: str | os.PathLike[str], jobs: int | None = 1) -> IngestReport:
        """Read the article files under ``paths``, find their statements, store both."""
        return ingest(
            [str(p) for p in paths], self.store, self.registry, finder=self.finder, jobs=jobs
        )

    def ingest_text(
        self,
        text: str,
        *,
        name: str = "<text>",
        outlet: str | None = None,
        published: DateLike | None = None,
        title: str | None = None,
        byline: str | None = None,
        relays: Sequence[str] = (),
        url: str | None = None,
        format: str | None = None,
    ) -> Extraction:
        """Ingest one article given as text, with what is known about it; its statements."""
        meta = Metadata(
            url=url,
            outlet=outlet,
            published=None if published is None else as_when(published),
            title=title,
            byline=byline,
            # attrs' mypy plugin mistypes Metadata's converter=tuple (positions/source.py).
            first_reported_by=tuple(relays),  # type: ignore[arg-type, unused-ignore]
            format=format,
        )
        ex = extract_source(Source.from_text(text, name, meta), self.registry, finder=self.finder)
        self.store.add(ex.article, ex.statements)
        return ex

    def add_article(
        self, article: Article, statements: Iterable[Statement] | None = None
    ) -> Extraction:
        """Store an article with the given statements, or with what the finder finds in it."""
        if statements is None:
            found = self.registry.finder(self.finder).find(article, self.registry.codebook)
        else:
            found = list(statements)
        for s in found:
            if s.article_id != article.id:
                raise InputError(
                    f"statement {s.id} belongs to article {s.article_id}, not {article.id}"
                )
        self.store.add(article, found)
        return Extraction(article, tuple(found))

    def add_statements(self, statements: Iterable[Statement], *, who: str | None = None) -> int:
        """Store statements built elsewhere; an analyst's gets its ``record`` entry. How many were new."""
        n = 0
        for s in statements:
            if s.article_id and not self.store.has_article(s.article_id):
                raise InputError(
                    f"statement {s.id} refers to article {s.article_id}, which is not stored"
                )
            if self.store.statement(s.id) is not None:
                continue
            if s.origin is Origin.ANALYST:
                self.store.add_correction(
                    Correction.now(s.id, Action.RECORD, who=who or self.analyst), s
                )
            else:
                self.store.add_statement(s)
            n += 1
        return n

    # ------------------------------------------------------------------ hand work
    def record(
        self,
        party: str,
        issue: str,
        stance: StanceLike,
        date: DateLike,
        quote: str | None = None,
        *,
        speaker: str | None = None,
        source: str | None = None,
        outlet: str | None = None,
        relays: Sequence[str] = (),
        who: str | None = None,
        why: str = "",
    ) -> Statement:
        """Record a statement by hand (``origin = analyst``), credited to ``who``.

        ``quote`` is what was said; ``source`` a note on where it comes from (an interview,
        a cable, a page number). Recording the same statement again returns the stored one.
        """
        self._check_ids(party, issue)
        quote = (quote or "").strip() or None
        source = (source or "").strip() or None
        if quote is None and source is None:
            raise InputError("a recorded statement needs a quote or a source note")
        statement = Statement(
            party=party,
            issue=issue,
            stance=as_stance(stance),
            when=as_when(date),
            # No article: the span is the quote's own, so the evidence stays self-consistent.
            evidence=Evidence(quote, 0, len(quote)) if quote else None,
            speaker=(speaker or "").strip() or None,
            relays=tuple(relays),
            outlet=(outlet or "").strip() or None,
            confidence=1.0,
            extractor="analyst",
            origin=Origin.ANALYST,
            note=source,
        )
        if self.store.statement(statement.id) is None:
            entry = Correction.now(statement.id, Action.RECORD, who=who or self.analyst, why=why)
            self.store.add_correction(entry, statement)
        return self.statement(statement.id)

    def _amend(
        self, statement_id: str, action: Action, who: str | None, why: str, **changes: Any
    ) -> History:
        sid = self.resolve(statement_id)
        entry = Correction.now(sid, action, who=who or self.analyst, why=why, **changes)
        self.store.add_correction(entry)
        return self.history(sid)

    def correct(
        self,
        statement_id: str,
        *,
        why: str,
        party: str | None = None,
        issue: str | None = None,
        stance: StanceLike | None = None,
        who: str | None = None,
    ) -> History:
        """Correct a statement's party, issue and/or stance; the stored original stays as it was."""
        self._check_ids(party, issue)
        if not why.strip():
            raise InputError("say why the statement is corrected")
        if party is None and issue is None and stance is None:
            raise InputError("a correction needs a new party, issue or stance")
        new_stance = None if stance is None else as_stance(stance)
        return self._amend(
            statement_id, Action.CORRECT, who, why, party=party, issue=issue, stance=new_stance
        )

    def retract(self, statement_id: str, *, why: str, who: str | None = None) -> History:
        """Take a statement out of timelines and shifts; it stays listed, marked retracted."""
        if not why.strip():
            raise InputError("say why the statement is retracted")
        return self._amend(statement_id, Action.RETRACT, who, why)

    def restore(self, statement_id: str, *, why: str, who: str | None = None) -> History:
        """Undo a retraction."""
        if not why.strip():
            raise InputError("say why the statement is restored")
        return self._amend(statement_id, Action.RESTORE, who, why)

    def history(self, statement_id: str) -> History:
        """A statement as first stored, its trail of corrections, and where it stands."""
        sid = self.resolve(statement_id)
        original = self.store.statement(sid)
        assert original is not None
        return History(original, tuple(self.store.corrections(sid)))

    def trail(self) -> list[Correction]:
        """The whole audit trail, oldest first."""
        return self.store.corrections()

    def resolve(self, statement_id: str) -> str:
        """The full id of the statement whose id starts with ``statement_id``."""
        prefix = statement_id.strip()
        if len(prefix) < MIN_PREFIX:
            raise InputError(
                f"statement id {prefix!r} is too short (give at least {MIN_PREFIX} characters)"
            )
        found = self.store.statement_ids(prefix)
        if not found:
            raise InputError(f"no statement with id {prefix!r}")
        if len(found) > 1 and prefix not in found:
            raise InputError(f"statement id {prefix!r} is ambiguous; give more characters")
        return prefix if prefix in found else found[0]

    # ------------------------------------------------------------------ queries
    def statement(self, statement_id: str) -> Statement:
        """One statement as it stands in the record (corrections applied; also if retracted)."""
        h = self.history(statement_id)
        return h.current

    def article(self, article_id: str) -> Article:
        a = self.store.article(article_id)
        if a is None:
            raise InputError(f"no article with id {article_id!r}")
        return a

    def articles(self) -> list[Article]:
        return list(self.store.articles())

    def _pool(
        self,
        *,
        party: str | None = None,
        issue: str | None = None,
        outlet: str | None = None,
        since: DateLike | None = None,
        until: DateLike | None = None,
        min_confidence: float | None = None,
        include_retracted: bool = False,
    ) -> list[Statement]:
        # Explicit keywords, so a misspelt filter fails here with Python's own TypeError.
        self._check_ids(party, issue)
        return self.store.statements(
            party=party,
            issue=issue,
            outlet=outlet,
            since=_first_day(since),
            until=_last_day(until),
            min_confidence=min_confidence,
            include_retracted=include_retracted,
        )

    def _listing(self, statements: Iterable[Statement]) -> StatementList:
        items = list(statements)
        wanted = {s.id for s in items}
        trails: dict[str, list[Correction]] = {}
        for c in self.store.corrections():
            if c.statement_id in wanted:
                trails.setdefault(c.statement_id, []).append(c)
        histories = {}
        for sid, trail in trails.items():
            original = self.store.statement(sid)
            assert original is not None
            histories[sid] = History(original, tuple(trail))
        return StatementList(items, histories)

    def statements(
        self,
        *,
        status: Status | str | None = None,
        include_retracted: bool = True,
        **filters: Unpack[Filters],
    ) -> StatementList:
        """Statements in the record, as corrected, by date; retracted ones are listed and marked.

        ``filters`` are those of :class:`Filters`; ``status`` keeps one of extracted, analyst,
        corrected, retracted.
        """
        wanted = None if status is None else Status(status)
        pool = self._pool(
            **filters, include_retracted=include_retracted or wanted is Status.RETRACTED
        )
        listing = self._listing(pool)
        if wanted is None:
            return listing
        return self._listing(s for s in listing if listing.status(s) is wanted)

    def timeline(
        self,
        party: str,
        issue: str,
        *,
        granularity: str = "month",
        between: tuple[detect.WindowSpec, detect.WindowSpec] | None = None,
        **filters: Unpack[SourceFilters],
    ) -> TimelineView:
        """``party`` on ``issue`` period by period, from the corrected record."""
        pool = self._pool(party=party, issue=issue, **filters)
        tl = detect.timeline(pool, party, issue, granularity=granularity, between=between)
        return TimelineView(tl, self._listing(tl.statements))

    def shifts(
        self,
        *,
        granularity: str = "month",
        min_change: int = 2,
        between: tuple[detect.WindowSpec, detect.WindowSpec] | None = None,
        **filters: Unpack[Filters],
    ) -> ShiftList:
        """Shifts in the corrected record (retracted statements left out)."""
        found = detect.detect_shifts(
            self._pool(**filters),
            granularity=granularity,
            min_change=min_change,
            between=between,
            party=filters.get("party"),
            issue=filters.get("issue"),
        )
        return ShiftList(found)

    def gaps(
        self,
        *,
        party: str | None = None,
        granularity: str = "month",
        between: tuple[detect.WindowSpec, detect.WindowSpec] | None = None,
        **filters: Unpack[IssueFilters],
    ) -> GapList:
        """Parties on opposite sides of an issue in the same period (``party`` keeps its own)."""
        # Every party's statements are needed to find the other side of a gap.
        self._check_ids(party)
        found = detect.find_gaps(
            self._pool(**filters),
            granularity=granularity,
            between=between,
            party=party,
            issue=filters.get("issue"),
        )
        return GapList(found)

    def asof(
        self,
        day: DateLike,
        *,
        granularity: str = "month",
        **filters: Unpack[Filters],
    ) -> StandingList:
        """Each party's latest standing position per issue as of ``day``.

        ``since`` / ``until`` are not needed (``day`` bounds the record) but are honoured.
        """
        when = _last_day(day)
        if when is None:
            raise InputError("asof needs a date")
        found = detect.positions_asof(
            self._pool(**filters),
            when,
            party=filters.get("party"),
            issue=filters.get("issue"),
            granularity=granularity,
        )
        return StandingList(found)

    # ------------------------------------------------------------------ explain
    def _exhibit(self, s: Statement, status: Status) -> Exhibit:
        article = self.store.article(s.article_id) if s.article_id else None
        sentence = (
            _sentence(article, s.evidence)
            if article is not None and s.evidence is not None
            else None
        )
        return Exhibit(s, status, article, sentence)

    def find_shift(self, shift_id: str, *, min_prefix: int = MIN_PREFIX) -> Shift:
        """The shift (any period granularity, minor ones too) whose id starts with ``shift_id``."""
        prefix = shift_id.strip()
        if len(prefix) < min_prefix:
            raise InputError(
                f"shift id {prefix!r} is too short (give at least {min_prefix} characters)"
            )
        pool = self.store.statements()
        found: dict[str, Shift] = {}
        for granularity in detect.GRANULARITIES:
            for sh in detect.detect_shifts(pool, granularity=granularity, min_change=1):
                if sh.id.startswith(prefix):
                    found.setdefault(sh.id, sh)
        if not found:
            raise InputError(f"no shift with id {prefix!r} in the current record")
        if len(found) > 1:
            raise InputError(f"shift id {prefix!r} is ambiguous; give more characters")
        return next(iter(found.values()))

    def explain(self, item: str | Shift | Statement) -> Explanation:
        """The evidence behind a shift (both sides) or a statement, by object or id (prefix)."""
        if isinstance(item, Shift):
            return self._explain_shift(item)
        if isinstance(item, Statement):
            return self._explain_statement(item.id)
        key = item.strip()
        if len(key) < MIN_PREFIX:
            raise InputError(f"id {key!r} is too short (give at least {MIN_PREFIX} characters)")
        is_statement = bool(self.store.statement_ids(key))
        if is_statement:
            return self._explain_statement(key)
        try:
            shift = self.find_shift(key)
        except InputError:
            raise InputError(f"no statement or shift with id {key!r}") from None
        return self._explain_shift(shift)

    def _explain_statement(self, statement_id: str) -> Explanation:
        h = self.history(statement_id)
        s = h.current
        title = f"statement {s.id} ({h.status.value})"
        summary = f"{s.party} on {s.issue}: {_stance(s.stance)} ({s.stance.label}), {s.when}"
        return Explanation(title, summary, (("", (self._exhibit(s, h.status),)),), tuple(h.lines()))

    def _explain_shift(self, sh: Shift) -> Explanation:
        listing = self._listing([*sh.before.statements, *sh.after.statements])
        title = f"shift {sh.id}: {sh.party} on {sh.issue}"
        summary = (
            f"{sh.before.period.label} → {sh.after.period.label}: {_stance(sh.before.stance)} → "
            f"{_stance(sh.after.stance)} ({sh.kind.value}{', minor' if sh.minor else ''}), confidence {sh.confidence:.2f}"
        )
        sides = []
        for name, ps in (("before", sh.before), ("after", sh.after)):
            label = (
                f"{name} — {ps.period.label}: {_stance(ps.stance)} ({ps.stance.label}), "
                f"{ps.sources} source{'s' * (ps.sources != 1)}{', contested' if ps.contested else ''}"
            )
            sides.append((label, tuple(self._exhibit(s, listing.status(s)) for s in ps.statements)))
        return Explanation(title, summary, tuple(sides))

    # ------------------------------------------------------------------ export / import
    def export_jsonl(self, path: str | Path | IO[str]) -> dict[str, int]:
        """Write the whole record (articles, statements, audit trail) as JSON lines."""
        if isinstance(path, str | Path):
            with Path(path).open("w", encoding="utf-8") as fh:
                return exports.export_jsonl(self.store, fh)
        return exports.export_jsonl(self.store, path)

    def import_jsonl(self, path: str | Path | Iterable[str]) -> dict[str, int]:
        """Add the records of a JSON lines export; what is stored already is left as it is."""
        if isinstance(path, str | Path):
            return exports.import_path(self.store, path)
        return exports.import_jsonl(self.store, path)
