"""A zip that `frictionless validate` accepts: the descriptor at the top, the CSVs, the CHANGELOG,
a README generated from the schemas, and any other file of the package folder. Entries are sorted
and dated by the package's `created`, so publishing the same release twice gives the same bytes."""

from __future__ import annotations

import zipfile
from datetime import datetime
from pathlib import Path

import pandas as pd

from claimpack.load import load_snapshot
from claimpack.publish.readme import render_readme
from claimpack.version.snapshot import DESCRIPTOR, Snapshot

EPOCH = (1980, 1, 1, 0, 0, 0)  # the earliest time a zip can hold


def members(snapshot: Snapshot) -> dict[str, bytes]:
    """Every file the zip holds, by its path in the zip."""
    files: dict[str, bytes] = {}
    if snapshot.folder is not None:
        for path in sorted(snapshot.folder.rglob("*")):
            relative = path.relative_to(snapshot.folder)
            if path.is_file() and not any(part.startswith(".") for part in relative.parts):
                files[relative.as_posix()] = path.read_bytes()
    files[DESCRIPTOR] = snapshot.read(DESCRIPTOR)
    for resource in snapshot.resources():
        if isinstance(resource.get("path"), str):
            files[resource["path"]] = snapshot.read(resource["path"])
    files["README.md"] = render_readme(snapshot).encode("utf-8")
    if "CHANGELOG.md" not in files:
        version = snapshot.descriptor.get("version", "?")
        files["CHANGELOG.md"] = f"# Changelog\n\n## {version}\n\n- No earlier releases were recorded.\n".encode()
    return files


def _stamp(snapshot: Snapshot) -> tuple[int, int, int, int, int, int]:
    created = snapshot.descriptor.get("created")
    try:
        moment = datetime.fromisoformat(str(created).replace("Z", "+00:00"))
    except ValueError:
        return EPOCH
    return max(EPOCH, (moment.year, moment.month, moment.day, moment.hour, moment.minute, moment.second))


def write(snapshot: Snapshot, tables: dict[str, pd.DataFrame], target: str) -> None:
    path = Path(target)
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(f".{path.name}.partial")
    stamp = _stamp(snapshot)
    with zipfile.ZipFile(partial, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, data in sorted(members(snapshot).items()):
            info = zipfile.ZipInfo(name, date_time=stamp)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            archive.writestr(info, data)
    partial.replace(path)


def read(target: str, snapshot: Snapshot) -> dict[str, pd.DataFrame]:
    from claimpack.version.snapshot import open_snapshot

    return load_snapshot(open_snapshot(target))
