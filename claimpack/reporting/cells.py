"""A table cell as a person reads it, for the review site and `claimpack explain`."""

from __future__ import annotations

from typing import Any

from claimpack.lazy import pd


def cell_text(value: Any) -> str | None:
    """3000, not 3000.0; true, not True; None for a missing cell, whatever pandas type held it."""
    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return None
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).lower() if isinstance(value, bool) else str(value)
