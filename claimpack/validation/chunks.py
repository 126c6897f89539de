"""Per-article rules on a large package, a chunk of articles at a time, so memory stays bounded.

Every claimpack table carries article_id and no rule compares rows of different articles (keys
across articles are foreign-key's, checked on the whole package by the structural engine), so
the per-article rules give the same findings on chunks as on the whole tables. The tables are
loaded once into DuckDB (capped like the columnar engine, spilling to disk) and each chunk's rows
come back in file order, typed exactly as `read_table` types them, with the row's place in the
file as the DataFrame index (row numbers in findings stay those of the file).

Only used on packages the structural engine found clean: a malformed file is read by pandas as a
whole, as before, so the rules see what frictionless saw.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import duckdb

from claimpack.safety.paths import inside
from claimpack.validation.context import Context
from claimpack.validation.limits import chunk_articles, duckdb_memory_limit
from claimpack.validation.package import resource_by_name, typed_frame


def article_count(context: Context) -> int:
    """Rows of articles.csv, counted by DuckDB without building a DataFrame."""
    articles = resource_by_name(context.descriptor, "articles")
    path = _path(context, articles) if articles is not None else None
    if path is None:
        return 0
    with duckdb.connect(config={"memory_limit": duckdb_memory_limit()}) as con:
        query = "SELECT count(*) FROM read_csv(?, all_varchar = true, header = true)"
        found = con.execute(query, [str(path)]).fetchone()
    return int(found[0]) if found else 0


def article_chunks(context: Context, size: int | None = None) -> Iterator[Context]:
    """Contexts over `size` articles each (default: `chunk_articles()`), in the order of articles.csv."""
    size = size if size is not None else chunk_articles()
    paths = {id(r): _path(context, r) for r in context.descriptor.get("resources") or [] if isinstance(r, dict)}
    resources = [r for r in context.descriptor.get("resources") or [] if paths.get(id(r)) is not None]
    with duckdb.connect(config={"memory_limit": duckdb_memory_limit()}) as con:
        for index, resource in enumerate(resources):
            path = paths[id(resource)]
            con.execute(  # insertion order is kept, so rowid is the row's place in the file
                f"CREATE TABLE t{index} AS SELECT * FROM read_csv(?, all_varchar = true, header = true, "
                "delim = ',', quote = '\"', escape = '\"')",
                [str(path)],
            )
        articles = next((i for i, r in enumerate(resources) if r["name"] == "articles"), None)
        if articles is None:
            return
        ids = [row[0] for row in con.execute(f"SELECT article_id FROM t{articles} ORDER BY rowid").fetchall()]
        for start in range(0, len(ids), size):
            chunk = ids[start : start + size]
            con.execute("CREATE OR REPLACE TEMP TABLE chunk AS SELECT unnest(?) AS article_id", [chunk])
            frames = {r["name"]: _chunk_frame(con, f"t{i}", r) for i, r in enumerate(resources)}
            yield replace(context, frames=frames, _texts={})


def _chunk_frame(con: duckdb.DuckDBPyConnection, table: str, resource: dict[str, Any]) -> Any:
    frame = con.execute(
        f"SELECT rowid AS claimpack_row, * FROM {table} "
        "WHERE article_id IN (SELECT article_id FROM chunk) ORDER BY rowid"
    ).df()
    frame = frame.set_index("claimpack_row", drop=True)
    frame.index.name = None
    return typed_frame(frame.astype(object).where(frame.notna(), ""), resource.get("schema"))


def _path(context: Context, resource: dict[str, Any]) -> Path | None:
    """The resource's file inside the package, when it has one."""
    path = resource.get("path")
    if not isinstance(path, str):
        return None
    full = inside(context.folder, path, "resource path")  # Context.open checked it; this keeps it so
    return full if full.is_file() else None
