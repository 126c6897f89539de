"""The descriptor is a Data Package v2 descriptor that v1 readers still read.

The official profiles come from the `dplib-py` wheel (the Frictionless team's Data Package
library), which ships the profiles of datapackage.org byte for byte: v2 for the package, each
resource and each Table Schema, v1 for readers that predate v2."""

from __future__ import annotations

import json
from importlib.resources import files
from pathlib import Path
from typing import Any

from jsonschema import Draft7Validator

ROOT = Path(__file__).resolve().parent.parent
DESCRIPTOR = json.loads((ROOT / "datapackage" / "datapackage.json").read_text(encoding="utf-8"))


def profile(version: str, name: str) -> Draft7Validator:
    text = (files("dplib") / "profiles" / version / f"{name}.json").read_text(encoding="utf-8")
    return Draft7Validator(json.loads(text))


def problems(validator: Draft7Validator, instance: Any) -> list[str]:
    return [f"{'/'.join(map(str, error.absolute_path))}: {error.message}" for error in validator.iter_errors(instance)]


def test_the_official_profiles_are_the_ones_the_descriptor_names() -> None:
    assert DESCRIPTOR["$schema"] == "https://datapackage.org/profiles/2.0/datapackage.json"
    assert profile("2.0", "datapackage").schema["properties"]["$schema"]["type"] == "string"


SELF_REFERENCES = {("claims", "part_of"), ("claims", "relative_to"), ("sources", "affiliation_id")}


def test_descriptor_follows_the_official_v2_package_profile() -> None:
    assert problems(profile("2.0", "datapackage"), DESCRIPTOR) == []


def test_every_resource_follows_the_official_v2_resource_profile() -> None:
    validator = profile("2.0", "dataresource")
    assert {r["name"]: problems(validator, r) for r in DESCRIPTOR["resources"]} == {
        r["name"]: [] for r in DESCRIPTOR["resources"]
    }


def test_every_table_schema_follows_the_official_v2_table_schema_profile() -> None:
    validator = profile("2.0", "tableschema")
    found = {r["name"]: problems(validator, r["schema"]) for r in DESCRIPTOR["resources"]}
    assert found == {name: [] for name in found}


def _v1_self_reference(resource: dict[str, Any], error: Any) -> tuple[str, str] | None:
    """(resource, field) when `error` is the v1 profile refusing a self-reference without `resource`."""
    path = list(error.absolute_path)
    if "foreignKeys" not in path:
        return None
    fk = resource["schema"]["foreignKeys"][path[path.index("foreignKeys") + 1]]
    return (resource["name"], fk["fields"][0]) if "resource" not in fk["reference"] else None


def test_v1_profiles_pass_but_for_the_v2_self_references() -> None:
    """v1 readers that check the v1 profiles see one difference only: v2 says a self-reference
    MUST omit `resource` where v1 wrote `resource: ""` (frictionless 5 reads both)."""
    validator = profile("1.0", "dataresource")
    found = {
        _v1_self_reference(resource, error)
        for resource in DESCRIPTOR["resources"]
        for error in validator.iter_errors(resource)
    }
    assert found == SELF_REFERENCES
    assert problems(profile("1.0", "datapackage"), _v1_view(DESCRIPTOR)) == []


def _v1_view(descriptor: dict[str, Any]) -> dict[str, Any]:
    """The descriptor with v1's `resource: ""` put back into self-references."""
    copy = json.loads(json.dumps(descriptor))
    for resource in copy["resources"]:
        for fk in resource["schema"].get("foreignKeys", []):
            fk["reference"].setdefault("resource", "")
    return copy


def test_the_profiles_can_fail() -> None:
    """A v1 self-reference without `resource` fails the v1 profile; a resource of an unknown type
    fails the v2 profile: the checks above are not vacuous."""
    claims = next(r for r in DESCRIPTOR["resources"] if r["name"] == "claims")
    assert problems(profile("1.0", "tableschema"), claims["schema"])
    assert problems(profile("2.0", "dataresource"), {**claims, "type": "spreadsheet"})


def test_v2_habits() -> None:
    """Resources are typed tables, self-references omit `resource`, every field has a title, and
    the package says where it lives, who made it and what it is about."""
    for key in ("homepage", "keywords", "contributors", "licenses", "version", "created"):
        assert DESCRIPTOR.get(key), key
    assert all(c.get("roles") for c in DESCRIPTOR["contributors"])
    for resource in DESCRIPTOR["resources"]:
        assert resource["type"] == "table"
        assert [f["name"] for f in resource["schema"]["fields"] if not f.get("title")] == []
        for fk in resource["schema"].get("foreignKeys", []):
            assert fk["reference"].get("resource", "x") != "", (resource["name"], fk)


def _custom(value: dict[str, Any], standard: set[str]) -> set[str]:
    return {key for key in value if key not in standard}


def test_custom_properties_are_namespaced_and_documented() -> None:
    """Beyond the v2 properties there are only the v1 `profile`s and `claimpack:` properties, and
    the README documents each of those."""
    package = profile("2.0", "datapackage").schema
    resource = profile("2.0", "dataresource").schema
    custom = _custom(DESCRIPTOR, set(package["properties"]))
    custom |= {k for r in DESCRIPTOR["resources"] for k in _custom(r, set(resource["properties"]))}
    custom |= {k for s in DESCRIPTOR["sources"] for k in _custom(s, {"title", "path", "email", "version"})}
    assert custom == {"profile", "claimpack:sha256", "claimpack:bytes"}
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert all(f"`{key}`" in readme for key in custom - {"profile"})


def test_frictionless_reads_it_as_v2() -> None:
    from frictionless import Package

    package = Package(str(ROOT / "datapackage" / "datapackage.json"))
    assert [r.type for r in package.resources] == ["table"] * len(DESCRIPTOR["resources"])
    claims = package.get_resource("claims")
    assert {fk["reference"]["resource"] for fk in claims.schema.foreign_keys} == {
        "statements",
        "articles",
        "sources",
        "",
    }
    assert package.to_descriptor()["$schema"] == DESCRIPTOR["$schema"]
