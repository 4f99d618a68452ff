"""Dates inside article text ("in September", "on Thursday, 25 December", "last week"),
resolved against the publication date with honest precision and ``inferred`` provenance.

A month without a year is the latest such month not after publication; a weekday ("on
Thursday") is the latest such day not after publication, "last Thursday" the latest before
it (only when publication is known to the day).
Expressions that describe the substance of an issue rather than when something was said
("positions held before the 8 December 2024 lines", "since December") are ignored.
"""

from __future__ import annotations

import datetime as dt
import re

from attrs import frozen

from positions.formats import MONTHS
from positions.model import Precision, Provenance, When

__all__ = ["TimeMention", "find_time_mentions", "resolve"]

_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\b\.?"
_WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
_WEEKDAY = r"(?P<weekday>" + "|".join(_WEEKDAYS) + r")"
_YEAR = r"(?:,?\s+(?P<year>(?:19|20)\d\d))?"

_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    # A timeline entry: "23 February 2025 - Netanyahu demands …", "September 2025: talks stall"
    (
        "day",
        re.compile(
            rf"^[ \t]*(?:[-•*][ \t]*)?(?P<day>\d{{1,2}})\s+{_MONTH}\s+(?P<year>(?:19|20)\d\d)(?=[ \t]*[-–—:])",
            re.I | re.M,
        ),
    ),
    (
        "day",
        re.compile(
            rf"^[ \t]*(?:[-•*][ \t]*)?{_MONTH}\s+(?P<day>\d{{1,2}}),?\s+(?P<year>(?:19|20)\d\d)(?=[ \t]*[-–—:])",
            re.I | re.M,
        ),
    ),
    (
        "month",
        re.compile(
            rf"^[ \t]*(?:[-•*][ \t]*)?{_MONTH}\s+(?P<year>(?:19|20)\d\d)(?=[ \t]*[-–—:])",
            re.I | re.M,
        ),
    ),
    # on Thursday, 25 December (2025) / on 25 December / on December 25(, 2025)
    (
        "day",
        re.compile(
            rf"\bon\s+(?:{_WEEKDAY},?\s+)?(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}{_YEAR}",
            re.I,
        ),
    ),
    (
        "day",
        re.compile(
            rf"\bon\s+(?:{_WEEKDAY},?\s+)?{_MONTH}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?{_YEAR}",
            re.I,
        ),
    ),
    # in (early|mid|late) September (2025) / last September / this September
    (
        "month",
        re.compile(
            rf"\b(?:in|during|since|last|this|by|until|early|mid|late|mid-)\s+(?:(?:early|mid|late|mid-)\s*)?{_MONTH}{_YEAR}(?!\s+\d)",
            re.I,
        ),
    ),
    ("last_weekday", re.compile(rf"\blast\s+{_WEEKDAY}\b", re.I)),
    # "on Tuesday", and the American "said Tuesday" (not "Tuesday's meeting")
    ("weekday", re.compile(rf"\b(?:on\s+)?{_WEEKDAY}\b(?!['’]s\b)", re.I)),
    ("yesterday", re.compile(r"\byesterday\b", re.I)),
    ("last_week", re.compile(r"\blast\s+week\b|\bearlier\s+this\s+week\b", re.I)),
    ("last_month", re.compile(r"\blast\s+month\b", re.I)),
    ("this_month", re.compile(r"\bearlier\s+this\s+month\b|\bthis\s+month\b", re.I)),
]

# Every expression above names a month (each of its names starts with one of these), a day
# (weekdays, "yesterday"), a week or a month: text naming none of them holds none.
_KEYWORDS = (*sorted({m[:3] for m in MONTHS}), "day", "week", "month")
# The only characters besides ASCII letters that case-blind matching takes for ASCII letters
# (İ ı for i, ſ for s, the Kelvin sign for k): where none occurs, lower() finds what it finds.
_CASE_ODD = ("\u0130", "\u0131", "\u017f", "\u212a")

# Words just before an expression that make it describe an issue, not a date of speech.
_SUBSTANCE = re.compile(r"(?:before|since|after|until|till|by|from|to|of|pre|post)[\s-]*$", re.I)


@frozen
class TimeMention:
    start: int
    end: int
    kind: str
    year: int | None
    month: int | None
    day: int | None
    weekday: int | None


def find_time_mentions(text: str, start: int = 0, end: int | None = None) -> list[TimeMention]:
    """Temporal expressions in ``text[start:end]`` that may date a statement."""
    stop = len(text) if end is None else end
    span = text[start:stop]
    # Most sentences date nothing: a look for the keywords tells so without eight scans.
    if span.isascii() or not any(c in span for c in _CASE_ODD):
        low = span.lower()
        if not any(k in low for k in _KEYWORDS):
            return []
    out: list[TimeMention] = []
    taken: list[tuple[int, int]] = []
    for kind, pattern in _PATTERNS:
        for m in pattern.finditer(text, start, stop):
            if any(a < m.end() and m.start() < b for a, b in taken):
                continue
            lead = m.group(0).split()[0].lower()
            if lead in ("since", "by", "until"):
                continue
            if _SUBSTANCE.search(text[max(start, m.start() - 12) : m.start()]):
                continue
            g = m.groupdict()
            month = MONTHS.get(g["month"].lower().rstrip(".")) if g.get("month") else None
            weekday = _WEEKDAYS.index(g["weekday"].lower()) if g.get("weekday") else None
            out.append(
                TimeMention(
                    m.start(),
                    m.end(),
                    kind,
                    int(g["year"]) if g.get("year") else None,
                    month,
                    int(g["day"]) if g.get("day") else None,
                    weekday,
                )
            )
            taken.append((m.start(), m.end()))
    out.sort(key=lambda t: t.start)
    return out


def _month_back(d: dt.date, n: int = 1) -> dt.date:
    m = d.month - 1 - n
    return dt.date(d.year + m // 12, m % 12 + 1, 1)


def resolve(mention: TimeMention, published: When) -> When | None:
    """The date a mention stands for, given when the article ran; None if it cannot be told."""
    pub = published.date
    pub_end = published.end()
    inferred = Provenance.INFERRED
    try:
        if mention.kind in ("day", "month"):
            assert mention.month is not None
            year = mention.year
            if year is None:
                if pub is None or pub_end is None:
                    return None
                year = pub_end.year if mention.month <= pub_end.month else pub_end.year - 1
            if mention.kind == "day":
                assert mention.day is not None
                when = When(dt.date(year, mention.month, mention.day), Precision.DAY, inferred)
            else:
                when = When(dt.date(year, mention.month, 1), Precision.MONTH, inferred)
            if (
                mention.year is None
                and pub_end is not None
                and when.date is not None
                and when.date > pub_end
            ):
                when = When(when.date.replace(year=when.date.year - 1), when.precision, inferred)
            return when
        if pub is None:
            return None
        day_precise = published.precision is Precision.DAY
        if mention.kind in ("weekday", "last_weekday"):
            if not day_precise or mention.weekday is None:
                return None
            # A Thursday story's "on Thursday" is that day (wire copy dates its own day so);
            # "last Thursday" is the one before.
            back = (pub.weekday() - mention.weekday) % 7
            if mention.kind == "last_weekday":
                back = back or 7
            return When(pub - dt.timedelta(days=back), Precision.DAY, inferred)
        if mention.kind == "yesterday":
            return (
                When(pub - dt.timedelta(days=1), Precision.DAY, inferred) if day_precise else None
            )
        if mention.kind == "last_week":
            # A week ago is a day we cannot name: keep the month it falls in.
            return (
                When((pub - dt.timedelta(days=7)).replace(day=1), Precision.MONTH, inferred)
                if day_precise
                else None
            )
        if mention.kind == "last_month":
            return When(_month_back(pub), Precision.MONTH, inferred)
        if mention.kind == "this_month":
            return When(pub.replace(day=1), Precision.MONTH, inferred)
    except ValueError:  # 31 February and the like
        return None
    return None
