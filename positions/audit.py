"""Hand work on the record: analyst-entered statements, corrections and retractions.

Extracted statements are never changed in place. Each piece of hand work is an
append-only :class:`Correction` — who, when, why — keyed to a statement id, and the
*effective record* is the stored statements with their corrections replayed in the
order they were made: a correction replaces the party, issue or stance it names, a
retraction takes the statement out of timelines and shifts (a restore puts it back).
A corrected statement keeps its id, so the trail, exports and ``explain`` all agree.

This module is pure: the store keeps the corrections, this module says what they mean.
"""

from __future__ import annotations

import datetime as dt
import enum
import hashlib
import html
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

import attrs
from attrs import field, frozen

from positions.errors import InputError
from positions.model import Origin, Stance, Statement

__all__ = [
    "CORRECTABLE",
    "Action",
    "Correction",
    "History",
    "Status",
    "check",
    "effective",
    "replay",
    "status_of",
    "summary",
]

# The fields a correction may change. Dates are not among them on purpose: a misdated
# statement is retracted and recorded again, so date filters can run on stored columns.
CORRECTABLE = ("party", "issue", "stance")


class Action(enum.StrEnum):
    RECORD = "record"  # an analyst entered the statement by hand
    CORRECT = "correct"  # party, issue and/or stance replaced
    RETRACT = "retract"  # the statement no longer counts
    RESTORE = "restore"  # a retraction undone


class Status(enum.StrEnum):
    """Where a statement stands once its trail is replayed."""

    EXTRACTED = "extracted"  # as the finder made it
    ANALYST = "analyst"  # entered by hand, never corrected
    CORRECTED = "corrected"
    RETRACTED = "retracted"


def _optional_stance(value: Any) -> Stance | None:
    return None if value is None else Stance(value)


def _aware(value: dt.datetime) -> dt.datetime:
    # Trails are compared across machines: naive times are taken as UTC, never as local.
    return value.replace(tzinfo=dt.UTC) if value.tzinfo is None else value


def _check_correction(instance: Correction) -> None:
    if not instance.statement_id.strip():
        raise ValueError("a correction needs the id of the statement it applies to")
    if not instance.who.strip():
        raise ValueError("a correction needs to say who made it")
    changes = instance.changes
    if instance.action is Action.CORRECT:
        if not changes:
            raise ValueError("a correction must change the party, the issue or the stance")
    elif changes:
        raise ValueError(f"a {instance.action.value} carries no party, issue or stance")
    if instance.action is not Action.RECORD and not instance.why.strip():
        raise ValueError(f"a {instance.action.value} needs a reason (why)")


@frozen
class Correction:
    """One entry of the audit trail: what was done to a statement, by whom, when and why."""

    statement_id: str
    action: Action = field(converter=Action)
    who: str
    at: dt.datetime = field(converter=_aware)
    why: str = ""
    party: str | None = None
    issue: str | None = None
    stance: Stance | None = field(default=None, converter=_optional_stance)
    id: str = ""

    def __attrs_post_init__(self) -> None:
        _check_correction(self)
        if not self.id:
            object.__setattr__(self, "id", self.compute_id())

    @classmethod
    def now(
        cls,
        statement_id: str,
        action: Action | str,
        *,
        who: str,
        why: str = "",
        party: str | None = None,
        issue: str | None = None,
        stance: Stance | int | None = None,
    ) -> Correction:
        """A correction made now (UTC, to the microsecond so quick successive ones differ)."""
        return cls(
            statement_id=statement_id,
            action=Action(action),
            who=who.strip(),
            at=dt.datetime.now(dt.UTC),
            why=why.strip(),
            party=party,
            issue=issue,
            stance=None if stance is None else Stance(stance),
        )

    def compute_id(self) -> str:
        key = "\x1f".join(
            [
                self.statement_id,
                self.action.value,
                self.who,
                self.at.isoformat(),
                self.why,
                self.party or "",
                self.issue or "",
                "" if self.stance is None else str(int(self.stance)),
            ]
        )
        return hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]

    @property
    def changes(self) -> dict[str, Any]:
        """The fields this correction sets, by name."""
        values = {"party": self.party, "issue": self.issue, "stance": self.stance}
        return {k: v for k, v in values.items() if v is not None}


def replay(statement: Statement, corrections: Iterable[Correction]) -> tuple[Statement, bool]:
    """The statement with ``corrections`` applied in order, and whether it ends retracted."""
    current, retracted = statement, False
    for c in corrections:
        if c.action is Action.CORRECT:
            # evolve keeps the id: the corrected statement is the same statement.
            current = attrs.evolve(current, **c.changes)
        elif c.action is Action.RETRACT:
            retracted = True
        elif c.action is Action.RESTORE:
            retracted = False
    return current, retracted


def check(statement: Statement, earlier: Sequence[Correction], correction: Correction) -> None:
    """Raise InputError if ``correction`` cannot follow ``earlier`` on ``statement``."""
    if correction.statement_id != statement.id:
        raise InputError(
            f"correction {correction.id} is for {correction.statement_id}, not {statement.id}"
        )
    current, retracted = replay(statement, earlier)
    sid = statement.id
    if correction.action is Action.RECORD:
        if statement.origin is not Origin.ANALYST or earlier:
            raise InputError(f"statement {sid}: only a new analyst statement can be recorded")
    elif correction.action is Action.CORRECT:
        if retracted:
            raise InputError(f"statement {sid} is retracted; restore it before correcting it")
        if all(getattr(current, k) == v for k, v in correction.changes.items()):
            raise InputError(f"statement {sid} already says that; the correction changes nothing")
    elif correction.action is Action.RETRACT:
        if retracted:
            raise InputError(f"statement {sid} is already retracted")
    elif correction.action is Action.RESTORE and not retracted:
        raise InputError(f"statement {sid} is not retracted; there is nothing to restore")


def effective(
    statements: Iterable[Statement],
    corrections: Mapping[str, Sequence[Correction]],
    *,
    include_retracted: bool = False,
) -> list[Statement]:
    """The effective record: each statement as corrected; retracted ones left out unless asked."""
    out: list[Statement] = []
    for s in statements:
        trail = corrections.get(s.id, ())
        current, retracted = replay(s, trail) if trail else (s, False)
        if include_retracted or not retracted:
            out.append(current)
    return out


def _stance(v: int) -> str:
    return f"{int(v):+d}" if v else "0"


def _as_trail(items: Iterable[Correction]) -> tuple[Correction, ...]:
    # A named converter, not bare ``tuple``: type checkers cannot infer the element type of that.
    return tuple(items)


@frozen
class History:
    """A statement as first stored, its trail of corrections, and where it stands now."""

    original: Statement
    corrections: tuple[Correction, ...] = field(converter=_as_trail)

    @property
    def current(self) -> Statement:
        """The effective values (also for a retracted statement)."""
        return replay(self.original, self.corrections)[0]

    @property
    def retracted(self) -> bool:
        return replay(self.original, self.corrections)[1]

    @property
    def status(self) -> Status:
        return status_of(self.original, self.corrections)

    def lines(self) -> list[str]:
        """The trail in words, oldest first: one line per correction."""
        out = []
        before = self.original
        for c in self.corrections:
            when = c.at.astimezone(dt.UTC).strftime("%Y-%m-%d %H:%M UTC")
            if c.action is Action.CORRECT:
                after = attrs.evolve(before, **c.changes)
                what = ", ".join(
                    f"{k} {_fmt(k, getattr(before, k))} → {_fmt(k, getattr(after, k))}"
                    for k in c.changes
                )
                before = after
            else:
                what = {
                    Action.RECORD: "recorded by hand",
                    Action.RETRACT: "retracted",
                    Action.RESTORE: "restored",
                }[c.action]
            reason = f" — {c.why}" if c.why else ""
            out.append(f"{when}  {c.who}: {what}{reason}")
        return out

    def __str__(self) -> str:
        head = f"statement {self.original.id} ({self.status.value})"
        return "\n".join([head, *("  " + line for line in self.lines())])

    def _repr_html_(self) -> str:
        """In Jupyter: the statement as it stands, then its trail, as an HTML table."""
        s = self.current
        rows = "".join(
            f"<tr><td>{html.escape(c.at.astimezone(dt.UTC).strftime('%Y-%m-%d %H:%M UTC'))}</td>"
            f"<td>{html.escape(c.who)}</td><td>{html.escape(c.action.value)}</td>"
            f"<td>{html.escape(line.split(': ', 1)[-1])}</td></tr>"
            for c, line in zip(self.corrections, self.lines(), strict=True)
        )
        now = f"{s.party} on {s.issue}: {_stance(s.stance)}, {s.when}"
        return (
            f"<div><p><b>statement {html.escape(s.id)} ({self.status.value})</b>: "
            f"{html.escape(now)}</p><table><thead><tr><th>at</th><th>who</th><th>action</th>"
            f"<th>what and why</th></tr></thead><tbody>{rows}</tbody></table></div>"
        )


def _fmt(key: str, value: Any) -> str:
    return _stance(value) if key == "stance" else str(value)


def status_of(statement: Statement, corrections: Sequence[Correction]) -> Status:
    """The status of ``statement`` after ``corrections`` (stored order)."""
    _, retracted = replay(statement, corrections)
    if retracted:
        return Status.RETRACTED
    if any(c.action is Action.CORRECT for c in corrections):
        return Status.CORRECTED
    return Status.ANALYST if statement.origin is Origin.ANALYST else Status.EXTRACTED


def summary(statement: Statement, corrections: Sequence[Correction]) -> str:
    """A one-cell digest of a trail for listings: the latest entry, and how many there are."""
    if not corrections:
        return ""
    trail = History(statement, tuple(corrections)).lines()
    more = f" (+{len(trail) - 1} earlier)" if len(trail) > 1 else ""
    return trail[-1] + more
