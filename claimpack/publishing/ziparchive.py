"""A zip that `frictionless validate` accepts: the descriptor at the top, the CSVs, the CHANGELOG,
a README generated from the schemas, and any other file of the package folder. Entries are sorted
and dated by the package's `created`, so publishing the same release twice gives the same bytes."""

from __future__ import annotations

import hashlib
import zipfile
from datetime import datetime
from pathlib import Path

from claimpack.errors import ClaimpackError
from claimpack.lazy import pd
from claimpack.loading import load_snapshot
from claimpack.publishing.readme import render_readme
from claimpack.publishing.target import check_file_target, staged_file
from claimpack.safety.paths import read_bytes
from claimpack.safety.seeds import locate as locate_seed
from claimpack.safety.seeds import shape_problem as seed_shape_problem
from claimpack.version.snapshot import DESCRIPTOR, Snapshot
from claimpack.write.descriptor import source_fingerprint

EPOCH = (1980, 1, 1, 0, 0, 0)  # the earliest time a zip can hold
COMMENT = b"claimpack data package"  # marks a zip an earlier publish wrote
MAX_MEMBER_BYTES = 4 * 1024**3


def members(snapshot: Snapshot) -> dict[str, bytes]:
    """Every file the zip holds, by its path in the zip: the package folder's regular files
    (symlinks are left out: they could point anywhere), the descriptor and resources, the seed
    texts at their source paths (so the unzipped package passes `claimpack validate` as it is),
    a README and a CHANGELOG."""
    files: dict[str, bytes] = {}
    if snapshot.folder is not None:
        for path in sorted(snapshot.folder.rglob("*")):
            relative = path.relative_to(snapshot.folder)
            if any(part.startswith(".") for part in relative.parts) or _linked(path, snapshot.folder):
                continue
            if path.is_file():
                files[relative.as_posix()] = read_bytes(path, MAX_MEMBER_BYTES, "file")
    files.update(seeds(snapshot))
    files[DESCRIPTOR] = snapshot.read(DESCRIPTOR)
    for resource in snapshot.resources():
        if isinstance(resource.get("path"), str):
            files[resource["path"]] = snapshot.read(resource["path"])
    files["README.md"] = render_readme(snapshot).encode("utf-8")
    if "CHANGELOG.md" not in files:
        version = snapshot.descriptor.get("version", "?")
        files["CHANGELOG.md"] = f"# Changelog\n\n## {version}\n\n- No earlier releases were recorded.\n".encode()
    return files


def _linked(path: Path, folder: Path) -> bool:
    """A symlink, or a file inside a symlinked folder."""
    current = folder
    for part in path.relative_to(folder).parts:
        current = current / part
        if current.is_symlink():
            return True
    return False


def seeds(snapshot: Snapshot) -> dict[str, bytes]:
    """The seed texts the descriptor's sources name, where they can be found safely (inside the
    package or, for a folder, beside it in the repository) and when their sha256 is the one the
    source records."""
    found: dict[str, bytes] = {}
    for source in snapshot.descriptor.get("sources") or []:
        if not isinstance(source, dict):
            continue
        path, (digest, _) = source.get("path"), source_fingerprint(source)
        if not isinstance(path, str) or not isinstance(digest, str) or seed_shape_problem(path):
            continue
        try:
            if snapshot.folder is not None:
                data = read_bytes(locate_seed(snapshot.folder, path), MAX_MEMBER_BYTES, "seed")
            else:
                data = snapshot.read(path)
        except ClaimpackError:
            continue  # validation reports a missing seed; the zip carries what there is
        if hashlib.sha256(data).hexdigest() == digest.lower():
            found[path] = data  # only the exact text the package was built from, never any file a path names
    return found


def _stamp(snapshot: Snapshot) -> tuple[int, int, int, int, int, int]:
    created = snapshot.descriptor.get("created")
    try:
        moment = datetime.fromisoformat(str(created).replace("Z", "+00:00"))
    except ValueError:
        return EPOCH
    return max(EPOCH, (moment.year, moment.month, moment.day, moment.hour, moment.minute, moment.second))


def is_ours(path: Path) -> bool:
    try:
        with zipfile.ZipFile(path) as archive:
            return archive.comment.startswith(COMMENT)
    except (zipfile.BadZipFile, OSError):
        return False


def write(snapshot: Snapshot, tables: dict[str, pd.DataFrame], target: str, force: bool = False) -> None:
    path = Path(target)
    check_file_target(path, "zip", is_ours, force)
    stamp = _stamp(snapshot)
    files = members(snapshot)
    with staged_file(path) as partial, zipfile.ZipFile(partial, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.comment = COMMENT
        for name, data in sorted(files.items()):
            info = zipfile.ZipInfo(name, date_time=stamp)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            archive.writestr(info, data)


def read(target: str, snapshot: Snapshot) -> dict[str, pd.DataFrame]:
    from claimpack.version.snapshot import open_snapshot

    return load_snapshot(open_snapshot(target))
