"""The datasette metadata that travels with a SQLite target (`claims.sqlite` →
`claims.metadata.json`), so `datasette claims.sqlite -m claims.metadata.json` shows the
package's documentation: its title, description, licence and source, each table's title and
description, and every column's description. SQLite keeps no comments, so the documentation
cannot live in the database file itself."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from claimpack.publishing.target import check_file_target, staged_file
from claimpack.version.snapshot import Snapshot

ABOUT = "Published by claimpack"  # marks a metadata file an earlier publish wrote


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
        about = json.loads(path.read_text(encoding="utf-8")).get("about", "")
    except (OSError, ValueError, AttributeError):
        return False
    return isinstance(about, str) and about.startswith(ABOUT)


def write(snapshot: Snapshot, database: Path, force: bool = False) -> Path:
    """Write the metadata beside `database` (replacing only one an earlier publish wrote)."""
    path = metadata_path(database)
    check_file_target(path, "datasette metadata", is_ours, force)
    text = json.dumps(metadata(snapshot, database.stem), indent=2, ensure_ascii=False) + "\n"
    with staged_file(path) as partial:
        partial.write_text(text, encoding="utf-8")
    return path
