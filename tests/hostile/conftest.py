"""Fixtures of the hostile corpus: the base package built once per session (and per xdist
worker), a request-counting HTTP server, and a throwaway PostgreSQL server started only when a
case needs one."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
import sqlalchemy as sa
from hostile_world import RequestCounter, World, make_template, new_world

from tests.pgserver import postgres_server


@pytest.fixture(scope="session")
def hostile_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_template(tmp_path_factory.mktemp("hostile-template"))


@pytest.fixture(scope="session")
def request_counter() -> Iterator[RequestCounter]:
    counter = RequestCounter()
    yield counter
    counter.close()


@pytest.fixture
def world(hostile_template: Path, request_counter: RequestCounter, tmp_path: Path) -> World:
    return new_world(hostile_template, tmp_path, request_counter, None)


@dataclass
class PgServer:
    """A PostgreSQL cluster in a temporary folder, reached through its Unix socket."""

    socket_dir: Path

    def url(self, database: str = "postgres") -> str:
        return f"postgresql://postgres@/{database}?host={self.socket_dir}&port=5432"

    def engine(self, database: str = "postgres") -> sa.Engine:
        return sa.create_engine(self.url(database).replace("postgresql://", "postgresql+psycopg2://"))

    def fresh_database(self, name: str) -> str:
        """A new database holding a canary table `victim` with one row; its URL."""
        admin = self.engine().execution_options(isolation_level="AUTOCOMMIT")
        with admin.connect() as connection:
            connection.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}"'))
            connection.execute(sa.text(f'CREATE DATABASE "{name}"'))
        admin.dispose()
        engine = self.engine(name)
        with engine.begin() as connection:
            connection.execute(sa.text("CREATE TABLE victim (x TEXT)"))
            connection.execute(sa.text("INSERT INTO victim VALUES ('alive')"))
        engine.dispose()
        return self.url(name)

    def victim_alive(self, name: str) -> bool:
        engine = self.engine(name)
        try:
            with engine.connect() as connection:
                rows = connection.execute(sa.text("SELECT x FROM victim")).all()
        except sa.exc.SQLAlchemyError:
            return False
        finally:
            engine.dispose()
        return [tuple(r) for r in rows] == [("alive",)]


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PgServer | str]:
    """A running server, or the reason there is none (the PostgreSQL cases skip with it)."""
    with postgres_server("claimpack-hostile-pg-") as server:
        yield server if isinstance(server, str) else PgServer(server)
