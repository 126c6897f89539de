"""Every place a descriptor can make a reader open a file or fetch a URL: resource `path`s,
`schema` and `dialect` given as references, and custom `profile` / `$schema` URLs (frictionless
fetches them to validate against). Local references must stay inside the package folder; remote
ones are refused unless the user allows them."""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

from claimpack.errors import ClaimpackError
from claimpack.safety.archive import check_compressed
from claimpack.safety.jsonfile import parse_json_object
from claimpack.safety.paths import inside, is_remote, read_bytes, regular_file, unsafe_reason
from claimpack.safety.patterns import check_patterns
from claimpack.safety.supported import PROFILE_NAMES, check_supported

STANDARD_PROFILE_HOST = "datapackage.org"  # profiles frictionless carries and never fetches
STANDARD_PROFILE_PATH = re.compile(r"^/profiles/\d+\.\d+/[a-z]+\.json$")
MAX_REFERENCED_BYTES = 16 * 1024 * 1024  # a schema or dialect file


def references(descriptor: dict[str, Any]) -> Iterator[tuple[str, str]]:
    """(where, location) for every file or URL the descriptor points readers at."""
    yield from _profiles("package", descriptor, PROFILE_NAMES["package"])
    for index, resource in enumerate(descriptor.get("resources") or []):
        if not isinstance(resource, dict):
            continue
        name = f"resource {str(resource.get('name', index))[:60]!r}"
        path = resource.get("path")
        for part in path if isinstance(path, list) else [path]:
            if isinstance(part, str):
                yield f"{name} path", part
        for key in ("schema", "dialect"):
            value = resource.get(key)
            if isinstance(value, str):
                yield f"{name} {key}", value
            elif isinstance(value, dict):
                yield from _profiles(f"{name} {key}", value, None)
        yield from _profiles(name, resource, PROFILE_NAMES["resource"])


def _profiles(where: str, entry: dict[str, Any], names: frozenset[str] | None) -> Iterator[tuple[str, str]]:
    """Custom profiles: frictionless reads a `profile` that is not a standard name (a URL, or a
    file relative to the working directory) to validate against, and follows its `$ref`s."""
    for key in ("profile", "$schema"):
        value = entry.get(key)
        if not isinstance(value, str):
            continue
        if key == "profile" and names is not None:
            if value not in names:
                yield f"{where} {key}", value
        elif is_remote(value):
            url = urlparse(value)
            if url.netloc != STANDARD_PROFILE_HOST or not STANDARD_PROFILE_PATH.search(url.path):
                yield f"{where} {key}", value
        elif "/" in value or value.endswith(".json"):
            yield f"{where} {key}", value  # a local profile file


def _is_profile(where: str) -> bool:
    return where.endswith((" profile", " $schema"))


def remote_references(descriptor: dict[str, Any]) -> list[tuple[str, str]]:
    return [(where, location) for where, location in references(descriptor) if is_remote(location)]


def check_references(
    descriptor: dict[str, Any], folder: Path | None, allow_remote: bool = False, label: str | None = None
) -> None:
    """ClaimpackError for the first thing the descriptor asks that claimpack does not do
    (safety/supported.py), the first reference that leaves `folder`, is remote and not allowed,
    or is not a regular file, a custom profile file, or a compressed resource that expands past
    the limits (safety/archive.py). Schemas and dialects given by reference are checked as read."""
    where_label = folder if folder is not None else label
    for where, location in references(descriptor):
        shown = location if len(location) <= 120 else location[:120] + "…"
        if is_remote(location):
            if not allow_remote:
                raise ClaimpackError(
                    where_label,
                    f"{where} is remote ({shown}); claimpack works offline: pass --allow-remote to fetch it",
                )
            continue
        if _is_profile(where):
            raise ClaimpackError(
                where_label,
                f"{where} names a custom profile file ({shown}); claimpack supports the standard profiles only "
                "(frictionless would read it relative to the working directory, not inside the package)",
            )
        if folder is None:  # a zip or a git revision: only the shape of the path can be checked here
            reason = unsafe_reason(location)
            if reason:
                raise ClaimpackError(label, f"{where} {reason} ({shown}); a package may only use files inside itself")
            continue
        try:
            local = inside(folder, location, where)
        except ClaimpackError as error:
            raise ClaimpackError(
                folder, f"{error.problem} ({shown}); a package may only use files inside itself"
            ) from None
        if os.path.lexists(local):
            regular_file(local, where)  # a FIFO or a device would block or never end
    for resource in descriptor.get("resources") or []:
        if isinstance(resource, dict) and folder is not None:
            _check_resource_files(resource, folder, allow_remote)
    check_supported(descriptor, where_label)
    check_patterns(descriptor, where_label)


def _check_resource_files(resource: dict[str, Any], folder: Path, allow_remote: bool) -> None:
    """Every local part of the resource's path measured for decompression bombs, whatever the
    form of `path` (a string or a list); schemas and dialects given by reference checked as read."""
    path = resource.get("path")
    compression = resource.get("compression")
    for part in path if isinstance(path, list) else [path]:
        if isinstance(part, str) and not is_remote(part):
            check_compressed(inside(folder, part), compression if isinstance(compression, str) else None, folder)
    for key in ("schema", "dialect"):
        value = resource.get(key)
        if isinstance(value, str) and not is_remote(value):
            content = parse_json_object(value[:200], read_bytes(inside(folder, value), MAX_REFERENCED_BYTES, key), key)
            check_references({"resources": [{"name": resource.get("name"), key: content}]}, folder, allow_remote)
