"""``positions plot``: the stance timeline as PNG and SVG (needs the ``plot`` extra)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from gold_statements import statement, store_statements

from positions import detect
from positions.cli import main
from positions.errors import InputError

matplotlib = pytest.importorskip("matplotlib")

from positions.plot import plot_timeline  # noqa: E402

ISSUE = "russian-military-presence-southern-syria"


def _items() -> list:
    return [
        statement(1, "2025-12-26", outlet="Enab Baladi", relays=("KAN",), confidence=0.9),
        statement(1, "2025-12-27", outlet="LBCI", confidence=0.9),
        statement(-2, "2026-01", outlet="The Syrian Observer", confidence=0.9),
        statement(-1, "2026-01", outlet="Maariv", confidence=0.3),
        statement(0, None, outlet="Undated Blog"),
        statement(2, "2026-01-05", party="russia", outlet="TASS"),
    ]


def _svg_text(path: Path) -> tuple[str, list[str]]:
    text = path.read_text(encoding="utf-8")
    return text, re.findall(r"<text[^>]*>([^<]*)<", text)


def test_plot_draws_points_steps_and_the_shift(tmp_path: Path) -> None:
    out = tmp_path / "canon.svg"
    # Keep text as text so the test can read what was drawn.
    with matplotlib.rc_context({"svg.fonttype": "none"}):
        assert plot_timeline(_items(), "israel", ISSUE, out) == out
    svg, texts = _svg_text(out)
    assert svg.lstrip().startswith("<?xml") and "<svg" in svg
    assert len(re.findall(r'id="PathCollection_', svg)) == 4  # one point per dated statement
    assert any(t.startswith("reversal  +1 → −2") for t in texts)
    assert {"Enab Baladi", "LBCI", "The Syrian Observer", "Maariv"} <= set(texts)
    assert "TASS" not in texts  # another party
    assert any("1 without a usable date not shown" in t for t in texts)
    assert f"israel on {ISSUE}" in texts


def test_plot_minor_shift_only_on_request(tmp_path: Path) -> None:
    items = [statement(1, "2025-12-26", outlet="A"), statement(2, "2026-01-10", outlet="B")]
    with matplotlib.rc_context({"svg.fonttype": "none"}):
        plot_timeline(items, "israel", ISSUE, tmp_path / "a.svg")
        plot_timeline(items, "israel", ISSUE, tmp_path / "b.svg", min_change=1)
    assert not any(t.startswith("hardening") for t in _svg_text(tmp_path / "a.svg")[1])
    assert any(t.startswith("hardening") for t in _svg_text(tmp_path / "b.svg")[1])


def test_cli_plot_writes_png_and_svg(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = store_statements(tmp_path / "p.db", _items())
    png, svg = tmp_path / "canon.png", tmp_path / "canon.svg"
    for out in (png, svg):
        args = ["plot", "--party", "israel", "--issue", ISSUE, "--db", str(db), "-o", str(out)]
        assert main(args) == 0
        assert str(out) in capsys.readouterr().err
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    image = pytest.importorskip("matplotlib.image").imread(png)
    assert image.shape[:2] == (600, 1200)  # 10 x 5 inches at 120 dpi
    assert image[..., :3].std() > 0.05  # not a blank canvas
    assert "<svg" in svg.read_text(encoding="utf-8")


def test_cli_plot_errors_are_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = store_statements(tmp_path / "p.db", _items())
    base = ["plot", "--party", "israel", "--issue", ISSUE, "--db", str(db)]
    for args, needle in [
        ([*base, "-o", str(tmp_path / "x.gif")], ".png"),
        (
            [
                "plot",
                "--party",
                "turkey",
                "--issue",
                ISSUE,
                "--db",
                str(db),
                "-o",
                str(tmp_path / "t.png"),
            ],
            "nothing to plot",
        ),
        ([*base, "-o", str(tmp_path / "missing-dir" / "x.png")], "cannot write"),
    ]:
        assert main(args) != 0
        err = capsys.readouterr().err
        assert needle in err and "Traceback" not in err and len(err.strip().splitlines()) == 1, err


def test_nothing_but_undated_statements_is_an_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no statements with a usable date"):
        plot_timeline([statement(1, None)], "israel", ISSUE, tmp_path / "x.png")


def test_plot_between_windows_names_them(tmp_path: Path) -> None:
    out = tmp_path / "w.svg"
    windows = (detect.parse_window("2025-12"), "2026-01")
    with matplotlib.rc_context({"svg.fonttype": "none"}):
        plot_timeline(_items(), "israel", ISSUE, out, between=windows)
    texts = _svg_text(out)[1]
    assert any(t.startswith("4 statements, windows 2025-12 vs 2026-01") for t in texts)
    assert any(t.startswith("reversal  +1 → −2") for t in texts)


def test_labels_of_neighbouring_points_do_not_print_over_each_other(tmp_path: Path) -> None:
    names = ["Enab Baladi English", "Lebanese Broadcasting", "The Syrian Observer"]
    items = [
        statement(1, f"2025-12-{26 + i}", outlet=name, confidence=0.9)
        for i, name in enumerate(names)
    ]
    out = tmp_path / "crowd.svg"
    with matplotlib.rc_context({"svg.fonttype": "none"}):
        plot_timeline(items, "israel", ISSUE, out, granularity="week")
    svg = out.read_text(encoding="utf-8")
    boxes = []
    for name in names:
        (m,) = re.finditer(rf'<text[^>]*x="([\d.]+)" y="([\d.]+)"[^>]*>{name}<', svg)
        x, y = float(m[1]), float(m[2])
        boxes.append((x, x + 0.55 * 8 * len(name), y))  # 8 pt text, ~0.55 em a character
    for i, (x0, x1, y) in enumerate(boxes):
        for a0, a1, b in boxes[i + 1 :]:
            assert a0 >= x1 or x0 >= a1 or abs(y - b) >= 8, (boxes, i)
    # The legend names what is drawn and nothing else: no shift, no contested period here.
    texts = re.findall(r"<text[^>]*>([^<]*)<", svg)
    assert "contested period" not in texts and "reversal" not in texts


def test_the_shift_note_says_the_change_confidence_and_sources(tmp_path: Path) -> None:
    out = tmp_path / "note.svg"
    with matplotlib.rc_context({"svg.fonttype": "none"}):
        plot_timeline(_items(), "israel", ISSUE, out)
    texts = _svg_text(out)[1]
    assert "reversal  +1 → −2" in texts
    (sh,) = detect.detect_shifts(_items())
    assert (sh.before.sources, sh.after.sources) == (2, 2)  # KAN and LBCI; Observer and Maariv
    assert f"confidence {sh.confidence:.2f}, 2 → 2 sources" in texts
    assert {"date known to the month", "reversal"} <= set(texts)
