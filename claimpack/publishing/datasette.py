"""The datasette metadata that travels with a SQLite target (`claims.sqlite` →
`claims.metadata.json`), so `datasette claims.sqlite -m claims.metadata.json` shows the
package's documentation: its title, description, licence and source, each table's title and
description, and every column's description. SQLite keeps no comments, so the documentation
cannot live in the database file itself."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from claimpack.errors import ClaimpackError
from claimpack.publishing.target import staged_file
from claimpack.safety.paths import read_bytes
from claimpack.version.snapshot import Snapshot

ABOUT = "Published by claimpack"  # marks a metadata file an earlier publish wrote
MAX_BYTES = 16 * 1024 * 1024  # ours are a few kB; a bigger file beside a target is not read whole


def metadata_path(database: Path) -> Path:
    return database.with_name(database.stem + ".metadata.json")


def metadata(snapshot: Snapshot, database: str) -> dict[str, Any]:
    """datasette's metadata.json for the package published as the database named `database`."""
    descriptor = snapshot.descriptor
    licence: dict[str, Any] = next(iter(descriptor.get("licenses") or []), {})
    tables: dict[str, Any] = {}
    for resource in snapshot.resources():
        schema = snapshot.schema(resource)
        columns = {f["name"]: _column_text(f) for f in schema.get("fields") or [] if _column_text(f)}
        tables[resource["name"]] = {
            key: value
            for key, value in (
                ("title", resource.get("title")),
                ("description", resource.get("description")),
                ("columns", columns),
            )
            if value
        }
    version = descriptor.get("version")
    document = {
        "title": descriptor.get("title") or descriptor.get("name"),
        "description": descriptor.get("description"),
        "license": licence.get("title") or licence.get("name"),
        "license_url": licence.get("path"),
        "source": f"{descriptor.get('name')} {version}" if version else descriptor.get("name"),
        "source_url": descriptor.get("homepage"),
        "about": f"{ABOUT} from data package {descriptor.get('name')}",
        "databases": {database: {"tables": tables}},
    }
    return {key: value for key, value in document.items() if value}


def _column_text(field: dict[str, Any]) -> str:
    """The field's description and its enum's values: what a reader of the column needs."""
    parts = [str(field["description"]).strip()] if field.get("description") else []
    values = (field.get("constraints") or {}).get("enum")
    if values:
        parts.append("One of: " + ", ".join(map(str, values)) + ".")
    return " ".join(parts)


def is_ours(path: Path) -> bool:
    try:
        about = json.loads(read_bytes(path, MAX_BYTES, "datasette metadata")).get("about", "")
    except (ClaimpackError, ValueError, AttributeError):
        return False
    return isinstance(about, str) and about.startswith(ABOUT)


def previous(database: Path) -> bytes | None:
    """The metadata file beside `database` as it is now, to put back if the database cannot be."""
    path = metadata_path(database)
    return read_bytes(path, MAX_BYTES, "datasette metadata") if path.is_file() else None


def place(snapshot: Snapshot, database: Path, staging: Path) -> None:
    """Write the metadata in `staging` (the database's staging folder, whose lock the caller
    holds) and rename it beside `database`: just before the database itself, so that a failed
    database rename is undone by `restore`."""
    path = metadata_path(database)
    partial = staging / path.name
    with partial.open("w", encoding="utf-8") as handle:
        handle.write(json.dumps(metadata(snapshot, database.stem), indent=2, ensure_ascii=False) + "\n")
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(partial, path)


def restore(database: Path, before: bytes | None) -> None:
    """Put back the metadata file that was beside `database` (or none); best effort, as the
    caller is already failing with its own error."""
    path = metadata_path(database)
    try:
        if before is None:
            path.unlink(missing_ok=True)
        else:
            with staged_file(path) as partial:
                partial.write_bytes(before)
    except (ClaimpackError, OSError):
        pass
