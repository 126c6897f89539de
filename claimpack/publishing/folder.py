"""A package folder: the files of the zip (ziparchive.members: descriptor, CSVs, the seed texts at
their source paths, README and CHANGELOG), unpacked, so `claimpack validate` and `frictionless
validate` pass on it as it is. Staged beside the target and swapped in whole (write/atomic.py).

An existing folder is replaced only when it is empty or holds an earlier publish of the same
package (a datapackage.json of the same name), or with --force; files the package does not bring
are carried over, as a rebuild carries them."""

from __future__ import annotations

import os
from pathlib import Path

from claimpack.errors import ClaimpackError
from claimpack.lazy import pd
from claimpack.loading import load_snapshot
from claimpack.publishing.ziparchive import members
from claimpack.safety.jsonfile import parse_json_object
from claimpack.safety.paths import inside, read_bytes
from claimpack.version.snapshot import DESCRIPTOR, Snapshot, open_snapshot
from claimpack.write.atomic import StagedFolder


def write(snapshot: Snapshot, tables: dict[str, pd.DataFrame], target: str, force: bool = False) -> None:
    folder = Path(target)
    files = members(snapshot)
    for name in files:
        inside(folder, name, "file")  # every path stays in the folder
    _check_folder(folder, str(snapshot.descriptor.get("name", "")), force)
    with StagedFolder(folder, owned=tuple(sorted({name.split("/")[0] for name in files}))) as staged:
        for name, data in sorted(files.items()):
            handle = staged.open(name)
            try:
                handle.write(data)
            finally:
                staged.close(handle)
        staged.commit()


def _check_folder(folder: Path, name: str, force: bool) -> None:
    if os.path.lexists(folder) and (folder.is_symlink() or not folder.is_dir()):
        raise ClaimpackError(folder, "exists and is not a folder; a package folder is written into a folder")
    if force or not folder.is_dir() or not any(folder.iterdir()):
        return
    try:
        descriptor = parse_json_object(str(folder), read_bytes(inside(folder, DESCRIPTOR, "descriptor"), 1 << 28))
    except ClaimpackError:
        descriptor = {}
    if descriptor.get("name") != name:
        raise ClaimpackError(
            folder,
            "holds files that are not an earlier publish of this package; pass --force, or choose an empty folder",
        )


def read(target: str, snapshot: Snapshot) -> dict[str, pd.DataFrame]:
    return load_snapshot(open_snapshot(target))
