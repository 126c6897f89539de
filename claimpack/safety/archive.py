"""Zips from other people: bounded before anything is decompressed.

A zip declares each member's size; a small file can declare (and deflate to) gigabytes. Before
reading, the total declared size, each large member's compression ratio and the member count are
checked; zipfile then never returns more than the declared size and verifies the CRC. Extraction
refuses member names that leave the folder and members that are links."""

from __future__ import annotations

import os
import stat
import zipfile
from pathlib import Path
from typing import IO

from claimpack.errors import ClaimpackError
from claimpack.safety.paths import unsafe_reason

MAX_TOTAL = int(os.environ.get("CLAIMPACK_MAX_UNZIPPED", 2 * 1024**3))  # bytes, all members together
MAX_RATIO = 200  # uncompressed / compressed, for members over RATIO_FLOOR bytes
RATIO_FLOOR = 1024**2
MAX_MEMBERS = 100_000


def open_zip(source: Path | IO[bytes], label: str | Path, max_total: int = MAX_TOTAL) -> zipfile.ZipFile:
    """A ZipFile whose members were checked against the bounds (ClaimpackError otherwise)."""
    try:
        archive = zipfile.ZipFile(source)
    except (zipfile.BadZipFile, OSError, ValueError) as error:
        raise ClaimpackError(label, f"not a readable zip: {error}") from None
    try:
        check_bounds(archive, label, max_total)
    except BaseException:
        archive.close()
        raise
    return archive


def check_bounds(archive: zipfile.ZipFile, label: str | Path, max_total: int = MAX_TOTAL) -> None:
    members = archive.infolist()
    if len(members) > MAX_MEMBERS:
        raise ClaimpackError(label, f"zip has {len(members):,} members; the limit is {MAX_MEMBERS:,}")
    total = 0
    for info in members:
        total += info.file_size
        if info.file_size > RATIO_FLOOR and info.file_size > MAX_RATIO * max(info.compress_size, 1):
            raise ClaimpackError(
                label,
                f"zip member {info.filename!r} expands {info.file_size // max(info.compress_size, 1):,}-fold "
                f"(limit {MAX_RATIO}); refusing a decompression bomb",
            )
    if total > max_total:
        raise ClaimpackError(
            label, f"zip expands to {total:,} bytes; the limit is {max_total:,} (CLAIMPACK_MAX_UNZIPPED)"
        )


def read_member(archive: zipfile.ZipFile, name: str, label: str | Path) -> bytes:
    try:
        return archive.read(name)
    except KeyError:
        raise
    except (zipfile.BadZipFile, OSError, EOFError, ValueError) as error:  # CRC mismatch, truncated data
        raise ClaimpackError(label, f"zip member {name!r} is corrupt: {error}") from None


def extract(archive: zipfile.ZipFile, folder: Path, label: str | Path) -> None:
    """Every regular member into `folder`; names that leave it, and links, are refused."""
    for info in archive.infolist():
        reason = unsafe_reason(info.filename)
        if reason:
            raise ClaimpackError(label, f"zip member {info.filename!r} {reason}")
        mode = info.external_attr >> 16
        if mode and not (stat.S_ISREG(mode) or stat.S_ISDIR(mode)):
            raise ClaimpackError(label, f"zip member {info.filename!r} is a link or special file")
        target = folder / info.filename
        if info.is_dir():
            target.mkdir(parents=True, exist_ok=True)
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(read_member(archive, info.filename, label))
