"""What a package may ask of the readers: an allow-list, not a deny-list.

frictionless acts on every descriptor key it knows: `extrapaths` and the legacy `url` and
`profiles` open or fetch more files, `scheme` picks a loader, a `format` picks a parser (YAML
with aliases, spreadsheets that fill merged cells, Google Sheets fetched from the web) and a
dialect's nested objects configure those parsers. A new frictionless release may add more. So a
key frictionless knows is accepted only when it is on the lists below (keys it does not know are
custom metadata it never reads), a resource is read only in the text formats claimpack's
validator supports, and a profile is a standard name. Anything else is one line and exit 2."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

from claimpack.errors import ClaimpackError

PACKAGE_KEYS = frozenset(
    {"name", "id", "title", "description", "homepage", "version", "created", "keywords", "image"}
    | {"licenses", "sources", "contributors", "profile", "$schema", "resources", "type"}
)
RESOURCE_KEYS = frozenset(
    {"name", "title", "description", "homepage", "licenses", "sources", "type", "profile", "$schema"}
    | {"path", "data", "format", "mediatype", "encoding", "compression", "innerpath", "bytes", "hash"}
    | {"schema", "dialect", "fields", "rows"}
)
# the keys frictionless renames on import (standards v0/v1, framework v4/v5) and then acts on
LEGACY_PACKAGE_KEYS = frozenset({"profiles", "$frictionless"})
LEGACY_RESOURCE_KEYS = frozenset({"url", "profiles", "stats", "hashing", "extrapaths", "scheme"})
FORMATS = frozenset({"csv", "tsv", "json", "jsonl", "ndjson"})  # text tables; no aliases, no cell filling
DIALECT_CONTROLS = frozenset({"csv", "json"})  # the dialect's nested objects configure these parsers only
PROFILE_NAMES = {
    "package": frozenset({"data-package", "tabular-data-package"}),
    "resource": frozenset({"data-resource", "tabular-data-resource"}),
}


@cache
def _known() -> tuple[frozenset[str], frozenset[str]]:
    """Every package and resource key this frictionless acts on."""
    from frictionless import Package, Resource

    return (
        frozenset(Package.metadata_profile["properties"]) | LEGACY_PACKAGE_KEYS,
        frozenset(Resource.metadata_profile["properties"]) | LEGACY_RESOURCE_KEYS,
    )


def check_supported(descriptor: dict[str, Any], label: str | Path | None) -> None:
    """ClaimpackError for the first key, format, dialect control or scheme off the lists."""
    package_known, resource_known = _known()
    _keys("package", descriptor, package_known - PACKAGE_KEYS, label)
    for index, resource in enumerate(descriptor.get("resources") or []):
        if not isinstance(resource, dict):
            continue
        where = f"resource {str(resource.get('name', index))[:60]!r}"
        _keys(where, resource, resource_known - RESOURCE_KEYS, label)
        dialect = resource.get("dialect")
        if isinstance(dialect, dict):
            for key, value in dialect.items():
                if isinstance(value, dict) and key not in DIALECT_CONTROLS:
                    raise ClaimpackError(
                        label,
                        f"{where} dialect configures the {str(key)[:40]!r} reader; "
                        f"claimpack reads {', '.join(sorted(DIALECT_CONTROLS))} only",
                    )
        kind = effective_format(resource)
        if kind is not None and kind not in FORMATS:
            raise ClaimpackError(
                label,
                f"{where} has format {kind[:40]!r}; claimpack reads {', '.join(sorted(FORMATS))} tables only",
            )


def _keys(where: str, entry: dict[str, Any], refused: frozenset[str], label: str | Path | None) -> None:
    for key in entry:
        if key in refused:
            raise ClaimpackError(label, f"{where} uses {key!r}, which claimpack does not support in a package")


def effective_format(resource: dict[str, Any]) -> str | None:
    """The format frictionless would read the resource's `path` as (its own detection, which
    needs no I/O), or None for inline data."""
    path = resource.get("path")
    first = path[0] if isinstance(path, list) and path else path
    if not isinstance(first, str):
        return None
    given = resource.get("format")
    if isinstance(given, str) and given:
        return given  # frictionless reads a named format as named; its detection scans every installed module
    from frictionless import FrictionlessException, Resource

    plain = {k: resource[k] for k in ("format", "compression", "innerpath") if isinstance(resource.get(k), str)}
    try:
        detected = Resource.from_descriptor({"name": "probe", "path": first, **plain})
    except FrictionlessException:
        return str(plain.get("format", ""))
    return str(detected.format or "")
