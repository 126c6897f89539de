"""Rows to CSV, in the field order of each Table Schema, byte-for-byte reproducible."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from dataclasses import is_dataclass
from datetime import date
from operator import attrgetter
from typing import Any

from claimpack.resources import load_schema

# Types the csv module writes as format_value would (None as '', an int as str(int)): their cells
# skip the call. Not bool ('True'), float (repr: '3.0') or datetime (str: a space, not 'T').
WRITTEN_AS_IS = frozenset({str, int, type(None)})


def field_names(resource: str) -> list[str]:
    return [field["name"] for field in load_schema(f"{resource}.schema.json")["fields"]]


def format_value(value: Any) -> str:
    """null -> '', booleans as 'true'/'false', whole floats without '.0', dates as ISO."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def render_csv(resource: str, rows: Iterable[Any]) -> bytes:
    """CSV bytes (UTF-8, LF, minimal quoting) for one resource."""
    return render_header(resource) + render_rows(resource, rows)


def render_header(resource: str) -> bytes:
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\n").writerow(field_names(resource))
    return buffer.getvalue().encode("utf-8")


def render_rows(resource: str, rows: Iterable[Any]) -> bytes:
    """The data lines only, so a streaming build can append one article's rows at a time."""
    names = field_names(resource)
    read = attrgetter(*names)  # a tuple of the fields, or one field alone
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    for row in rows:
        values: Sequence[Any]
        if is_dataclass(row) and not isinstance(row, type):  # fields are scalars: no asdict() deep copy
            values = read(row) if len(names) > 1 else (read(row),)
        else:
            data = dict(row)
            values = [data[name] for name in names]
        writer.writerow([value if type(value) in WRITTEN_AS_IS else format_value(value) for value in values])
    return buffer.getvalue().encode("utf-8")
