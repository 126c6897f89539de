"""Typed DataFrame columns (as `claimpack.load` makes them) turned into what a store takes: plain
Python values, or Arrow arrays with the Table Schema's types. Every target goes through here, so a
date is a date and an integer an integer in each of them."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

import pandas as pd

from claimpack.errors import ClaimpackError
from claimpack.version.snapshot import Snapshot

if TYPE_CHECKING:  # pyarrow comes with the publish and scale extras, not the base install
    import pyarrow as pa


def python_values(column: pd.Series, field: dict[str, Any]) -> list[Any]:
    """The column's cells as None, int, float, bool, str, date or datetime."""
    kind = field.get("type", "string")
    converters: dict[str, Callable[[Any], Any]] = {
        "integer": int,
        "year": int,
        "number": float,
        "boolean": bool,
        "date": _date,
        "datetime": _datetime,
    }
    convert = converters.get(kind, str)
    return [None if pd.isna(value) else convert(value) for value in column.astype(object)]


def _date(value: Any) -> date:
    return value.date() if isinstance(value, datetime) else value  # pd.Timestamp is a datetime


def _datetime(value: Any) -> datetime:
    return value.to_pydatetime() if isinstance(value, pd.Timestamp) else value


def arrow_type(field: dict[str, Any]) -> pa.DataType:
    import pyarrow as pa

    return {
        "integer": pa.int64(),
        "year": pa.int64(),
        "number": pa.float64(),
        "boolean": pa.bool_(),
        "date": pa.date32(),
        "datetime": pa.timestamp("s", tz="UTC"),
    }.get(field.get("type", "string"), pa.string())


def to_arrow(frame: pd.DataFrame, schema: dict[str, Any]) -> pa.Table:
    """The frame as an Arrow table whose columns have the schema's types, in the schema's order."""
    import pyarrow as pa

    fields = [f for f in schema.get("fields") or [] if f["name"] in frame.columns]
    arrays = [pa.array(python_values(frame[f["name"]], f), type=arrow_type(f)) for f in fields]
    arrow_fields = [pa.field(f["name"], arrow_type(f), nullable=not _required(f)) for f in fields]
    return pa.Table.from_arrays(arrays, schema=pa.schema(arrow_fields))


def _required(field: dict[str, Any]) -> bool:
    return bool((field.get("constraints") or {}).get("required"))


def primary_key(schema: dict[str, Any]) -> list[str]:
    key = schema.get("primaryKey") or []
    return [key] if isinstance(key, str) else list(key)


def foreign_keys(schema: dict[str, Any], table: str) -> list[tuple[list[str], str, list[str]]]:
    """(fields, referenced table, referenced fields); a self-reference names its own table."""
    keys = []
    for fk in schema.get("foreignKeys") or []:
        fields = fk["fields"] if isinstance(fk["fields"], list) else [fk["fields"]]
        reference = fk["reference"]
        ref_fields = reference["fields"] if isinstance(reference["fields"], list) else [reference["fields"]]
        keys.append((fields, reference.get("resource") or table, ref_fields))
    return keys


def enum(field: dict[str, Any]) -> list[str] | None:
    values = (field.get("constraints") or {}).get("enum")
    return [str(v) for v in values] if values else None


def load_order(snapshot: Snapshot) -> list[dict[str, Any]]:
    """Resources with every table a foreign key points to before the table pointing at it."""
    resources = {r["name"]: r for r in snapshot.resources()}
    ordered: list[dict[str, Any]] = []
    done: set[str] = set()
    visiting: set[str] = set()

    def visit(name: str) -> None:
        if name in done:
            return
        if name in visiting:
            raise ClaimpackError(snapshot.label, f"foreign keys form a cycle through {name!r}")
        visiting.add(name)
        for _, target, _ in foreign_keys(snapshot.schema(resources[name]), name):
            if target != name and target in resources:
                visit(target)
        visiting.discard(name)
        done.add(name)
        ordered.append(resources[name])

    for name in resources:
        visit(name)
    return ordered
