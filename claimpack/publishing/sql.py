"""SQL databases (SQLite, PostgreSQL) through SQLAlchemy: one table per resource with the Table
Schema's types, NOT NULL for required fields, primary keys, foreign keys (deferred, so rows that
point at later rows of the same table load in one transaction), enum CHECKs, an index on every
foreign-key column, and the `claimpack_package` row (publish/about.py).

Every identifier and literal goes through SQLAlchemy: names are quoted by the dialect and the
enum values of a CHECK are rendered as literals by its compiler, rows are bound parameters. A
package's field names and enum values are data, never SQL.

frictionless's own SQL mapper is not used for the DDL: it turns `pattern` constraints into
`REGEXP` checks, a function SQLite (and so datasette) does not have, and it makes no indexes."""

from __future__ import annotations

import hashlib
import re
from typing import Any

import sqlalchemy as sa

from claimpack.errors import ClaimpackError
from claimpack.lazy import pd
from claimpack.loading import retype
from claimpack.publishing.about import COLUMNS, META_TABLE, package_row
from claimpack.publishing.values import enum, foreign_keys, primary_key, python_values
from claimpack.safety.messages import first_line
from claimpack.tableschema import Storage, storage
from claimpack.version.snapshot import Snapshot

PLAIN_NAME = re.compile(r"^[a-z0-9_]{1,63}$")  # PostgreSQL truncates identifiers at 63 bytes


TYPES: dict[Storage, Any] = {
    "integer": sa.BigInteger(),
    "float": sa.Float(precision=53),
    "boolean": sa.Boolean(),
    "date": sa.Date(),
    "datetime": sa.DateTime(timezone=True),
    "text": sa.Text(),
}


def column_type(field: dict[str, Any]) -> Any:
    return TYPES[storage(field)]


def constraint_name(*parts: str) -> str:
    """'claims_qualifier_enum' when that is a plain short name, else a stable hashed one."""
    name = "_".join(parts)
    return name if PLAIN_NAME.match(name) else "ck_" + hashlib.sha256(name.encode()).hexdigest()[:16]


def metadata(snapshot: Snapshot) -> sa.MetaData:
    meta = sa.MetaData()
    tables: dict[str, sa.Table] = {}
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
                check = sa.column(field["name"]).in_(values)  # rendered as literals by the dialect
                items.append(sa.CheckConstraint(check, name=constraint_name(name, field["name"], "enum")))
        key = primary_key(schema)
        if key:
            items.append(sa.PrimaryKeyConstraint(*key, name=constraint_name(name, "pkey")))
        tables[name] = sa.Table(name, meta, *items, comment=resource.get("title"))
    for resource in snapshot.resources():
        table = tables[resource["name"]]
        for fields, target, ref_fields in foreign_keys(snapshot.schema(resource), table.name):
            if target not in tables:
                raise ClaimpackError(table.name, f"foreign key points at a resource that does not exist: {target!r}")
            columns = [_column(tables[target], f) for f in ref_fields]
            for f in fields:
                _column(table, f)
            table.append_constraint(
                sa.ForeignKeyConstraint(
                    fields,
                    columns,
                    name=constraint_name(table.name, *fields, "fkey"),
                    deferrable=True,
                    initially="DEFERRED",
                )
            )
            sa.Index(constraint_name(table.name, *fields, "idx"), *(table.c[f] for f in fields))
    sa.Table(
        META_TABLE, meta, *(sa.Column(column, sa.Text()) for column in COLUMNS), comment="The package these tables hold"
    )
    return meta


def _column(table: sa.Table, name: str) -> sa.Column[Any]:
    if name not in table.c:
        raise ClaimpackError(table.name, f"a foreign key names a field the table does not have: {name!r}")
    return table.c[name]


def check_ownership(connection: sa.Connection, meta: sa.MetaData, force: bool) -> None:
    """Refuse to replace a table an earlier publish did not create: one whose name is not in the
    `resources` of the `claimpack_package` row, or a `claimpack_package` table that is not ours.
    That the metadata table exists says only that claimpack published here once, not which
    tables it wrote (a user's table may share a resource's name)."""
    if force:
        return
    existing = set(sa.inspect(connection).get_table_names())
    owned = published_tables(connection) if META_TABLE in existing else set()
    wanted = {table.name for table in meta.sorted_tables} - {META_TABLE}
    clashes = sorted(existing & wanted - (owned or set()))
    if owned is None:
        clashes.insert(0, META_TABLE)
    if clashes:
        raise ClaimpackError(
            ", ".join(clashes[:5]),
            "tables of these names exist and were not published by claimpack; pass --force to replace them",
        )


def published_tables(connection: sa.Connection) -> set[str] | None:
    """The tables earlier publishes recorded in `claimpack_package`; None when that table is not
    one claimpack wrote (other columns, a `resources` cell that is not a JSON list of names)."""
    import json

    table = sa.Table(META_TABLE, sa.MetaData(), autoload_with=connection)
    if "resources" not in table.c:
        return None
    names: set[str] = set()
    for (cell,) in connection.execute(sa.select(table.c["resources"])):
        try:
            value = json.loads(cell) if isinstance(cell, str) else None
        except ValueError:
            return None
        if not isinstance(value, list) or not all(isinstance(name, str) for name in value):
            return None
        names.update(value)
    return names


def write(engine: sa.Engine, snapshot: Snapshot, tables: dict[str, pd.DataFrame], force: bool = False) -> None:
    """Replace the package's tables in the database, all in one transaction."""
    meta = metadata(snapshot)
    try:
        with engine.begin() as connection:
            check_ownership(connection, meta, force)
            meta.drop_all(connection)
            meta.create_all(connection)
            for table in meta.sorted_tables:
                if table.name == META_TABLE:
                    connection.execute(table.insert(), [package_row(snapshot)])
                    continue
                frame = tables[table.name]
                schema = snapshot.schema(snapshot.resource(table.name) or {})
                columns = {f["name"]: python_values(frame[f["name"]], f) for f in schema["fields"]}
                rows = [dict(zip(columns, values, strict=True)) for values in zip(*columns.values(), strict=True)]
                if rows:
                    connection.execute(table.insert(), rows)
    except sa.exc.OperationalError as error:
        raise ClaimpackError(None, f"cannot reach or write the database: {first_line(error.orig)}") from None
    except sa.exc.DBAPIError as error:
        raise ClaimpackError(None, f"the database refused the tables: {first_line(error.orig)}") from None
    except sa.exc.SQLAlchemyError as error:
        raise ClaimpackError(None, f"cannot write the tables: {str(error).splitlines()[0]}") from None


def read(engine: sa.Engine, snapshot: Snapshot) -> dict[str, pd.DataFrame]:
    """The tables back as typed frames, in primary-key order; the engine is disposed of after."""
    tables: dict[str, pd.DataFrame] = {}
    try:
        with engine.connect() as connection:
            for resource in snapshot.resources():
                schema = snapshot.schema(resource)
                table = sa.Table(resource["name"], sa.MetaData(), autoload_with=connection)
                query = sa.select(table).order_by(*(table.c[k] for k in primary_key(schema)))
                result = connection.execute(query)
                frame = pd.DataFrame(result.fetchall(), columns=list(result.keys()), dtype=object)
                tables[resource["name"]] = retype(frame, schema)
    finally:
        engine.dispose()
    return tables
