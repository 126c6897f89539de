"""`claimpack release`: validate, choose the version the policy requires, set `created`, re-hash,
write the CHANGELOG entry, and keep a release record.

The package folder is replaced atomically (write/atomic.py); the record is written last, so an
interrupted release leaves the guard pointing at the previous release."""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from claimpack.errors import ClaimpackError
from claimpack.safety.paths import inside, read_bytes
from claimpack.validation import RULES, validate
from claimpack.version.changelog import add_entry, entry
from claimpack.version.diff import PackageDiff
from claimpack.version.policy import BUMPS, larger, next_version
from claimpack.version.record import make_record, since_last_release, write_record
from claimpack.version.snapshot import open_snapshot
from claimpack.version.tables import tables_of
from claimpack.write.atomic import write_folder
from claimpack.write.descriptor import now_iso, render_descriptor

GUARD = "unreleased-change"
MAX_FILE_BYTES = 4 * 1024**3


class ReleaseRefused(Exception):
    """The package cannot be released as asked (invalid, nothing to release, bump too small)."""


@dataclass
class Release:
    version: str
    previous: str | None
    bump: str
    change: PackageDiff | None
    record: Path


def release(package: str | Path, bump: str = "auto", against: str | None = None) -> Release:
    """Release the package folder `package`; ReleaseRefused says why not."""
    folder = Path(package)
    if bump not in ("auto", *BUMPS[1:]):
        raise ClaimpackError(None, f"unknown bump {bump!r} (auto, major, minor or patch)")
    check_valid(folder)
    change = since_last_release(folder, against)
    snapshot = open_snapshot(folder)
    descriptor: dict[str, Any] = dict(snapshot.descriptor)
    if change is None:  # the first release keeps the version the package was built with
        chosen, previous, version = "none", None, str(descriptor.get("version"))
        if bump != "auto":
            raise ReleaseRefused(f"{folder} was never released: the first release keeps version {version}")
    else:
        required = change.required_bump
        if required == "none":
            raise ReleaseRefused(f"nothing changed since {change.old_version}: nothing to release")
        chosen = required if bump == "auto" else bump
        if larger(chosen, required) != chosen:
            raise ReleaseRefused(f"the changes since {change.old_version} need a {required} release, not {bump}")
        previous = str(change.old_version)
        version = next_version(previous, chosen)
        descriptor["version"], descriptor["created"] = version, now_iso()
    files = _files(folder, descriptor)
    day = str(descriptor.get("created", now_iso()))[:10]
    rows = {name: len(t.fingerprints) for name, t in tables_of(snapshot).items()}
    text = _changelog(folder)
    files["CHANGELOG.md"] = add_entry(text, entry(version, day, chosen, change, rows)).encode("utf-8")
    write_folder(folder, files)
    record = write_record(folder, make_record(open_snapshot(folder)))
    return Release(version, previous, chosen, change, record)


def check_valid(folder: Path) -> None:
    report = validate(folder, rules=[rule for rule in RULES if rule != GUARD])
    if report.failed("error"):
        errors = [f for f in report.findings if f.severity == "error" and not f.accepted]
        first = f": {errors[0].rule}: {errors[0].message}" if errors else ""
        raise ReleaseRefused(f"{folder} fails validation ({len(errors)} errors{first}); run 'claimpack validate'")


def _changelog(folder: Path) -> str | None:
    """The package's CHANGELOG.md, read only inside the package (a symlink out is refused)."""
    if not os.path.lexists(folder / "CHANGELOG.md"):
        return None
    data = read_bytes(inside(folder, "CHANGELOG.md", "CHANGELOG.md"), MAX_FILE_BYTES, "CHANGELOG.md")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        raise ClaimpackError(folder / "CHANGELOG.md", "is not UTF-8") from None


def _files(folder: Path, descriptor: dict[str, Any]) -> dict[str, bytes]:
    """The descriptor with every resource re-hashed, and the data files it lists (read inside the
    package only; other files in data/ are kept unless they are links)."""
    files: dict[str, bytes] = {}
    resources = []
    for resource in descriptor.get("resources") or []:
        path = resource.get("path")
        if isinstance(path, str):
            data = read_bytes(inside(folder, path, "resource path"), MAX_FILE_BYTES, "resource")
            files[path] = data
            resource = {**resource, "bytes": len(data), "hash": "sha256:" + hashlib.sha256(data).hexdigest()}
        resources.append(resource)
    for path in (
        (folder / "data").rglob("*") if (folder / "data").is_dir() and not (folder / "data").is_symlink() else []
    ):
        relative = path.relative_to(folder).as_posix()
        if relative not in files and not path.is_symlink() and path.is_file():
            files[relative] = read_bytes(inside(folder, relative, "file"), MAX_FILE_BYTES, "file")
    descriptor["resources"] = resources
    files["datapackage.json"] = render_descriptor(descriptor)
    return files
