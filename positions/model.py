"""The record: stances, dates with their precision, articles, statements and shifts.

Every record is a frozen, slotted attrs class. Validators guard invariants only
(ranges, spans, date precision); (un)structuring lives in :mod:`positions.serialize`.
"""

from __future__ import annotations

import datetime as dt
import enum
import hashlib
import re
import unicodedata
from collections.abc import Iterable
from typing import Any

import attrs
from attrs import field, frozen

__all__ = [
    "Article",
    "Evidence",
    "Origin",
    "Period",
    "PeriodStance",
    "Precision",
    "Provenance",
    "Shift",
    "ShiftKind",
    "Stance",
    "Statement",
    "When",
    "article_id_for",
]


class Stance(enum.IntEnum):
    """Ordinal stance: the sign is the position, the magnitude its strength."""

    REFUSES = -2
    OPPOSES = -1
    NEUTRAL = 0
    ACCEPTS = 1
    SUPPORTS = 2

    @property
    def sign(self) -> int:
        return (self > 0) - (self < 0)

    @property
    def label(self) -> str:
        return self.name.lower()

    @classmethod
    def clamp(cls, value: float) -> Stance:
        """The nearest stance to a (possibly fractional) value, ties away from zero."""
        rounded = int(abs(value) + 0.5) * (1 if value >= 0 else -1)
        return cls(max(-2, min(2, rounded)))


class Precision(enum.StrEnum):
    DAY = "day"
    MONTH = "month"
    YEAR = "year"


class Provenance(enum.StrEnum):
    """Where a date comes from; only ``STATED`` and ``SUPPLIED`` are the source's own word."""

    STATED = "stated"  # printed by the outlet
    INFERRED = "inferred"  # worked out from the text (relative dates, context)
    SUPPLIED = "supplied"  # given in sidecar metadata by the crawler or analyst
    UNKNOWN = "unknown"


_ISO = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


def _check_when(instance: When, attribute: attrs.Attribute[Any], value: Any) -> None:
    d = instance.date
    if d is None:
        if instance.provenance is not Provenance.UNKNOWN:
            raise ValueError("a When without a date must have provenance 'unknown'")
        return
    if instance.provenance is Provenance.UNKNOWN:
        raise ValueError("a dated When cannot have provenance 'unknown'")
    if instance.precision is Precision.MONTH and d.day != 1:
        raise ValueError("a month-precision date must fall on the 1st")
    if instance.precision is Precision.YEAR and (d.month, d.day) != (1, 1):
        raise ValueError("a year-precision date must fall on 1 January")


@frozen(order=False)
class When:
    """A date with the precision the source gives and where it comes from.

    Month and year precision are stored as the first day of the period: a
    ``When`` never claims a day the source did not give.
    """

    date: dt.date | None = field(default=None, validator=_check_when)
    precision: Precision = field(default=Precision.DAY, converter=Precision)
    provenance: Provenance = field(default=Provenance.UNKNOWN, converter=Provenance)

    @classmethod
    def unknown(cls) -> When:
        return cls(None, Precision.DAY, Provenance.UNKNOWN)

    @classmethod
    def of(
        cls,
        year: int,
        month: int | None = None,
        day: int | None = None,
        provenance: Provenance | str = Provenance.STATED,
    ) -> When:
        """Build a When from parts; missing parts lower the precision."""
        if month is None:
            return cls(dt.date(year, 1, 1), Precision.YEAR, Provenance(provenance))
        if day is None:
            return cls(dt.date(year, month, 1), Precision.MONTH, Provenance(provenance))
        return cls(dt.date(year, month, day), Precision.DAY, Provenance(provenance))

    @classmethod
    def parse(cls, text: str, provenance: Provenance | str = Provenance.SUPPLIED) -> When:
        """Parse ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``; raises ValueError otherwise."""
        m = _ISO.match(text.strip())
        if not m:
            raise ValueError(f"not an ISO date (YYYY, YYYY-MM or YYYY-MM-DD): {text!r}")
        y, mo, d = (int(g) if g else None for g in m.groups())
        assert y is not None
        return cls.of(y, mo, d, provenance)

    @property
    def known(self) -> bool:
        return self.date is not None

    def iso(self) -> str | None:
        """``2026-01-14``, ``2026-01`` or ``2026`` according to precision; None if unknown."""
        if self.date is None:
            return None
        if self.precision is Precision.YEAR:
            return f"{self.date.year:04d}"
        if self.precision is Precision.MONTH:
            return f"{self.date.year:04d}-{self.date.month:02d}"
        return self.date.isoformat()

    def end(self) -> dt.date | None:
        """The last day this When may stand for."""
        if self.date is None:
            return None
        if self.precision is Precision.DAY:
            return self.date
        if self.precision is Precision.MONTH:
            nxt = dt.date(self.date.year + (self.date.month == 12), self.date.month % 12 + 1, 1)
            return nxt - dt.timedelta(days=1)
        return dt.date(self.date.year, 12, 31)

    def sort_key(self) -> tuple[int, dt.date, int]:
        """Unknown dates last; coarser precision sorts before finer at the same start."""
        order = {Precision.YEAR: 0, Precision.MONTH: 1, Precision.DAY: 2}
        if self.date is None:
            return (1, dt.date.max, 0)
        return (0, self.date, order[self.precision])

    def shifted(self, days: int) -> When:
        """The same When moved by ``days`` (only meaningful for day precision)."""
        if self.date is None:
            return self
        return attrs.evolve(self, date=self.date + dt.timedelta(days=days))

    def __str__(self) -> str:
        return self.iso() or "unknown"


def _normalise_body(body: str) -> str:
    text = unicodedata.normalize("NFKC", body)
    return " ".join(text.split())


def article_id_for(body: str) -> str:
    """Stable id of an article: a hash of its normalised body, so re-ingesting is idempotent."""
    return hashlib.sha256(_normalise_body(body).encode("utf-8")).hexdigest()[:16]


def _tuple_of_str(value: Any) -> tuple[str, ...]:
    if isinstance(value, str):
        return (value,)
    return tuple(str(v) for v in value)


@frozen
class Article:
    """One news article, cleaned of boilerplate, with who first reported it."""

    id: str
    outlet: str
    format: str
    title: str
    published: When
    body: str
    byline: str | None = None
    relays: tuple[str, ...] = field(default=(), converter=_tuple_of_str)
    url: str | None = None
    document: str | None = None

    @classmethod
    def create(
        cls,
        *,
        outlet: str,
        format: str,
        title: str,
        body: str,
        published: When | None = None,
        byline: str | None = None,
        relays: tuple[str, ...] | list[str] = (),
        url: str | None = None,
        document: str | None = None,
    ) -> Article:
        """Build an article whose id is derived from its body."""
        return cls(
            id=article_id_for(body),
            outlet=outlet,
            format=format,
            title=title,
            published=published or When.unknown(),
            body=body,
            byline=byline,
            relays=tuple(relays),
            url=url,
            document=document,
        )

    @property
    def original_source(self) -> str:
        """Who first reported the story: the head of the relay chain, else the outlet."""
        return self.relays[0] if self.relays else self.outlet


def _check_span(instance: Evidence, attribute: attrs.Attribute[Any], value: int) -> None:
    if instance.start < 0 or instance.end < instance.start:
        raise ValueError(f"bad evidence span {instance.start}..{instance.end}")
    if instance.end - instance.start != len(instance.quote):
        raise ValueError("evidence span length differs from the quote's length")


@frozen
class Evidence:
    """The exact quote behind a statement and its character span in the article body."""

    quote: str
    start: int
    end: int = field(validator=_check_span)

    @classmethod
    def from_span(cls, body: str, start: int, end: int) -> Evidence:
        return cls(body[start:end], start, end)

    def in_body(self, body: str) -> bool:
        return body[self.start : self.end] == self.quote


class Origin(enum.StrEnum):
    EXTRACTED = "extracted"
    ANALYST = "analyst"


def _check_confidence(instance: Statement, attribute: attrs.Attribute[Any], value: float) -> None:
    if not 0.0 <= value <= 1.0:
        raise ValueError(f"confidence must lie in [0, 1], got {value}")


@frozen
class Statement:
    """One party's position on one issue, with the evidence and who said it."""

    party: str
    issue: str
    stance: Stance = field(converter=Stance)
    when: When
    evidence: Evidence | None = None
    speaker: str | None = None
    relays: tuple[str, ...] = field(default=(), converter=_tuple_of_str)
    article_id: str | None = None
    outlet: str | None = None
    confidence: float = field(default=1.0, converter=float, validator=_check_confidence)
    extractor: str = "analyst"
    origin: Origin = field(default=Origin.EXTRACTED, converter=Origin)
    note: str | None = None
    id: str = ""

    def __attrs_post_init__(self) -> None:
        if not self.id:
            object.__setattr__(self, "id", self.compute_id())

    def compute_id(self) -> str:
        """Stable id: the same finding in the same article always has the same id."""
        span = f"{self.evidence.start}:{self.evidence.end}" if self.evidence else ""
        quote = self.evidence.quote if self.evidence else (self.note or "")
        key = "\x1f".join(
            [
                self.article_id or "",
                self.party,
                self.issue,
                str(int(self.stance)),
                span,
                quote if not self.article_id else "",
                self.when.iso() or "",
                self.extractor,
                self.origin.value,
            ]
        )
        return hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]

    @property
    def original_source(self) -> str:
        """Who first put the statement out: the head of its relay chain, else its outlet."""
        if self.relays:
            return self.relays[0]
        return self.outlet or self.article_id or self.id


@frozen
class Period:
    """A half-open span of calendar time [start, end) with a human label."""

    label: str
    start: dt.date
    end: dt.date

    def __attrs_post_init__(self) -> None:
        if self.end <= self.start:
            raise ValueError(f"period {self.label} ends before it starts")

    def contains(self, day: dt.date) -> bool:
        return self.start <= day < self.end


def _statements(value: Iterable[Statement]) -> tuple[Statement, ...]:
    # A typed converter: attrs' mypy plugin mistypes the bare ``converter=tuple``.
    return tuple(value)


@frozen
class PeriodStance:
    """The aggregate position of a party on an issue within one period."""

    period: Period
    stance: Stance = field(converter=Stance)
    spread: int
    sources: int
    contested: bool
    statements: tuple[Statement, ...] = field(converter=_statements)


class ShiftKind(enum.StrEnum):
    REVERSAL = "reversal"
    TO_NEUTRAL = "to-neutral"
    FROM_NEUTRAL = "from-neutral"
    HARDENING = "hardening"
    SOFTENING = "softening"

    @classmethod
    def between(cls, before: int, after: int) -> ShiftKind | None:
        """Classify a change of stance; None when nothing changed."""
        if before == after:
            return None
        if before * after < 0:
            return cls.REVERSAL
        if after == 0:
            return cls.TO_NEUTRAL
        if before == 0:
            return cls.FROM_NEUTRAL
        return cls.HARDENING if abs(after) > abs(before) else cls.SOFTENING


@frozen
class Shift:
    """A change in a party's aggregate stance on an issue between two periods."""

    party: str
    issue: str
    before: PeriodStance
    after: PeriodStance
    kind: ShiftKind = field(converter=ShiftKind)
    confidence: float = field(default=1.0, converter=float)

    @property
    def id(self) -> str:
        """Stable id from the party, the issue and the two periods: the same shift keeps it."""
        periods = [f"{ps.period.start}/{ps.period.end}" for ps in (self.before, self.after)]
        key = "\x1f".join([self.party, self.issue, *periods])
        return hashlib.sha256(key.encode("utf-8")).hexdigest()[:12]

    @property
    def steps(self) -> int:
        return abs(int(self.after.stance) - int(self.before.stance))

    @property
    def minor(self) -> bool:
        return self.kind is not ShiftKind.REVERSAL and self.steps < 2
