"""The record out and back in: JSON lines (lossless), CSV, and pandas / Parquet when installed.

JSON lines carry the whole record — articles, statements as first stored, and the audit
trail — through the one cattrs converter, so an export imported into an empty store gives
the same record. CSV, DataFrames and Parquet are flat tables of statements or shifts for
spreadsheets and notebooks; pandas and pyarrow are optional extras, imported only when
asked for.
"""

from __future__ import annotations

import csv
import importlib
import io
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from types import ModuleType
from typing import IO, Any

from positions import serialize
from positions.errors import PositionsError, StoreError
from positions.model import Shift, Statement
from positions.store import Store

__all__ = [
    "SHIFT_COLUMNS",
    "STATEMENT_COLUMNS",
    "MissingExtraError",
    "dataframe",
    "export_jsonl",
    "import_jsonl",
    "require",
    "shift_record",
    "statement_record",
    "write_csv",
    "write_parquet",
]


class MissingExtraError(PositionsError, ImportError):
    """An optional dependency (pandas, pyarrow) is needed and not installed.

    An ``ImportError`` too, so the usual ``except ImportError`` around optional features works.
    """


def require(module: str, extra: str) -> ModuleType:
    """Import an optional dependency, or say in one line which extra provides it."""
    try:
        return importlib.import_module(module)
    except ImportError:
        raise MissingExtraError(
            f"{module} is not installed: pip install 'positions[{extra}]'"
        ) from None


# ---------------------------------------------------------------------------- JSON lines


def export_jsonl(store: Store, out: IO[str]) -> dict[str, int]:
    """Write the whole record as tagged JSON lines; how many of each kind were written.

    Articles first, then statements as first stored, then the audit trail in the order it
    was made, so that reading the lines in order rebuilds the record.
    """
    counts = {"articles": 0, "statements": 0, "corrections": 0}
    groups: tuple[tuple[str, Iterable[Any]], ...] = (
        ("articles", store.articles()),
        ("statements", store.statements(raw=True)),
        ("corrections", store.corrections()),
    )
    for kind, records in groups:
        for record in records:
            out.write(serialize.to_json_line(record) + "\n")
            counts[kind] += 1
    return counts


def import_jsonl(store: Store, lines: Iterable[str]) -> dict[str, int]:
    """Add the records of a JSON lines export; what is stored already is left alone."""
    return store.import_lines(lines)


def import_path(store: Store, path: str | Path) -> dict[str, int]:
    p = Path(path)
    try:
        with p.open(encoding="utf-8") as fh:
            return import_jsonl(store, fh)
    except FileNotFoundError:
        raise StoreError(f"{p}: no such file") from None
    except UnicodeDecodeError:
        raise StoreError(f"{p}: not UTF-8 text; expected a JSON lines export") from None
    except OSError as exc:
        raise StoreError(f"{p}: cannot read: {exc.strerror or exc}") from None


# ---------------------------------------------------------------------------- flat tables

STATEMENT_COLUMNS = (
    "id",
    "date",
    "start",
    "end",
    "precision",
    "party",
    "issue",
    "stance",
    "speaker",
    "outlet",
    "relays",
    "confidence",
    "origin",
    "status",
    "quote",
    "note",
    "article_id",
    "extractor",
    "history",
)

SHIFT_COLUMNS = (
    "id",
    "party",
    "issue",
    "kind",
    "minor",
    "from",
    "to",
    "from_start",
    "to_start",
    "stance_before",
    "stance_after",
    "sources_before",
    "sources_after",
    "contested_before",
    "contested_after",
    "confidence",
    "evidence_before",
    "evidence_after",
)


def relay_chain(relays: Sequence[str], outlet: str | None) -> str:
    """Who reported it, first to last: ``KAN → Enab Baladi``."""
    chain = list(relays)
    if outlet and (not chain or chain[-1] != outlet):
        chain.append(outlet)
    return " → ".join(chain)


def statement_record(s: Statement, status: str = "", history: str = "") -> dict[str, Any]:
    """One statement as a flat row (``STATEMENT_COLUMNS``)."""
    return {
        "id": s.id,
        "date": s.when.iso(),
        "start": s.when.date,
        "end": s.when.end(),
        "precision": s.when.precision.value if s.when.known else None,
        "party": s.party,
        "issue": s.issue,
        "stance": int(s.stance),
        "speaker": s.speaker,
        "outlet": s.outlet,
        "relays": relay_chain(s.relays, None),
        "confidence": s.confidence,
        "origin": s.origin.value,
        "status": status or s.origin.value,
        "quote": s.evidence.quote if s.evidence else None,
        "note": s.note,
        "article_id": s.article_id,
        "extractor": s.extractor,
        "history": history,
    }


def shift_record(sh: Shift) -> dict[str, Any]:
    """One shift as a flat row (``SHIFT_COLUMNS``); evidence as space-separated statement ids."""
    return {
        "id": sh.id,
        "party": sh.party,
        "issue": sh.issue,
        "kind": sh.kind.value,
        "minor": sh.minor,
        "from": sh.before.period.label,
        "to": sh.after.period.label,
        "from_start": sh.before.period.start,
        "to_start": sh.after.period.start,
        "stance_before": int(sh.before.stance),
        "stance_after": int(sh.after.stance),
        "sources_before": sh.before.sources,
        "sources_after": sh.after.sources,
        "contested_before": sh.before.contested,
        "contested_after": sh.after.contested,
        "confidence": sh.confidence,
        "evidence_before": " ".join(s.id for s in sh.before.statements),
        "evidence_after": " ".join(s.id for s in sh.after.statements),
    }


def write_csv(records: Iterable[Mapping[str, Any]], columns: Sequence[str], out: IO[str]) -> int:
    """Write rows as CSV with a header; dates as ISO, None as empty. The number of rows."""
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(columns)
    n = 0
    for r in records:
        writer.writerow(["" if r.get(c) is None else r.get(c) for c in columns])
        n += 1
    return n


def csv_text(records: Iterable[Mapping[str, Any]], columns: Sequence[str]) -> str:
    buf = io.StringIO()
    write_csv(records, columns, buf)
    return buf.getvalue()


_DATE_COLUMNS = ("start", "end", "from_start", "to_start")


def dataframe(records: Iterable[Mapping[str, Any]], columns: Sequence[str]) -> Any:
    """A pandas DataFrame of flat rows, date columns as datetimes (needs the pandas extra)."""
    pd = require("pandas", "pandas")
    frame = pd.DataFrame.from_records(list(records), columns=list(columns))
    for col in _DATE_COLUMNS:
        if col in frame.columns:
            frame[col] = pd.to_datetime(frame[col])
    return frame


def write_parquet(
    records: Iterable[Mapping[str, Any]], columns: Sequence[str], path: str | Path
) -> int:
    """Write flat rows to a Parquet file (needs the parquet extra); the number of rows."""
    require("pyarrow", "parquet")
    frame = dataframe(records, columns)
    try:
        frame.to_parquet(path, index=False)
    except OSError as exc:
        raise StoreError(f"{path}: cannot write: {exc.strerror or exc}") from None
    return len(frame)
