"""Memory settings of the columnar paths, read when a run starts (not at import), so a test, a
suite or a wrapper that sets the environment afterwards is obeyed."""

from __future__ import annotations

import os


def duckdb_memory_limit() -> str:
    """DuckDB's buffer pool cap (CLAIMPACK_DUCKDB_MEMORY, default 1GB); beyond it DuckDB spills."""
    return os.environ.get("CLAIMPACK_DUCKDB_MEMORY", "1GB")


def duckdb_config(spill: str) -> dict[str, str | bool | int | float | list[str]]:
    """A columnar run's DuckDB settings: the memory cap, and `spill` (a private temporary folder)
    for what does not fit. DuckDB's own default for an in-memory database is '.tmp' in the working
    directory, and validating a package must write nothing outside a temporary folder."""
    return {"memory_limit": duckdb_memory_limit(), "temp_directory": spill}
