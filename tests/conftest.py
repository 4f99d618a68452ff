"""Shared fixtures: every test gets its own store path and never touches the user's."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


@pytest.fixture(autouse=True)
def _isolated_store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    db = tmp_path / "positions.db"
    monkeypatch.setenv("POSITIONS_DB", str(db))
    monkeypatch.delenv("POSITIONS_DEBUG", raising=False)
    return db


@pytest.fixture
def seeds_dir() -> Path:
    return SEEDS
