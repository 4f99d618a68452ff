"""The one cattrs converter: records to and from JSON-ready dicts and JSON lines.

The model never imports cattrs; every edge that reads or writes records goes through here.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Iterator
from typing import Any, TypeVar

import cattrs
from cattrs.gen import make_dict_unstructure_fn
from cattrs.preconf.json import make_converter
from cattrs.v import format_exception

from positions.audit import Correction
from positions.errors import InputError
from positions.model import Article, Shift, Statement

__all__ = [
    "converter",
    "dumps",
    "from_json_line",
    "loads",
    "structure",
    "to_json_line",
    "unstructure",
]

T = TypeVar("T")

converter = make_converter()
converter.register_unstructure_hook(dt.date, lambda d: d.isoformat())
converter.register_structure_hook(dt.date, lambda v, _: dt.date.fromisoformat(v))

# A shift's id is derived, not stored; JSON carries it so readers can ask `explain` about it.
_unstructure_shift = make_dict_unstructure_fn(Shift, converter)
converter.register_unstructure_hook(Shift, lambda s: {**_unstructure_shift(s), "id": s.id})

_KINDS: dict[str, type[Any]] = {
    "article": Article,
    "statement": Statement,
    "shift": Shift,
    "correction": Correction,
}


def _say_why(exc: BaseException, type_: type[Any] | None) -> str:
    # The model's invariants raise ValueError with the reason; cattrs alone would only say
    # "invalid value", which leaves the reader of an import guessing.
    if type(exc) is ValueError and str(exc):
        return f"invalid value ({exc})"
    return format_exception(exc, type_)


def unstructure(record: Any) -> Any:
    return converter.unstructure(record)


def structure(data: Any, cls: type[T]) -> T:
    """Structure ``data`` into ``cls``; validation errors become one readable InputError."""
    try:
        return converter.structure(data, cls)
    except Exception as exc:  # cattrs raises ExceptionGroups of validation errors
        if isinstance(exc, cattrs.BaseValidationError):
            detail = "; ".join(cattrs.transform_error(exc, format_exception=_say_why))
        else:
            detail = str(exc)
        raise InputError(f"invalid {cls.__name__}: {detail}") from exc


def dumps(record: Any) -> str:
    return json.dumps(unstructure(record), ensure_ascii=False, sort_keys=True)


def loads(text: str, cls: type[T]) -> T:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(f"invalid JSON: {exc}") from exc
    return structure(data, cls)


# JSON leaves these unescaped, yet str.splitlines() and many editors break lines at them;
# escaped, a record is one line for every reader. They only occur inside strings.
_LINE_BREAKS = {c: f"\\u{c:04x}" for c in (0x85, 0x2028, 0x2029)}


def to_json_line(record: Article | Statement | Shift | Correction) -> str:
    """A tagged JSON line, so a mixed export can be read back without a schema."""
    kind = {cls: name for name, cls in _KINDS.items()}[type(record)]
    line = json.dumps({"kind": kind, "data": unstructure(record)}, ensure_ascii=False)
    return line.translate(_LINE_BREAKS)


def from_json_line(line: str) -> Article | Statement | Shift | Correction:
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as exc:
        raise InputError(f"invalid JSON line: {exc}") from exc
    if not isinstance(obj, dict) or obj.get("kind") not in _KINDS:
        raise InputError(
            "a record line needs 'kind' (article, statement, shift or correction) and 'data'"
        )
    record: Article | Statement | Shift | Correction = structure(
        obj.get("data"), _KINDS[obj["kind"]]
    )
    return record


def write_lines(records: Iterable[Article | Statement | Shift | Correction]) -> Iterator[str]:
    for record in records:
        yield to_json_line(record) + "\n"
