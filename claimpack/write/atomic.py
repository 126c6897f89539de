"""Replace a folder's generated files all at once, or not at all, and survive a crash at any point.

The new package is written to a sibling staging folder (files the build does not own, such as
CHANGELOG.md, are carried over), fsynced, then swapped in. On Linux the swap is one atomic
`renameat2(RENAME_EXCHANGE)`: at every instant `target` is the old or the new package, whole.
Elsewhere it is two renames, and a crash between them leaves the old package at
`.<name>.old-*`: the next StagedFolder on the same target puts it back. Staging folders left by a
killed build are removed then too. An exclusive lock on the parent folder keeps two builds from
recovering or swapping at the same time."""

from __future__ import annotations

import ctypes
import ctypes.util
import errno
import os
import shutil
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from types import TracebackType
from typing import BinaryIO

from claimpack.errors import ClaimpackError

GENERATED = ("datapackage.json", "data")
RENAME_EXCHANGE = 2
AT_FDCWD = -100


def _renameat2() -> ctypes._CFuncPtr | None:  # type: ignore[name-defined]
    if not sys.platform.startswith("linux"):
        return None
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
        function = libc.renameat2
    except (OSError, AttributeError):
        return None
    function.argtypes = [ctypes.c_int, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p, ctypes.c_uint]
    function.restype = ctypes.c_int
    return function


_RENAMEAT2 = _renameat2()


def exchange(first: Path, second: Path) -> bool:
    """Swap two paths atomically; False when the OS or file system cannot (then nothing changed)."""
    if _RENAMEAT2 is None:
        return False
    if _RENAMEAT2(AT_FDCWD, os.fsencode(first), AT_FDCWD, os.fsencode(second), RENAME_EXCHANGE) == 0:
        return True
    code = ctypes.get_errno()
    if code in (errno.ENOSYS, errno.EINVAL, errno.ENOTSUP, errno.EOPNOTSUPP):
        return False
    raise OSError(code, os.strerror(code), str(second))


def fsync_folder(folder: Path) -> None:
    """Make a rename inside `folder` durable."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


class FolderLock:
    """An exclusive flock on a folder (no lock file is left behind)."""

    def __init__(self, folder: Path) -> None:
        self.fd: int | None = None
        try:
            import fcntl
        except ImportError:  # not POSIX: no lock, recovery still runs
            return
        self.fd = os.open(folder, os.O_RDONLY)
        fcntl.flock(self.fd, fcntl.LOCK_EX)

    def release(self) -> None:
        if self.fd is not None:
            os.close(self.fd)  # closing drops the flock
            self.fd = None


def recover(target: Path) -> None:
    """Undo what a crash left beside `target`: put the old package back when the swap stopped
    half way, and remove staging and retired folders. Call with the parent's lock held."""
    parent = target.parent
    staged = sorted(parent.glob(f".{target.name}.new-*"))
    retired = sorted(parent.glob(f".{target.name}.old-*"), key=lambda p: p.stat().st_mtime)
    if not target.exists() and retired:
        os.rename(retired.pop(), target)
        fsync_folder(parent)
    for leftover in [*staged, *retired]:
        shutil.rmtree(leftover, ignore_errors=True)


class StagedFolder:
    """A sibling staging folder that becomes `target` on `commit()`, or vanishes on error."""

    def __init__(self, target: Path, owned: tuple[str, ...] = GENERATED) -> None:
        self.owned = owned  # the names the new folder brings; everything else is carried over
        if target.is_symlink():
            raise ClaimpackError(
                target, "is a symlink; give the package folder itself (a swap would replace what it points to)"
            )
        self.target = target.resolve()
        self.committed = False
        parent = self.target.parent
        try:
            parent.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise ClaimpackError(parent, f"cannot create the output folder: {error.strerror}") from None
        if self.target.exists() and not self.target.is_dir():
            raise ClaimpackError(target, "exists and is not a folder; choose another --out")
        if not os.access(parent, os.W_OK | os.X_OK):
            raise ClaimpackError(parent, "folder is not writable")
        try:
            self.lock = FolderLock(parent)
        except OSError as error:
            raise ClaimpackError(parent, f"cannot lock the output folder: {error.strerror}") from None
        try:
            recover(self.target)
            self.path = Path(tempfile.mkdtemp(prefix=f".{self.target.name}.new-", dir=parent))
        except OSError as error:
            self.lock.release()
            raise ClaimpackError(parent, f"cannot stage the package: {error.strerror}") from None
        try:
            self._carry_over()
        except BaseException:
            self.discard()
            raise

    def _carry_over(self) -> None:
        if not self.target.exists():
            return
        for item in self.target.iterdir():
            if item.name in self.owned:
                continue
            destination = self.path / item.name
            try:
                if item.is_dir() and not item.is_symlink():
                    shutil.copytree(item, destination, symlinks=True)
                else:
                    shutil.copy2(item, destination, follow_symlinks=False)
            except OSError as error:
                raise ClaimpackError(item, f"cannot carry this file over: {error.strerror}") from None

    def open(self, relative: str) -> BinaryIO:
        """A new file in the staging folder; close it with `close()` so it reaches the disk."""
        path = self.path / relative
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.unlink(missing_ok=True)  # a carried-over symlink is replaced, never written through
            return os.fdopen(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW, 0o644), "wb")
        except OSError as error:
            raise ClaimpackError(self.target, f"cannot write the package: {error.strerror}") from None

    @staticmethod
    def close(handle: BinaryIO) -> None:
        handle.flush()
        os.fsync(handle.fileno())
        handle.close()

    def write(self, relative: str, data: bytes) -> None:
        handle = self.open(relative)
        try:
            handle.write(data)
        finally:
            self.close(handle)

    def commit(self) -> None:
        """Swap the staging folder in; the old package is removed only once the new one is in place."""
        os.chmod(self.path, 0o755)
        fsync_folder(self.path)
        parent = self.target.parent
        if not self.target.exists():
            os.rename(self.path, self.target)
        elif exchange(self.path, self.target):
            self.committed = True  # self.path now holds the old package
            fsync_folder(parent)
            shutil.rmtree(self.path, ignore_errors=True)
            self._unlock()
            return
        else:
            retired = Path(tempfile.mkdtemp(prefix=f".{self.target.name}.old-", dir=parent))
            retired.rmdir()
            os.rename(self.target, retired)
            try:
                os.rename(self.path, self.target)
            except BaseException:
                os.rename(retired, self.target)  # put the old package back at once
                raise
            fsync_folder(parent)
            shutil.rmtree(retired, ignore_errors=True)
        self.committed = True
        fsync_folder(parent)
        self._unlock()

    def discard(self) -> None:
        shutil.rmtree(self.path, ignore_errors=True)
        self._unlock()

    def _unlock(self) -> None:
        self.lock.release()

    def __enter__(self) -> StagedFolder:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        if not self.committed:
            self.discard()
        if isinstance(error, OSError) and not isinstance(error, ClaimpackError):
            raise ClaimpackError(self.target, f"cannot write the package: {error.strerror}") from None


def write_folder(target: Path, files: dict[str, bytes]) -> None:
    """Make `target` hold `files` (relative path -> bytes) plus its other existing files."""
    with StagedFolder(target) as staged:
        for relative, data in files.items():
            staged.write(relative, data)
        staged.commit()


def write_file(target: Path, data: bytes) -> None:
    """Write a whole file or nothing: a temporary file beside it, fsynced, then renamed over it.
    Parent folders are created; a folder or special file at `target` is refused."""
    with open_file(target) as stream:
        stream.write(data)


@contextmanager
def open_file(target: Path) -> Iterator[BinaryIO]:
    """A file to stream into that appears at `target` whole, or not at all (see `write_file`):
    an exception inside the block leaves whatever was at `target` as it was."""
    target = Path(target)
    if target.is_dir():
        raise ClaimpackError(target, "is a folder; give a file name")
    if target.exists() and not target.is_file():
        raise ClaimpackError(target, "is not a regular file; refusing to replace it")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise ClaimpackError(target.parent, f"cannot create the folder: {error.strerror}") from None
    try:
        handle, temporary = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".partial", dir=target.parent)
    except OSError as error:
        raise ClaimpackError(target, f"cannot write: {error.strerror}") from None
    try:
        with os.fdopen(handle, "wb") as stream:
            yield stream
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(temporary, 0o644)
        os.replace(temporary, target)
    except OSError as error:
        Path(temporary).unlink(missing_ok=True)
        raise ClaimpackError(target, f"cannot write: {error.strerror}") from None
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
