"""Is the package fit to publish? Its files must be the ones its descriptor hashed (a hand edit
after the release is not published unnoticed), and it must pass validation at error level."""

from __future__ import annotations

import hashlib

from claimpack.version.snapshot import Snapshot


def problems(snapshot: Snapshot) -> list[str]:
    """Why `snapshot` must not be published; empty when it may."""
    found = stale_files(snapshot)
    if found:
        return found  # validation would repeat the same complaint
    return validation_errors(snapshot)


def stale_files(snapshot: Snapshot) -> list[str]:
    found = []
    for resource in snapshot.resources():
        path = resource.get("path")
        if not isinstance(path, str):
            continue
        data = snapshot.read(path)
        declared = str(resource.get("hash") or "")
        algorithm, _, digest = declared.rpartition(":") if ":" in declared else ("md5", "", declared)
        if declared and hashlib.new(algorithm or "md5", data).hexdigest() != digest:
            found.append(f"{path} does not match the hash in the descriptor (edited after the release?)")
        elif resource.get("bytes") is not None and resource["bytes"] != len(data):
            found.append(f"{path} has {len(data)} bytes, the descriptor says {resource['bytes']}")
    return found


def validation_errors(snapshot: Snapshot) -> list[str]:
    """Unreviewed errors from `claimpack validate` (only for a package on disk)."""
    if snapshot.folder is None:
        return []
    from claimpack.validate import validate

    report = validate(snapshot.folder)
    return [f"[{f.rule}] {f.message}" for f in report.failing("error")]
