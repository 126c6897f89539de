"""Typed DataFrame columns (as `claimpack.load` makes them) turned into what a store takes: plain
Python values, or Arrow arrays with the Table Schema's types. Every target goes through here, and
every type comes from claimpack.tableschema, so a date is a date and an integer an integer in each
of them."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from graphlib import CycleError, TopologicalSorter
from typing import TYPE_CHECKING, Any

from claimpack.errors import ClaimpackError
from claimpack.lazy import pd
from claimpack.tableschema import Storage, enum, foreign_keys, primary_key, storage
from claimpack.version.snapshot import Snapshot

if TYPE_CHECKING:  # pyarrow comes with the publish and scale extras, not the base install
    import pyarrow as pa


PYTHON: dict[Storage, Callable[[Any], Any]] = {
    "integer": int,
    "float": float,
    "boolean": bool,
    "date": lambda value: value.date() if isinstance(value, datetime) else value,  # pd.Timestamp is a datetime
    "datetime": lambda value: value.to_pydatetime() if isinstance(value, pd.Timestamp) else value,
    "text": str,
}


def python_values(column: pd.Series, field: dict[str, Any]) -> list[Any]:
    """The column's cells as None, int, float, bool, str, date or datetime."""
    convert = PYTHON[storage(field)]
    return [None if pd.isna(value) else convert(value) for value in column.astype(object)]


def arrow_type(field: dict[str, Any]) -> pa.DataType:
    import pyarrow as pa

    types: dict[Storage, pa.DataType] = {
        "integer": pa.int64(),
        "float": pa.float64(),
        "boolean": pa.bool_(),
        "date": pa.date32(),
        "datetime": pa.timestamp("s", tz="UTC"),
        "text": pa.string(),
    }
    return types[storage(field)]


def to_arrow(frame: pd.DataFrame, schema: dict[str, Any]) -> pa.Table:
    """The frame as an Arrow table whose columns have the schema's types, in the schema's order."""
    import pyarrow as pa

    fields = [f for f in schema.get("fields") or [] if f["name"] in frame.columns]
    arrays = [pa.array(python_values(frame[f["name"]], f), type=arrow_type(f)) for f in fields]
    arrow_fields = [pa.field(f["name"], arrow_type(f), nullable=not _required(f)) for f in fields]
    return pa.Table.from_arrays(arrays, schema=pa.schema(arrow_fields))


def _required(field: dict[str, Any]) -> bool:
    return bool((field.get("constraints") or {}).get("required"))


def load_order(snapshot: Snapshot) -> list[dict[str, Any]]:
    """Resources with every table a foreign key points to before the table pointing at it
    (self-references aside)."""
    resources = {r["name"]: r for r in snapshot.resources()}
    sorter: TopologicalSorter[str] = TopologicalSorter()
    for name, resource in resources.items():
        targets = {t for _, t, _ in foreign_keys(snapshot.schema(resource), name) if t != name and t in resources}
        sorter.add(name, *targets)
    try:
        return [resources[name] for name in sorter.static_order()]
    except CycleError as error:
        raise ClaimpackError(snapshot.label, f"foreign keys form a cycle through {error.args[1][0]!r}") from None


__all__ = ["arrow_type", "enum", "foreign_keys", "load_order", "primary_key", "python_values", "to_arrow"]
