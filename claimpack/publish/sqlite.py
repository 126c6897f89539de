"""A SQLite database (opens in datasette): see `sql.py` for the tables it holds."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import sqlalchemy as sa

from claimpack.publish import sql
from claimpack.version.snapshot import Snapshot


def _engine(target: str) -> sa.Engine:
    return sa.create_engine(f"sqlite:///{Path(target).resolve()}")


def write(snapshot: Snapshot, tables: dict[str, pd.DataFrame], target: str) -> None:
    path = Path(target)
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(f".{path.name}.partial")
    partial.unlink(missing_ok=True)
    engine = _engine(str(partial))
    try:
        sql.write(engine, snapshot, tables)
    finally:
        engine.dispose()
    partial.replace(path)  # readers never see a half-written database


def read(target: str, snapshot: Snapshot) -> dict[str, pd.DataFrame]:
    engine = _engine(target)
    try:
        return sql.read(engine, snapshot)
    finally:
        engine.dispose()
