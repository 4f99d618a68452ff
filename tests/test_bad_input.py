"""Whatever a crawler brings: each bad input through ``ingest``, ``extract`` and the Python API.

Every case is a file (or a path) built in a temporary directory. Each is run

* alone through ``positions ingest`` and ``positions extract``: one clear line on stderr
  naming it, no traceback, exit 2 when it was skipped (nothing done) or 0 when it was read;
* beside a good article: the good one is still ingested, exit 1 when the bad one was skipped;
* through the Python API (:class:`positions.Tracker`, :class:`positions.Source`,
  :func:`positions.extract_source`): a :class:`positions.PositionsError` naming it, or an
  extraction;

and the store holds nothing of a skipped input (nothing half-written). One subprocess run
ingests every case at once, as a real batch would, and checks the same from outside.
"""

from __future__ import annotations

import codecs
import json
import os
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from attrs import frozen

from positions import PositionsError, Source, Store, Tracker, extract_source
from positions.cli import main
from positions.codebook import default_codebook

GOOD = (
    "Israel will not permit a Russian military presence in southern Syria, "
    "a senior Israeli official told KAN on Tuesday.\n"
)
# The article beside each case: another body (another id), so it is never a duplicate.
OTHER = GOOD.replace("on Tuesday", "on Wednesday, in Jerusalem")
STATEMENT = "Israel will not permit a Russian military presence in southern Syria"


@frozen
class Case:
    name: str
    build: Callable[[Path], Path]  # writes the input under a fresh directory, returns its path
    skip: str | None = None  # substring of the one-line reason, when it must be skipped
    statements: int = 0  # at least this many statements, when it must be read
    check: Callable[[Path, Source], None] | None = None  # more about what was read


def _write(d: Path, name: str, data: bytes | str) -> Path:
    p = d / name
    if isinstance(data, str):
        p.write_text(data, encoding="utf-8")
    else:
        p.write_bytes(data)
    return p


def _big(d: Path) -> Path:
    p = d / "big.txt"
    chunk = (GOOD * 1000).encode()
    with p.open("wb") as f:
        while f.tell() < 50 * 1024 * 1024:
            f.write(chunk)
    return p


def _script_html(d: Path) -> Path:
    script = "var tracker = {id: 1, fn: function () { return 'Israel rejects'; }};\n" * 40_000
    style = ".share-widget { display: none; } /* Russia demands */\n" * 40_000
    html = (
        f"<html><head><title>Report</title><script>{script}</script><style>{style}</style>"
        f"</head><body><article><p>{GOOD}</p></article><script>{script}</script></body></html>"
    )
    return _write(d, "scripts.html", html)


def _deep_html(d: Path) -> Path:
    html = "<html><body>" + "<div>" * 10_000 + f"<p>{GOOD}</p>" + "</div>" * 10_000
    return _write(d, "deep.html", html + "</body></html>")


def _entity_bomb(d: Path) -> Path:
    ents = "".join(f'<!ENTITY lol{i} "{f"&lol{i - 1};" * 10 if i else "lol"}">' for i in range(10))
    html = (
        f'<?xml version="1.0"?><!DOCTYPE html [{ents}]>'
        f"<html><body><p>&lol9; &lol9;</p><p>{GOOD}</p></body></html>"
    )
    return _write(d, "bomb.html", html)


def _long_line(d: Path) -> Path:
    words = [
        "the",
        "of",
        "and",
        "to",
        "in",
        "a",
        "is",
        "that",
        "for",
        "on",
        "with",
        "as",
        "was",
        "at",
        "by",
        "an",
        "be",
        "this",
        "from",
        "or",
        "have",
        "had",
        "are",
        "but",
        "were",
        "which",
        "their",
        "has",
        "been",
        "one",
        "after",
        "its",
        "they",
        "also",
        "new",
        "more",
        "two",
        "would",
    ]
    out: list[str] = []
    n = i = 0
    while n < 1_000_000:
        w = STATEMENT if i % 500 == 0 else words[i % len(words)]
        out.append(w)
        n += len(w) + 1
        i += 1
    return _write(d, "longline.txt", " ".join(out)[:1_000_000])


def _every_cue(d: Path) -> Path:
    book = default_codebook()
    lines = [
        f"Israel {c.phrase.rstrip('*')} a Russian military presence in southern Syria."
        for c in book.cues
    ]
    return _write(d, "every-cue.txt", "\n".join(lines))


def _with_sidecar(meta: str | dict[str, object]) -> Callable[[Path], Path]:
    def build(d: Path) -> Path:
        p = _write(d, "story.txt", GOOD)
        text = meta if isinstance(meta, str) else json.dumps(meta)
        _write(d, "story.meta.json", text)
        return p

    return build


def _fifo(d: Path) -> Path:
    sub = d / "folder"
    sub.mkdir()
    os.mkfifo(sub / "stuck.txt")  # opening it for reading would block forever
    return sub


def _dir_loop(d: Path) -> Path:
    sub = d / "folder"
    sub.mkdir()
    (sub / "again").symlink_to(".")
    return sub


def _file_loop(d: Path) -> Path:
    sub = d / "folder"
    sub.mkdir()
    (sub / "one.txt").symlink_to("one.txt")
    return sub


def _utf16_check(_: Path, src: Source) -> None:
    assert src.text.startswith("Israel will not permit")


def _latin1_check(_: Path, src: Source) -> None:
    assert "Müller" in src.text and "café" in src.text


def _no_bomb(_: Path, src: Source) -> None:
    assert "lollollol" not in src.text  # the entities are never expanded


LATIN1 = "Au café, M. Müller said: " + GOOD

CASES = [
    Case("empty file", lambda d: _write(d, "empty.txt", b""), skip="empty file"),
    Case("whitespace only", lambda d: _write(d, "blank.txt", b" \n\t\n"), skip="empty file"),
    Case(
        "binary (NUL bytes)",
        lambda d: _write(d, "image.txt", b"\x89PNG\r\n\x1a\n\x00\x00" + os.urandom(4000)),
        skip="binary",
    ),
    Case(
        "binary without NUL bytes",
        lambda d: _write(d, "noise.txt", bytes(range(1, 9)) * 600),
        skip="binary",
    ),
    Case("50 MB file", _big, skip="MB limit"),
    Case(
        "invalid UTF-8 (stray bytes)",
        lambda d: _write(d, "stray.txt", GOOD.encode().replace(b"Tuesday", b"Tues\xff\xfe")),
        statements=1,
    ),
    Case(
        "UTF-16 with BOM",
        lambda d: _write(d, "utf16.txt", codecs.BOM_UTF16_LE + GOOD.encode("utf-16-le")),
        statements=1,
        check=_utf16_check,
    ),
    Case(
        "UTF-16 BE with BOM",
        lambda d: _write(d, "utf16be.txt", codecs.BOM_UTF16_BE + GOOD.encode("utf-16-be")),
        statements=1,
        check=_utf16_check,
    ),
    Case(
        "UTF-16 without a BOM (little-endian)",
        lambda d: _write(d, "utf16nobom.txt", GOOD.encode("utf-16-le")),
        statements=1,
        check=_utf16_check,
    ),
    Case(
        "UTF-16 without a BOM (big-endian)",
        lambda d: _write(d, "utf16benobom.txt", GOOD.encode("utf-16-be")),
        statements=1,
        check=_utf16_check,
    ),
    Case(
        "UTF-16-shaped NULs, then a lone surrogate",
        lambda d: _write(d, "utf16bad.txt", GOOD.encode("utf-16-le") + b"\x00\xd8"),
        skip="binary",
    ),
    Case(
        "UTF-16 BOM, odd bytes",
        lambda d: _write(d, "utf16odd.txt", codecs.BOM_UTF16_LE + b"I\x00s\x00\x00\xd8"),
        skip="invalid utf-16",
    ),
    Case(
        "latin-1",
        lambda d: _write(d, "latin1.txt", LATIN1.encode("latin-1")),
        statements=1,
        check=_latin1_check,
    ),
    Case("HTML, huge script and style", _script_html, statements=1),
    Case("HTML, 10,000-deep nesting", _deep_html, statements=1),
    Case("HTML, entity-expansion bomb", _entity_bomb, statements=1, check=_no_bomb),
    Case("1 MB line, no punctuation", _long_line, statements=1),
    Case("a text matching every cue", _every_cue, statements=5),
    Case("sidecar with no fields", _with_sidecar({}), statements=1),
    Case(
        "sidecar with extra fields",
        _with_sidecar({"outlet": "KAN", "colour": "blue", "nested": {"a": [1, 2]}}),
        statements=1,
    ),
    Case("sidecar, wrong type", _with_sidecar({"outlet": 5}), skip="'outlet' must be a string"),
    Case(
        "sidecar, wrong list type",
        _with_sidecar({"first_reported_by": [1, 2]}),
        skip="first_reported_by",
    ),
    Case(
        "sidecar, malformed date",
        _with_sidecar({"published": "2025-13-45"}),
        skip="malformed 'published'",
    ),
    Case("sidecar, date a number", _with_sidecar({"published": 20250101}), skip="published"),
    Case("sidecar, not JSON", _with_sidecar("{outlet: KAN"), skip="not valid UTF-8 JSON"),
    Case("sidecar, a list", _with_sidecar("[1, 2]"), skip="must be a JSON object"),
    Case("sidecar, nested 100,000 deep", _with_sidecar("[" * 100_000), skip="sidecar"),
    Case("sidecar, 5,000-digit number", _with_sidecar('{"x": ' + "9" * 5000 + "}"), skip="sidecar"),
    Case(
        "sidecar names an unknown format",
        _with_sidecar({"format": "no-such-format"}),
        skip="unknown format 'no-such-format'",
    ),
    Case("missing path", lambda d: d / "nowhere.txt", skip="no such file"),
    Case("FIFO in a directory", _fifo, skip="not a regular file"),
    Case("named FIFO", lambda d: _fifo(d) / "stuck.txt", skip="not a regular file"),
    Case("directory symlink loop", _dir_loop, skip="link loop"),
    Case("file symlink loop", _file_loop, skip="symbolic links"),
    Case(
        "dangling symlink",
        lambda d: (d / "gone.txt").symlink_to(d / "not-there.txt") or d / "gone.txt",
        skip="symbolic link",
    ),
]
SLOW = {"50 MB file", "1 MB line, no punctuation", "HTML, huge script and style"}


def _params(only_skipped: bool = False) -> list[object]:
    return [
        pytest.param(c, id=c.name, marks=[pytest.mark.slow] if c.name in SLOW else [])
        for c in CASES
        if c.skip or not only_skipped
    ]


def _good(tmp_path: Path) -> Path:
    d = tmp_path / "good"
    d.mkdir()
    return _write(d, "good.txt", OTHER)


def _case(tmp_path: Path, case: Case) -> Path:
    d = tmp_path / "case"
    d.mkdir()
    return case.build(d)


def _skip_lines(err: str) -> list[str]:
    return [line for line in err.splitlines() if line.startswith("positions: skipped:")]


def _stored(db: Path) -> dict[str, int]:
    with Store(db) as store:
        return store.counts()


@pytest.mark.parametrize("case", _params(only_skipped=True))
def test_ingest_alone(case: Case, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = _case(tmp_path, case)
    db = tmp_path / "s.db"
    t0 = time.perf_counter()
    code = main(["ingest", "-q", "--db", str(db), str(path)])
    took = time.perf_counter() - t0
    err = capsys.readouterr().err
    assert "Traceback" not in err
    assert took < 30
    assert case.skip is not None
    assert code == 2, err  # nothing done
    lines = _skip_lines(err)
    assert len(lines) == 1, err
    assert case.skip.lower() in lines[0].lower()
    assert path.name in lines[0] or path.parent.name in lines[0]
    assert _stored(db) == {"articles": 0, "statements": 0}  # nothing half-written


@pytest.mark.parametrize("case", _params())
def test_ingest_beside_a_good_article(
    case: Case, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path, good = _case(tmp_path, case), _good(tmp_path)
    db = tmp_path / "s.db"
    code = main(["ingest", "-q", "--db", str(db), str(path), str(good)])
    err = capsys.readouterr().err
    assert "Traceback" not in err
    with Store(db) as store:
        docs = {a.document for a in store.articles()}
        assert str(good) in docs  # every other file still ingested
        good_id = next(a.id for a in store.articles() if a.document == str(good))
        assert len(store.statements(article_id=good_id)) >= 1
    if case.skip:
        assert code == 1, err
        assert len(_skip_lines(err)) == 1, err
    else:
        assert code == 0, err
        assert not _skip_lines(err)
        with Store(db) as store:
            mine = [a for a in store.articles() if a.document != str(good)]
            assert len(mine) == 1
            assert len(store.statements(article_id=mine[0].id)) >= case.statements


@pytest.mark.parametrize("case", _params())
def test_extract(case: Case, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path, good = _case(tmp_path, case), _good(tmp_path)
    code = main(["extract", "--json", str(path), str(good)])
    out, err = capsys.readouterr()
    assert "Traceback" not in err
    rows = [json.loads(line) for line in out.splitlines()]
    assert any(r["document"] == str(good) for r in rows)
    assert all(-2 <= r["stance"] <= 2 for r in rows)
    mine = [r for r in rows if r["document"] != str(good)]
    if case.skip:
        assert code == 1 and not mine, err
        assert len(_skip_lines(err)) == 1 and case.skip.lower() in err.lower()
        assert main(["extract", "--json", str(path)]) == 2
        assert len(_skip_lines(capsys.readouterr().err)) == 1
    else:
        assert code == 0, err
        assert len(mine) >= case.statements


@pytest.mark.parametrize("case", _params())
def test_python_api(case: Case, tmp_path: Path) -> None:
    path, good = _case(tmp_path, case), _good(tmp_path)
    with Tracker(tmp_path / "api.db") as tracker:
        report = tracker.ingest(path, good)
        assert str(good) in {a.document for a in tracker.store.articles()}
        if case.skip:
            assert len(report.problems) == 1 and not report.ok
            assert case.skip.lower() in str(report.problems[0]).lower()
            assert report.added == 1
        else:
            assert not report.problems
            assert report.added + report.duplicates == 2
    if case.skip:
        if path.is_dir():
            return  # a directory is walked by ingest; Source reads files
        with pytest.raises(PositionsError) as info:
            extract_source(Source.from_path(path))
        assert case.skip.lower() in str(info.value).lower()
        assert "\n" not in str(info.value)
    else:
        src = Source.from_path(path)
        ex = extract_source(src)
        assert len(ex.statements) >= case.statements
        with Store(tmp_path / "api.db") as store:  # what was stored is what is extracted
            assert {s.id for s in store.statements(article_id=ex.article.id)} == {
                s.id for s in ex.statements
            }
        assert all(s.article_id == ex.article.id for s in ex.statements)
        if case.check is not None:
            case.check(path, src)
        # The same bytes through Source.from_bytes read the same.
        assert Source.from_bytes(path.read_bytes(), str(path)).text == src.text


def test_api_text_and_bytes_of_every_kind_of_nothing() -> None:
    for bad in ("", "   \n", "\x00"):
        with pytest.raises(PositionsError):
            extract_source(Source.from_text(bad) if bad != "\x00" else Source.from_bytes(b"\x00"))
    with pytest.raises(PositionsError, match="must be a str"):
        Source.from_text(b"bytes")  # type: ignore[arg-type]
    with pytest.raises(PositionsError, match="must be bytes"):
        Source.from_bytes("text")  # type: ignore[arg-type]
    with pytest.raises(PositionsError, match="MB limit"):
        Source.from_text("x" * (21 * 1024 * 1024))


def test_an_unknown_format_named_on_the_command_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    good = _good(tmp_path)
    assert main(["extract", "--format-name", "no-such", str(good)]) == 2
    err = capsys.readouterr().err
    assert "unknown format 'no-such'" in err and len(_skip_lines(err)) == 1
    with pytest.raises(PositionsError, match="unknown format"):
        from positions.plugins import get_registry

        get_registry().read(Source.from_path(good), "no-such")


def test_an_unreadable_file_in_a_directory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # Tests run as root, where chmod 000 reads fine: refuse the read itself instead.
    d = tmp_path / "folder"
    d.mkdir()
    locked = _write(d, "locked.txt", GOOD.replace("Tuesday", "Monday"))
    _write(d, "open.txt", GOOD)
    real = Path.read_bytes

    def read_bytes(self: Path) -> bytes:
        if self.name == "locked.txt":
            raise PermissionError(13, "Permission denied", str(self))
        return real(self)

    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    db = tmp_path / "s.db"
    assert main(["ingest", "-q", "--db", str(db), str(d)]) == 1
    err = capsys.readouterr().err
    lines = _skip_lines(err)
    assert len(lines) == 1 and "locked.txt" in lines[0] and "Permission denied" in lines[0]
    assert _stored(db)["articles"] == 1
    with pytest.raises(PositionsError, match="Permission denied"):
        Source.from_path(locked)
    assert main(["extract", "--json", str(d)]) == 1
    assert "locked.txt" in capsys.readouterr().err


def test_files_a_folder_walk_passes_over_are_noted_not_lost(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A .pdf beside the articles is not read, and the user is told so (one line a folder);
    data files (gold, records, sidecars) pass without a note; the exit code stays 0."""
    d = tmp_path / "folder"
    (d / "sub").mkdir(parents=True)
    _write(d, "a.txt", GOOD)
    _write(d, "brief.pdf", b"%PDF-1.7 ...")
    _write(d / "sub", "notes.docx", b"PK..")
    _write(d, "gold.jsonl", "")
    _write(d, "a.meta.json", json.dumps({"outlet": "Example"}))
    assert main(["extract", "--json", str(d)]) == 0
    notes = [ln for ln in capsys.readouterr().err.splitlines() if ln.startswith("positions: note:")]
    assert len(notes) == 1
    assert "2 files not read" in notes[0] and "brief.pdf" in notes[0] and "notes.docx" in notes[0]
    assert "gold.jsonl" not in notes[0] and "meta.json" not in notes[0]
    db = tmp_path / "s.db"
    assert main(["ingest", "-q", "--db", str(db), str(d)]) == 0
    assert "brief.pdf" in capsys.readouterr().err
    # Named on the command line, the same file is taken as an article: no note.
    assert main(["extract", "--json", str(d / "brief.pdf")]) == 0
    assert "note:" not in capsys.readouterr().err


@pytest.mark.slow
def test_every_bad_input_in_one_batch_from_outside(tmp_path: Path) -> None:
    """One real ``positions ingest`` over all the cases: each skipped one named once."""
    root = tmp_path / "batch"
    root.mkdir()
    expect_skipped: list[str] = []
    for i, case in enumerate(CASES):
        if case.name in ("missing path", "named FIFO", "dangling symlink", "50 MB file"):
            continue  # not found by walking a directory (or built per run above)
        d = root / f"{i:02d}"
        d.mkdir()
        case.build(d)
        if case.skip:
            expect_skipped.append(f"{i:02d}")
    _write(root, "zz-good.txt", OTHER.replace("Wednesday", "Thursday"))
    db = tmp_path / "s.db"
    env = {**os.environ, "POSITIONS_DB": str(db)}
    env.pop("POSITIONS_DEBUG", None)
    proc = subprocess.run(
        [sys.executable, "-m", "positions", "ingest", "-q", str(root), str(root / "missing.txt")],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert "Traceback" not in proc.stderr
    assert proc.returncode == 1, proc.stderr
    lines = _skip_lines(proc.stderr)
    for prefix in expect_skipped:
        assert sum(f"/{prefix}/" in line for line in lines) == 1, (prefix, proc.stderr)
    assert sum("missing.txt" in line for line in lines) == 1
    assert len(lines) == len(expect_skipped) + 1
    with Store(db) as store:
        docs = {Path(a.document or "").name for a in store.articles()}
    assert "zz-good.txt" in docs
