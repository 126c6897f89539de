"""A PostgreSQL database given a `postgresql://` URL: the package's tables are replaced in one
transaction (see `sql.py`). Needs psycopg2 (the `publish` extra)."""

from __future__ import annotations

import importlib.util

import sqlalchemy as sa

from claimpack.errors import ClaimpackError
from claimpack.lazy import pd
from claimpack.publishing import sql
from claimpack.safety.messages import first_line
from claimpack.version.snapshot import Snapshot


def _engine(url: str) -> sa.Engine:
    if url.startswith("postgres://"):
        url = "postgresql://" + url.removeprefix("postgres://")
    if url.startswith("postgresql://"):  # SQLAlchemy 2.1 assumes psycopg 3; use whichever is installed
        driver = next((name for name in ("psycopg", "psycopg2") if importlib.util.find_spec(name)), "psycopg2")
        url = f"postgresql+{driver}://" + url.removeprefix("postgresql://")
    try:
        return sa.create_engine(url)
    except (sa.exc.ArgumentError, ModuleNotFoundError, ValueError) as error:
        raise ClaimpackError(safe_url(url), f"cannot use this database URL: {first_line(error)}") from None


def safe_url(url: str) -> str:
    """The URL with its password hidden; the scheme and host alone when it does not parse."""
    try:
        return sa.engine.make_url(url).render_as_string(hide_password=True)
    except (sa.exc.ArgumentError, ValueError):
        return url.split("@")[-1] if "@" in url else url.split("://")[0] + "://…"


def write(snapshot: Snapshot, tables: dict[str, pd.DataFrame], target: str, force: bool = False) -> None:
    engine = _engine(target)
    try:
        sql.write(engine, snapshot, tables, force)
    except ClaimpackError as error:
        raise ClaimpackError(safe_url(target), error.problem) from None
    finally:
        engine.dispose()


def read(target: str, snapshot: Snapshot) -> dict[str, pd.DataFrame]:
    try:
        return sql.read(_engine(target), snapshot)
    except sa.exc.OperationalError as error:
        raise ClaimpackError(safe_url(target), f"cannot reach the database: {first_line(error.orig)}") from None
