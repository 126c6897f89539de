"""Text cells read the way the Table Schema says, and the way frictionless reads them (its 5.x
field readers, rule for rule): missingValues (the field's, else the schema's), `format` for dates
and datetimes (default, any, or a strptime pattern), trueValues/falseValues, and for numbers
decimalChar, groupChar and bareNumber. A cell that does not read is an error (`strict`) or
missing, as a validator wants it.

Each distinct value is read once by a small Python reader (int(), Decimal(), strptime, as
frictionless does) and the column is then mapped: identifiers and offsets repeat, so this costs
little more than pandas' own converters, and it agrees with frictionless where they do not
(pandas reads «1e3» as an integer, frictionless does not)."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any

from claimpack.lazy import np, pd
from claimpack.tableschema.types import pandas_dtype, storage

DEFAULT_TRUE = ("true", "True", "TRUE", "1")
DEFAULT_FALSE = ("false", "False", "FALSE", "0")
NOT_BARE = re.compile(r"((^[^-\d]*)|(\D*$))")  # what bareNumber: false strips: currency signs, '%', units

Reader = Callable[[str], Any]  # a cell's text -> its value, or None when it does not read


def missing_values(field: dict[str, Any], schema: dict[str, Any] | None = None) -> list[str]:
    """The field's missingValues (v2), else the schema's, else [""]; `{value, label}` entries
    (v2) count by their value."""
    entries = field.get("missingValues")
    if entries is None:
        entries = (schema or {}).get("missingValues", [""])
    return [str(e["value"]) if isinstance(e, dict) else str(e) for e in entries or []]


def value_reader(field: dict[str, Any]) -> Reader:
    """The reader for one present (not missing) cell of `field`."""
    kind = str(field.get("type") or "string")
    form = str(field.get("format") or "default").removeprefix("fmt:")
    if kind == "integer":
        return _integer(field)
    if kind == "year":
        return _year
    if kind == "number":
        return _number(field)
    if kind == "boolean":
        mapping = {v: True for v in field.get("trueValues", DEFAULT_TRUE)}
        mapping.update({v: False for v in field.get("falseValues", DEFAULT_FALSE)})
        return mapping.get
    if kind == "date":
        return _date(form)
    if kind == "datetime":
        return _datetime(form)
    return str


def _integer(field: dict[str, Any]) -> Reader:
    bare = field.get("bareNumber", True) is not False

    def read(cell: str) -> int | None:
        cell = cell.strip() if bare else NOT_BARE.sub("", cell.strip())
        try:
            return int(cell)
        except ValueError:
            return None

    return read


def _year(cell: str) -> int | None:
    try:
        value = int(cell) if len(cell) == 4 else -1
    except ValueError:
        return None
    return value if 0 <= value <= 9999 else None


def _number(field: dict[str, Any]) -> Reader:
    bare = field.get("bareNumber", True) is not False
    group, decimal = str(field.get("groupChar", "")), str(field.get("decimalChar", "."))

    def read(cell: str) -> float | None:
        cell = cell.strip() if bare else NOT_BARE.sub("", cell.strip())
        if group:
            cell = cell.replace(group, "")
        if decimal != ".":
            if "." in cell:
                return None  # frictionless: a '.' is no decimal point when another char is
            cell = cell.replace(decimal, ".")
        try:
            return float(Decimal(cell))
        except (ArithmeticError, ValueError):
            return None

    return read


def _date(form: str) -> Reader:
    def read(cell: str) -> date | None:
        try:
            if form == "any":
                from dateutil import parser

                parsed: datetime = parser.parse(cell)
                return parsed.date()
            return datetime.strptime(cell, "%Y-%m-%d" if form == "default" else form).date()
        except (ValueError, OverflowError):
            return None

    return read


def _datetime(form: str) -> Reader:
    def read(cell: str) -> datetime | None:
        from dateutil import parser

        try:
            if form == "default":
                # frictionless guards against the shorter forms dateutil would take
                return parser.isoparse(cell) if len(cell) >= 19 and cell[16] == ":" else None
            return parser.parse(cell) if form == "any" else datetime.strptime(cell, form)
        except (ValueError, OverflowError):
            return None

    return read


def read_column(
    cells: pd.Series,
    field: dict[str, Any],
    schema: dict[str, Any] | None = None,
    *,
    strict: bool = True,
    categories: bool = True,
) -> pd.Series:
    """`cells` (text, or NA) as the field's pandas dtype. A cell that does not read raises
    ValueError naming a few of them with `strict`, else becomes NA. An enum string field is a
    categorical when `categories` is set (a value outside the enum is then a bad cell)."""
    text = cells.astype(object)
    present = text.notna() & ~text.isin(missing_values(field, schema))
    target = pandas_dtype(field)
    if storage(field) == "text" and not (categories and isinstance(target, pd.CategoricalDtype)):
        return text.where(present).astype("string")
    reader: Reader = value_reader(field)
    if isinstance(target, pd.CategoricalDtype):
        allowed = set(target.categories)
        reader = lambda cell: cell if cell in allowed else None  # noqa: E731
    parsed = {cell: reader(str(cell)) for cell in pd.unique(text[present])}
    bad = sorted(str(cell) for cell, value in parsed.items() if value is None)
    if bad and strict:
        raise ValueError(f"not {_what(field)}: {', '.join(repr(c) for c in bad[:5])}")
    cells_read = [parsed[cell] if here else None for cell, here in zip(text, present, strict=True)]
    return _as_dtype(cells_read, text.index, field, target)


def _what(field: dict[str, Any]) -> str:
    if (field.get("constraints") or {}).get("enum") and storage(field) == "text":
        return "in the enum"
    return f"{field.get('type')} (format {field['format']!r})" if field.get("format") else str(field.get("type"))


def _as_dtype(cells: list[Any], index: pd.Index, field: dict[str, Any], target: Any) -> pd.Series:
    """Values read (None where missing or unreadable) as `target`."""
    kind = storage(field)
    if kind == "date":
        days = np.array([np.datetime64("NaT") if v is None else np.datetime64(v, "D") for v in cells])
        return pd.Series(days.astype("datetime64[s]"), index=index)
    if kind == "datetime":
        naive = [None if v is None else (v.astimezone(UTC) if v.tzinfo else v).replace(tzinfo=None) for v in cells]
        moments = np.array([np.datetime64("NaT") if v is None else np.datetime64(v, "s") for v in naive])
        return pd.Series(moments.astype("datetime64[s]"), index=index).dt.tz_localize("UTC")
    return pd.Series(pd.array(cells, dtype=target), index=index)
