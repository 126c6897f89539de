"""Memory settings of the columnar paths, read when a run starts (not at import), so a test, a
suite or a wrapper that sets the environment afterwards is obeyed."""

from __future__ import annotations

import os

from claimpack.errors import ClaimpackError


def duckdb_memory_limit() -> str:
    """DuckDB's buffer pool cap (CLAIMPACK_DUCKDB_MEMORY, default 1GB); beyond it DuckDB spills."""
    return os.environ.get("CLAIMPACK_DUCKDB_MEMORY", "1GB")


def chunk_articles() -> int:
    """Articles per chunk when the consistency rules run chunk by chunk (CLAIMPACK_CHUNK_ARTICLES,
    default 5000: about 0.6 GB of pandas frames for 400-word articles)."""
    raw = os.environ.get("CLAIMPACK_CHUNK_ARTICLES", "5000")
    if not raw.isascii() or not raw.isdigit() or int(raw) < 1:
        raise ClaimpackError(None, f"CLAIMPACK_CHUNK_ARTICLES must be a positive whole number, not {raw!r}")
    return int(raw)
