"""What a format plugin is, and the helpers that make writing one short.

A format recognises one outlet's layout (``sniff``) and turns it into a clean
:class:`~positions.model.Article` (``parse``). Subclass :class:`TextFormat` for text copies
of pages: HTML pages are flattened to the same lines by :func:`html_to_lines` first, so one
``parse_lines`` reads both.

The helpers here are shared by every built-in format and meant for plugin authors too:

* :func:`clean_lines`, :func:`is_boilerplate`, :func:`is_caption`, :func:`looks_like_heading`
  sort a page's lines into body and page furniture;
* :func:`parse_date` reads a printed date, :func:`infer_published` dates an undated story
  from its text (marked *inferred*, with honest precision), :func:`page_date` finds the date
  a page prints near its top;
* :func:`cited_sources` finds who first reported a story (the relay chain);
* :func:`read_html` / :func:`html_to_lines` flatten HTML with the standard library and read
  its metadata (JSON-LD, meta tags), never a copyright footer;
* :func:`build_article` puts the pieces together the same way for every format.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import re
from collections.abc import Iterable, Iterator, Sequence
from html.parser import HTMLParser
from typing import Any, ClassVar, Protocol, runtime_checkable

import attrs
from attrs import frozen

from positions.errors import FormatError
from positions.model import Article, Precision, Provenance, When
from positions.source import Source

__all__ = [
    "MONTHS",
    "NEWS_SOURCES",
    "Format",
    "HtmlPage",
    "TextFormat",
    "apply_metadata",
    "build_article",
    "cited_sources",
    "clean_lines",
    "html_to_lines",
    "infer_published",
    "is_boilerplate",
    "is_caption",
    "is_echo",
    "looks_like_heading",
    "merge_relays",
    "page_date",
    "page_lines",
    "parse_date",
    "parse_date_line",
    "parse_iso_datetime",
    "read_html",
    "repost_origin",
    "same_text",
]


@runtime_checkable
class Format(Protocol):
    """The contract of a format plugin."""

    # Read-only, so a class attribute (as :class:`TextFormat` subclasses set) satisfies it.
    @property
    def name(self) -> str: ...

    @property
    def outlet(self) -> str: ...

    def sniff(self, source: Source) -> float:
        """How sure this format is that ``source`` is its layout, in [0, 1]."""
        ...

    def parse(self, source: Source) -> Article:
        """Turn ``source`` into an article; raise FormatError when it cannot."""
        ...


# ---------------------------------------------------------------------------- dates

MONTHS = {
    m: i
    for i, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ],
        1,
    )
    for m in names
}

_MONTH_RE = "|".join(sorted(MONTHS, key=len, reverse=True))
_DATE_PATTERNS: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"\b(\d{4})-(\d{1,2})-(\d{1,2})\b"), "ymd"),
    (re.compile(r"\b(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})\b"), "dmy"),
    (re.compile(rf"\b({_MONTH_RE})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})\b", re.I), "mdy"),
    (
        re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+({_MONTH_RE})\.?,?\s+(\d{{4}})\b", re.I),
        "dmy_name",
    ),
]


def _date_from_match(g: Sequence[str], kind: str) -> dt.date:
    if kind == "ymd":
        return dt.date(int(g[0]), int(g[1]), int(g[2]))
    if kind == "dmy":
        return dt.date(int(g[2]), int(g[1]), int(g[0]))
    if kind == "mdy":
        return dt.date(int(g[2]), MONTHS[g[0].lower()], int(g[1]))
    return dt.date(int(g[2]), MONTHS[g[1].lower()], int(g[0]))


def parse_date(text: str, provenance: Provenance = Provenance.STATED) -> When | None:
    """The first full calendar date in ``text`` (ISO, D-M-Y, 'Dec 26, 2025', '26 December 2025')."""
    best: tuple[int, When] | None = None
    for pattern, kind in _DATE_PATTERNS:
        for m in pattern.finditer(text):
            if best is not None and m.start() >= best[0]:
                break
            try:
                when = When(_date_from_match(m.groups(), kind), Precision.DAY, provenance)
            except (ValueError, KeyError, OverflowError):
                continue
            best = (m.start(), when)
            break
    return best[1] if best else None


_ISO_DATETIME = re.compile(
    r"^\s*(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?\s*$"
)


def parse_iso_datetime(text: str, provenance: Provenance = Provenance.STATED) -> When | None:
    """A date from an ISO timestamp as pages write it in their metadata.

    ``2025-12-27T13:19:00+02:00`` is the 27th: the calendar date the outlet wrote, not
    converted to another time zone. ``2026-01`` keeps month precision.
    """
    m = _ISO_DATETIME.match(text)
    if not m:
        return None
    y, mo, d = (int(g) if g else None for g in m.groups())
    if y is None or not 1900 <= y <= 2200:
        return None
    try:
        return When.of(y, mo, d, provenance)
    except ValueError:
        return None


_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_WD = "|".join(_WEEKDAYS)
_WEEKDAY_DATES = [
    # "on Tuesday, 6 January" / "Thursday 25 December 2025"
    (
        re.compile(
            rf"\b({_WD}),?\s+(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?({_MONTH_RE})\b\.?(?:,?\s+(\d{{4}}))?",
            re.I,
        ),
        "dm",
    ),
    # "on Tuesday, January 6(, 2026)"
    (
        re.compile(
            rf"\b({_WD}),?\s+({_MONTH_RE})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(\d{{4}}))?",
            re.I,
        ),
        "md",
    ),
]
# How long after the latest event it reports a story is assumed to run: a week.
_NEWS_LAG = dt.timedelta(days=6)


def _full_dates(text: str) -> Iterator[dt.date]:
    for pattern, kind in _DATE_PATTERNS:
        for m in pattern.finditer(text):
            try:
                yield _date_from_match(m.groups(), kind)
            except (ValueError, KeyError, OverflowError):
                continue


def infer_published(text: str) -> When | None:
    """When an undated story most likely ran, worked out from the events it dates, or None.

    Journalists give a weekday only for recent days ("on Tuesday, 6 January"), so the latest
    weekday-qualified date is taken as the story's news day; its year comes from the full
    dates the text prints (the one year within a year of them whose calendar puts that date
    on that weekday). A story runs within days of its news, so the result is that month, or
    the year when the following week crosses into the next month; never a day. Marked
    *inferred*. Historical dates without a weekday ("8 December 2024") are never taken.
    """
    anchors: set[int] | None = None  # the full dates' years, read when first needed
    latest: dt.date | None = None
    for pattern, kind in _WEEKDAY_DATES:
        for m in pattern.finditer(text):
            weekday, a, b, year = m.groups()
            try:
                month, day = (
                    (MONTHS[b.lower()], int(a)) if kind == "dm" else (MONTHS[a.lower()], int(b))
                )
            except (KeyError, ValueError):
                continue
            wanted = _WEEKDAYS.index(weekday.lower())
            if year:
                years = {int(year)}
            else:
                if anchors is None:
                    anchors = {d.year for d in _full_dates(text) if 1900 <= d.year <= 2200}
                years = {y + k for y in anchors for k in (-1, 0, 1)}
            fits = []
            for y in sorted(years):
                try:
                    d = dt.date(y, month, day)
                except ValueError:
                    continue
                if d.weekday() == wanted:
                    fits.append(d)
            if len(fits) == 1 and (latest is None or fits[0] > latest):
                latest = fits[0]
    if latest is None:
        return None
    last = latest + _NEWS_LAG
    if (last.year, last.month) == (latest.year, latest.month):
        return When.of(latest.year, latest.month, None, Provenance.INFERRED)
    if last.year == latest.year:
        return When.of(latest.year, None, None, Provenance.INFERRED)
    return None


# ---------------------------------------------------------------------------- lines


def clean_lines(text: str) -> list[str]:
    """Lines stripped of surrounding blanks (non-breaking spaces included), empty ones dropped."""
    out = []
    for line in text.splitlines():
        s = " ".join(line.replace("\u00a0", " ").replace("\u200b", "").split())
        if s:
            out.append(s)
    return out


def same_text(a: str, b: str) -> bool:
    """Whether two lines say the same thing, ignoring case, spacing and punctuation."""
    return _squash(a) == _squash(b) != ""


_NOT_ALNUM = re.compile(r"[\W_]+")


def _squash(s: str) -> str:
    return _NOT_ALNUM.sub("", s.casefold())


_SOCIAL = r"(?:facebook|twitter|x|whatsapp|telegram|linkedin|reddit|email|e-mail|print|copy link|messenger|pinterest)"
# Whole lines that are page furniture on news sites, whatever the outlet. Each pattern
# must match the entire line, so a real sentence that merely contains the words is kept.
_BOILERPLATE = [
    r"skip to (?:main )?content",
    r"search(?: for)?:?",
    r"(?:main )?menu|home|subscribe|sign in|log ?in|register|close|toggle navigation",
    rf"share(?: this)?(?: article| story| post)?:?(?:\s+{_SOCIAL})*",
    rf"share on {_SOCIAL}",
    rf"{_SOCIAL}(?:\s*[|·•]?\s*{_SOCIAL})+",
    r"follow us(?: on .{1,40})?:?",
    r"loading comments(?:\.{3}|…)?",
    r"post a comment|leave a (?:comment|reply)|\d+ comments?|comments?(?: \(\d+\))?|add a comment",
    r"previous post\s*next post|(?:previous|next|older|newer) (?:post|article|story)s?",
    r"ads?|advertisement|advertising|sponsored(?: content)?",
    r"enjoyed this article\?|was this (?:article )?helpful\?|did you (?:like|enjoy) this (?:article|story)\?",
    r"(?:yes|no) \(\d+\)",
    r"ready for more\?",
    r"(?:join|subscribe to|sign up (?:for|to)) our newsletter.{0,120}",
    r"we respect your privacy.{0,120}",
    r"helpful keywords|keywords:?.{0,200}|tags?:.{0,200}|topics?:.{0,200}",
    r"(?:related|recommended|more)(?: articles| posts| stories| news| from .{1,40})?:?",
    r"read (?:more|also|next):?.{0,160}",
    r"(?:©|copyright ©?|\(c\)).{0,160}|all rights reserved\.?",
    r"\[source:.{1,80}\]",
    r"the post .{1,300} appeared first on .{1,80}",
    r"[\w.+-]+@[\w-]+\.[\w.]+",
    r"(?:photo|photos|image|picture|credit|photo credit)s?:.{0,160}",
    r"click here.{0,120}",
    r"(?:this|the) (?:article|story) (?:was|is) (?:translated|written|edited).{0,200}",
    r".{0,200}has not verified the content of this (?:story|article).{0,300}",
    r"responsibility for the information and views.{0,300}",
    r"disclaimer:.{0,400}",
    r".{0,80}we use cookies.{0,200}",
    r"(?:listen to|print) (?:this )?(?:article|story)",
]
_BOILERPLATE_RE = re.compile("|".join(f"(?:{p})" for p in _BOILERPLATE), re.I)
_MENU_ITEM = re.compile(r"^[\w&'’ .-]{1,30}$")
_MENU_SPLIT = re.compile(r"\s+[|·•]\s+")


def is_boilerplate(line: str) -> bool:
    """Whether a whole line is page furniture: menus, share and rating widgets, newsletter
    boxes, comment prompts, ads, credits, keyword lists, disclaimers, feed trailers."""
    s = line.strip()
    if not s:
        return True
    if _BOILERPLATE_RE.fullmatch(s):
        return True
    # Menus flattened to one line: "World | Middle East | Markets | Video".
    if "|" not in s and "·" not in s and "•" not in s:
        return False  # no separator: one part, not a menu
    parts = [p.strip() for p in _MENU_SPLIT.split(s)]
    return len(parts) >= 3 and all(p and _MENU_ITEM.match(p) and len(p.split()) <= 3 for p in parts)


_CREDIT = re.compile(r"\((?:photo|photos|image|picture|credit|photo credit)s?\s*:[^)]*\)\.?$", re.I)
_DATE_TAIL = re.compile(
    rf",\s*(?:(?:{_MONTH_RE})\.?\s+\d{{1,2}},?\s+\d{{4}}|\d{{1,2}}\s+(?:{_MONTH_RE})\.?,?\s+\d{{4}})\.?(?:\s*\([^()]{{2,80}}\))?\.?$",
    re.I,
)


def is_caption(line: str) -> bool:
    """Whether a line reads as a photo caption: a photo credit in brackets at its end, or a
    description ending in the photo's date ("…, December 7, 2025." / "…, 2 December 2025
    (Ministry of Foreign Affairs)"). Use it where captions sit (under a title), not anywhere."""
    s = line.strip()
    if len(s) > 400:
        return False
    return bool(_CREDIT.search(s) or _DATE_TAIL.search(s))


_CLOSING = re.compile(r"[.!?:;\"”’'…)\]]$")


def looks_like_heading(line: str) -> bool:
    """A short line without closing punctuation: a headline, section heading or link title."""
    s = line.strip()
    return 0 < len(s.split()) <= 14 and not _CLOSING.search(s)


# ---------------------------------------------------------------------------- relays

# Who may first report a story, by the name we record, with the names the press uses.
NEWS_SOURCES: dict[str, tuple[str, ...]] = {
    "KAN": (
        "KAN",
        "Kan 11",
        "Kan News",
        "Israeli Public Broadcasting Corporation",
        "Israel Public Broadcasting Corporation",
    ),
    "Maariv": ("Maariv", "Ma'ariv", "Ma’ariv"),
    "Axios": ("Axios",),
    "Reuters": ("Reuters",),
    "AFP": ("AFP", "Agence France-Presse", "Agence France Presse"),
    "Associated Press": ("Associated Press", "AP"),
    "The Jerusalem Post": ("The Jerusalem Post", "Jerusalem Post"),
    "Haaretz": ("Haaretz",),
    "Yedioth Ahronoth": ("Yedioth Ahronoth", "Yediot Aharonot", "Yedioth"),
    "Ynet": ("Ynet", "Ynetnews"),
    "Israel Hayom": ("Israel Hayom",),
    "Channel 12": ("Channel 12", "N12"),
    "Channel 13": ("Channel 13",),
    "Channel 14": ("Channel 14",),
    "i24NEWS": ("i24NEWS", "i24 News"),
    "The Times of Israel": ("The Times of Israel", "Times of Israel"),
    "Walla": ("Walla",),
    "Army Radio": ("Army Radio", "Galei Tzahal"),
    "Al-Monitor": ("Al-Monitor", "Al Monitor"),
    "Asharq Al-Awsat": ("Asharq Al-Awsat", "Asharq al-Awsat"),
    "Al-Akhbar": ("Al-Akhbar", "Al Akhbar"),
    "Al-Watan": ("Al-Watan", "Al Watan"),
    "Al-Mayadeen": ("Al-Mayadeen", "Al Mayadeen"),
    "Al Jazeera": ("Al Jazeera", "Al-Jazeera"),
    "Al Arabiya": ("Al Arabiya", "Al-Arabiya"),
    "Sky News Arabia": ("Sky News Arabia",),
    "Enab Baladi": ("Enab Baladi",),
    "Syria TV": ("Syria TV",),
    "SOHR": ("Syrian Observatory for Human Rights", "SOHR"),
    "TASS": ("TASS",),
    "RIA Novosti": ("RIA Novosti",),
    "Sputnik": ("Sputnik",),
    "Interfax": ("Interfax",),
    "Izvestia": ("Izvestia",),
    "Kommersant": ("Kommersant",),
    "Anadolu": ("Anadolu Agency", "Anadolu"),
    "Daily Sabah": ("Daily Sabah",),
    "Hürriyet": ("Hürriyet", "Hurriyet"),
    "TRT": ("TRT",),
    "Petra": ("Petra news agency", "Jordan News Agency"),
    "L'Orient Today": ("L'Orient Today", "L'Orient-Le Jour"),
    "An-Nahar": ("An-Nahar", "Annahar"),
    "The New York Times": ("The New York Times", "New York Times"),
    "The Wall Street Journal": ("The Wall Street Journal", "Wall Street Journal"),
    "The Washington Post": ("The Washington Post", "Washington Post"),
    "Financial Times": ("Financial Times",),
    "Bloomberg": ("Bloomberg",),
    "CNN": ("CNN",),
    "BBC": ("BBC",),
    "The Guardian": ("The Guardian",),
    "IRNA": ("IRNA",),
    "Tasnim": ("Tasnim",),
    "Al-Manar": ("Al-Manar", "Al Manar"),
    "SANA": ("SANA", "Syrian Arab News Agency"),
    "The Syrian Observer": ("The Syrian Observer",),
    "LBCI": ("LBCI",),
    "Xinhua": ("Xinhua",),
    "Politico": ("Politico",),
    "Middle East Eye": ("Middle East Eye",),
    "Israeli media": (
        "Israeli media",
        "Hebrew media",
        "Hebrew-language media",
        "Israeli press",
        "Israeli report",
        "Israeli reports",
        "Israeli television",
        "Israeli broadcaster",
    ),
}

_ALIAS_TO_NAME = {alias: name for name, aliases in NEWS_SOURCES.items() for alias in aliases}
# Squashed alias -> name; where two aliases squash alike, the first one's name, as a scan
# of _ALIAS_TO_NAME in order would find.
_SQUASHED_ALIAS_TO_NAME: dict[str, str] = {}
for _alias, _name in _ALIAS_TO_NAME.items():
    _SQUASHED_ALIAS_TO_NAME.setdefault(_squash(_alias), _name)


def _alias_pattern(alias: str) -> str:
    body = re.escape(alias).replace("'", "['’]")
    # Acronyms must be written in capitals ("AP", "KAN"); names match in any case.
    return rf"\b{body}\b" if alias.isupper() else rf"(?i:\b{body}\b)"


_SOURCE_RE = re.compile(
    "|".join(_alias_pattern(a) for a in sorted(_ALIAS_TO_NAME, key=len, reverse=True))
)
# _SOURCE_RE's scan tries its hundred alternatives at every character (once the hottest
# line of reading, profiled). The same alternatives grouped by their first two letters, each
# group behind a look-ahead for those letters in any case, are tried only where a word
# starts with them, and then only that group's: the same matches, since the letters that
# open two groups never match the same text, and each group keeps _SOURCE_RE's order.
_SOURCE_GROUPS: dict[str, list[str]] = {}
for _alias in sorted(_ALIAS_TO_NAME, key=len, reverse=True):
    _SOURCE_GROUPS.setdefault(_alias[:2].lower(), []).append(_alias)
_SOURCE_SCAN = re.compile(
    r"\b(?:"
    + "|".join(
        "(?=(?i:"
        + re.escape(start).replace("'", "['’]")
        + "))(?:"
        + "|".join(_alias_pattern(a) for a in aliases)
        + ")"
        for start, aliases in sorted(_SOURCE_GROUPS.items())
    )
    + ")"
)


def _source_matches(text: str) -> Iterator[re.Match[str]]:
    """``_SOURCE_RE.finditer(text)``, faster (see _SOURCE_SCAN)."""
    return _SOURCE_SCAN.finditer(text)


# The look-ahead for the words' first letters is implied by the words; it spares trying
# them all at every other word.
_REPORTING = re.compile(
    r"\b(?=[abcdlnpqrstw])(?:according to|told|cited|citing|quoted|quoting|reported|reports?|reporting|said|says|"
    r"noted|revealed|aired|published|broadcast|wrote|writes|learned|added|claimed|stated|"
    r"disclosed|confirmed|carried|cites|quotes)\b",
    re.I,
)
# Citations of an earlier report, given as background rather than as the story's source.
_BACKGROUND = re.compile(
    r"\b(?:at the time|previously|earlier this year|last year|in a previous report|had reported)\b",
    re.I,
)
# "This comes days after …": what follows is the story's background, not its source.
_BACKGROUND_OPENS = re.compile(
    r"^(?:this|that|it|the (?:move|report|statement|development|meeting))\s+(?:comes?|came)\s+"
    r"(?:\w+\s+){0,3}?(?:after|amid|as|following)\b",
    re.I,
)


def _sentences(paragraph: str) -> list[str]:
    from positions.text import sentence_spans

    return [paragraph[a:b] for a, b in sentence_spans(paragraph)]


def cited_sources(paragraphs: Sequence[str], exclude: Iterable[str] = ()) -> tuple[str, ...]:
    """The news organisations a story cites as reporting it, first cited first.

    A source counts when a sentence names it with a reporting word ("according to KAN",
    "Axios reported", "told Axios"), unless the report is given as background: the sentence
    says so ("… reported at the time"), or it comes after the paragraph that opens the
    story's background ("This comes days after …"). ``exclude``: the outlet itself ("told
    Enab Baladi" in Enab Baladi's own story is not a relay).
    """
    skip = {x for x in (_squash(e) for e in exclude) if x}
    found: dict[str, None] = {}
    background = False
    for paragraph in paragraphs:
        background = background or bool(_BACKGROUND_OPENS.match(paragraph))
        if background:
            break
        for sentence in _sentences(paragraph):
            if not _REPORTING.search(sentence) or _BACKGROUND.search(sentence):
                continue
            for m in _source_matches(sentence):
                name = _ALIAS_TO_NAME.get(m.group(0)) or _canonical_source(m.group(0))
                key = _squash(name or "")
                if name and not any(key.startswith(x) or x.startswith(key) for x in skip):
                    found.setdefault(name, None)
    return tuple(found)


def _canonical_source(text: str) -> str | None:
    return _SQUASHED_ALIAS_TO_NAME.get(_squash(text))


_REPOST = re.compile(
    r"^the post (?P<title>.{1,300}?) appeared first on (?P<origin>.{1,80}?)\.?$", re.I
)


def repost_origin(line: str) -> str | None:
    """The outlet a feed trailer names ("The post … appeared first on Enab Baladi."), if any.

    WordPress feeds end every item with this line, so reposting blogs and aggregators carry
    it: it names the outlet the story was taken from.
    """
    m = _REPOST.match(line.strip())
    if not m:
        return None
    origin = m.group("origin").strip()
    return _canonical_source(origin) or origin


def is_echo(line: str, others: Iterable[str], share: float = 0.8) -> bool:
    """Whether ``line`` repeats another line: a standfirst or pull quote whose words (at least
    ``share`` of them) all recur in one longer line. Apply it where such echoes sit."""
    words = _words(line)
    if len(words) < 5:
        return False
    for other in others:
        if other is line or len(other) <= len(line) * 0.9:
            continue
        theirs = set(_words(other))
        if sum(1 for w in words if w in theirs) >= share * len(words):
            return True
    return False


_WORD = re.compile(r"\w+")


# What a dateline holds besides its date: weekdays, month names, times, zones, labels.
_DATELINE_WORDS = re.compile(
    r"\b(?:\d+(?:st|nd|rd|th)?|am|pm|gmt|utc|published|updated|posted|last|modified|on|at|"
    + "|".join(sorted(MONTHS, key=len, reverse=True))
    + "|"
    + "|".join(_WEEKDAYS)
    + r")\b\.?",
    re.I,
)


def parse_date_line(line: str, provenance: Provenance = Provenance.STATED) -> When | None:
    """The date of a line that is a dateline ("The Nile Gazette | Cairo | Tuesday 4 March
    2025", "Updated: 12 March 2026, 14:05"), not of a sentence that starts with a date ("23
    February 2025 - Israel demands …", a timeline entry, which is text)."""
    when = parse_date(line, provenance)
    if when is None:
        return None
    rest = _WORD.findall(_DATELINE_WORDS.sub(" ", line))
    if len(rest) > 8 or (len(rest) > 3 and re.search(r"[.!?]\W*$", line.strip())):
        return None
    return when


def _words(s: str) -> list[str]:
    return _WORD.findall(s.casefold())


def merge_relays(*chains: Iterable[str]) -> tuple[str, ...]:
    """Chains joined in order, each name once (the first place it appears wins)."""
    out: dict[str, None] = {}
    keys: set[str] = set()  # the squashed names in ``out``
    for chain in chains:
        for name in chain:
            if name:
                key = _squash(name)
                if key not in keys:
                    out[name] = None
                    keys.add(key)
    return tuple(out)


# ---------------------------------------------------------------------------- HTML

_SKIP_TAGS = {
    "script", "style", "noscript", "template", "svg", "iframe", "form", "button", "nav", "footer",
    "aside", "select", "canvas", "video", "audio", "object", "embed", "map", "dialog", "head",
    "input", "label", "menu",
}  # fmt: skip
_BLOCK_TAGS = {
    "p", "div", "section", "article", "main", "header", "h1", "h2", "h3", "h4", "h5", "h6", "li",
    "ul", "ol", "blockquote", "figure", "figcaption", "table", "tr", "td", "th", "br", "hr", "pre",
    "dd", "dt", "dl", "address", "body", "html", "caption", "details", "summary",
}  # fmt: skip
_VOID_TAGS = {
    "br",
    "hr",
    "img",
    "meta",
    "link",
    "input",
    "source",
    "wbr",
    "area",
    "base",
    "col",
    "embed",
    "param",
    "track",
}
_SKIP_ROLES = {"navigation", "complementary", "contentinfo", "search", "banner", "dialog", "alert"}
# Class or id words that mark page furniture rather than the story.
_SKIP_CLASS = re.compile(
    r"(?:^|[\s_-])(?:share|sharing|sharebar|social|comments?|newsletter|subscribe|subscription|"
    r"related|recommended|read-?more|more-news|most-read|trending|also-read|promo|advert|"
    r"advertisement|ads?|adslot|banner|cookies?|menu|navbar|nav|"
    r"breadcrumbs?|sidebar|widget|popup|modal|rating|poll|feedback|tags?|keywords|"
    r"skip-link|screen-reader-text|sr-only|visually-hidden|hidden)(?:$|[\s_-])",
    re.I,
)
_PUBLISHED_MARK = re.compile(r"datepublished|published|pubdate", re.I)
_CAPTION_TAGS = {"figcaption"}
_ARTICLE_TYPES = {
    "newsarticle", "article", "blogposting", "reportagenews", "analysisnewsarticle", "opinionnewsarticle",
    "backgroundnewsarticle", "webpage", "liveblogposting", "socialmediaposting",
}  # fmt: skip
_DATE_META = {
    "article:published_time", "og:published_time", "datepublished", "pubdate", "publishdate", "publish-date",
    "publish_date", "dc.date", "dc.date.issued", "dcterms.created", "sailthru.date", "parsely-pub-date",
    "article.published", "date", "created",
}  # fmt: skip


@frozen
class HtmlPage:
    """An HTML page flattened to lines, with what its markup says about the article.

    ``published`` comes only from the page's own article metadata (JSON-LD, ``<meta>``
    tags, a ``<time>`` marked as the publication time): a copyright year or any other date
    in the page's text is never taken for it.
    """

    lines: tuple[str, ...]
    title: str | None = None
    headline: str | None = None
    published: When | None = None
    byline: str | None = None
    site_name: str | None = None
    url: str | None = None
    captions: frozenset[str] = frozenset()


class _Flattener(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lines: list[str] = []
        self.captions: set[str] = set()
        self.buf: list[str] = []
        self.stack: list[str] = []
        self.skip_at: int | None = None  # stack depth of the element being skipped
        self.caption_at: int | None = None
        self.meta: dict[str, str] = {}
        self.title_parts: list[str] = []
        self.h1: str | None = None
        self.h1_at: int | None = None
        self.h1_parts: list[str] = []
        self.in_title = False
        self.json_ld: list[str] = []
        self.ld_at: int | None = None
        self.ld_parts: list[str] = []
        self.time_published: str | None = None
        self.canonical: str | None = None

    # --------------------------------------------------------------- structure
    def _flush(self) -> None:
        text = " ".join("".join(self.buf).replace("\u00a0", " ").split())
        self.buf = []
        if text:
            self.lines.append(text)
            if self.caption_at is not None:
                self.captions.add(text)

    def handle_starttag(self, tag: str, attrs_: list[tuple[str, str | None]]) -> None:
        a = {k.lower(): (v or "") for k, v in attrs_}
        if tag == "meta":
            key = (a.get("property") or a.get("name") or a.get("itemprop") or "").lower()
            if key and "content" in a:
                self.meta.setdefault(key, a["content"])
            return
        if tag == "link":
            if "canonical" in a.get("rel", "").lower().split():
                self.canonical = a.get("href") or None
            return
        if tag == "time" and self.skip_at is None:
            marks = f"{a.get('itemprop', '')} {a.get('class', '')}"
            if a.get("datetime") and ("pubdate" in a or _PUBLISHED_MARK.search(marks)):
                self.time_published = self.time_published or a["datetime"]
        if tag == "title":
            self.in_title = True
        if tag in _VOID_TAGS:
            if tag in ("br", "hr") and self.skip_at is None:
                self._flush()
            return
        self.stack.append(tag)
        depth = len(self.stack)
        if tag == "script" and "ld+json" in a.get("type", "").lower():
            self.ld_at = depth
            self.ld_parts = []
        if self.skip_at is None and self._skips(tag, a):
            self._flush()
            self.skip_at = depth
            return
        if self.skip_at is None:
            if tag in _BLOCK_TAGS:
                self._flush()
            if tag in _CAPTION_TAGS and self.caption_at is None:
                self.caption_at = depth
            if tag == "h1" and self.h1 is None and self.h1_at is None:
                self.h1_at = depth
                self.h1_parts = []

    def _skips(self, tag: str, a: dict[str, str]) -> bool:
        if tag in _SKIP_TAGS or "hidden" in a or a.get("aria-hidden") == "true":
            return True
        if a.get("role", "").lower() in _SKIP_ROLES:
            return True
        if tag == "blockquote":
            # An embedded post ("twitter-tweet", "social-embed") is the quoted words
            # themselves, not the page's share furniture its class name resembles.
            return False
        marks = f"{a.get('class', '')} {a.get('id', '')}"
        return bool(marks.strip()) and bool(_SKIP_CLASS.search(marks))

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self.in_title = False
        if tag in _VOID_TAGS or tag not in self.stack:
            return
        while self.stack:
            depth = len(self.stack)
            open_tag = self.stack.pop()
            if self.ld_at == depth:
                self.json_ld.append("".join(self.ld_parts))
                self.ld_at = None
            if self.skip_at == depth:
                self.skip_at = None
                self.buf = []
            elif self.skip_at is None and open_tag in _BLOCK_TAGS:
                self._flush()
            if self.caption_at == depth:
                self.caption_at = None
            if self.h1_at == depth:
                self.h1 = " ".join("".join(self.h1_parts).split()) or None
                self.h1_at = None
            if open_tag == tag:
                break

    def handle_data(self, data: str) -> None:
        if self.ld_at is not None:
            self.ld_parts.append(data)
        if self.in_title:
            self.title_parts.append(data)
            return
        if self.skip_at is not None:
            return
        self.buf.append(data)
        if self.h1_at is not None:
            self.h1_parts.append(data)

    def close(self) -> None:
        super().close()
        self._flush()


def _ld_objects(raw: str) -> Iterator[dict[str, Any]]:
    try:
        data = json.loads(raw)
    except (ValueError, RecursionError):
        return
    todo: list[Any] = [data]
    seen = 0
    while todo and seen < 500:
        seen += 1
        item = todo.pop(0)
        if isinstance(item, list):
            todo.extend(item)
        elif isinstance(item, dict):
            yield item
            graph = item.get("@graph")
            if isinstance(graph, list):
                todo.extend(graph)


def _ld_name(value: Any) -> str | None:
    if isinstance(value, str):
        return value.strip() or None
    if isinstance(value, dict):
        return _ld_name(value.get("name"))
    if isinstance(value, list):
        names = [n for n in (_ld_name(v) for v in value) if n]
        return ", ".join(names) or None
    return None


def _ld_types(obj: dict[str, Any]) -> set[str]:
    t = obj.get("@type")
    types = t if isinstance(t, list) else [t]
    return {x.lower() for x in types if isinstance(x, str)}


@functools.lru_cache(maxsize=16)
def read_html(html: str, *, captions: bool = True) -> HtmlPage:
    """Flatten an HTML page to text lines and read its article metadata (standard library only).

    Scripts, styles, navigation, headers' menus, footers, asides, forms, hidden elements and
    anything whose class or id names a share bar, comment thread, newsletter box, ad,
    related-links list or similar are left out. Block elements become lines; ``<br>``
    breaks a line. With ``captions=False`` figure captions are left out too.
    """
    page = _flatten_page(html)
    if captions:
        return page
    # The page is parsed once, whichever lines are asked for: captions are known by text.
    return attrs.evolve(page, lines=tuple(ln for ln in page.lines if ln not in page.captions))


@functools.lru_cache(maxsize=16)
def _flatten_page(html: str) -> HtmlPage:
    """:func:`read_html` with captions kept: the one parse of a page."""
    p = _Flattener()
    try:
        p.feed(html)
        p.close()
    except (AssertionError, ValueError):  # malformed markup html.parser gives up on
        pass
    lines = p.lines
    headline = byline = site = url = None
    published: When | None = None
    for raw in p.json_ld:
        for obj in _ld_objects(raw):
            if not _ld_types(obj) & _ARTICLE_TYPES:
                continue
            headline = headline or _ld_name(obj.get("headline")) or _ld_name(obj.get("name"))
            if published is None and isinstance(obj.get("datePublished"), str):
                published = parse_iso_datetime(obj["datePublished"])
            byline = byline or _ld_name(obj.get("author"))
            site = site or _ld_name(obj.get("publisher"))
            url = url or (obj.get("url") if isinstance(obj.get("url"), str) else None)
    meta = p.meta
    if published is None:
        for key in _DATE_META:
            if key in meta:
                published = parse_iso_datetime(meta[key])
                if published is not None:
                    break
    if published is None and p.time_published:
        published = parse_iso_datetime(p.time_published)
    title = " ".join("".join(p.title_parts).split()) or None
    return HtmlPage(
        lines=tuple(lines),
        title=title,
        headline=headline or meta.get("og:title") or meta.get("twitter:title") or p.h1,
        published=published,
        byline=byline or meta.get("author") or meta.get("article:author") or None,
        site_name=meta.get("og:site_name") or site,
        url=url or meta.get("og:url") or p.canonical,
        captions=frozenset(p.captions),
    )


def html_to_lines(html: str, *, captions: bool = True) -> list[str]:
    """The visible text of an HTML page as lines, page furniture left out (see :func:`read_html`)."""
    return list(read_html(html, captions=captions).lines)


def page_lines(source: Source) -> list[str]:
    """The lines of a source: its text's lines, or its HTML flattened."""
    if source.is_html:
        return html_to_lines(source.text)
    return list(_text_lines(source.text))


# Every format's sniffer and then the chosen parser read the same lines of one source:
# they are worked out once (the last few texts are kept, as read_html keeps pages).
@functools.lru_cache(maxsize=16)
def _text_lines(text: str) -> tuple[str, ...]:
    return tuple(clean_lines(text))


@functools.lru_cache(maxsize=16)
def _page_text(text: str, html: bool) -> str:
    """The lines ``page_lines`` reads from a source of this text, joined by line breaks."""
    return "\n".join(read_html(text).lines if html else _text_lines(text))


def page_date(source: Source) -> When | None:
    """The publication date a page states near its top (or in its HTML metadata), if any.

    Only the first lines are searched, where outlets print their date line; a date deeper
    in the text is an event the story reports, not its publication.
    """
    if source.is_html:
        page = read_html(source.text)
        if page.published is not None:
            return page.published
        lines = list(page.lines)
    else:
        lines = clean_lines(source.text[:4096])
    for line in lines[:8]:
        if len(line) <= 60:
            when = parse_date(line)
            if when is not None:
                return when
    return None


# ---------------------------------------------------------------------------- articles


def build_article(
    fmt: Format,
    source: Source,
    *,
    title: str,
    body: Sequence[str],
    published: When | None = None,
    byline: str | None = None,
    relays: Sequence[str] = (),
    outlet: str | None = None,
    url: str | None = None,
) -> Article:
    """An article from the parts a format found, finished the same way for every format.

    Lines that repeat the title or are page furniture (:func:`is_boilerplate`) are dropped
    from ``body``; paragraphs stay one per line. An undated story gets a date
    :func:`inferred <infer_published>` from its text, or none. ``relays`` (a chain the layout
    shows, such as a repost's original outlet) go after the sources the story cites.
    """
    name = outlet or fmt.outlet
    title_key = _squash(title) if title else ""  # same_text(ln, title), title squashed once
    lines = [
        ln for ln in body if not is_boilerplate(ln) and not (title_key and _squash(ln) == title_key)
    ]
    if not lines and title and not is_boilerplate(title):
        lines = [title]  # a one-line text: its only line is all there is to read
    if not lines:
        raise FormatError(f"{source.name}: no article text found ({fmt.name})")
    when = published if published is not None and published.known else None
    if when is None:
        when = infer_published("\n".join(lines)) or When.unknown()
    chain = merge_relays(cited_sources(lines, exclude=[name, *relays]), relays)
    return Article.create(
        outlet=name,
        format=fmt.name,
        title=title,
        body="\n".join(lines),
        published=when,
        byline=byline or None,
        relays=chain,
        url=url,
        document=source.path or source.name,
    )


def apply_metadata(article: Article, source: Source) -> Article:
    """Supplied sidecar values win over what the format read from the page.

    One exception keeps the better of two agreeing dates: a day the page states that falls
    inside a supplied month (or year) is more precise, so the page's day is kept.
    """
    meta = source.metadata
    changes: dict[str, Any] = {}
    if meta.outlet:
        changes["outlet"] = meta.outlet
    if meta.title:
        changes["title"] = meta.title
    if meta.byline:
        changes["byline"] = meta.byline
    if meta.url:
        changes["url"] = meta.url
    supplied = meta.published
    if supplied is not None and supplied.date is not None:
        page = article.published
        page_is_finer_and_agrees = (
            page.date is not None
            and page.provenance is Provenance.STATED
            and page.precision is Precision.DAY
            and supplied.date <= page.date <= (supplied.end() or supplied.date)
        )
        if not page_is_finer_and_agrees:
            changes["published"] = supplied
    if meta.first_reported_by:
        changes["relays"] = merge_relays(meta.first_reported_by, article.relays)
    if source.path and not article.document:
        changes["document"] = source.path
    if not changes:
        return article
    return attrs.evolve(article, **changes)


# ---------------------------------------------------------------------------- base class


class TextFormat:
    """Base for formats of text copies of pages (and of HTML pages, flattened to lines).

    Subclasses set ``name``, ``outlet`` and ``markers`` (regular expressions, matched per
    line, for the outlet's layout; the share found is the sniff score) and override
    :meth:`parse_lines`. ``html_markers`` are matched against raw HTML (a site name in a
    ``<meta>`` tag, say) and count as markers on HTML pages only. ``valid_from`` and
    ``valid_until`` declare the period the layout is known for; outside it the registry
    halves the score, so a newer layout's format wins.
    """

    name: ClassVar[str] = ""
    outlet: ClassVar[str] = ""
    markers: ClassVar[Iterable[str]] = ()
    html_markers: ClassVar[Iterable[str]] = ()
    # The first and last dates the layout is known to be valid for (None: open).
    valid_from: ClassVar[dt.date | None] = None
    valid_until: ClassVar[dt.date | None] = None

    def sniff(self, source: Source) -> float:
        markers = list(self.markers)
        extra = list(self.html_markers) if source.is_html else []
        if not markers and not extra:
            return 0.0
        text = _page_text(source.text, source.is_html)
        found = _found(markers, re.M, text)
        if extra:
            found += _found(extra, re.I, source.text)
        return found / (len(markers) + len(extra))

    def lines(self, source: Source) -> list[str]:
        """The lines :meth:`parse_lines` reads: the text's, or the HTML page's flattened.

        On HTML pages the markup says which lines are figure captions, so they are left out
        here rather than guessed from their wording as on text copies.
        """
        if source.is_html:
            return html_to_lines(source.text, captions=False)
        return page_lines(source)

    def parse(self, source: Source) -> Article:
        lines = self.lines(source)
        if not lines:
            raise FormatError(f"{source.name}: no text")
        article = self.parse_lines(lines, source)
        if source.is_html:
            article = _fill_from_html(article, read_html(source.text))
        return article

    def parse_lines(self, lines: list[str], source: Source) -> Article:
        raise NotImplementedError

    def __repr__(self) -> str:
        return f"<format {self.name}: {self.outlet}>"


def _found(patterns: list[str], flags: int, text: str) -> int:
    """How many of ``patterns`` ``re.search`` finds in ``text``, each compiled once.

    A pattern whose every match starts with a known text (``^Skip to main content$``) is
    searched only where that text occurs: re scans a line-anchored pattern at every
    character, where ``in`` finds the text at once (most pages have none of a format's).
    """
    try:
        compiled = _compiled(tuple(patterns), flags)
    except TypeError:  # an unhashable marker: searched as given, so re reports it as ever
        return sum(1 for m in patterns if re.search(m, text, flags))
    return sum(1 for start, m in compiled if start in text and m.search(text))


@functools.lru_cache(maxsize=256)
def _compiled(patterns: tuple[str, ...], flags: int) -> tuple[tuple[str, re.Pattern[str]], ...]:
    cased = not flags & (re.IGNORECASE | re.VERBOSE)
    return tuple(
        (_literal_start(m) if cased and isinstance(m, str) else "", re.compile(m, flags))
        for m in patterns
    )


_REGEX_SYNTAX = frozenset(".^$*+?{}[]\\|()")
_QUANTIFIERS = frozenset("?*+{")


def _literal_start(pattern: str) -> str:
    """The text every match of ``pattern`` starts with (searched case-sensitively, not
    verbose), read from its plain characters after a leading ``^``; "" when in doubt."""
    if "|" in pattern:
        return ""  # alternatives may start differently
    i = 1 if pattern.startswith("^") else 0
    out: list[str] = []
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            nxt = pattern[i + 1 : i + 2]
            if not nxt or not (nxt == " " or (nxt.isascii() and not nxt.isalnum())):
                break  # a class (\\d), an anchor (\\b), a reference or a code: not plain text
            char, width = nxt, 2
        elif c in _REGEX_SYNTAX:
            break
        else:
            char, width = c, 1
        if pattern[i + width : i + width + 1] in _QUANTIFIERS:
            break  # this character may repeat or be absent
        out.append(char)
        i += width
    return "".join(out)


def _fill_from_html(article: Article, page: HtmlPage) -> Article:
    """What the page's markup states fills what its text left out (a date the text only
    inferred, a missing title, byline or URL); it never overrides what the text states."""
    changes: dict[str, Any] = {}
    if page.published is not None and article.published.provenance in (
        Provenance.UNKNOWN,
        Provenance.INFERRED,
    ):
        changes["published"] = page.published
    if not article.title and page.headline:
        changes["title"] = page.headline
    if not article.byline and page.byline:
        changes["byline"] = page.byline
    if not article.url and page.url:
        changes["url"] = page.url
    return attrs.evolve(article, **changes) if changes else article
