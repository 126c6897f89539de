"""Load a data package into pandas with the Table Schema's types and semantics
(claimpack.tableschema): integers stay integers with nulls ("Int64"), numbers are "Float64",
booleans "boolean", dates datetime64, enums categoricals with the enum's categories, strings
"string"; formats, true/false values, decimal and group characters, bareNumber and missing values
are honoured as frictionless honours them. The same typing is what every publish target is
compared against when it is read back.

    >>> import claimpack
    >>> tables = claimpack.load("datapackage")          # a folder, datapackage.json, zip or URL
    >>> tables["claims"].dtypes["value"]
    Float64Dtype()
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

from claimpack.errors import ClaimpackError
from claimpack.lazy import pd
from claimpack.safety.hashes import mismatch
from claimpack.tableschema import pandas_dtype, read_column, storage
from claimpack.version.snapshot import Snapshot, open_snapshot


def load(location: str | Path, *, verify: bool = True, allow_remote: bool = False) -> dict[str, pd.DataFrame]:
    """Every tabular resource of the package at `location`, by resource name, in descriptor order.

    With `verify` (the default) each file must have the bytes and hash its descriptor declares:
    a tampered package is an error, not a quiet wrong answer. A resource at a remote URL is
    fetched only with `allow_remote`."""
    return load_snapshot(open_snapshot(location, allow_remote=allow_remote), verify=verify)


def load_snapshot(snapshot: Snapshot, *, verify: bool = True) -> dict[str, pd.DataFrame]:
    tables: dict[str, pd.DataFrame] = {}
    for resource in snapshot.resources():
        path = resource.get("path")
        if not isinstance(path, str):
            continue
        schema = snapshot.schema(resource)
        data = snapshot.read(path)
        problem = mismatch(data, resource) if verify else None
        if problem:
            raise ClaimpackError(f"{snapshot.label}/{path}", f"{problem}; pass verify=False to load it anyway")
        try:
            tables[resource["name"]] = typed_frame(data, schema)
        except ClaimpackError as error:
            raise ClaimpackError(f"{snapshot.label}/{path}", error.problem) from None
    return tables


def dtype(field: dict[str, Any]) -> Any:
    """The pandas dtype a Table Schema field loads as."""
    return pandas_dtype(field)


def typed_frame(data: bytes, schema: dict[str, Any]) -> pd.DataFrame:
    """CSV bytes typed by `schema` with Table Schema semantics (claimpack.tableschema); a cell
    that does not read is unusable input (ClaimpackError)."""
    try:
        raw = pd.read_csv(io.BytesIO(data), dtype=str, keep_default_na=False, na_values=[])
    except (ValueError, pd.errors.ParserError) as error:
        raise ClaimpackError(None, f"not a readable CSV: {error}") from None
    for field in schema.get("fields") or []:
        name = field["name"]
        if name in raw.columns:
            try:
                raw[name] = read_column(raw[name], field, schema)
            except ValueError as error:
                raise ClaimpackError(None, f"column {name!r} is {error}") from None
    return raw


def retype(frame: pd.DataFrame, schema: dict[str, Any]) -> pd.DataFrame:
    """Columns a store gave back (ints, floats, bools, dates, text) as the schema's dtypes."""
    frame = frame.copy()
    for field in schema.get("fields") or []:
        name = field["name"]
        if name in frame.columns:
            try:
                frame[name] = _convert(frame[name], field)
            except (ValueError, TypeError) as error:
                raise ClaimpackError(None, f"column {name!r} is not {field.get('type')}: {error}") from None
    return frame


def _convert(column: pd.Series, field: dict[str, Any]) -> pd.Series:
    kind = storage(field)
    target = pandas_dtype(field)
    if isinstance(target, pd.CategoricalDtype):
        values = column.astype("string")
        unknown = set(values.dropna()) - set(target.categories)
        if unknown:
            raise ValueError(f"values outside the enum: {sorted(unknown)}")
        return values.astype(target)
    if kind != "text" and column.dtype == object and all(isinstance(v, str) for v in column.dropna()):
        return read_column(column, field)  # a store that keeps this type as text
    if kind in ("integer", "float"):
        if column.dtype == object or pd.api.types.is_string_dtype(column.dtype):
            column = pd.to_numeric(column, errors="raise")
        return column.astype(target)
    if kind == "boolean":
        return column.astype("boolean")
    if kind == "date":
        return pd.to_datetime(column, format="ISO8601").astype(target)
    if kind == "datetime":
        return pd.to_datetime(column, format="ISO8601", utc=True).astype(target)
    return column.astype("string")
