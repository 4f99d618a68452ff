"""A picture of one party's stance on one issue over time (matplotlib, the ``plot`` extra).

One point per dated statement, sized by confidence, with a horizontal bar across the days
a coarse date may stand for; the period aggregate as a step line (dashed where contested);
each reported shift as an arrow at the change. Only :class:`matplotlib.figure.Figure` is
used, never pyplot, so plotting keeps no global state and needs no display.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from positions.detect import WindowSpec, detect_shifts, timeline
from positions.errors import InputError
from positions.exports import require
from positions.model import Period, ShiftKind, Statement

__all__ = ["PLOT_SUFFIXES", "plot_timeline"]

PLOT_SUFFIXES = (".png", ".svg", ".pdf")

_LEVELS = {-2: "−2 refuses", -1: "−1 opposes", 0: "0 neutral", 1: "+1 accepts", 2: "+2 supports"}
_COLOURS = {-1: "#c0392b", 0: "#7f8c8d", 1: "#2471a3"}  # by the sign of the stance
_SHIFT_COLOURS = {ShiftKind.REVERSAL: "#d35400"}


def _span(s: Statement) -> tuple[dt.date, dt.date]:
    start, end = s.when.date, s.when.end()
    assert start is not None and end is not None
    return start, end


def _window_label(spec: WindowSpec) -> str:
    return spec.label if isinstance(spec, Period) else str(spec)


def _midpoint(start: dt.date, end: dt.date) -> dt.date:
    return start + (end - start) / 2


def _signed(v: int) -> str:
    return f"{v:+d}".replace("-", "−") if v else "0"


def _place_labels(
    fig: Any,
    ax: Any,
    labels: list[tuple[str, dt.date, float]],
    points: list[tuple[dt.date, float, float]],
    fixed: list[Any],
) -> None:
    """Write each point's outlet beside it, a line higher while it would cover a point,
    another label or a shift note.

    The layout is measured on the real renderer (Agg), so labels of points a day apart,
    long outlet names and the shift notes never print over each other.
    """
    if not labels:
        return
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    canvas: Any = FigureCanvasAgg(fig)  # matplotlib's stubs leave draw() untyped
    canvas.draw()  # settles the constrained layout before anything is measured
    renderer = canvas.get_renderer()
    from matplotlib.dates import date2num

    to_num: Any = date2num  # untyped in matplotlib's stubs
    from matplotlib.transforms import Bbox

    taken = [a.get_window_extent(renderer) for a in fixed]
    for x, y, area in points:
        px, py = ax.transData.transform((to_num(x), y))
        r = (area**0.5) / 2 * fig.dpi / 72  # marker size is an area in points²
        taken.append(Bbox.from_extents(px - r, py - r, px + r, py + r))
    for text, x, y in labels:
        ann = ax.annotate(
            text, (x, y), xytext=(8, 6), textcoords="offset points", fontsize=8, color="#333333"
        )
        for step in range(8):
            ann.xyann = (8, 6 + 11 * step)
            box = ann.get_window_extent(renderer)
            if not any(box.overlaps(other) for other in taken):
                break
        taken.append(box)


def plot_timeline(
    statements: Iterable[Statement],
    party: str,
    issue: str,
    output: str | Path,
    *,
    granularity: str = "month",
    between: tuple[WindowSpec, WindowSpec] | None = None,
    min_change: int = 2,
    title: str | None = None,
) -> Path:
    """Draw the stance timeline of ``party`` on ``issue`` into ``output`` (.png, .svg, .pdf)."""
    path = Path(output)
    if path.suffix.lower() not in PLOT_SUFFIXES:
        raise InputError(f"{path}: the plot file must end in {', '.join(PLOT_SUFFIXES)}")
    pool = [s for s in statements if s.party == party and s.issue == issue]
    tl = timeline(pool, party, issue, granularity=granularity, between=between)
    if not tl.periods:
        what = "no statements" if not tl.statements else "no statements with a usable date"
        raise InputError(f"{what} for {party} on {issue}: nothing to plot")
    shifts = detect_shifts(pool, granularity=granularity, min_change=min_change, between=between)
    require("matplotlib", "plot")
    from matplotlib.dates import AutoDateLocator, ConciseDateFormatter
    from matplotlib.figure import Figure
    from matplotlib.lines import Line2D

    fig = Figure(figsize=(10, 5), layout="constrained")
    # matplotlib's stubs want floats where it plots dates fine: keep the axes untyped.
    ax: Any = fig.subplots()
    ax.axhline(0, color="#bbbbbb", linewidth=0.8, zorder=0)

    # Period aggregates: a step line across each period, dashed where the period is contested.
    steps: list[tuple[dt.date, dt.date, int, bool]] = [
        (ps.period.start, ps.period.end, int(ps.stance), ps.contested) for ps in tl.periods
    ]
    for (start, end, stance, contested), nxt in zip(steps, [*steps[1:], None], strict=True):
        style = "--" if contested else "-"
        ax.plot([start, end], [stance, stance], style, color="#34495e", linewidth=2.5, zorder=2)
        if nxt is not None and not between:
            ax.plot([end, nxt[0]], [stance, nxt[2]], ":", color="#34495e", linewidth=1, zorder=1)

    # Statements: stacked a little apart where several share a date and a stance.
    placed: Counter[tuple[dt.date, int]] = Counter()
    used = [s for ps in tl.periods for s in ps.statements]
    labels: list[tuple[str, dt.date, float]] = []
    points: list[tuple[dt.date, float, float]] = []  # x, y, marker area (points²)
    coarse = False
    for s in used:
        start, end = _span(s)
        x = _midpoint(start, end)
        n = placed[(x, int(s.stance))]
        placed[(x, int(s.stance))] += 1
        y = int(s.stance) + 0.12 * n
        colour = _COLOURS[s.stance.sign]
        if end > start:  # a coarse date: show every day it may stand for
            coarse = True
            ax.plot([start, end], [y, y], color=colour, alpha=0.35, linewidth=4, zorder=2)
        points.append((x, y, 40 + 260 * s.confidence))
        ax.scatter(
            [x], [y], s=points[-1][2], color=colour, edgecolor="black",
            linewidth=0.6, zorder=3,
        )  # fmt: skip
        if len(used) <= 12 and s.outlet:
            labels.append((s.outlet if len(s.outlet) <= 22 else s.outlet[:21] + "…", x, y))

    # Shifts: an arrow from the stance before to the stance after, at the change.
    shift_labels = []
    for sh in shifts:
        x = sh.after.period.start
        colour = _SHIFT_COLOURS.get(sh.kind, "#8e44ad")
        ax.annotate(
            "", xy=(x, int(sh.after.stance)), xytext=(x, int(sh.before.stance)),
            arrowprops={"arrowstyle": "-|>", "color": colour, "linewidth": 2}, zorder=4,
        )  # fmt: skip
        change = f"{_signed(int(sh.before.stance))} → {_signed(int(sh.after.stance))}"
        shift_labels.append(ax.annotate(
            f"{sh.kind.value}{' (minor)' if sh.minor else ''}  {change}\n"
            f"confidence {sh.confidence:.2f}, {sh.before.sources} → {sh.after.sources} sources",
            (x, (int(sh.before.stance) + int(sh.after.stance)) / 2),
            xytext=(6, 0), textcoords="offset points", color=colour, fontsize=9,
            fontweight="bold", va="center",
            bbox={"boxstyle": "round,pad=0.2", "facecolor": "white", "edgecolor": "none",
                  "alpha": 0.85},
        ))  # fmt: skip

    ax.set_ylim(-2.6, 2.8)
    ax.set_yticks(list(_LEVELS), [_LEVELS[k] for k in _LEVELS])
    locator = AutoDateLocator()  # type: ignore[no-untyped-call]
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(ConciseDateFormatter(locator))  # type: ignore[no-untyped-call]
    first = min(ps.period.start for ps in tl.periods)
    last = max(ps.period.end for ps in tl.periods)
    pad = max((last - first) / 20, dt.timedelta(days=1))
    ax.set_xlim(first - pad, last + pad)
    ax.grid(axis="y", color="#eeeeee")
    ax.set_title(title or f"{party} on {issue}", loc="left", fontsize=12, fontweight="bold")
    basis = (
        f"windows {_window_label(between[0])} vs {_window_label(between[1])}"
        if between
        else f"by {granularity}"
    )
    note = f"{len(used)} statements, {basis}; point size = confidence"
    if tl.undated:
        note += f"; {tl.undated} without a usable date not shown"
    ax.set_xlabel(note, fontsize=9, color="#555555")
    # The legend names only what the picture shows.
    handles: list[Any] = [
        Line2D([], [], marker="o", linestyle="", color="#999999", markeredgecolor="black",
               label="statement (size = confidence)"),
        Line2D([], [], color="#34495e", linewidth=2.5, label="period stance (median of sources)"),
    ]  # fmt: skip
    if coarse:
        handles.append(
            Line2D(
                [], [], color="#999999", alpha=0.35, linewidth=4, label="date known to the month"
            )
        )
    if any(ps.contested for ps in tl.periods):
        handles.append(
            Line2D([], [], color="#34495e", linewidth=2.5, linestyle="--", label="contested period")
        )
    for kind in dict.fromkeys(sh.kind for sh in shifts):
        handles.append(
            Line2D([], [], color=_SHIFT_COLOURS.get(kind, "#8e44ad"), marker="v", label=kind.value)
        )
    ax.legend(handles=handles, loc="upper left", fontsize=8, framealpha=0.9)
    _place_labels(fig, ax, labels, points, shift_labels)
    try:
        fig.savefig(path, dpi=120)
    except OSError as exc:
        raise InputError(f"{path}: cannot write the plot: {exc.strerror or exc}") from None
    return path
