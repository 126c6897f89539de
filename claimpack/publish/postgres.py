"""A PostgreSQL database given a `postgresql://` URL: the package's tables are replaced in one
transaction (see `sql.py`). Needs psycopg2 (the `publish` extra)."""

from __future__ import annotations

import importlib.util

import pandas as pd
import sqlalchemy as sa

from claimpack.errors import ClaimpackError
from claimpack.publish import sql
from claimpack.version.snapshot import Snapshot


def _engine(url: str) -> sa.Engine:
    if url.startswith("postgres://"):
        url = "postgresql://" + url.removeprefix("postgres://")
    if url.startswith("postgresql://"):  # SQLAlchemy 2.1 assumes psycopg 3; use whichever is installed
        driver = next((name for name in ("psycopg", "psycopg2") if importlib.util.find_spec(name)), "psycopg2")
        url = f"postgresql+{driver}://" + url.removeprefix("postgresql://")
    try:
        return sa.create_engine(url)
    except (sa.exc.ArgumentError, ModuleNotFoundError) as error:
        raise ClaimpackError(_safe(url), f"cannot use this database URL: {error}") from None


def _safe(url: str) -> str:
    return sa.engine.make_url(url).render_as_string(hide_password=True) if "://" in url else url


def write(snapshot: Snapshot, tables: dict[str, pd.DataFrame], target: str) -> None:
    engine = _engine(target)
    try:
        sql.write(engine, snapshot, tables)
    except sa.exc.OperationalError as error:
        raise ClaimpackError(_safe(target), f"cannot reach the database: {error.orig}") from None
    finally:
        engine.dispose()


def read(target: str, snapshot: Snapshot) -> dict[str, pd.DataFrame]:
    engine = _engine(target)
    try:
        return sql.read(engine, snapshot)
    finally:
        engine.dispose()
