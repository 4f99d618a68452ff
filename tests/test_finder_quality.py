"""The finder against the annotated sets: the bar of issue 4 on the seeds and the guard set,
and regression floors on the sets written blind (floors, not targets: nobody tunes on them).

Scored exactly as ``../shared/tools/score.py`` scores (see :mod:`positions.evaluate`).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from positions.cli import extraction_records
from positions.evaluate import load_gold, score
from positions.pipeline import Problem, iter_extractions

DATA = Path(__file__).resolve().parent / "data"
SEEDS = Path(__file__).resolve().parent.parent / "seeds"

# set, precision floor, recall floor, exact-stance floor (share of what is found)
BARS = [
    (SEEDS, 0.90, 0.90, 0.80),
    (DATA / "guard", 0.90, 0.90, 0.80),
    (DATA / "blind", 0.85, 0.72, 0.80),
    (DATA / "dev4", 0.75, 0.62, 0.80),
    (DATA / "dev5", 0.70, 0.60, 0.80),
    (DATA / "blind3", 0.72, 0.52, 0.80),
    (DATA / "dev6", 0.75, 0.75, 0.80),
    (DATA / "dev7", 0.72, 0.68, 0.80),
    (DATA / "blind4", 0.72, 0.58, 0.75),
    (DATA / "dev8", 0.78, 0.76, 0.80),
    (DATA / "blind5", 0.72, 0.60, 0.80),
    (DATA / "dev9", 0.74, 0.64, 0.80),
    (DATA / "holdout", 0.85, 0.85, 0.80),
    (DATA / "blind2", 0.85, 0.78, 0.80),
    (DATA / "dev10", 0.78, 0.68, 0.80),
    (DATA / "dev11", 0.74, 0.70, 0.80),
    (DATA / "blind6", 0.62, 0.48, 0.80),
    (DATA / "blind7", 0.76, 0.62, 0.80),
    (DATA / "dev12", 0.76, 0.53, 0.80),
    (DATA / "dev13", 0.76, 0.64, 0.80),
    (DATA / "blind8", 0.68, 0.40, 0.80),
    (DATA / "dev14", 0.74, 0.48, 0.80),
    (DATA / "dev15", 0.70, 0.46, 0.80),
    (DATA / "blind9", 0.66, 0.42, 0.80),
    (DATA / "blind10", 0.66, 0.44, 0.75),
    (DATA / "dev16", 0.64, 0.46, 0.80),
    (DATA / "blind11", 0.64, 0.46, 0.75),
    (DATA / "dev17", 0.62, 0.45, 0.80),
    (DATA / "blind12", 0.60, 0.46, 0.80),
    (DATA / "dev18", 0.62, 0.45, 0.80),
    (DATA / "blind13", 0.66, 0.43, 0.80),
    (DATA / "dev19", 0.60, 0.42, 0.80),
    (DATA / "blind14", 0.60, 0.50, 0.80),
    (DATA / "dev20", 0.65, 0.45, 0.75),
    (DATA / "blind15", 0.63, 0.44, 0.75),
    (DATA / "dev21", 0.66, 0.54, 0.80),
    (DATA / "dev22", 0.64, 0.50, 0.80),
    (DATA / "blind16", 0.60, 0.43, 0.80),
    (DATA / "blind17", 0.67, 0.47, 0.80),
    (DATA / "blind18", 0.72, 0.66, 0.78),
    (DATA / "dev23", 0.76, 0.72, 0.78),
    (DATA / "blind19", 0.73, 0.59, 0.78),
    (DATA / "dev24", 0.80, 0.70, 0.85),
    (DATA / "blind20", 0.69, 0.62, 0.80),
]


def _articles(folder: Path) -> list[Path]:
    return sorted(p for p in folder.iterdir() if p.suffix in (".txt", ".html"))


@pytest.mark.parametrize(
    ("folder", "p_min", "r_min", "exact_min"), BARS, ids=lambda v: str(v)[-12:]
)
def test_the_finder_meets_the_bar(
    folder: Path, p_min: float, r_min: float, exact_min: float
) -> None:
    predictions = []
    for item in iter_extractions([str(p) for p in _articles(folder)], jobs=1):
        assert not isinstance(item, Problem), item
        predictions.extend(extraction_records(item))
    result = score(load_gold(folder / "gold.jsonl"), predictions)
    assert result.precision >= p_min, (folder.name, result.precision, result.spurious[:5])
    assert result.recall >= r_min, (folder.name, result.recall, result.missed[:5])
    assert result.found and result.exact / result.found >= exact_min
