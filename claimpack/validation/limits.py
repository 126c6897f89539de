"""Memory settings of the columnar paths, read when a run starts (not at import), so a test, a
suite or a wrapper that sets the environment afterwards is obeyed."""

from __future__ import annotations

import os
import re

UNITS = {"": 1, "b": 1, "kb": 10**3, "mb": 10**6, "gb": 10**9, "tb": 10**12}
UNITS |= {"kib": 2**10, "mib": 2**20, "gib": 2**30, "tib": 2**40}


def duckdb_memory_limit() -> str:
    """DuckDB's buffer pool cap (CLAIMPACK_DUCKDB_MEMORY, default 1GB); beyond it DuckDB spills."""
    return os.environ.get("CLAIMPACK_DUCKDB_MEMORY", "1GB")


def duckdb_config(spill: str) -> dict[str, str | bool | int | float | list[str]]:
    """A columnar run's DuckDB settings: the memory cap, and `spill` (a private temporary folder)
    for what does not fit. DuckDB's own default for an in-memory database is '.tmp' in the working
    directory, and validating a package must write nothing outside a temporary folder."""
    return {"memory_limit": duckdb_memory_limit(), "temp_directory": spill}


def duckdb_database(spill: str, data_bytes: int) -> str:
    """Where a columnar run keeps the package: in memory when its files fit in half the buffer
    pool, else in a database file in `spill` (the run's private folder), where DuckDB keeps the
    tables compressed: at 100k articles the in-memory tables outgrew a 1GB pool and spilled
    uncompressed blocks. A cap this does not read (a percentage) keeps the package in memory."""
    found = re.fullmatch(r"\s*([0-9]+(?:\.[0-9]*)?)\s*([A-Za-z]*)\s*", duckdb_memory_limit())
    unit = UNITS.get(found.group(2).lower()) if found else None
    if found is None or unit is None or data_bytes <= float(found.group(1)) * unit / 2:
        return ":memory:"
    return os.path.join(spill, "package.duckdb")
