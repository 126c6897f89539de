"""Memory settings of the columnar paths, read when a run starts (not at import), so a test, a
suite or a wrapper that sets the environment afterwards is obeyed."""

from __future__ import annotations

import os


def duckdb_memory_limit() -> str:
    """DuckDB's buffer pool cap (CLAIMPACK_DUCKDB_MEMORY, default 1GB); beyond it DuckDB spills."""
    return os.environ.get("CLAIMPACK_DUCKDB_MEMORY", "1GB")
