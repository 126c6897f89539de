"""Publishing to PostgreSQL, against a real server the test starts in a temporary folder (Debian's
`postgresql` package, installed by .ci/run). Skipped, with the reason, only where no server can run."""

from __future__ import annotations

import shutil
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
from tests.pgserver import postgres_server


@pytest.fixture(scope="module")
def postgres_url() -> Iterator[str]:
    with postgres_server() as server:
        if isinstance(server, str):
            pytest.skip(server)
        yield f"postgresql://postgres@/postgres?host={server}&port=5432"


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
