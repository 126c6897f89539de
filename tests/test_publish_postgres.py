"""Publishing to PostgreSQL, against a real server the test starts in a temporary folder (Debian's
`postgresql` package, installed by .ci/run). Skipped, with the reason, only where no server can run."""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pandas.testing as pdt
import pytest
import sqlalchemy as sa

from claimpack.building import build
from claimpack.loading import load
from claimpack.publishing import in_key_order, publish, read_back
from claimpack.version.snapshot import open_snapshot
from tests.conftest import SEED


def _binaries() -> Path | None:
    """The folder holding initdb and pg_ctl: on PATH, /usr/local/bin, or Debian's versioned folder."""
    found = shutil.which("initdb")
    candidates = [Path(found).parent] if found else []
    candidates += [Path("/usr/local/bin"), *sorted(map(Path, glob.glob("/usr/lib/postgresql/*/bin")), reverse=True)]
    return next((c for c in candidates if (c / "initdb").exists() and (c / "pg_ctl").exists()), None)


def _as_user() -> list[str]:
    """PostgreSQL refuses to run as root: run it as 'postgres' (or 'nobody') when we are root."""
    if os.geteuid() != 0:
        return []
    for name in ("postgres", "nobody"):
        try:
            pwd.getpwnam(name)
        except KeyError:
            continue
        return ["runuser", "-u", name, "--"]
    pytest.skip("running as root and there is no 'postgres' or 'nobody' user to run PostgreSQL as")


@pytest.fixture(scope="module")
def postgres_url() -> Iterator[str]:
    binaries = _binaries()
    if binaries is None:
        pytest.skip("no PostgreSQL server binaries (initdb, pg_ctl); .ci/run installs Debian's 'postgresql'")
    prefix = _as_user()
    folder = Path(tempfile.mkdtemp(prefix="claimpack-pg-"))
    if prefix:
        shutil.chown(folder, user=prefix[2])
    data, log = folder / "data", folder / "log"

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([*prefix, *args], capture_output=True, text=True, timeout=120)

    made = run(str(binaries / "initdb"), "-D", str(data), "-A", "trust", "-U", "postgres", "-E", "UTF8", "--no-sync")
    if made.returncode != 0:
        shutil.rmtree(folder, ignore_errors=True)
        pytest.skip(f"initdb cannot make a cluster here: {made.stderr.strip()[-300:]}")
    options = f"-k {folder} -p 5432 -c listen_addresses='' -c fsync=off"
    started = run(str(binaries / "pg_ctl"), "-D", str(data), "-o", options, "-l", str(log), "-w", "start")
    if started.returncode != 0:
        reason = log.read_text()[-300:] if log.exists() else started.stderr
        shutil.rmtree(folder, ignore_errors=True)
        pytest.skip(f"the PostgreSQL server does not start here: {reason.strip()}")
    try:
        yield f"postgresql://postgres@/postgres?host={folder}&port=5432"
    finally:
        run(str(binaries / "pg_ctl"), "-D", str(data), "-m", "immediate", "stop")
        shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture(scope="module")
def package(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("repo")
    (root / "seeds").mkdir()
    for path in (SEED, SEED.with_name(SEED.stem + ".meta.json")):
        shutil.copy(path, root / "seeds" / path.name)
    build(root / "seeds", root / "datapackage")
    return root / "datapackage"


def test_postgres_round_trip_types_and_keys(postgres_url: str, package: Path) -> None:
    publish(package, postgres_url)
    publish(package, postgres_url, check=False)  # publishing again replaces the tables
    snapshot = open_snapshot(package)
    got = read_back("postgresql", postgres_url, package)
    for name, frame in load(package).items():
        want = in_key_order(frame, snapshot.schema(snapshot.resource(name) or {}))
        pdt.assert_frame_equal(got[name], want, check_exact=True, obj=f"postgresql:{name}")
    engine = sa.create_engine(postgres_url.replace("postgresql://", "postgresql+psycopg2://"))
    with engine.connect() as connection:
        types = dict(
            connection.execute(
                sa.text("SELECT column_name, data_type FROM information_schema.columns WHERE table_name = 'claims'")
            ).all()
        )
        constraints = dict(
            connection.execute(
                sa.text(
                    "SELECT constraint_type, COUNT(*) FROM information_schema.table_constraints "
                    "WHERE table_name = 'claims' GROUP BY constraint_type"
                )
            ).all()
        )
        indexes = {row[0] for row in connection.execute(sa.text("SELECT indexname FROM pg_indexes"))}
    engine.dispose()
    assert types["paragraph"] == "bigint" and types["value"] == "double precision"
    assert types["unconfirmed"] == "boolean" and types["claim_id"] == "text"
    assert constraints["PRIMARY KEY"] == 1 and constraints["FOREIGN KEY"] == 5
    assert "claims_article_id_idx" in indexes
