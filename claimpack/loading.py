"""Load a data package into pandas with the Table Schema's types: integers stay integers with
nulls ("Int64"), numbers are "Float64", booleans "boolean", dates datetime64, enums categoricals
with the enum's categories, strings "string". The same typing is what every publish target is
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

import pandas as pd

from claimpack.errors import ClaimpackError
from claimpack.safety.hashes import mismatch
from claimpack.version.snapshot import Snapshot, open_snapshot

TRUE = {"true", "True", "TRUE", "1"}
FALSE = {"false", "False", "FALSE", "0"}


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
    enum = (field.get("constraints") or {}).get("enum")
    if enum and field.get("type", "string") == "string":
        return pd.CategoricalDtype(categories=list(enum))
    return {
        "integer": "Int64",
        "year": "Int64",
        "number": "Float64",
        "boolean": "boolean",
        "date": "datetime64[s]",
        "datetime": "datetime64[s, UTC]",
    }.get(field.get("type", "string"), "string")


def typed_frame(data: bytes, schema: dict[str, Any]) -> pd.DataFrame:
    """CSV bytes typed by `schema`; a cell that does not parse is unusable input (ClaimpackError)."""
    try:
        raw = pd.read_csv(io.BytesIO(data), dtype=str, keep_default_na=False, na_values=[])
    except (ValueError, pd.errors.ParserError) as error:
        raise ClaimpackError(None, f"not a readable CSV: {error}") from None
    missing = set(schema.get("missingValues", [""]))
    return retype(raw.mask(raw.isin(missing)), schema)


def retype(frame: pd.DataFrame, schema: dict[str, Any]) -> pd.DataFrame:
    """Columns converted to the schema's dtypes, from text or from whatever a store gave back."""
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
    kind = field.get("type", "string")
    target = dtype(field)
    if isinstance(target, pd.CategoricalDtype):
        values = column.astype("string")
        unknown = set(values.dropna()) - set(target.categories)
        if unknown:
            raise ValueError(f"values outside the enum: {sorted(unknown)}")
        return values.astype(target)
    if kind in ("integer", "year", "number"):
        if column.dtype == object or pd.api.types.is_string_dtype(column.dtype):
            column = pd.to_numeric(column, errors="raise")
        return column.astype(target)
    if kind == "boolean":
        if pd.api.types.is_bool_dtype(column.dtype) or pd.api.types.is_numeric_dtype(column.dtype):
            return column.astype("boolean")
        text = column.astype("string")
        bad = set(text.dropna()) - TRUE - FALSE
        if bad:
            raise ValueError(f"not booleans: {sorted(bad)}")
        return text.map(lambda v: None if pd.isna(v) else v in TRUE, na_action="ignore").astype("boolean")
    if kind == "date":
        return pd.to_datetime(column, format="ISO8601").astype(target)
    if kind == "datetime":
        return pd.to_datetime(column, format="ISO8601", utc=True).astype(target)
    return column.astype("string")
