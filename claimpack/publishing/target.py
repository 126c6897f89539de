"""Where a publish may write: only inside its target, and never over a file it did not write.

File targets are written in a staging folder beside the target (the database's journal and WAL
files land there too) and renamed over it at the end, so a reader never sees half a file and a
failure leaves nothing behind. An existing target is replaced only when it is a regular file that
an earlier publish of the same kind wrote (each kind has its marker), or with `force`; a folder, a
symlink, a device or a FIFO is never replaced."""

from __future__ import annotations

import os
import re
import shutil
import stat
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from claimpack.errors import ClaimpackError
from claimpack.write.atomic import FolderLock, fsync_folder

# a resource name that is also a safe file (and table) name: what the Data Package spec recommends
SAFE_NAME = re.compile(r"^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$")


def check_name(name: str, what: str = "resource") -> str:
    """`name` when it can name a file or table as it is; ClaimpackError otherwise."""
    if not SAFE_NAME.match(name) or name.endswith("."):
        shown = name if len(name) <= 60 else name[:60] + "…"
        raise ClaimpackError(
            shown, f"{what} name cannot be used as a file or table name (letters, digits, '_', '.', '-')"
        )
    return name


def check_file_target(path: Path, kind: str, is_ours: Callable[[Path], bool], force: bool) -> None:
    """Refuse a target that is not a file we may replace (see the module docstring)."""
    parent = path.parent
    if parent.exists() and not parent.is_dir():
        raise ClaimpackError(path, f"cannot write here: {parent} is a file, not a folder")
    if not os.path.lexists(path):
        return
    mode = os.lstat(path).st_mode
    if stat.S_ISLNK(mode):
        raise ClaimpackError(path, "is a symlink; refusing to replace it (give the real path)")
    if stat.S_ISDIR(mode):
        raise ClaimpackError(path, f"is a folder; give a file name for {kind}")
    if not stat.S_ISREG(mode):
        raise ClaimpackError(path, "is not a regular file; refusing to replace it")
    if not force and not is_ours(path):
        raise ClaimpackError(
            path, f"exists and was not written by claimpack publish ({kind}); pass --force to replace it"
        )


@contextmanager
def staged_file(path: Path) -> Iterator[Path]:
    """A path in a fresh staging folder beside `path`; renamed over `path` when the block ends
    without error. The staging folder (with any journal or WAL files) is always removed, and
    staging folders a killed publish left beside the same target are removed first (under a lock
    on the folder, so two publishes never remove each other's)."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        lock = FolderLock(path.parent)
    except OSError as error:
        raise ClaimpackError(path, f"cannot write: {error.strerror}") from None
    try:
        for leftover in path.parent.glob(f".{path.name}.partial-*"):
            shutil.rmtree(leftover, ignore_errors=True)
        staging = Path(tempfile.mkdtemp(prefix=f".{path.name}.partial-", dir=path.parent))
    except OSError as error:
        lock.release()
        raise ClaimpackError(path, f"cannot write: {error.strerror}") from None
    try:
        partial = staging / path.name
        yield partial
        _fsync(partial)
        os.replace(partial, path)
        fsync_folder(path.parent)  # best effort: the new file is in place either way
    except OSError as error:
        raise ClaimpackError(path, f"cannot write: {error.strerror or type(error).__name__}") from None
    finally:
        shutil.rmtree(staging, ignore_errors=True)
        lock.release()


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def starts_with(path: Path, magic: bytes) -> bool:
    try:
        with path.open("rb") as handle:
            return handle.read(len(magic)) == magic
    except OSError:
        return False
