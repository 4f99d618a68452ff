"""positions: track each party's stated position on each issue over time, and report shifts.

The public API, for analysts and notebooks::

    >>> from positions import Tracker
    >>> tracker = Tracker()            # in memory; Tracker("record.db") keeps a file

See docs/api.md for a walk through ingest, queries, corrections and exports.
"""

from __future__ import annotations

from importlib import metadata as _metadata

from positions.audit import Action, Correction, History, Status
from positions.codebook import Codebook, default_codebook, load_codebook
from positions.detect import detect_shifts
from positions.errors import (
    CodebookError,
    FormatError,
    InputError,
    PluginError,
    PositionsError,
    StoreError,
)
from positions.exports import MissingExtraError
from positions.model import (
    Article,
    Evidence,
    Origin,
    Period,
    PeriodStance,
    Precision,
    Provenance,
    Shift,
    ShiftKind,
    Stance,
    Statement,
    When,
)
from positions.pipeline import Extraction, extract_source
from positions.source import Metadata, Source
from positions.store import Store
from positions.tracker import (
    Exhibit,
    Explanation,
    Filters,
    GapList,
    ShiftList,
    StandingList,
    StatementList,
    TimelineView,
    Tracker,
)

try:
    __version__ = _metadata.version("positions")
except _metadata.PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0+unknown"

__all__ = [
    "Action",
    "Article",
    "Codebook",
    "CodebookError",
    "Correction",
    "Evidence",
    "Exhibit",
    "Explanation",
    "Extraction",
    "Filters",
    "FormatError",
    "GapList",
    "History",
    "InputError",
    "Metadata",
    "MissingExtraError",
    "Origin",
    "Period",
    "PeriodStance",
    "PluginError",
    "PositionsError",
    "Precision",
    "Provenance",
    "Shift",
    "ShiftKind",
    "ShiftList",
    "Source",
    "Stance",
    "StandingList",
    "Statement",
    "StatementList",
    "Status",
    "Store",
    "StoreError",
    "TimelineView",
    "Tracker",
    "When",
    "__version__",
    "default_codebook",
    "detect_shifts",
    "extract_source",
    "load_codebook",
]
