"""Every place a descriptor can make a reader open a file or fetch a URL: resource `path`s,
`schema` and `dialect` given as references, and custom `profile` / `$schema` URLs (frictionless
fetches them to validate against). Local references must stay inside the package folder; remote
ones are refused unless the user allows them."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

from claimpack.errors import ClaimpackError
from claimpack.safety.archive import check_compressed
from claimpack.safety.paths import inside, is_remote, unsafe_reason

STANDARD_PROFILE_HOST = "datapackage.org"  # profiles frictionless carries and never fetches


def references(descriptor: dict[str, Any]) -> Iterator[tuple[str, str]]:
    """(where, location) for every file or URL the descriptor points readers at."""
    yield from _profiles("package", descriptor)
    for index, resource in enumerate(descriptor.get("resources") or []):
        if not isinstance(resource, dict):
            continue
        name = f"resource {resource.get('name', index)!r}"
        path = resource.get("path")
        for part in path if isinstance(path, list) else [path]:
            if isinstance(part, str):
                yield f"{name} path", part
        for key in ("schema", "dialect"):
            value = resource.get(key)
            if isinstance(value, str):
                yield f"{name} {key}", value
            elif isinstance(value, dict):
                yield from _profiles(f"{name} {key}", value)
        yield from _profiles(name, resource)


def _profiles(where: str, entry: dict[str, Any]) -> Iterator[tuple[str, str]]:
    for key in ("profile", "$schema"):
        value = entry.get(key)
        if not isinstance(value, str):
            continue
        if is_remote(value):
            url = urlparse(value)
            if url.netloc != STANDARD_PROFILE_HOST or "/profiles/" not in url.path:
                yield f"{where} {key}", value
        elif "/" in value or value.endswith(".json"):
            yield f"{where} {key}", value  # a local profile file


def remote_references(descriptor: dict[str, Any]) -> list[tuple[str, str]]:
    return [(where, location) for where, location in references(descriptor) if is_remote(location)]


def check_references(
    descriptor: dict[str, Any], folder: Path | None, allow_remote: bool = False, label: str | None = None
) -> None:
    """ClaimpackError for the first reference that leaves `folder`, or is remote and not allowed,
    or a compressed resource that expands past the limits (safety/archive.py)."""
    compressions = {
        str(r.get("path")): str(r["compression"])
        for r in descriptor.get("resources") or []
        if isinstance(r, dict) and isinstance(r.get("compression"), str)
    }
    for where, location in references(descriptor):
        shown = location if len(location) <= 120 else location[:120] + "…"
        if is_remote(location):
            if not allow_remote:
                raise ClaimpackError(
                    folder, f"{where} is remote ({shown}); claimpack works offline: pass --allow-remote to fetch it"
                )
            continue
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
        if where.endswith(" path"):
            check_compressed(local, compressions.get(location), folder)
