"""Table Schema semantics in one place: which type a field is stored as (`types`), how its text
cells read (`cells`: format, trueValues/falseValues, decimalChar, groupChar, bareNumber and
missingValues, as frictionless reads them) and its keys (`keys`). `claimpack.load()`, validation
and every publish target take their types from here."""

from __future__ import annotations

from claimpack.tableschema.cells import missing_values, read_column, value_reader
from claimpack.tableschema.keys import enum, foreign_keys, primary_key
from claimpack.tableschema.types import STORAGE_KINDS, Storage, pandas_dtype, storage

__all__ = [
    "STORAGE_KINDS",
    "Storage",
    "enum",
    "foreign_keys",
    "missing_values",
    "pandas_dtype",
    "primary_key",
    "read_column",
    "storage",
    "value_reader",
]
