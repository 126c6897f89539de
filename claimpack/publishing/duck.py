"""A DuckDB database: typed tables with primary keys, loaded from the same Arrow tables as the
Parquet files, foreign keys between tables (parents are loaded first), and the
`claimpack_package` row. Self-references (claims.part_of -> claims.claim_id) are left out: DuckDB
checks them row by row as it inserts, so a row pointing at a later row of its own table cannot
load.

DuckDB's DDL cannot take bound parameters, so every identifier and literal is rendered by DuckDB's
own expression API (`ColumnExpression`, `ConstantExpression`), never pasted into the SQL."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import duckdb
import pandas as pd

from claimpack.errors import ClaimpackError
from claimpack.loading import retype
from claimpack.publishing.about import COLUMNS, META_TABLE, package_row
from claimpack.publishing.target import check_file_target, staged_file
from claimpack.publishing.values import enum, foreign_keys, load_order, primary_key, to_arrow
from claimpack.safety.messages import first_line
from claimpack.tableschema import Storage, storage
from claimpack.version.snapshot import Snapshot

TYPES: dict[Storage, str] = {
    "integer": "BIGINT",
    "float": "DOUBLE",
    "boolean": "BOOLEAN",
    "date": "DATE",
    "datetime": "TIMESTAMPTZ",
    "text": "VARCHAR",
}


def identifier(name: str) -> str:
    return str(duckdb.ColumnExpression(name))


def literal(value: Any) -> str:
    return str(duckdb.ConstantExpression(value))


def _column(field: dict[str, Any]) -> str:
    sql = f"{identifier(field['name'])} {TYPES[storage(field)]}"
    if (field.get("constraints") or {}).get("required"):
        sql += " NOT NULL"
    values = enum(field)
    if values:
        sql += f" CHECK ({identifier(field['name'])} IN ({', '.join(literal(v) for v in values)}))"
    return sql


def is_ours(path: Path) -> bool:
    """A DuckDB file holding the metadata table an earlier publish wrote."""
    try:
        with duckdb.connect(str(path), read_only=True) as connection:
            found = connection.execute(
                "SELECT count(*) FROM information_schema.tables WHERE table_name = ?", [META_TABLE]
            ).fetchone()
    except duckdb.Error:
        return False
    return bool(found and found[0])


def write(snapshot: Snapshot, tables: dict[str, pd.DataFrame], target: str, force: bool = False) -> None:
    path = Path(target)
    check_file_target(path, "duckdb", is_ours, force)
    with staged_file(path) as partial:
        try:
            with duckdb.connect(str(partial)) as connection:
                _load(connection, snapshot, tables)
        except duckdb.Error as error:
            raise ClaimpackError(path, f"DuckDB refused the tables: {first_line(error)}") from None


def _load(connection: duckdb.DuckDBPyConnection, snapshot: Snapshot, tables: dict[str, pd.DataFrame]) -> None:
    for resource in load_order(snapshot):
        schema = snapshot.schema(resource)
        columns = [_column(f) for f in schema.get("fields") or []]
        key = primary_key(schema)
        if key:
            columns.append(f"PRIMARY KEY ({', '.join(identifier(k) for k in key)})")
        for fields, target, ref_fields in foreign_keys(schema, resource["name"]):
            if target != resource["name"]:
                names, refs = ", ".join(map(identifier, fields)), ", ".join(map(identifier, ref_fields))
                columns.append(f"FOREIGN KEY ({names}) REFERENCES {identifier(target)} ({refs})")
        name = identifier(resource["name"])
        connection.execute(f"CREATE TABLE {name} ({', '.join(columns)})")
        connection.register("claimpack_rows", to_arrow(tables[resource["name"]], schema))
        connection.execute(f"INSERT INTO {name} SELECT * FROM claimpack_rows")
        connection.unregister("claimpack_rows")
    meta = identifier(META_TABLE)
    connection.execute(f"CREATE TABLE {meta} ({', '.join(f'{identifier(c)} VARCHAR' for c in COLUMNS)})")
    row = package_row(snapshot)
    connection.execute(f"INSERT INTO {meta} VALUES ({', '.join('?' for _ in COLUMNS)})", [row[c] for c in COLUMNS])


def read(target: str, snapshot: Snapshot) -> dict[str, pd.DataFrame]:
    tables: dict[str, pd.DataFrame] = {}
    with duckdb.connect(target, read_only=True) as connection:
        for resource in snapshot.resources():
            schema = snapshot.schema(resource)
            order = ", ".join(identifier(k) for k in primary_key(schema)) or "1"
            frame = connection.execute(f"SELECT * FROM {identifier(resource['name'])} ORDER BY {order}").df()
            tables[resource["name"]] = retype(frame, schema)
    return tables
