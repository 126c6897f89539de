"""The row dataclasses and the Table Schemas in `schemas/` describe the same columns."""

from __future__ import annotations

import dataclasses

import pytest

from claimpack.model import TABLE_ROWS
from claimpack.resources import load_schema

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
