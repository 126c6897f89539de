"""SQL databases (SQLite, PostgreSQL) through SQLAlchemy: one table per resource with the Table
Schema's types, NOT NULL for required fields, primary keys, foreign keys (deferred, so rows that
point at later rows of the same table load in one transaction), enum CHECKs and an index on every
foreign-key column.

frictionless's own SQL mapper is not used for the DDL: it turns `pattern` constraints into
`REGEXP` checks, a function SQLite (and so datasette) does not have, and it makes no indexes."""

from __future__ import annotations

from typing import Any

import pandas as pd
import sqlalchemy as sa

from claimpack.load import retype
from claimpack.publish.values import enum, foreign_keys, primary_key, python_values
from claimpack.version.snapshot import Snapshot


def column_type(field: dict[str, Any]) -> Any:
    return {
        "integer": sa.BigInteger(),
        "year": sa.Integer(),
        "number": sa.Float(precision=53),
        "boolean": sa.Boolean(),
        "date": sa.Date(),
        "datetime": sa.DateTime(timezone=True),
    }.get(field.get("type", "string"), sa.Text())


def metadata(snapshot: Snapshot) -> sa.MetaData:
    meta = sa.MetaData()
    for resource in snapshot.resources():
        name = resource["name"]
        schema = snapshot.schema(resource)
        items: list[Any] = []
        for field in schema.get("fields") or []:
            required = bool((field.get("constraints") or {}).get("required"))
            items.append(
                sa.Column(field["name"], column_type(field), nullable=not required, comment=field.get("description"))
            )
            values = enum(field)
            if values:
                allowed = ", ".join("'" + v.replace("'", "''") + "'" for v in values)
                items.append(
                    sa.CheckConstraint(f'"{field["name"]}" IN ({allowed})', name=f"{name}_{field['name']}_enum")
                )
        key = primary_key(schema)
        if key:
            items.append(sa.PrimaryKeyConstraint(*key, name=f"{name}_pkey"))
        for fields, target, ref_fields in foreign_keys(schema, name):
            items.append(
                sa.ForeignKeyConstraint(
                    fields,
                    [f"{target}.{f}" for f in ref_fields],
                    name=f"{name}_{'_'.join(fields)}_fkey",
                    deferrable=True,
                    initially="DEFERRED",
                )
            )
            items.append(sa.Index(f"{name}_{'_'.join(fields)}_idx", *fields))
        sa.Table(name, meta, *items, comment=resource.get("title"))
    return meta


def write(engine: sa.Engine, snapshot: Snapshot, tables: dict[str, pd.DataFrame]) -> None:
    """Replace the package's tables in the database, all in one transaction."""
    meta = metadata(snapshot)
    with engine.begin() as connection:
        meta.drop_all(connection)
        meta.create_all(connection)
        for table in meta.sorted_tables:
            frame = tables[table.name]
            schema = snapshot.schema(snapshot.resource(table.name) or {})
            columns = {f["name"]: python_values(frame[f["name"]], f) for f in schema["fields"]}
            rows = [dict(zip(columns, values, strict=True)) for values in zip(*columns.values(), strict=True)]
            if rows:
                connection.execute(table.insert(), rows)


def read(engine: sa.Engine, snapshot: Snapshot) -> dict[str, pd.DataFrame]:
    """The tables back as typed frames, in primary-key order."""
    tables: dict[str, pd.DataFrame] = {}
    with engine.connect() as connection:
        for resource in snapshot.resources():
            schema = snapshot.schema(resource)
            table = sa.Table(resource["name"], sa.MetaData(), autoload_with=connection)
            query = sa.select(table).order_by(*(table.c[k] for k in primary_key(schema)))
            result = connection.execute(query)
            frame = pd.DataFrame(result.fetchall(), columns=list(result.keys()), dtype=object)
            tables[resource["name"]] = retype(frame, schema)
    return tables
