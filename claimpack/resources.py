"""Locate the data claimpack ships: the schemas (the contract) and the lexicons."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

_PACKAGE_DIR = Path(__file__).resolve().parent


def schema_dir() -> Path:
    """The wheel carries `claimpack/schemas`; a source checkout reads the top-level `schemas/`."""
    packaged = _PACKAGE_DIR / "schemas"
    return packaged if packaged.is_dir() else _PACKAGE_DIR.parent / "schemas"


@cache
def load_schema(name: str) -> dict[str, Any]:
    """Read one JSON document from the schema folder, e.g. 'claims.schema.json'."""
    with (schema_dir() / name).open(encoding="utf-8") as handle:
        data: dict[str, Any] = json.load(handle)
    return data


def lexicon_path(name: str) -> Path:
    return _PACKAGE_DIR / "lexicons" / name
