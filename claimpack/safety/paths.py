"""Paths named by untrusted input (a descriptor, articles.csv, a suite) must stay inside a root
folder: not absolute, no '..', no URL, and no symlink that leads out. Remote locations are refused
unless the caller allows them."""

from __future__ import annotations

import os
import re
import stat
from pathlib import Path, PurePosixPath, PureWindowsPath

from claimpack.errors import ClaimpackError

URL = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://")
PLAIN = re.compile(r"[A-Za-z0-9_][A-Za-z0-9._-]*(?:/[A-Za-z0-9_][A-Za-z0-9._-]*)*")  # 'seeds/000_ab.txt'


def is_remote(location: object) -> bool:
    """A URL ('http://…', 's3://…', 'file://…') or a protocol-relative '//host/…'."""
    return isinstance(location, str) and (bool(URL.match(location)) or location.startswith("//"))


def unsafe_reason(relative: str) -> str | None:
    """Why `relative` cannot name a file inside a package, or None when its shape is fine."""
    if PLAIN.fullmatch(relative):  # the common case, quickly: no part can be '..', nothing absolute or odd
        return None
    if not relative or "\x00" in relative:
        return "is empty or contains a NUL byte"
    if is_remote(relative):
        return "is a remote location"
    if PurePosixPath(relative).is_absolute() or PureWindowsPath(relative).is_absolute() or relative.startswith("\\"):
        return "is an absolute path"
    parts = re.split(r"[\\/]", relative)
    if ".." in parts:
        return "leaves its folder ('..'); it must stay inside"
    if PureWindowsPath(relative).drive:
        return "names a drive"
    if any(char in relative for char in "*?[{"):
        return "contains a wildcard ('*', '?', '[' or '{'), which readers such as DuckDB expand to other files"
    return None


def inside(root: Path, relative: str, what: str = "path") -> Path:
    """`root / relative`, refused (ClaimpackError) when it could lead outside `root`, including
    through a symlink anywhere on the way."""
    return Resolver(root)(relative, what)


class Resolver:
    """`inside` for many paths under one root: the root and each folder on the way are resolved
    once, so checking 100,000 seeds costs one `lstat` each, not a walk up every path."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.base = root.resolve()
        self._base = str(self.base)
        self._prefix = self._base.rstrip(os.sep) + os.sep
        self._folders: dict[str, str] = {}

    def __call__(self, relative: str, what: str = "path") -> Path:
        if not PLAIN.fullmatch(relative) or "/../" in f"/{relative}/":
            reason = unsafe_reason(relative)  # the full check, for anything but a plain relative path
            if reason:
                raise ClaimpackError(relative if len(relative) < 200 else relative[:200] + "…", f"{what} {reason}")
        full = os.path.normpath(os.path.join(self._base, relative))
        if full == self._base or os.path.islink(full):
            resolved = os.path.realpath(full)
        else:  # the last part is no symlink: resolving its folder resolves the whole path
            parent, name = os.path.split(full)
            folder = self._folders.get(parent)
            if folder is None:
                folder = self._folders[parent] = os.path.realpath(parent)
            resolved = os.path.join(folder, name)
        if resolved != self._base and not resolved.startswith(self._prefix):
            raise ClaimpackError(relative, f"{what} is a symlink that leads outside {self.root}; it must stay inside")
        return Path(resolved)


def regular_file(path: Path, what: str = "file") -> os.stat_result:
    """The file's stat; refused unless it is a regular file (not a folder, device, FIFO or socket)."""
    try:
        info = os.stat(path)
    except FileNotFoundError:
        raise ClaimpackError(path, f"{what} not found") from None
    except OSError as error:
        raise ClaimpackError(path, f"cannot read {what}: {error.strerror}") from None
    if stat.S_ISDIR(info.st_mode):
        raise ClaimpackError(path, f"{what} is a folder, not a file")
    if not stat.S_ISREG(info.st_mode):
        raise ClaimpackError(path, f"{what} is not a regular file")
    return info


def read_bytes(path: Path, limit: int, what: str = "file") -> bytes:
    """A regular file's bytes, at most `limit` of them (ClaimpackError beyond)."""
    info = regular_file(path, what)
    if info.st_size > limit:
        raise ClaimpackError(path, f"{what} is {info.st_size:,} bytes; the limit is {limit:,}")
    try:
        with path.open("rb") as handle:
            # the size it has now, and one byte more to see it grow: a read of `limit` bytes would
            # allocate them all for every small file
            data = handle.read(min(info.st_size, limit) + 1)
            if len(data) > info.st_size:
                data += handle.read(limit + 1 - len(data))
    except OSError as error:
        raise ClaimpackError(path, f"cannot read {what}: {error.strerror}") from None
    if len(data) > limit:
        raise ClaimpackError(path, f"{what} is over {limit:,} bytes")
    return data
