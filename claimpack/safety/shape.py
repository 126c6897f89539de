"""A descriptor has the shape of a Data Package before any code walks it: resources are objects
with names, schemas have lists of fields, primary keys are names or lists of names. The check is
frictionless's own metadata validation against its built-in profiles, so a value of the wrong
type ('"primaryKey": 5') is one clear error, not a TypeError deep in a diff. Custom profiles are
left out of this check: it never opens or fetches anything. frictionless's profiles are v1's, so a
v2 self-reference (no `resource`) is shown to them as v1 wrote it (`resource: ""`), which is what
v2 says it means."""

from __future__ import annotations

from typing import Any

from claimpack.errors import ClaimpackError
from claimpack.safety.messages import one_line

PROFILE_KEYS = ("profile", "$schema")


def _without_profiles(value: Any) -> Any:
    if isinstance(value, dict):
        plain = {k: _without_profiles(v) for k, v in value.items() if k not in PROFILE_KEYS}
        keys = plain.get("foreignKeys")
        if isinstance(keys, list):
            plain["foreignKeys"] = [_v1_reference(fk) for fk in keys]
        return plain
    if isinstance(value, list):
        return [_without_profiles(v) for v in value]
    return value


def _v1_reference(fk: Any) -> Any:
    reference = fk.get("reference") if isinstance(fk, dict) else None
    if isinstance(reference, dict) and "resource" not in reference:
        return {**fk, "reference": {"resource": "", **reference}}
    return fk


def check_shape(label: str, descriptor: dict[str, Any], schemas: dict[str, dict[str, Any]] | None = None) -> None:
    """ClaimpackError naming the first problem; `schemas` are resource schemas given by reference,
    already read (resource name -> schema)."""
    from frictionless import Package

    plain = _without_profiles(descriptor)
    resources = plain.get("resources")
    if isinstance(resources, list):  # a schema given by reference is checked below, as read
        plain["resources"] = [
            {k: v for k, v in r.items() if not (k == "schema" and isinstance(v, str))} if isinstance(r, dict) else r
            for r in resources
        ]
    notes = [error.note for error in Package.metadata_validate(plain)]
    for name, schema in (schemas or {}).items():
        notes += [f"{note} (schema of {name!r})" for note in schema_problems(schema)]
    if notes:
        more = f" (and {len(notes) - 1} more)" if len(notes) > 1 else ""
        raise ClaimpackError(label, f"descriptor is not a valid Data Package: {one_line(notes[0], 200)}{more}")


def schema_problems(schema: dict[str, Any]) -> list[str]:
    """Why `schema` is not a Table Schema (v1 or v2), as frictionless says it; empty when it is."""
    from frictionless import Schema

    return [error.note for error in Schema.metadata_validate(_without_profiles(schema))]
