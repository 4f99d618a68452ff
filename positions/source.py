"""What an article arrives as: bytes or text, a name, and optional sidecar metadata.

A crawler may write ``NAME.meta.json`` beside ``NAME`` (``NAME.txt.meta.json`` works too)
with any of ``url``, ``outlet``, ``published``, ``title``, ``byline``, ``first_reported_by``.
Supplied values win over what a format reads from the page and are marked as supplied.
"""

from __future__ import annotations

import codecs
import functools
import json
import os
import re
import stat
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from attrs import field, frozen

from positions.errors import FormatError, InputError
from positions.model import Provenance, When

__all__ = [
    "MAX_BYTES",
    "Metadata",
    "Source",
    "iter_paths",
    "load_sidecar",
    "sidecar_path",
]

# Larger inputs are refused rather than read: no news article is this big, and reading one
# would cost memory for nothing. POSITIONS_MAX_BYTES raises the limit.
MAX_BYTES = int(os.environ.get("POSITIONS_MAX_BYTES", str(20 * 1024 * 1024)))

ARTICLE_SUFFIXES = {".txt", ".text", ".html", ".htm", ".xhtml", ".md", ""}
SIDECAR_SUFFIX = ".meta.json"
# Data kept beside articles (gold files, records, stores, tables): skipped in a folder walk
# without a note, since nobody expects them read as articles.
_DATA_SUFFIXES = {".json", ".jsonl", ".csv", ".tsv", ".parquet", ".sqlite", ".db", ".pstats"}
_META_KEYS = {"url", "outlet", "published", "title", "byline", "first_reported_by", "format"}
# Control characters other than the whitespace ones (\t \n \v \f \r): a binary file's mark.
_CONTROLS = re.compile("[\x00-\x08\x0e-\x1f]")


@frozen
class Metadata:
    """What a crawler or analyst knows about an article besides its text."""

    url: str | None = None
    outlet: str | None = None
    published: When | None = None
    title: str | None = None
    byline: str | None = None
    first_reported_by: tuple[str, ...] = field(default=(), converter=tuple)
    format: str | None = None

    @classmethod
    def from_mapping(cls, data: Any, where: str = "<metadata>") -> Metadata:
        """Validate sidecar JSON; unknown keys are ignored, wrong types and bad dates refused."""
        if not isinstance(data, dict):
            raise InputError(f"{where}: sidecar must be a JSON object")
        values: dict[str, Any] = {}
        for key in ("url", "outlet", "title", "byline", "format"):
            v = data.get(key)
            if v is not None and not isinstance(v, str):
                raise InputError(f"{where}: {key!r} must be a string, got {type(v).__name__}")
            values[key] = (v.strip() or None) if isinstance(v, str) else None
        pub = data.get("published")
        if pub is not None:
            if not isinstance(pub, str):
                raise InputError(f"{where}: 'published' must be an ISO date string")
            try:
                values["published"] = When.parse(pub, Provenance.SUPPLIED)
            except ValueError as exc:
                raise InputError(f"{where}: malformed 'published' date {pub!r}: {exc}") from None
        first = data.get("first_reported_by")
        if isinstance(first, str):
            values["first_reported_by"] = (first,) if first.strip() else ()
        elif isinstance(first, list) and all(isinstance(x, str) for x in first):
            values["first_reported_by"] = tuple(x for x in first if x.strip())
        elif first is not None:
            raise InputError(f"{where}: 'first_reported_by' must be a string or a list of strings")
        return cls(**values)


def sidecar_path(path: Path) -> Path | None:
    """The sidecar beside ``path``, if one exists."""
    for candidate in (
        path.with_name(path.stem + SIDECAR_SUFFIX),
        path.with_name(path.name + SIDECAR_SUFFIX),
    ):
        if candidate.is_file():
            return candidate
    return None


def load_sidecar(path: Path) -> Metadata:
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise InputError(f"{path}: cannot read sidecar: {exc.strerror or exc}") from None
    if len(raw) > 1_000_000:
        raise InputError(f"{path}: sidecar larger than 1 MB")
    try:
        data = json.loads(raw.decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError) as exc:  # JSONDecodeError, or a 5,000-digit number
        raise InputError(f"{path}: sidecar is not valid UTF-8 JSON: {exc}") from None
    except RecursionError:
        raise InputError(f"{path}: sidecar JSON is nested too deeply") from None
    return Metadata.from_mapping(data, str(path))


def decode(data: bytes, name: str) -> str:
    """Text from bytes: BOMs honoured, UTF-8 preferred, Windows-1252 as the legacy fallback."""
    if not data.strip():
        raise FormatError(f"{name}: empty file")
    text = _decoded(data, name)
    # Control characters (valid UTF-8 as they are) or replacement marks: not text.
    head = text[:8192]
    controls = len(_CONTROLS.findall(head))
    if controls > len(head) * 0.01 or text.count("\ufffd") > len(text) * 0.01:
        raise FormatError(f"{name}: binary or undecodable file, not an article")
    if not text.strip():
        raise FormatError(f"{name}: empty file (only white space)")
    return text


def _decoded(data: bytes, name: str) -> str:
    for bom, enc in (
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF32_LE, "utf-32"),
        (codecs.BOM_UTF32_BE, "utf-32"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            try:
                return data.decode(enc)
            except UnicodeDecodeError:
                raise FormatError(f"{name}: invalid {enc} text") from None
    sample = data[:8192]
    if b"\x00" in sample:
        order = _bomless_utf16(sample)
        try:
            if order is not None:
                return data.decode(order)
        except UnicodeDecodeError:
            pass
        raise FormatError(f"{name}: binary file (NUL bytes), not an article")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        # Legacy pages: cp1252 covers latin-1's printable range plus curly quotes.
        return data.decode("cp1252", errors="replace")


def _bomless_utf16(sample: bytes) -> str | None:
    """The UTF-16 byte order of a sample saved without a BOM (Windows tools do), or None.

    Text in a Latin script has a NUL in nearly every high byte and almost none in the low
    ones; a binary file has its NULs anywhere. Text in Arabic or Hebrew has few NULs at all
    and is refused as binary: without a BOM it cannot be told from other data reliably.
    """
    n = len(sample) // 2 * 2
    if n < 64:
        return None
    even = sample[0:n:2].count(0)
    odd = sample[1:n:2].count(0)
    half = n // 2
    if odd >= 0.6 * half and even <= 0.02 * half:
        return "utf-16-le"
    if even >= 0.6 * half and odd <= 0.02 * half:
        return "utf-16-be"
    return None


def _check_size(size: int, name: str) -> None:
    if size > MAX_BYTES:
        raise FormatError(
            f"{name}: {size / 1e6:.1f} MB is larger than the {MAX_BYTES / 1e6:.0f} MB limit "
            "for one article (set POSITIONS_MAX_BYTES to raise it)"
        )


@frozen
class Source:
    """One input: its name (a path or a label), its text and any supplied metadata."""

    name: str
    text: str
    metadata: Metadata = field(factory=Metadata)
    path: str | None = None

    @classmethod
    def from_text(cls, text: str, name: str = "<text>", metadata: Metadata | None = None) -> Source:
        if not isinstance(text, str):
            raise InputError(f"{name}: text must be a str, not {type(text).__name__}")
        _check_size(len(text), name)
        if not text.strip():
            raise FormatError(f"{name}: empty text")
        return cls(name=name, text=text, metadata=metadata or Metadata())

    @classmethod
    def from_bytes(
        cls, data: bytes, name: str = "<bytes>", metadata: Metadata | None = None
    ) -> Source:
        if not isinstance(data, bytes | bytearray | memoryview):
            raise InputError(f"{name}: data must be bytes, not {type(data).__name__}")
        _check_size(len(data), name)
        return cls(name=name, text=decode(bytes(data), name), metadata=metadata or Metadata())

    @classmethod
    def from_path(cls, path: str | os.PathLike[str], *, sidecar: bool = True) -> Source:
        p = Path(path)
        try:
            st = p.stat()
            if stat.S_ISDIR(st.st_mode):
                raise IsADirectoryError(str(p))
            if not stat.S_ISREG(st.st_mode):
                # A FIFO or a device would block or never end: not an article file.
                raise InputError(f"{p}: not a regular file (a pipe, socket or device)")
            _check_size(st.st_size, str(p))
            data = p.read_bytes()
        except FileNotFoundError:
            what = "broken symbolic link" if p.is_symlink() else "no such file"
            raise InputError(f"{p}: {what}") from None
        except IsADirectoryError:
            raise InputError(f"{p}: is a directory") from None
        except OSError as exc:
            raise InputError(f"{p}: cannot read: {exc.strerror or exc}") from None
        meta = Metadata()
        if sidecar:
            side = sidecar_path(p)
            if side is not None:
                meta = load_sidecar(side)
        return cls(name=str(p), text=decode(data, str(p)), metadata=meta, path=str(p))

    @property
    def head(self) -> str:
        """The first few kilobytes, which is all most sniffers need."""
        return self.text[:4096]

    @property
    def is_html(self) -> bool:
        return _looks_like_html(self.text)


# Asked by every sniffer and parser of a source: answered once per text.
@functools.lru_cache(maxsize=16)
def _looks_like_html(text: str) -> bool:
    h = text[:2048].lstrip().lower()
    return h.startswith(("<!doctype html", "<html")) or ("<body" in h and "</" in h)


def _is_article_file(p: Path) -> bool:
    if p.name.startswith(".") or p.name.endswith(SIDECAR_SUFFIX):
        return False
    return p.suffix.lower() in ARTICLE_SUFFIXES


def iter_paths(
    paths: list[str] | tuple[str, ...], unread: list[str] | None = None
) -> Iterator[Path | InputError]:
    """Article files under ``paths`` in a stable order.

    Files named explicitly are always taken; directories are walked for article-like files
    (``.txt``, ``.html``, …; sidecars and data files such as ``.json`` are skipped).
    Problems (a missing path, an unreadable directory, a link loop) are yielded as errors
    so a batch can report them and go on. Other files a walk passes over (a ``.pdf``, a
    ``.docx``) are not errors, but a user should hear of them: one line per directory named
    is appended to ``unread`` when it is given.
    """
    seen: set[tuple[int, int]] = set()
    for raw in paths:
        p = Path(raw)
        if not p.exists():
            what = (
                "broken or looping symbolic link" if p.is_symlink() else "no such file or directory"
            )
            yield InputError(f"{p}: {what}")
            continue
        if p.is_file():
            yield p
            continue
        if not p.is_dir():
            yield InputError(f"{p}: not a regular file or directory (a pipe, socket or device)")
            continue
        passed: list[str] = []
        for root, dirs, files in os.walk(p, followlinks=True, onerror=None):
            try:
                st = os.stat(root)
            except OSError as exc:
                yield InputError(f"{root}: cannot read directory: {exc.strerror or exc}")
                dirs[:] = []
                continue
            key = (st.st_dev, st.st_ino)
            if key in seen:
                yield InputError(f"{root}: directory link loop, skipped")
                dirs[:] = []
                continue
            seen.add(key)
            if not os.access(root, os.R_OK | os.X_OK):
                yield InputError(f"{root}: cannot read directory: permission denied")
                dirs[:] = []
                continue
            dirs[:] = sorted(d for d in dirs if not d.startswith("."))
            for f in sorted(files):
                fp = Path(root) / f
                if _is_article_file(fp):
                    yield fp
                elif _worth_a_note(fp):
                    passed.append(str(fp.relative_to(p)))
        if passed and unread is not None:
            unread.append(_unread_line(p, passed))


def _worth_a_note(p: Path) -> bool:
    name = p.name
    return not (
        name.startswith(".")
        or name.endswith(SIDECAR_SUFFIX)
        or p.suffix.lower() in _DATA_SUFFIXES
        or name.endswith("~")
    )


def _unread_line(folder: Path, names: list[str]) -> str:
    shown = ", ".join(names[:3]) + (f" and {len(names) - 3} more" if len(names) > 3 else "")
    n = len(names)
    return (
        f"{folder}: {n} file{'s' * (n != 1)} not read, not article files ({shown}); "
        "name a file on the command line to read it anyway"
    )
