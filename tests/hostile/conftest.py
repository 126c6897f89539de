"""Fixtures of the hostile corpus: the base package built once per session (and per xdist
worker), a request-counting HTTP server, and a throwaway PostgreSQL server started only when a
case needs one."""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
import sqlalchemy as sa
from hostile_world import RequestCounter, World, make_template, new_world


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


def _binaries() -> Path | None:
    found = shutil.which("initdb")
    candidates = [Path(found).parent] if found else []
    candidates += [Path("/usr/local/bin"), *sorted(Path("/usr/lib/postgresql").glob("*/bin"), reverse=True)]
    return next((c for c in candidates if (c / "initdb").exists() and (c / "pg_ctl").exists()), None)


def _as_user() -> list[str] | None:
    if os.geteuid() != 0:
        return []
    import pwd

    for name in ("postgres", "nobody"):
        try:
            pwd.getpwnam(name)
        except KeyError:
            continue
        return ["runuser", "-u", name, "--"]
    return None


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PgServer | str]:
    """A running server, or the reason there is none (the PostgreSQL cases skip with it)."""
    binaries, prefix = _binaries(), _as_user()
    if binaries is None:
        yield "no PostgreSQL server binaries (initdb, pg_ctl)"
        return
    if prefix is None:
        yield "running as root with no 'postgres' or 'nobody' user to run PostgreSQL as"
        return
    folder = Path(tempfile.mkdtemp(prefix="claimpack-hostile-pg-"))
    if prefix:
        shutil.chown(folder, user=prefix[2])
    data, log = folder / "data", folder / "log"

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([*prefix, *args], capture_output=True, text=True, timeout=120)

    made = run(str(binaries / "initdb"), "-D", str(data), "-A", "trust", "-U", "postgres", "-E", "UTF8", "--no-sync")
    if made.returncode != 0:
        shutil.rmtree(folder, ignore_errors=True)
        yield f"initdb cannot make a cluster here: {made.stderr.strip()[-200:]}"
        return
    options = f"-k {folder} -p 5432 -c listen_addresses='' -c fsync=off"
    started = run(str(binaries / "pg_ctl"), "-D", str(data), "-o", options, "-l", str(log), "-w", "start")
    if started.returncode != 0:
        shutil.rmtree(folder, ignore_errors=True)
        yield f"the PostgreSQL server does not start here: {started.stderr.strip()[-200:]}"
        return
    try:
        yield PgServer(folder)
    finally:
        run(str(binaries / "pg_ctl"), "-D", str(data), "-m", "immediate", "stop")
        shutil.rmtree(folder, ignore_errors=True)
