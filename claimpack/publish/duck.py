"""A DuckDB database: typed tables with primary keys, loaded from the same Arrow tables as the
Parquet files, and foreign keys between tables (parents are loaded first). Self-references
(claims.part_of -> claims.claim_id) are left out: DuckDB checks them row by row as it inserts, so
a row pointing at a later row of its own table cannot load."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import duckdb
import pandas as pd

from claimpack.load import retype
from claimpack.publish.values import enum, foreign_keys, load_order, primary_key, to_arrow
from claimpack.version.snapshot import Snapshot

TYPES = {"integer": "BIGINT", "year": "INTEGER", "number": "DOUBLE", "boolean": "BOOLEAN", "date": "DATE"}


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _column(field: dict[str, Any]) -> str:
    kind = "TIMESTAMPTZ" if field.get("type") == "datetime" else TYPES.get(field.get("type", "string"), "VARCHAR")
    sql = f"{_quote(field['name'])} {kind}"
    if (field.get("constraints") or {}).get("required"):
        sql += " NOT NULL"
    values = enum(field)
    if values:
        sql += f" CHECK ({_quote(field['name'])} IN ({', '.join(repr(v) for v in values)}))"
    return sql


def write(snapshot: Snapshot, tables: dict[str, pd.DataFrame], target: str) -> None:
    path = Path(target)
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(f".{path.name}.partial")
    partial.unlink(missing_ok=True)
    with duckdb.connect(str(partial)) as connection:
        for resource in load_order(snapshot):
            schema = snapshot.schema(resource)
            columns = [_column(f) for f in schema.get("fields") or []]
            key = primary_key(schema)
            if key:
                columns.append(f"PRIMARY KEY ({', '.join(_quote(k) for k in key)})")
            for fields, target, ref_fields in foreign_keys(schema, resource["name"]):
                if target != resource["name"]:
                    names, refs = ", ".join(map(_quote, fields)), ", ".join(map(_quote, ref_fields))
                    columns.append(f"FOREIGN KEY ({names}) REFERENCES {_quote(target)} ({refs})")
            name = _quote(resource["name"])
            connection.execute(f"CREATE TABLE {name} ({', '.join(columns)})")
            arrow = to_arrow(tables[resource["name"]], schema)  # noqa: F841 (read by DuckDB by name)
            connection.execute(f"INSERT INTO {name} SELECT * FROM arrow")
    partial.replace(path)


def read(target: str, snapshot: Snapshot) -> dict[str, pd.DataFrame]:
    tables: dict[str, pd.DataFrame] = {}
    with duckdb.connect(target, read_only=True) as connection:
        for resource in snapshot.resources():
            schema = snapshot.schema(resource)
            order = ", ".join(_quote(k) for k in primary_key(schema)) or "1"
            frame = connection.execute(f"SELECT * FROM {_quote(resource['name'])} ORDER BY {order}").df()
            tables[resource["name"]] = retype(frame, schema)
    return tables
