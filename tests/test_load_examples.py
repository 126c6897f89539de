"""The loading examples of the README, run as written (keep them in sync with the README's
'Loading the data' section). Each runs in a copy of the repository's package, so the relative paths
in the examples are the ones a user types at the repository root."""

from __future__ import annotations

import asyncio
import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from claimpack.cli import Group
from claimpack.cli import publish as publish_command
from tests.conftest import ROOT


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    shutil.copytree(ROOT / "datapackage", tmp_path / "datapackage")
    shutil.copytree(ROOT / "seeds", tmp_path / "seeds")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def claimpack_cli(*args: str) -> None:
    """`claimpack ARGS…` as the shell runs it."""
    main = Group("claimpack", commands=[publish_command.command])
    result = CliRunner().invoke(main, list(args))
    assert result.exit_code == 0, result.output


def test_pandas(repo: Path) -> None:
    import claimpack

    tables = claimpack.load("datapackage")  # a folder, datapackage.json, a zip or a URL
    claims = tables["claims"]
    exact = claims[claims["qualifier"] == "exact"][["text", "value", "unit"]]

    assert str(claims["value"].dtype) == "Float64" and len(exact) > 0


def test_polars(repo: Path) -> None:
    claimpack_cli("publish", "--to", "dist/parquet")

    import polars as pl

    claims = pl.read_parquet("dist/parquet/claims.parquet")  # types come with the file
    people = claims.filter(pl.col("unit") == "people").select("text", "value", "qualifier")
    raw = pl.read_csv("datapackage/data/claims.csv", infer_schema_length=None)  # or straight from the CSV

    assert claims.schema["paragraph"] == pl.Int64 and claims.schema["unconfirmed"] == pl.Boolean
    assert people.height > 0 and raw.height == claims.height


def test_duckdb_sql(repo: Path) -> None:
    claimpack_cli("publish", "--to", "dist/parquet")

    import duckdb

    by_kind = duckdb.sql("""
        SELECT s.kind, count(*) AS claims
        FROM 'datapackage/data/claims.csv' c
        JOIN 'datapackage/data/statements.csv' s USING (statement_id)
        GROUP BY s.kind ORDER BY claims DESC
    """).fetchall()
    totals = duckdb.sql("SELECT unit, sum(value) FROM 'dist/parquet/claims.parquet' GROUP BY unit").fetchall()

    assert sum(count for _, count in by_kind) == len(Path("datapackage/data/claims.csv").read_text().splitlines()) - 1
    assert ("people",) in {(unit,) for unit, _ in totals}


def test_frictionless(repo: Path) -> None:
    from frictionless import Package

    package = Package("datapackage/datapackage.json")
    rows = package.get_resource("claims").read_rows()
    first = rows[0]

    assert isinstance(first["paragraph"], int) and isinstance(first["unconfirmed"], bool)


def test_datasette(repo: Path) -> None:
    claimpack_cli(
        "publish", "--to", "dist/claims.sqlite"
    )  # then: datasette dist/claims.sqlite -m dist/claims.metadata.json

    from datasette.app import Datasette

    async def exact_claims() -> list[dict[str, object]]:
        metadata = json.loads(Path("dist/claims.metadata.json").read_text(encoding="utf-8"))
        datasette = Datasette(["dist/claims.sqlite"], metadata=metadata)
        response = await datasette.client.get("/claims/claims.json?_shape=array&qualifier=exact")
        rows: list[dict[str, object]] = response.json()
        return rows

    rows = asyncio.run(exact_claims())
    assert rows and all(row["qualifier"] == "exact" for row in rows)
