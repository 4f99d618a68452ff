"""A deterministic corpus of synthetic news articles for the benchmarks.

Articles come in the five seed layouts (``seeds/000`` … ``004``: Enab Baladi, LBCI, The
Syrian Observer, a blog repost, an Israeli outlet's English edition) and as HTML pages.
Their sentences are built from templates and the codebook's own vocabulary: party
aliases (valid on the article's date), issue concept phrases and stance cues, so the
finder has real work to do and the peer pipeline matches the same terms.

Article ``i`` depends only on ``(seed, i)``: the 1,000-article corpus is the first
thousandth of the 10,000-article one, and rerunning gives the same bytes.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import random
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from positions.codebook import Codebook, Issue, default_codebook

__all__ = ["KINDS", "Corpus", "Vocabulary", "ensure_corpus", "generate", "render_article"]

# Bump when the output changes, so cached corpora are regenerated.
GENERATOR_VERSION = 4
KINDS = ("enab", "lbci", "observer", "johmani", "israeli", "html")
PER_DIR = 1000  # files per sub-directory: large corpora stay listable
START = dt.date(2024, 6, 1)
DAYS = 730

_WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"]  # fmt: skip
_STANCES = ("refuses", "opposes", "neutral", "accepts", "supports")
_STANCE_VALUE = {"refuses": -2, "opposes": -1, "neutral": 0, "accepts": 1, "supports": 2}

# Words kept capitalised when codebook phrases (stored lower case) go into a sentence.
_PROPER_EXTRA = ("Mount", "Golan", "Heights", "Hermon", "Quneitra", "Daraa", "Deraa", "Sweida", "Suwayda",
                 "Latakia", "Tartus", "Tartous", "Hmeimim", "Khmeimim", "Druze", "Palestinian", "Abraham",
                 "Accords", "Jabal", "al-Sheikh", "al-Arab", "Syrian", "Israel", "Israeli", "Syria", "Iranian",
                 "IRGC", "Quds", "Force", "Revolutionary", "Guards", "S-300", "S-400", "December")  # fmt: skip

_REPORTERS = ("Amal Shehadeh", "Mariella Succar", "Hussam al-Mahmoud", "Lina Haddad", "Omar Khatib",
              "Dana Levi", "Yoav Stern", "Rami Saleh", "Nour Hamdan", "Karim Aziz")  # fmt: skip
_PLACES = ("Quneitra", "Daraa", "Sweida", "the Golan Heights", "Mount Hermon", "Damascus countryside",
           "the buffer zone", "Tal al-Hara", "Beit Jinn", "al-Hiran", "al-Nasiriya", "Jabal al-Sheikh")  # fmt: skip
_VENUES = (
    "Paris",
    "Baku",
    "Amman",
    "Doha",
    "Cairo",
    "Abu Dhabi",
    "Geneva",
    "Ankara",
    "Moscow",
    "Riyadh",
)
_HTML_OUTLETS = (
    "Enab Baladi English",
    "Levant Wire",
    "North Press Agency",
    "Syria Direct",
    "Al-Monitor",
)


@dataclass(frozen=True)
class Vocabulary:
    """What the templates draw from, read once from a codebook."""

    holders: dict[str, list[tuple[str, dt.date | None, dt.date | None]]]
    names: dict[str, str]
    labels: dict[str, str]
    demonyms: dict[str, list[str]]
    issues: dict[str, list[list[str]]]  # issue -> pattern -> concept phrases to join
    concepts: dict[str, tuple[str, ...]]
    cues: dict[str, list[str]]  # stance name -> verb cues
    noun_cues: dict[str, list[str]]
    sources: tuple[str, ...]
    speech: tuple[str, ...]
    proper: dict[str, str]

    @classmethod
    def from_codebook(cls, book: Codebook) -> Vocabulary:
        holders: dict[str, list[tuple[str, dt.date | None, dt.date | None]]] = {}
        demonyms: dict[str, list[str]] = {}
        proper: dict[str, str] = {w.lower(): w for w in _PROPER_EXTRA}
        for p in book.parties:
            for a in p.aliases:
                for w in a.text.split():
                    if w[:1].isupper():
                        proper.setdefault(w.lower(), w)
                if a.role == "demonyms":
                    demonyms.setdefault(p.id, []).append(a.text)
                elif a.role != "capitals" or p.id not in ("france", "jordan", "egypt", "qatar"):
                    # Host-city capitals are places more often than governments; keep them out.
                    holders.setdefault(p.id, []).append((a.text, a.valid_from, a.valid_until))
        by_stance: dict[str, list[str]] = {s: [] for s in _STANCES}
        nouns: dict[str, list[str]] = {s: [] for s in _STANCES}
        for c in book.cues:
            name = _STANCES[c.stance + 2]
            if c.kind == "verb" and _agrees(c.phrase):
                by_stance[name].append(c.phrase)
            elif c.kind == "noun":
                nouns[name].append(c.phrase)
        issues = {i.id: _issue_shapes(i) for i in book.issues}
        return cls(
            holders=holders,
            names={p.id: p.name for p in book.parties},
            labels={i.id: i.label for i in book.issues},
            demonyms=demonyms,
            issues=issues,
            concepts={k: tuple(v) for k, v in book.concepts.items()},
            cues=by_stance,
            noun_cues=nouns,
            sources=tuple(book.sources),
            speech=(
                "said",
                "told",
                "stated",
                "stressed",
                "noted",
                "confirmed",
                "indicated",
                "added",
            ),
            proper=proper,
        )

    def phrase(self, rng: random.Random, concept: str) -> str:
        return _complete(rng.choice(self.concepts[concept]))

    def cap(self, text: str) -> str:
        return " ".join(self.proper.get(w, w) for w in text.split(" "))


def _complete(phrase: str) -> str:
    """A wildcard phrase ("mediat*", "withdraw*") as a word a writer would use."""

    def word(w: str) -> str:
        if not w.endswith("*"):
            return w
        stem = w[:-1]
        if stem.endswith("at"):
            return stem + "ion"  # mediation, evacuation
        if stem.endswith("i"):
            return stem + "zation"  # normalization
        return stem  # withdraw, deploy, protect

    return " ".join(word(w) for w in phrase.split())


def _agrees(cue: str) -> bool:
    """Cues that read right after a singular subject ("seeks", "rejected", "will not permit")."""
    first = cue.split()[0]
    return first.endswith(("s", "ed")) or first in {
        "will",
        "would",
        "won't",
        "cannot",
        "can't",
        "there",
        "is",
        "has",
    }


def _issue_shapes(issue: Issue) -> list[list[str]]:
    shapes = []
    for pat in issue.patterns:
        parts = list(pat.concepts) + list(pat.context)
        shapes.append(([f"@{pat.actor}"] if pat.actor else []) + parts)
    return shapes


# ---------------------------------------------------------------------------- sentences


@dataclass
class _Writer:
    rng: random.Random
    vocab: Vocabulary
    day: dt.date
    trends: dict[tuple[str, str], list[int]]

    def holder(self, party: str) -> str:
        choices = [t for t, start, end in self.vocab.holders[party]
                   if (start is None or self.day >= start) and (end is None or self.day <= end)]  # fmt: skip
        name = self.rng.choice(choices)
        dem = self.vocab.demonyms.get(party)
        if dem and self.rng.random() < 0.3:
            name = f"{dem[0]} officials"
        return name

    def demonym(self, party: str) -> str:
        dem = self.vocab.demonyms.get(party)
        return dem[0] if dem else self.vocab.names[party]

    def issue_text(self, issue: str) -> str:
        shape = self.rng.choice(self.vocab.issues[issue])
        words: list[str] = []
        for i, part in enumerate(shape):
            if part.startswith("@"):
                words.append(self.demonym(part[1:]))
                continue
            phrase = self.vocab.phrase(self.rng, part)
            if i > 0 and not part.startswith("@") and words and not shape[i - 1].startswith("@"):
                words.append(self.rng.choice(("in", "near", "over", "on", "across")))
            words.append(phrase)
        text = self.vocab.cap(" ".join(words))
        return f"{self.rng.choice(('a', 'the', 'any'))} {text}" if self.rng.random() < 0.6 else text

    def stance(self, party: str, issue: str) -> str:
        walk = self.trends[(party, issue)]
        quarter = min(len(walk) - 1, (self.day - START).days // 91)
        value = walk[quarter]
        if self.rng.random() < 0.15:  # noisy sources
            value = max(-2, min(2, value + self.rng.choice((-1, 1))))
        return _STANCES[value + 2]

    def statement(self, party: str, issue: str) -> str:
        rng = self.rng
        stance = self.stance(party, issue)
        holder = self.holder(party)
        obj = self.issue_text(issue)
        if rng.random() < 0.25 and self.vocab.noun_cues[stance]:
            cue = rng.choice(self.vocab.noun_cues[stance])
            core = f"{holder}'s {cue} {obj}"
            frame = rng.choice((
                "{core} was raised again during talks in {venue}",
                "Officials described {core} as the main obstacle",
                "{core} came up when delegations met in {venue}",
            ))  # fmt: skip
            sentence = frame.format(core=core, venue=rng.choice(_VENUES))
        else:
            cue = rng.choice(self.vocab.cues[stance])
            if cue.endswith(" to"):
                cue += " " + rng.choice(("secure", "advance", "discuss"))
            core = f"{holder} {self.vocab.cap(cue)} {obj}"
            frame = rng.choice((
                "{core}",
                "{core}, {source} reported",
                "According to {source}, {core}",
                "A senior {dem} official told {source} that {core}",
                "{Dem} sources said on {weekday} that {core}",
                "{core}, according to {source}, which cited officials familiar with the matter",
                "\u201c{Core},\u201d a {dem} diplomat {speech}",
                "{core} {when}",
            ))  # fmt: skip
            sentence = frame.format(
                core=core,
                Core=core[:1].upper() + core[1:],
                source=rng.choice(self.vocab.sources),
                dem=self.demonym(party),
                Dem=self.demonym(party),
                speech=rng.choice(self.vocab.speech),
                weekday=_WEEKDAYS[(self.day.weekday() - rng.randint(1, 3)) % 7],
                when=self.when_phrase(),
            )
        sentence = sentence[:1].upper() + sentence[1:]
        return sentence + ("" if sentence.endswith(("\u201d", '"')) else ".")

    def when_phrase(self) -> str:
        back = self.day - dt.timedelta(days=self.rng.randint(1, 60))
        return self.rng.choice((
            f"in {_MONTHS[back.month - 1]}",
            f"on {_WEEKDAYS[back.weekday()]}, {back.day} {_MONTHS[back.month - 1]}",
            "last week",
            "earlier this month",
        ))  # fmt: skip

    def filler(self, parties: Sequence[str]) -> str:
        rng = self.rng
        a, b = rng.sample(list(parties), 2) if len(parties) > 1 else (parties[0], parties[0])
        frame = rng.choice((
            "A joint delegation from the {da} and {db} defense ministries conducted a field tour on {date}, visiting a number of military points in {place}.",
            "The visit came as part of the ongoing contacts between the two sides, according to what {source} reported at the time.",
            "Residents of {place} said convoys were seen on the main road for several hours.",
            "{ha} and {hb} held a phone call that touched on the situation in {place}.",
            "The meeting in {venue} lasted about three hours and ended without a joint statement.",
            "Talks were expected to resume in {venue} after a pause of nearly two months.",
            "The area has seen repeated tension since the collapse of the previous government in late 2024.",
            "Delegations from both sides arrived in {venue} on {weekday}, {source} said.",
            "The report did not say when the next round would take place.",
            "{source} said the details of the understanding had not been made public.",
            "Local sources in {place} described the situation on the ground as calm but tense.",
            "The file has been discussed in several rounds of indirect contacts over recent months.",
        ))  # fmt: skip
        return frame.format(
            da=self.demonym(a), db=self.demonym(b), ha=self.holder(a), hb=self.holder(b),
            place=rng.choice(_PLACES), venue=rng.choice(_VENUES), source=rng.choice(self.vocab.sources),
            weekday=_WEEKDAYS[rng.randrange(7)],
            date=f"{rng.randint(1, 28)} {_MONTHS[(self.day.month - 2) % 12]}",
        )  # fmt: skip

    def paragraphs(self, pairs: Sequence[tuple[str, str]], n_sentences: int) -> list[str]:
        parties = sorted({p for p, _ in pairs})
        sentences = []
        for _ in range(n_sentences):
            if self.rng.random() < 0.35:
                sentences.append(self.statement(*self.rng.choice(pairs)))
            else:
                sentences.append(self.filler(parties))
        paras, i = [], 0
        while i < len(sentences):
            k = self.rng.choice((1, 2, 2, 3))
            paras.append(" ".join(sentences[i : i + k]))
            i += k
        return paras

    def title(self, pairs: Sequence[tuple[str, str]]) -> str:
        party, issue = pairs[0]
        other = pairs[-1][0]
        a, b = self.vocab.names[party], self.vocab.names[other]
        label = self.vocab.labels[issue]
        label = label[:1].lower() + label[1:]
        return self.rng.choice((
            f"{a} and {b} at odds over {label}" if a != b else f"{a} weighs its options on {label}",
            f"Talks in {self.rng.choice(_VENUES)} stall over {label}",
            f"What is known about the new round of talks on {label}",
        ))  # fmt: skip


def _trends(
    vocab: Vocabulary, seed: int
) -> tuple[list[tuple[str, str]], dict[tuple[str, str], list[int]]]:
    """The (party, issue) pairs the corpus talks about, each with a stance per quarter."""
    rng = random.Random(f"trends-{seed}")
    parties = sorted(vocab.holders)
    issues = sorted(vocab.issues)
    pairs = sorted({(rng.choice(parties), rng.choice(issues)) for _ in range(160)})
    trends = {}
    for pair in pairs:
        value = rng.randint(-2, 2)
        walk = []
        for _ in range(DAYS // 91 + 1):
            if rng.random() < 0.3:
                value = max(-2, min(2, value + rng.choice((-2, -1, 1, 2))))
            walk.append(value)
        trends[pair] = walk
    return pairs, trends


# ---------------------------------------------------------------------------- layouts


def _enab(w: _Writer, title: str, paras: list[str]) -> tuple[str, dict[str, object] | None]:
    d = w.day
    stamp = f"{_MONTHS[d.month - 1][:3]} {d.day}, {d.year} - {w.rng.randint(0, 23):02d}:{w.rng.randint(0, 59):02d}"
    sub = w.rng.choice(("Regional reactions", "Background", "Saudi displeasure", "Field moves"))
    cut = max(1, len(paras) * 2 // 3)
    body = "\n\n".join(paras[1:cut]) + f"\n\n{sub}\n\n" + "\n\n".join(paras[cut:])
    caption = f"Soldiers near the border in {w.rng.choice(_PLACES)}, {_MONTHS[d.month - 1]} {max(1, d.day - 1)}, {d.year}."
    text = f"{title}\n\n{paras[0]}\n\n{stamp}\n{title}\n{caption}\n\n{body}\n\n[Source: Enab Baladi English]"
    return text, None


def _lbci(w: _Writer, title: str, paras: list[str]) -> tuple[str, dict[str, object] | None]:
    d = w.day
    stamp = f"{d.day:02d}-{d.month:02d}-{d.year} | {w.rng.randint(0, 23):02d}:{w.rng.randint(0, 59):02d}"
    a, b = w.rng.sample(_REPORTERS, 2)
    lines = [
        f" date {d.isoformat()} News",
        title,
        stamp,
        title,
        f"Report by {a}, English adaptation by {b}",
    ]
    return "\n".join(lines + paras) + "\n", None


def _observer(w: _Writer, title: str, paras: list[str]) -> tuple[str, dict[str, object] | None]:
    quote = paras[0].split(". ")[0].rstrip(".")
    sub1, sub2 = w.rng.sample(
        ("Freezing the Status Quo", "Thwarting Influence", "Strategic Red Lines", "Mixed Signals"),
        2,
    )
    bullets = "\n".join(f"  \u2022 {p.split('. ')[0].rstrip('.')}." for p in paras[1:4])
    half = max(2, len(paras) // 2)
    text = (
        f'Search\n\n{title}\n\n"{quote}", an official said.\nofficial\n\n'
        + "\n\n".join(paras[1:half])
        + f"\n\n{sub1}\n\n"
        + "\n\n".join(paras[half:-1])
        + f"\n\n{bullets}\n\n{sub2}\n\n{paras[-1]}\n\n \n\n"
        "This article was translated and edited by The Syrian Observer. The Syrian Observer has not verified "
        "the content of this story. Responsibility for the information and views set out in this article lies "
        "entirely with the author.\n\nHelpful keywords"
    )
    meta = {"outlet": "The Syrian Observer", "published": f"{w.day.year:04d}-{w.day.month:02d}"}
    return text, meta


def _johmani(w: _Writer, title: str, paras: list[str]) -> tuple[str, dict[str, object] | None]:
    d = w.day - dt.timedelta(days=w.rng.randint(2, 20))
    caption = (
        f"Foreign ministers meeting in the capital {w.rng.choice(_VENUES)}, {d.day} {_MONTHS[d.month - 1]} {d.year} "
        "(Ministry of Foreign Affairs)"
    )
    half = max(2, len(paras) // 2)
    text = (
        f"{title}\n\nAmmar Johmani Magazine\n{caption}\n\n"
        + "\n\n".join(paras[:half])
        + "\n\nMeetings in "
        + w.rng.choice(_VENUES)
        + "\n\n"
        + "\n\n".join(paras[half:])
        + "\n"
    )
    meta = {
        "outlet": "Ammar Johmani Magazine (repost of Enab Baladi)",
        "published": f"{w.day.year:04d}-{w.day.month:02d}",
        "first_reported_by": [w.rng.choice(w.vocab.sources), "Enab Baladi"],
    }
    return text, meta


def _israeli(w: _Writer, title: str, paras: list[str]) -> tuple[str, dict[str, object] | None]:
    caption = f"Leaders meeting in {w.rng.choice(_VENUES)}"
    text = (
        f"Skip to main content\n\nPeace in the Middle East\n\n{title}\n\n{paras[0]}\n\n"
        f"{caption}\n{caption} (Photo: In accordance with copyright law 27a)\n\n"
        + "\n\n".join(paras)
        + "\n\nReady for more?\n\nJoin our newsletter to receive updates on new articles and exclusive content.\n\n"
        "We respect your privacy and will never share your information.\n\nEnjoyed this article?\n\n"
        f"Yes ({w.rng.randint(0, 40)})\nNo ({w.rng.randint(0, 9)})\nFollow Us:\n\nLoading comments..."
    )
    return text, {"published": f"{w.day.year:04d}-{w.day.month:02d}"}


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _html(w: _Writer, title: str, paras: list[str]) -> tuple[str, dict[str, object] | None]:
    outlet = w.rng.choice(_HTML_OUTLETS)
    d = w.day
    nav = "".join(
        f'<li><a href="/{s.lower()}/">{s}</a></li>'
        for s in ("News", "Politics", "Economy", "Opinion", "Videos")
    )
    body = "\n".join(f"<p>{_esc(p)}</p>" for p in paras)
    related = "".join(f'<li><a href="/news/{w.rng.randint(10000, 99999)}">{_esc(w.title([(p, i)]))}</a></li>'
                      for p, i in w.rng.sample(sorted(w.trends), 3))  # fmt: skip
    text = f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{_esc(title)} | {outlet}</title>
<meta property="og:site_name" content="{outlet}">
<meta property="og:title" content="{_esc(title)}">
<meta property="article:published_time" content="{d.isoformat()}T{w.rng.randint(0, 23):02d}:{w.rng.randint(0, 59):02d}:00+03:00">
<script>window.dataLayer = window.dataLayer || []; function gtag(){{dataLayer.push(arguments);}}</script>
<style>body{{font-family:sans-serif}} .share a{{margin:0 4px}}</style>
</head>
<body>
<header><a class="logo" href="/">{outlet}</a><nav><ul>{nav}</ul></nav>
<form class="search" action="/search"><input name="q" placeholder="Search"></form></header>
<main>
<article>
<h1>{_esc(title)}</h1>
<div class="meta"><span class="byline">By {w.rng.choice(_REPORTERS)}</span>
<time datetime="{d.isoformat()}">{_MONTHS[d.month - 1]} {d.day}, {d.year}</time></div>
<figure><img src="/img/{w.rng.randint(1000, 9999)}.jpg" alt=""><figcaption>Talks in {w.rng.choice(_VENUES)} (AFP)</figcaption></figure>
<div class="share"><a href="#">Facebook</a><a href="#">X</a><a href="#">WhatsApp</a></div>
<div class="article-body">
{body}
</div>
</article>
<aside class="newsletter"><h3>Newsletter</h3><p>Get the day's top stories in your inbox.</p></aside>
<aside class="related"><h3>Related</h3><ul>{related}</ul></aside>
</main>
<footer><p>&copy; {d.year} {outlet}. All rights reserved.</p><ul><li>About us</li><li>Contact</li><li>Privacy</li></ul></footer>
</body>
</html>
"""
    return text, None


_LAYOUTS = {
    "enab": _enab,
    "lbci": _lbci,
    "observer": _observer,
    "johmani": _johmani,
    "israeli": _israeli,
    "html": _html,
}


def render_article(
    i: int, vocab: Vocabulary, seed: int = 0
) -> tuple[str, str, dict[str, object] | None]:
    """Article ``i``: its layout kind, its text and its sidecar metadata (or None)."""
    pairs, trends = _cached_trends(vocab, seed)
    rng = random.Random(f"{seed}-{i}")
    kind = KINDS[rng.randrange(len(KINDS))]
    day = START + dt.timedelta(days=rng.randrange(DAYS))
    w = _Writer(rng, vocab, day, trends)
    focus = rng.sample(pairs, rng.randint(2, 5))
    n = max(8, min(80, int(rng.lognormvariate(3.35, 0.4))))
    paras = w.paragraphs(focus, n)
    text, meta = _LAYOUTS[kind](w, w.title(focus), paras)
    return kind, text, meta


_TREND_CACHE: dict[
    tuple[int, int], tuple[list[tuple[str, str]], dict[tuple[str, str], list[int]]]
] = {}


def _cached_trends(
    vocab: Vocabulary, seed: int
) -> tuple[list[tuple[str, str]], dict[tuple[str, str], list[int]]]:
    key = (id(vocab), seed)
    if key not in _TREND_CACHE:
        _TREND_CACHE[key] = _trends(vocab, seed)
    return _TREND_CACHE[key]


# ---------------------------------------------------------------------------- on disk


@dataclass(frozen=True)
class Corpus:
    """A generated corpus directory and what is in it."""

    root: Path
    articles: int
    bytes: int
    kinds: dict[str, int]

    def paths(self) -> Iterator[Path]:
        for sub in sorted(p for p in self.root.iterdir() if p.is_dir()):
            for f in sorted(sub.iterdir()):
                if not f.name.endswith(".meta.json"):
                    yield f


def generate(root: Path, n: int, seed: int = 0, book: Codebook | None = None) -> Corpus:
    """Write ``n`` articles (and their sidecars) under ``root``; returns what was written."""
    vocab = Vocabulary.from_codebook(book or default_codebook())
    root.mkdir(parents=True, exist_ok=True)
    total = 0
    kinds: dict[str, int] = {}
    for i in range(n):
        kind, text, meta = render_article(i, vocab, seed)
        sub = root / f"{i // PER_DIR:04d}"
        if i % PER_DIR == 0:
            sub.mkdir(exist_ok=True)
        name = f"{i:07d}_{kind}" + (".html" if kind == "html" else ".txt")
        data = text.encode("utf-8")
        (sub / name).write_bytes(data)
        total += len(data)
        if meta is not None:
            (sub / (Path(name).stem + ".meta.json")).write_text(json.dumps(meta), encoding="utf-8")
        kinds[kind] = kinds.get(kind, 0) + 1
    manifest = {
        "articles": n,
        "seed": seed,
        "bytes": total,
        "kinds": kinds,
        "version": GENERATOR_VERSION,
    }
    (root / "manifest.json").write_text(json.dumps(manifest, indent=1), encoding="utf-8")
    return Corpus(root, n, total, kinds)


def _codebook_digest() -> str:
    from importlib import resources

    data = (resources.files("positions") / "data" / "levant.toml").read_bytes()
    return hashlib.sha256(data).hexdigest()[:8]


def ensure_corpus(base: Path, n: int, seed: int = 0) -> Corpus:
    """The corpus of ``n`` articles under ``base``, generated unless an identical one is there."""
    root = base / f"n{n}-s{seed}-v{GENERATOR_VERSION}-{_codebook_digest()}"
    manifest = root / "manifest.json"
    if manifest.is_file():
        m = json.loads(manifest.read_text(encoding="utf-8"))
        if m.get("articles") == n and m.get("version") == GENERATOR_VERSION:
            return Corpus(root, n, int(m["bytes"]), dict(m["kinds"]))
    return generate(root, n, seed)


if __name__ == "__main__":
    import argparse

    ap = argparse.ArgumentParser(description="Write the benchmark corpus.")
    ap.add_argument("out", type=Path)
    ap.add_argument("--articles", type=int, default=10_000)
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_args()
    c = generate(args.out, args.articles, args.seed)
    print(f"{c.articles} articles, {c.bytes / 1e6:.1f} MB in {c.root}: {c.kinds}")
