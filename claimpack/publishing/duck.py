"""A DuckDB database: typed tables loaded from the same Arrow tables as the Parquet files, with
every key of the Table Schemas (primary keys, foreign keys between tables and within one), enum
CHECKs and the `claimpack_package` row. Tables are created parents first; DuckDB checks a
self-reference (claims.part_of -> claims.claim_id) against rows already in the table, so a table
with one is inserted in waves: first the rows that point at no row of their own table, then the
rows that point at those, and so on.

Blocks are 16 KiB (`BLOCK_SIZE`, DuckDB 1.2 or newer opens the file) instead of DuckDB's 256 KiB:
every table and index takes whole blocks, so the 70-row package made a 6.8 MB file of empty
blocks at the default size.

DuckDB's DDL cannot take bound parameters, and no library builds DuckDB DDL (SQLAlchemy needs the
third-party duckdb_engine dialect for that), so every literal is rendered by
DuckDB's own expression API (`ConstantExpression`) or quoted as DuckDB quotes them
(`identifier`), never pasted into the SQL."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import duckdb

from claimpack.errors import ClaimpackError
from claimpack.lazy import pd
from claimpack.loading import retype
from claimpack.publishing.about import COLUMNS, META_TABLE, package_row
from claimpack.publishing.target import check_file_target, staged_file
from claimpack.publishing.values import enum, foreign_keys, load_order, primary_key, to_arrow
from claimpack.safety.messages import first_line
from claimpack.tableschema import Storage, storage
from claimpack.version.snapshot import Snapshot

BLOCK_SIZE = 16 * 1024  # DuckDB's smallest; its default of 256 KiB is for large tables
TYPES: dict[Storage, str] = {
    "integer": "BIGINT",
    "float": "DOUBLE",
    "boolean": "BOOLEAN",
    "date": "DATE",
    "datetime": "TIMESTAMPTZ",
    "text": "VARCHAR",
}


def identifier(name: str) -> str:
    """A quoted identifier, whatever the name: SQL's double quotes with inner quotes doubled, as
    DuckDB itself quotes. (`ColumnExpression` leaves `*` bare, a star, not a column.)"""
    if "\x00" in name:
        raise ClaimpackError(name.replace("\x00", "\\x00")[:80], "a name with a NUL byte cannot be a DuckDB identifier")
    return '"' + name.replace('"', '""') + '"'


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
            with duckdb.connect() as connection:
                connection.execute(f"ATTACH {literal(str(partial))} AS published (BLOCK_SIZE {BLOCK_SIZE})")
                connection.execute("USE published")
                _load(connection, snapshot, tables)
                connection.execute("USE memory")
                connection.execute("DETACH published")
        except duckdb.Error as error:
            raise ClaimpackError(path, f"DuckDB refused the tables: {first_line(error)}") from None


def _load(connection: duckdb.DuckDBPyConnection, snapshot: Snapshot, tables: dict[str, pd.DataFrame]) -> None:
    for resource in load_order(snapshot):
        name, schema = resource["name"], snapshot.schema(resource)
        columns = [_column(f) for f in schema.get("fields") or []]
        key = primary_key(schema)
        if key:
            columns.append(f"PRIMARY KEY ({', '.join(identifier(k) for k in key)})")
        for fields, target, ref_fields in foreign_keys(schema, name):
            names, refs = ", ".join(map(identifier, fields)), ", ".join(map(identifier, ref_fields))
            columns.append(f"FOREIGN KEY ({names}) REFERENCES {identifier(target)} ({refs})")
        connection.execute(f"CREATE TABLE {identifier(name)} ({', '.join(columns)})")
        for wave in waves(tables[name], schema, name):
            connection.register("claimpack_rows", to_arrow(wave, schema))
            connection.execute(f"INSERT INTO {identifier(name)} SELECT * FROM claimpack_rows")
            connection.unregister("claimpack_rows")
    meta = identifier(META_TABLE)
    connection.execute(f"CREATE TABLE {meta} ({', '.join(f'{identifier(c)} VARCHAR' for c in COLUMNS)})")
    row = package_row(snapshot)
    connection.execute(f"INSERT INTO {meta} VALUES ({', '.join('?' for _ in COLUMNS)})", [row[c] for c in COLUMNS])


def waves(frame: pd.DataFrame, schema: dict[str, Any], table: str) -> list[pd.DataFrame]:
    """The rows in the order a self-referencing key lets DuckDB insert them: each wave points only
    at rows of earlier waves (a key with a null part points nowhere, as in SQL)."""
    keys = [(fields, refs) for fields, target, refs in foreign_keys(schema, table) if target == table]
    if not keys:
        return [frame]
    loaded: dict[tuple[str, ...], set[tuple[Any, ...]]] = {tuple(refs): set() for _, refs in keys}
    found, remaining = [], frame
    while len(remaining):
        ready = pd.Series(True, index=remaining.index)
        for fields, refs in keys:
            values = list(zip(*(remaining[f].astype(object) for f in fields), strict=True))
            points_nowhere = remaining[fields].isna().any(axis=1)
            ready &= points_nowhere | pd.Series([v in loaded[tuple(refs)] for v in values], index=remaining.index)
        if not ready.any():
            raise ClaimpackError(table, "rows refer to each other in a cycle; DuckDB cannot load them with their keys")
        wave = remaining[ready]
        for target, seen in loaded.items():
            seen.update(zip(*(wave[f].astype(object) for f in target), strict=True))
        found.append(wave)
        remaining = remaining[~ready]
    return found


def read(target: str, snapshot: Snapshot) -> dict[str, pd.DataFrame]:
    tables: dict[str, pd.DataFrame] = {}
    with duckdb.connect(target, read_only=True) as connection:
        for resource in snapshot.resources():
            schema = snapshot.schema(resource)
            order = ", ".join(identifier(k) for k in primary_key(schema)) or "1"
            frame = connection.execute(f"SELECT * FROM {identifier(resource['name'])} ORDER BY {order}").df()
            tables[resource["name"]] = retype(frame, schema)
    return tables
