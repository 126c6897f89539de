"""Release records: what each release contained, kept next to the package folder in
`validate/releases/<version>.json` (schemas, bytes, hashes and one fingerprint per row, keyed by primary
key). The CI guard and `claimpack release --bump auto` compare the package against the latest one.

The records live outside the package folder on purpose: they are the repository's memory of its
releases, not part of the data, so a copy of `datapackage/` (or a zip of it) is a package with no
release history and the guard has nothing to compare it with."""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path
from typing import Any

from jsonschema import Draft202012Validator

from claimpack.errors import ClaimpackError
from claimpack.resources import load_schema
from claimpack.safety.jsonfile import parse_json_object
from claimpack.safety.messages import first_schema_problem, one_line
from claimpack.safety.paths import read_bytes
from claimpack.safety.shape import schema_problems
from claimpack.version.diff import PackageDiff, diff, diff_tables
from claimpack.version.policy import parse_version
from claimpack.version.snapshot import Snapshot, open_snapshot
from claimpack.version.tables import Table, tables_of

RELEASES = ("validate", "releases")  # beside the suite that checks against them
MAX_RECORD_BYTES = 1024**3


def records_folder(package: Path) -> Path:
    return package.resolve().parent.joinpath(*RELEASES)


def make_record(snapshot: Snapshot) -> dict[str, Any]:
    """The release record of `snapshot` as it is now."""
    resources: dict[str, Any] = {}
    entries = {r["name"]: r for r in snapshot.resources()}
    for name, table in tables_of(snapshot).items():
        entry = entries[name]
        resources[name] = {
            "path": entry.get("path"),
            "bytes": entry.get("bytes"),
            "hash": entry.get("hash"),
            "rows": len(table.fingerprints),
            "schema": table.schema,
            "fingerprints": table.fingerprints,
        }
    descriptor = snapshot.descriptor
    return {
        "version": descriptor.get("version"),
        "created": descriptor.get("created"),
        "name": descriptor.get("name"),
        "title": descriptor.get("title"),
        "description": descriptor.get("description"),
        "licenses": descriptor.get("licenses"),
        "sources": descriptor.get("sources") or [],
        "resources": resources,
    }


def record_tables(record: dict[str, Any]) -> dict[str, Table]:
    """A record's tables: schemas and row fingerprints, no rows."""
    return {
        name: Table(name, entry.get("schema") or {}, None, dict(entry.get("fingerprints") or {}))
        for name, entry in (record.get("resources") or {}).items()
    }


def latest_record(package: Path) -> dict[str, Any] | None:
    """The record with the highest version, or None when the package was never released."""
    folder = records_folder(package)
    if not folder.is_dir():
        return None
    versions = []
    for path in folder.glob("*.json"):
        try:
            versions.append((parse_version(path.stem), path))
        except ClaimpackError:
            continue
    if not versions:
        return None
    path = max(versions)[1]
    record = parse_json_object(str(path), read_bytes(path, MAX_RECORD_BYTES, "release record"), "release record")
    check_record(path, record)
    return record


def check_record(path: Path, record: dict[str, Any]) -> None:
    """ClaimpackError unless the record has the shape `make_record` writes
    (schemas/release-record.schema.json, and Table Schemas frictionless accepts)."""

    errors = list(Draft202012Validator(load_schema("release-record.schema.json")).iter_errors(record))
    if errors:
        raise ClaimpackError(path, "release record " + first_schema_problem(errors, "release-record.schema.json"))
    for name, entry in record["resources"].items():
        notes = schema_problems(entry.get("schema") or {})
        if notes:
            raise ClaimpackError(
                path, f"release record: the schema of {name!r} is not a Table Schema: {one_line(notes[0], 200)}"
            )
    parse_version(record["version"])


def write_record(package: Path, record: dict[str, Any]) -> Path:
    """Write `validate/releases/<version>.json` atomically (temporary file, then rename)."""
    folder = records_folder(package)
    folder.mkdir(parents=True, exist_ok=True)
    version = str(parse_version(str(record.get("version"))))  # a semantic version is a safe file name
    target = folder / f"{version}.json"
    handle, temporary = tempfile.mkstemp(prefix=".record-", dir=folder)
    with os.fdopen(handle, "w", encoding="utf-8") as stream:
        stream.write(json.dumps(record, indent=1, ensure_ascii=False, sort_keys=False) + "\n")
    os.replace(temporary, target)
    return target


def since_last_release(package: Path, against: str | None = None) -> PackageDiff | None:
    """The diff from the last release (record, or `against`) to the package; None if never released."""
    if against:
        return diff(against, package)
    record = latest_record(package)
    if record is None:
        return None
    current = open_snapshot(package)
    return diff_tables(
        f"release {record['version']}",
        record,
        record_tables(record),
        str(package),
        current.descriptor,
        tables_of(current),
    )
