"""Every publish target is written from a freshly built package and read back: same rows, same
dtypes as the CSVs, and the store's own column types follow the Table Schemas."""

from __future__ import annotations

import asyncio
import hashlib
import shutil
import sqlite3
import zipfile
from pathlib import Path

import duckdb
import frictionless
import pandas as pd
import pandas.testing as pdt
import pyarrow.parquet as pq
import pytest
from click.testing import CliRunner
from openpyxl import load_workbook

from claimpack.building import build
from claimpack.cli import Group
from claimpack.cli import publish as publish_command
from claimpack.errors import ClaimpackError
from claimpack.loading import load
from claimpack.publishing import in_key_order, publish, read_back, target_kind
from claimpack.publishing.duck import waves
from claimpack.tableschema import foreign_keys
from claimpack.version.snapshot import open_snapshot
from tests.conftest import SEED

main = Group("claimpack", commands=[publish_command.command])  # the command as `claimpack` runs it
TARGETS = {
    "zip": "claims.zip",
    "folder": "package",
    "sqlite": "claims.sqlite",
    "parquet": "parquet",
    "duckdb": "claims.duckdb",
    "excel": "claims.xlsx",
}


CORRECTIONS = f"""corrections:
  - id: fix-1
    row: {SEED.stem}:c0.3
    expect: dobbelt så høyt
    set: {{source: Røde Kors, unit: null}}
    reason: a correction that publishes
    date: 2026-12-01
"""


@pytest.fixture(scope="module")
def package(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("repo")
    (root / "seeds").mkdir()
    for path in (SEED, SEED.with_name(SEED.stem + ".meta.json")):
        shutil.copy(path, root / "seeds" / path.name)
    (root / "seeds" / f"{SEED.stem}.corrections.yaml").write_text(CORRECTIONS, "utf-8")  # dates and nulls
    build(root / "seeds", root / "datapackage")
    (root / "datapackage" / "CHANGELOG.md").write_text("# Changelog\n\n## 1.0.0\n\n- First release.\n")
    return root / "datapackage"


@pytest.fixture(scope="module")
def published(package: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    out = tmp_path_factory.mktemp("published")
    targets = {kind: out / name for kind, name in TARGETS.items()}
    for number, (kind, target) in enumerate(targets.items()):
        assert publish(package, target, kind=kind, check=number == 0).kind == kind  # validation once is enough
    return targets


def expected(package: Path) -> dict[str, pd.DataFrame]:
    snapshot = open_snapshot(package)
    return {
        name: in_key_order(frame, snapshot.schema(snapshot.resource(name) or {}))
        for name, frame in load(package).items()
    }


@pytest.mark.parametrize("kind", list(TARGETS))
def test_round_trip_gives_the_same_rows_and_dtypes(kind: str, package: Path, published: dict[str, Path]) -> None:
    want = expected(package)
    got = read_back(kind, published[kind], package)
    assert list(got) == list(want)
    for name, frame in want.items():
        assert len(frame) > 0 or name in ("images", "dates")
        pdt.assert_frame_equal(got[name], frame, check_exact=True, obj=f"{kind}:{name}")


def test_zip_is_valid_for_frictionless_and_carries_changelog_and_readme(published: dict[str, Path]) -> None:
    report = frictionless.validate(str(published["zip"]))
    assert report.valid, report.flatten(["type", "note"])[:5]
    names = zipfile.ZipFile(published["zip"]).namelist()
    assert {"datapackage.json", "CHANGELOG.md", "README.md", "data/claims.csv"} <= set(names)
    readme = zipfile.ZipFile(published["zip"]).read("README.md").decode()
    assert "| `qualifier` | string | yes |" in readme


def test_zip_is_reproducible(package: Path, published: dict[str, Path], tmp_path: Path) -> None:
    publish(package, tmp_path / "again.zip", check=False)
    assert (tmp_path / "again.zip").read_bytes() == published["zip"].read_bytes()


def test_sqlite_has_types_keys_and_indexes(published: dict[str, Path]) -> None:
    with sqlite3.connect(published["sqlite"]) as db:
        columns = {row[1]: (row[2], row[3], row[5]) for row in db.execute("PRAGMA table_info(claims)")}
        keys = {(row[2], row[3], row[4]) for row in db.execute("PRAGMA foreign_key_list(claims)")}
        indexes = {row[1] for row in db.execute("PRAGMA index_list(claims)")}
        db.execute("PRAGMA foreign_keys = ON")
        assert db.execute("PRAGMA foreign_key_check").fetchall() == []
        with pytest.raises(sqlite3.IntegrityError):
            db.execute("UPDATE claims SET qualifier = 'roughly'")
    assert columns["claim_id"] == ("TEXT", 1, 1)
    assert columns["value"][0] == "FLOAT" and columns["paragraph"][0] == "BIGINT"
    assert columns["unconfirmed"][0] == "BOOLEAN"
    assert ("claims", "part_of", "claim_id") in keys and ("statements", "statement_id", "statement_id") in keys
    assert {"claims_article_id_idx", "claims_source_id_idx"} <= indexes


def test_sqlite_opens_in_datasette(published: dict[str, Path]) -> None:
    from datasette.app import Datasette

    async def query() -> dict[str, object]:
        datasette = Datasette([str(published["sqlite"])])
        response = await datasette.client.get("/claims/claims.json?_shape=array&qualifier=exact&_size=max")
        return {"status": response.status_code, "rows": response.json()}

    result = asyncio.run(query())
    assert result["status"] == 200
    rows = result["rows"]
    assert isinstance(rows, list) and rows and all(row["qualifier"] == "exact" for row in rows)


def test_parquet_and_duckdb_types_follow_the_schemas(published: dict[str, Path]) -> None:
    schema = pq.read_schema(published["parquet"] / "claims.parquet")
    assert str(schema.field("paragraph").type) == "int64" and str(schema.field("value").type) == "double"
    assert str(schema.field("unconfirmed").type) == "bool"
    assert str(pq.read_schema(published["parquet"] / "dates.parquet").field("date").type) == "date32[day]"
    assert b"frictionless:schema" in (schema.metadata or {})
    with duckdb.connect(str(published["duckdb"]), read_only=True) as db:
        types = dict(
            db.execute("SELECT column_name, data_type FROM duckdb_columns() WHERE table_name = 'claims'").fetchall()
        )
        sql = db.execute(
            "SELECT COUNT(*) FROM read_parquet(?)", [str(published["parquet"] / "claims.parquet")]
        ).fetchone()
        joined = db.execute("SELECT COUNT(*) FROM claims JOIN statements USING (statement_id)").fetchone()
    assert types["paragraph"] == "BIGINT" and types["value"] == "DOUBLE" and types["unconfirmed"] == "BOOLEAN"
    assert sql == joined


def test_duckdb_has_every_key_of_the_schemas_self_references_included(
    package: Path, published: dict[str, Path], tmp_path: Path
) -> None:
    snapshot = open_snapshot(package)
    expected = {
        (r["name"], f"FOREIGN KEY ({', '.join(f)}) REFERENCES {t}({', '.join(refs)})")
        for r in snapshot.resources()
        for f, t, refs in foreign_keys(snapshot.schema(r), r["name"])
    }
    assert ("claims", "FOREIGN KEY (part_of) REFERENCES claims(claim_id)") in expected
    copy = tmp_path / "copy.duckdb"
    shutil.copy(published["duckdb"], copy)
    with duckdb.connect(str(copy)) as db:
        query = "SELECT table_name, constraint_text FROM duckdb_constraints() WHERE constraint_type = 'FOREIGN KEY'"
        assert set(db.execute(query).fetchall()) == expected
        assert db.execute("SELECT count(*) FROM claims WHERE part_of IS NOT NULL").fetchone() != (0,)
        with pytest.raises(duckdb.ConstraintException):
            db.execute("UPDATE claims SET part_of = 'no such claim' WHERE part_of IS NOT NULL")


def test_duckdb_file_is_small(published: dict[str, Path]) -> None:
    """16 KiB blocks: the 70-row package took 7,090,176 bytes with DuckDB's 256 KiB blocks."""
    assert published["duckdb"].stat().st_size < 1_000_000


def test_self_references_load_in_waves() -> None:
    schema = {
        "fields": [{"name": "id"}, {"name": "parent"}],
        "foreignKeys": [{"fields": ["parent"], "reference": {"fields": ["id"]}}],
    }
    frame = pd.DataFrame({"id": ["c", "b", "a"], "parent": ["b", "a", None]})
    assert [list(wave["id"]) for wave in waves(frame, schema, "t")] == [["a"], ["b"], ["c"]]
    with pytest.raises(ClaimpackError, match="cycle"):
        waves(pd.DataFrame({"id": ["a", "b"], "parent": ["b", "a"]}), schema, "t")


def test_excel_cells_are_typed(published: dict[str, Path]) -> None:
    book = load_workbook(published["excel"], read_only=True)
    assert book.sheetnames[0] == "about" and "claims" in book.sheetnames
    header, first = list(book["claims"].iter_rows(values_only=True, max_row=2))
    row = dict(zip(header, first, strict=True))
    assert isinstance(row["paragraph"], int) and isinstance(row["unconfirmed"], bool)
    assert row["value"] is None or isinstance(row["value"], (int, float))
    book.close()


def test_refuses_a_package_edited_after_its_hashes(package: Path, tmp_path: Path) -> None:
    copy = tmp_path / "datapackage"
    shutil.copytree(package, copy)
    shutil.copytree(package.parent / "seeds", tmp_path / "seeds")
    claims = copy / "data" / "claims.csv"
    claims.write_text(claims.read_text().replace(",exact,", ",approx,", 1))
    with pytest.raises(ClaimpackError, match="does not match the hash"):
        publish(copy, tmp_path / "out.zip")
    assert not (tmp_path / "out.zip").exists()


def test_refuses_a_package_that_fails_validation(package: Path, tmp_path: Path) -> None:
    copy = tmp_path / "datapackage"
    shutil.copytree(package, copy)  # no seeds beside it: provenance cannot be checked
    with pytest.raises(ClaimpackError, match=r"refusing to publish: \[seed-file\]"):
        publish(copy, tmp_path / "out.sqlite")


@pytest.mark.parametrize(
    ("target", "kind"),
    [
        ("a.zip", "zip"),
        ("a.db", "sqlite"),
        ("a.sqlite", "sqlite"),
        ("out", "parquet"),
        ("a.duckdb", "duckdb"),
        ("a.xlsx", "excel"),
        ("postgresql://u@h/db", "postgresql"),
        ("postgres://h/db", "postgresql"),
    ],
)
def test_target_kind_from_suffix_or_scheme(target: str, kind: str) -> None:
    assert target_kind(target) == kind


def test_unknown_target_is_a_usage_error(package: Path, tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["publish", str(package), "--to", str(tmp_path / "x.pdf")])
    assert result.exit_code == 2 and "--format" in result.output


def test_cli_publishes(package: Path, tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["publish", str(package), "--to", str(tmp_path / "c.sqlite"), "--no-check"])
    assert result.exit_code == 0, result.output
    assert "as sqlite" in result.output and hashlib.sha256((tmp_path / "c.sqlite").read_bytes()).hexdigest()
