"""The row every SQL target carries about the package it holds (table `claimpack_package`):
name, title, version, created, licences and the resources. People querying the database can see
which release they have, and a later publish knows the database is one it wrote."""

from __future__ import annotations

import json
from typing import Any

from claimpack.errors import ClaimpackError
from claimpack.publishing.target import check_name
from claimpack.version.snapshot import Snapshot

META_TABLE = "claimpack_package"
COLUMNS = ("name", "title", "version", "created", "licenses", "resources")


def package_row(snapshot: Snapshot) -> dict[str, str | None]:
    descriptor = snapshot.descriptor

    def text(value: Any) -> str | None:
        return None if value is None else str(value)

    return {
        "name": text(descriptor.get("name")),
        "title": text(descriptor.get("title")),
        "version": text(descriptor.get("version")),
        "created": text(descriptor.get("created")),
        "licenses": json.dumps(descriptor.get("licenses") or [], ensure_ascii=False),
        "resources": json.dumps([r["name"] for r in snapshot.resources()], ensure_ascii=False),
    }


def check_resource_names(snapshot: Snapshot) -> None:
    """Every resource name is a safe file and table name, none is taken twice (ignoring case,
    as SQLite and Excel do) and none is the metadata table's."""
    seen: set[str] = set()
    for resource in snapshot.resources():
        name = check_name(str(resource["name"]))
        if name.lower() == META_TABLE:
            raise ClaimpackError(name, f"resource name is reserved for the package's metadata table ({META_TABLE})")
        if name.lower() in seen:
            raise ClaimpackError(name, "two resources share this name (ignoring case)")
        seen.add(name.lower())
