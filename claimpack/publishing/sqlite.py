"""A SQLite database (opens in datasette): see `sql.py` for the tables it holds, and
`datasette.py` for the metadata file written beside it."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import sqlalchemy as sa

from claimpack.lazy import pd
from claimpack.publishing import datasette, sql
from claimpack.publishing.about import META_TABLE
from claimpack.publishing.target import check_file_target, staged_file, starts_with
from claimpack.version.snapshot import Snapshot

MAGIC = b"SQLite format 3\x00"


def _engine(target: Path | str) -> sa.Engine:
    return sa.create_engine(f"sqlite:///{Path(target).resolve()}")


def is_ours(path: Path) -> bool:
    """A SQLite file holding the metadata table an earlier publish wrote."""
    if not starts_with(path, MAGIC):
        return False
    try:
        with sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True) as connection:
            found = connection.execute(
                "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (META_TABLE,)
            ).fetchone()
        connection.close()
    except sqlite3.Error:
        return False
    return found is not None


def write(snapshot: Snapshot, tables: dict[str, pd.DataFrame], target: str, force: bool = False) -> None:
    path = Path(target)
    check_file_target(path, "sqlite", is_ours, force)
    check_file_target(datasette.metadata_path(path), "datasette metadata", datasette.is_ours, force)
    before = datasette.previous(path)
    placed = False
    try:
        with staged_file(path) as partial:  # readers never see a half-written database
            engine = _engine(partial)
            try:
                sql.write(engine, snapshot, tables)
            finally:
                engine.dispose()
            datasette.place(snapshot, path, partial.parent)
            placed = True
    except BaseException:
        if placed:  # the database was not renamed: its old metadata goes back beside it
            datasette.restore(path, before)
        raise


def read(target: str, snapshot: Snapshot) -> dict[str, pd.DataFrame]:
    return sql.read(_engine(target), snapshot)
