"""Is the package fit to publish? Its files must be the ones its descriptor hashed (a hand edit
after the release is not published unnoticed), and it must pass validation at error level,
wherever it comes from: a folder, a zip, a git revision or a URL."""

from __future__ import annotations

import tempfile
from pathlib import Path

from claimpack.errors import ClaimpackError
from claimpack.safety.hashes import mismatch
from claimpack.safety.paths import inside
from claimpack.version.snapshot import DESCRIPTOR, Snapshot


def problems(snapshot: Snapshot) -> list[str]:
    """Why `snapshot` must not be published; empty when it may."""
    found = stale_files(snapshot)
    if found:
        return found  # validation would repeat the same complaint
    return validation_errors(snapshot)


def stale_files(snapshot: Snapshot) -> list[str]:
    """Resources whose bytes differ from the size and hash the descriptor declares."""
    found = []
    for resource in snapshot.resources():
        path = resource.get("path")
        if isinstance(path, str):
            problem = mismatch(snapshot.read(path), resource)
            if problem:
                found.append(f"{path} {problem}")
    return found


def validation_errors(snapshot: Snapshot) -> list[str]:
    """Unreviewed errors from `claimpack validate`. A package that is not a folder on disk is
    copied to a temporary folder first (descriptor, resources and the seeds it carries)."""
    from claimpack.validation import validate

    if snapshot.folder is not None:
        report = validate(snapshot.folder, allow_remote=snapshot.allow_remote)
        return [f"[{f.rule}] {f.message}" for f in report.failing("error")]
    with tempfile.TemporaryDirectory(prefix="claimpack-publish-") as scratch:
        folder = materialize(snapshot, Path(scratch) / "package")
        report = validate(folder, allow_remote=snapshot.allow_remote)
        return [f"[{f.rule}] {f.message}" for f in report.failing("error")]


def materialize(snapshot: Snapshot, folder: Path) -> Path:
    """Write the package's descriptor, resource files and the seeds it carries into `folder`."""
    from claimpack.publishing.ziparchive import seeds

    files = {DESCRIPTOR: snapshot.read(DESCRIPTOR), **seeds(snapshot)}
    for resource in snapshot.resources():
        for key in ("path", "schema", "dialect"):
            value = resource.get(key)
            if isinstance(value, str) and not value.startswith(("http://", "https://")):
                files[value] = snapshot.read(value)
    for relative, data in files.items():
        target = inside(folder, relative, "file")
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(data)
        except OSError as error:
            raise ClaimpackError(folder, f"cannot copy the package for validation: {error.strerror}") from None
    return folder
