"""The one mapping from a Table Schema field to the kind of value it is stored as. Each store
(pandas, Arrow, SQL, DuckDB) translates these few kinds into its own types; no store looks at a
Table Schema type itself, so a `year` is an integer and a `number` a double everywhere.

Types with no column type of their own in every store (time, yearmonth, duration, object, array,
geopoint, geojson, any) are kept as their text, as written in the CSV."""

from __future__ import annotations

from typing import Any, Literal, get_args

from claimpack.lazy import pd

Storage = Literal["integer", "float", "boolean", "date", "datetime", "text"]
STORAGE_KINDS: tuple[Storage, ...] = get_args(Storage)

_BY_TYPE: dict[str, Storage] = {
    "integer": "integer",
    "year": "integer",
    "number": "float",
    "boolean": "boolean",
    "date": "date",
    "datetime": "datetime",
}

PANDAS: dict[Storage, str] = {
    "integer": "Int64",
    "float": "Float64",
    "boolean": "boolean",
    "date": "datetime64[s]",
    "datetime": "datetime64[s, UTC]",
    "text": "string",
}


def storage(field: dict[str, Any]) -> Storage:
    """How the field's values are stored (a Table Schema field with no type is a string)."""
    return _BY_TYPE.get(str(field.get("type") or "string"), "text")


def pandas_dtype(field: dict[str, Any]) -> Any:
    """The pandas dtype the field loads as: a string field with an enum is a categorical of the
    enum's values, in the enum's order."""
    values = (field.get("constraints") or {}).get("enum")
    if values and storage(field) == "text":
        return pd.CategoricalDtype(categories=[str(v) for v in values])
    return PANDAS[storage(field)]
