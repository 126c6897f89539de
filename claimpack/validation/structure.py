"""Structural rules fed by the engine's TableErrors, and the descriptor profile.

Which TableError goes to which rule: keys to `primary-key` and `foreign-key`, declared bytes and
hash to `resource-integrity`, everything else (types, constraints, enums, missing cells, unreadable
files) to `table-schema`. A unique-error on the primary-key field repeats the primary-key error and
is dropped."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from functools import cache
from typing import Any

import fastjsonschema
from jsonschema import Draft202012Validator

from claimpack.lazy import pd
from claimpack.resources import load_schema
from claimpack.validation.context import Context
from claimpack.validation.engines import CLAIMPACK_RESOURCES
from claimpack.validation.finding import Finding, Location
from claimpack.validation.package import resource_by_name
from claimpack.validation.rules import rule
from claimpack.validation.table_error import TableError

_KEY_CODES = {"primary-key": "primary-key", "foreign-key": "foreign-key"}
_INTEGRITY_CODES = {"hash-count", "byte-count"}


def _rule_of(error: TableError, descriptor: dict[str, Any]) -> str | None:
    if error.code in _KEY_CODES:
        return _KEY_CODES[error.code]
    if error.code in _INTEGRITY_CODES:
        return "resource-integrity"
    if error.code == "unique-error" and error.field in _primary_key(descriptor, error.resource):
        return None
    return "table-schema"


def _primary_key(descriptor: dict[str, Any], resource: str) -> list[str]:
    entry = resource_by_name(descriptor, resource) or {}
    schema = entry.get("schema") if isinstance(entry.get("schema"), dict) else {}
    key = (schema or {}).get("primaryKey") or []
    return [key] if isinstance(key, str) else list(key)


def _findings(ctx: Context, rule_id: str) -> Iterator[Finding]:
    for error in ctx.table_errors:
        if _rule_of(error, ctx.descriptor) != rule_id:
            continue
        key, article = _row_key(ctx, error)
        entry = resource_by_name(ctx.descriptor, error.resource) or {}
        path = entry.get("path") if isinstance(entry.get("path"), str) else None
        where = ctx.shown(path, "package") if path else None
        location = Location(
            resource=error.resource or None, key=key, field=error.field, row=error.row, path=where, line=error.row
        )
        yield Finding(error.message, location, code=error.code, article=article)


def _row_key(ctx: Context, error: TableError) -> tuple[str | None, str | None]:
    """The primary-key value (and article) of the row an error is on, when it can be read."""
    fields = _primary_key(ctx.descriptor, error.resource)
    if error.row is None or not fields:
        return None, None
    frame = ctx.table(error.resource)
    index = error.row - 2
    if not 0 <= index < len(frame) or not set(fields) <= set(frame.columns):
        return None, None
    row = frame.iloc[index]
    values = [row[name] for name in fields]
    if any(pd.isna(v) for v in values):
        return None, None
    article = row.get("article_id")
    return ",".join(str(v) for v in values), None if pd.isna(article) else str(article)


@rule("table-schema", "Rows match their Table Schema", severity="error", layer="structure")
def table_schema(ctx: Context) -> Iterator[Finding]:
    """Every cell has its field's type and meets its constraints (required, enum, pattern,
    minimum, unique), every row has the schema's columns, and every resource can be read. Checked
    by the structural engine (frictionless by default); the finding's code is frictionless' error
    type."""
    yield from _findings(ctx, "table-schema")


@rule("primary-key", "Primary keys are unique", severity="error", layer="structure")
def primary_key(ctx: Context) -> Iterator[Finding]:
    """No two rows of a resource share a primary-key value (claim_id, statement_id, …)."""
    yield from _findings(ctx, "primary-key")


@rule("foreign-key", "Foreign keys resolve", severity="error", layer="structure")
def foreign_key(ctx: Context) -> Iterator[Finding]:
    """Every foreign key names an existing row: a claim's statement, source, part_of and
    relative_to claims; a statement's speaker and mention; every row's article."""
    yield from _findings(ctx, "foreign-key")


@rule(
    "resource-integrity",
    "Files match their declared bytes and hash",
    severity="error",
    layer="structure",
)
def resource_integrity(ctx: Context) -> Iterator[Finding]:
    """Each resource file has the size and sha256 its descriptor entry declares, so a package
    edited by hand (or half copied) is caught before anyone trusts it."""
    yield from _findings(ctx, "resource-integrity")


@rule(
    "descriptor-profile",
    "Descriptor follows the claimpack profile",
    severity="error",
    layer="structure",
    needs=CLAIMPACK_RESOURCES,
)
def descriptor_profile(ctx: Context) -> Iterator[Finding]:
    """datapackage.json meets schemas/datapackage.profile.json: a semver version, a created
    date-time, licenses, sources with path and sha256, and for each resource its path, bytes,
    sha256 hash and schema."""
    if _profile_holds()(ctx.descriptor):
        return
    validator = Draft202012Validator(load_schema("datapackage.profile.json"))
    for error in sorted(validator.iter_errors(ctx.descriptor), key=lambda e: list(map(str, e.absolute_path))):
        pointer = "/" + "/".join(str(part) for part in error.absolute_path)
        where = ctx.descriptor_path.name if ctx.descriptor_path else None
        location = Location(resource="datapackage", field=pointer, path=ctx.shown(str(where), "package"))
        yield Finding(f"{pointer}: {error.message}", location, code=str(error.validator))


@cache
def _profile_holds() -> Callable[[Any], bool]:
    """A compiled check that passes only descriptors jsonschema also passes: it lists no errors, so
    jsonschema runs only when it fails. A 10k-article descriptor lists 10k sources, which jsonschema
    takes 0.7 s to walk and the compiled check 0.03 s. The profile uses only keywords that mean the
    same in draft 7 (the newest fastjsonschema knows) and 2020-12, and fastjsonschema's '$' matches
    only at the end, so it is never more lenient (tests/test_descriptor_profile.py)."""
    schema = {**load_schema("datapackage.profile.json"), "$schema": "http://json-schema.org/draft-07/schema#"}
    check = fastjsonschema.compile(schema)

    def holds(descriptor: Any) -> bool:
        try:
            check(descriptor)
        except fastjsonschema.JsonSchemaException:
            return False
        return True

    return holds
