"""The package descriptor `datapackage.json`, made from `schemas/package.template.json`, the Table
Schemas and the files it describes. `version` and `created` are kept from the existing descriptor:
only a release changes them, so an unchanged rebuild is byte-identical.

It is a Data Package v2 descriptor (`$schema`, resources of `type: "table"`, a self-reference
without `resource`) that v1 readers still read: the v1 `profile` properties stay beside their v2
successors. The seeds' fingerprints are custom properties, named `claimpack:…` as the standard
recommends."""

from __future__ import annotations

import hashlib
import json
import os
import re
from collections.abc import Iterable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from claimpack.errors import ClaimpackError
from claimpack.model import Seed
from claimpack.resources import load_schema
from claimpack.safety.jsonfile import parse_json_object
from claimpack.safety.paths import read_bytes

FIRST_VERSION = "1.0.0"
PACKAGE_PROFILE = "https://datapackage.org/profiles/2.0/datapackage.json"
SOURCE_SHA256 = "claimpack:sha256"  # the seed text's sha256 (hex), on each `sources` entry
SOURCE_BYTES = "claimpack:bytes"  # its size in bytes
MAX_DESCRIPTOR_BYTES = 256 * 1024 * 1024
MAX_EPOCH = 253402300799  # 9999-12-31T23:59:59Z, the last second a date-time field can hold


def read_descriptor(folder: Path) -> dict[str, Any] | None:
    """The descriptor already in the package folder (its version and created are kept)."""
    path = folder / "datapackage.json"
    if not path.exists() and not path.is_symlink():
        return None
    data = read_bytes(path, MAX_DESCRIPTOR_BYTES, "existing descriptor")
    return parse_json_object(str(path), data, "existing descriptor")


def now_iso() -> str:
    """Creation time; SOURCE_DATE_EPOCH makes it reproducible (reproducible-builds.org)."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if not epoch:
        moment = datetime.now(UTC)
    else:
        if not re.fullmatch(r"[0-9]{1,12}", epoch) or int(epoch) > MAX_EPOCH:
            raise ClaimpackError(
                "SOURCE_DATE_EPOCH", f"{epoch[:30]!r} is not a number of seconds since 1970 up to 9999-12-31"
            )
        moment = datetime.fromtimestamp(int(epoch), UTC)
    return moment.replace(microsecond=0).isoformat().replace("+00:00", "Z")


def build_descriptor(
    files: dict[str, bytes],
    seeds: list[Seed],
    previous: dict[str, Any] | None,
) -> dict[str, Any]:
    """The descriptor for CSV `files` ('data/<resource>.csv' -> bytes) built from `seeds`."""
    digests = {path: (len(data), hashlib.sha256(data).hexdigest()) for path, data in files.items()}
    return describe_package(digests, [source_entry(seed) for seed in seeds], previous)


def source_entry(seed: Seed) -> dict[str, Any]:
    """The descriptor's `sources` entry for one seed."""
    return {"title": seed.article_id, "path": seed.source_path, SOURCE_SHA256: seed.sha256, SOURCE_BYTES: seed.size}


def source_fingerprint(source: dict[str, Any]) -> tuple[Any, Any]:
    """A `sources` entry's (sha256, bytes); packages built before 1.1 named them `sha256` and `bytes`."""
    return source.get(SOURCE_SHA256, source.get("sha256")), source.get(SOURCE_BYTES, source.get("bytes"))


Recorded = dict[str, tuple[str | None, int | None]]  # seed path -> (sha256, bytes) the package records


def recorded_seeds(descriptor: dict[str, Any], articles: Iterable[tuple[str | None, str | None]]) -> Recorded:
    """The sha256 (lower-case hex) and byte size the package records for each seed path: the
    descriptor's `sources` entries first, then articles.csv's (source_path, source_sha256) rows in
    file order for a digest the descriptor leaves out. Every engine asks this one function, so
    they agree on which text a package may quote."""
    recorded: Recorded = {}
    for source in descriptor.get("sources") or []:
        if isinstance(source, dict) and isinstance(source.get("path"), str):
            digest, size = source_fingerprint(source)
            recorded[source["path"]] = (
                digest.lower() if isinstance(digest, str) else None,
                size if isinstance(size, int) and not isinstance(size, bool) else None,
            )
    for path, digest in articles:
        if path is not None:
            known, size = recorded.get(path, (None, None))
            recorded[path] = (known or (digest.lower() if digest is not None else None), size)
    return recorded


def describe_package(
    digests: dict[str, tuple[int, str]],
    sources: list[dict[str, Any]],
    previous: dict[str, Any] | None,
) -> dict[str, Any]:
    """The descriptor from each CSV's (bytes, sha256 hex) and the seeds' `sources` entries, so a
    streaming build never needs the files in memory."""
    template = load_schema("package.template.json")
    descriptor: dict[str, Any] = {
        "$schema": PACKAGE_PROFILE,
        "profile": "data-package",  # for v1 readers; v2 readers go by $schema
        "name": template["name"],
        "title": template["title"],
        "description": template["description"],
        "homepage": template["homepage"],
        "keywords": template["keywords"],
        "version": (previous or {}).get("version", FIRST_VERSION),
        "created": (previous or {}).get("created") or now_iso(),
        "contributors": template["contributors"],
        "licenses": template["licenses"],
        "sources": sources,
        "resources": [],
    }
    for entry in template["resources"]:
        path = f"data/{entry['name']}.csv"
        size, sha256 = digests[path]
        schema = load_schema(entry["schema"])
        descriptor["resources"].append(
            {
                "name": entry["name"],
                "title": entry["title"],
                "description": schema.get("description", ""),
                "type": "table",
                "profile": "tabular-data-resource",  # for v1 readers
                "path": path,
                "format": "csv",
                "mediatype": "text/csv",
                "encoding": "utf-8",
                "bytes": size,
                "hash": "sha256:" + sha256,
                "schema": {key: value for key, value in schema.items() if key not in ("title", "description")},
            }
        )
    return descriptor


def render_descriptor(descriptor: dict[str, Any]) -> bytes:
    return (json.dumps(descriptor, indent=2, ensure_ascii=False) + "\n").encode("utf-8")
