"""Primary keys, foreign keys and enums as lists, whichever form the schema writes them in: a
field given as a string is a list of one, and a self-reference names its own table whether it
says `resource: ""` (Table Schema v1) or nothing (v2)."""

from __future__ import annotations

from typing import Any

ForeignKey = tuple[list[str], str, list[str]]  # (fields, referenced table, referenced fields)


def _names(value: Any) -> list[str]:
    return [value] if isinstance(value, str) else [str(v) for v in value or []]


def primary_key(schema: dict[str, Any]) -> list[str]:
    return _names(schema.get("primaryKey"))


def foreign_keys(schema: dict[str, Any], table: str) -> list[ForeignKey]:
    keys: list[ForeignKey] = []
    for fk in schema.get("foreignKeys") or []:
        reference = fk.get("reference") or {}
        keys.append((_names(fk.get("fields")), reference.get("resource") or table, _names(reference.get("fields"))))
    return keys


def enum(field: dict[str, Any]) -> list[str] | None:
    values = (field.get("constraints") or {}).get("enum")
    return [str(v) for v in values] if values else None
