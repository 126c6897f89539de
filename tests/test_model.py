"""The row dataclasses and the Table Schemas in `schemas/` describe the same columns."""

from __future__ import annotations

import dataclasses
import types
import typing
from typing import Literal, Union, get_args, get_origin

import pytest

from claimpack.correcting.file import Addition
from claimpack.model import TABLE_ROWS, Qualifier, SourceKind, StatementKind
from claimpack.resources import load_schema
from claimpack.validation.finding import Decision, FailOn, Severity

PY_TYPES = {
    "string": {"str"},
    "integer": {"int"},
    "number": {"int | float", "float"},
    "boolean": {"bool"},
    "date": {"date"},
}


@pytest.mark.parametrize("resource", sorted(TABLE_ROWS))
def test_dataclass_matches_table_schema(resource: str) -> None:
    schema = load_schema(f"{resource}.schema.json")
    fields = dataclasses.fields(TABLE_ROWS[resource])
    assert [f.name for f in fields] == [f["name"] for f in schema["fields"]]
    for column, spec in zip(fields, schema["fields"], strict=True):
        annotation = str(column.type).replace(" | None", "")
        if "enum" in spec.get("constraints", {}):
            annotation = "str"  # a closed set: test_closed_sets_are_the_schema_enums checks its values
        assert annotation in PY_TYPES[spec["type"]], (resource, column.name, annotation, spec["type"])
        required = spec.get("constraints", {}).get("required", False)
        assert required != str(column.type).endswith("| None"), (resource, column.name)


@pytest.mark.parametrize("resource", sorted(TABLE_ROWS))
def test_every_field_is_documented(resource: str) -> None:
    schema = load_schema(f"{resource}.schema.json")
    assert schema.get("description")
    assert all(f.get("description") for f in schema["fields"]), resource


@pytest.mark.parametrize("resource", sorted(TABLE_ROWS))
def test_keys_point_at_real_fields(resource: str) -> None:
    schema = load_schema(f"{resource}.schema.json")
    names = {f["name"] for f in schema["fields"]}
    assert set(schema["primaryKey"]) <= names
    for key in schema.get("foreignKeys", []):
        assert set(key["fields"]) <= names
        target = key["reference"].get("resource") or resource  # v2: a self-reference names none
        target_names = {f["name"] for f in load_schema(f"{target}.schema.json")["fields"]}
        assert set(key["reference"]["fields"]) <= target_names


def _closed_set(hint: object) -> tuple[object, ...] | None:
    """The values of a Literal annotation (None left out of an optional one), else None."""
    if get_origin(hint) in (Union, types.UnionType):
        hint = next(arg for arg in get_args(hint) if arg is not type(None))
    return get_args(hint) if get_origin(hint) is Literal else None


@pytest.mark.parametrize("resource", sorted(TABLE_ROWS))
def test_closed_sets_are_the_schema_enums(resource: str) -> None:
    """A field whose schema lists its values is a Literal of exactly those values, in that order,
    so the type checker refuses a value the package would reject; a free field is no Literal."""
    schema = load_schema(f"{resource}.schema.json")
    hints = typing.get_type_hints(TABLE_ROWS[resource])
    for spec in schema["fields"]:
        enum = spec.get("constraints", {}).get("enum")
        assert _closed_set(hints[spec["name"]]) == (tuple(enum) if enum else None), (resource, spec["name"])


def _enums(node: object, name: str) -> list[list[object]]:
    """Every `enum` of a property called `name`, anywhere in a JSON Schema."""
    found: list[list[object]] = []
    if isinstance(node, dict):
        for key, value in node.items():
            if key == name and isinstance(value, dict) and "enum" in value:
                found.append(value["enum"])
            found += _enums(value, name)
    elif isinstance(node, list):
        for value in node:
            found += _enums(value, name)
    return found


@pytest.mark.parametrize(
    ("schema", "name", "closed"),
    [
        ("report.schema.json", "fail_on", FailOn),
        ("suite.schema.json", "fail_on", FailOn),
        ("report.schema.json", "severity", Severity),
        ("suite.schema.json", "severity", Severity),
        ("report.schema.json", "decision", Decision),
        ("reviewed.schema.json", "decision", Decision),
        ("corrections-file.schema.json", "add", Addition),
        ("corrections-file.schema.json", "source_kind", SourceKind),
        ("corrections-file.schema.json", "qualifier", Qualifier),
        ("corrections-file.schema.json", "kind", StatementKind),
    ],
)
def test_closed_sets_are_the_json_schema_enums(schema: str, name: str, closed: object) -> None:
    enums = _enums(load_schema(schema), name)
    assert enums, f"{schema} has no enum for {name}"
    assert all(tuple(enum) == get_args(closed) for enum in enums), (schema, name, enums)
