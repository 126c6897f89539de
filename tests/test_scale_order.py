"""The columnar engine numbers rows by their place in the file: a table's rowid must be the file's
line. DuckDB 2.0's parallel CSV reader sometimes stored a later 8 MB block of a big claims file
before the first (the header then read as a data row, every row number wrong), so each file is read
on one thread. This reads a claims file of several blocks (the repository's rows, repeated) a few
times and checks every row's place."""

from __future__ import annotations

import json
from pathlib import Path

import duckdb
import pytest

from claimpack.scale.columnar import Table

ROOT = Path(__file__).resolve().parent.parent
BYTES = 25_000_000  # about three of DuckDB's 8 MB CSV blocks


@pytest.fixture(scope="module")
def big(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict, list[str]]:
    """A claims.csv of BYTES, each row a repository claim with a numbered claim_id."""
    folder = tmp_path_factory.mktemp("order")
    descriptor = json.loads((ROOT / "datapackage" / "datapackage.json").read_text("utf-8"))
    resource = next(r for r in descriptor["resources"] if r["name"] == "claims")
    header, *rows = (ROOT / "datapackage" / resource["path"]).read_text("utf-8").splitlines()
    ids, lines, size, n = [], [header], 0, 0
    while size < BYTES:
        row = rows[n % len(rows)]
        ids.append(f"c{n}")
        lines.append(f"c{n}{row[row.index(',') :]}")
        size += len(lines[-1]) + 1
        n += 1
    (folder / "claims.csv").write_text("\n".join(lines) + "\n", "utf-8")
    return folder, {**resource, "path": "claims.csv"}, ids


@pytest.mark.parametrize("attempt", range(3))
def test_rows_keep_the_files_order(big: tuple[Path, dict, list[str]], attempt: int) -> None:
    folder, resource, ids = big
    con = duckdb.connect()
    try:
        table = Table(con, 0, resource, folder)
        assert table.header[0] == "claim_id"
        found = [row for (row,) in con.execute(f"SELECT c0 FROM {table.data} ORDER BY rowid").fetchall()]
        assert found == ["claim_id", *ids]
    finally:
        con.close()
