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
METHODS = (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED, zipfile.ZIP_BZIP2, zipfile.ZIP_LZMA)  # what zipfile reads


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
    total = packed = 0
    for info in members:
        if info.flag_bits & 0x1:
            raise ClaimpackError(
                label, f"zip member {info.filename[:120]!r} is encrypted; claimpack reads plain zips only"
            )
        if info.compress_type not in METHODS:
            raise ClaimpackError(
                label,
                f"zip member {info.filename[:120]!r} uses compression method {info.compress_type}; "
                "claimpack reads stored, deflate, bzip2 and lzma members only",
            )
        total += info.file_size
        packed += info.compress_size
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
    if total > RATIO_FLOOR and total > MAX_RATIO * max(packed, 1):
        ratio = total // max(packed, 1)
        raise ClaimpackError(
            label, f"zip expands {ratio:,}-fold in all (limit {MAX_RATIO}); refusing a decompression bomb"
        )


def read_member(archive: zipfile.ZipFile, name: str, label: str | Path) -> bytes:
    try:
        return archive.read(name)
    except KeyError:
        raise
    except (zipfile.BadZipFile, OSError, EOFError, ValueError, RuntimeError, NotImplementedError) as error:
        # a CRC mismatch, truncated data, a member encrypted or compressed in a way the header hid
        raise ClaimpackError(label, f"zip member {name!r} is corrupt: {error}") from None


def extract(archive: zipfile.ZipFile, folder: Path, label: str | Path) -> None:
    """Every regular member into `folder`; names that leave it, and links, are refused."""
    for info in archive.infolist():
        reason = unsafe_reason(info.filename)
        if reason:
            raise ClaimpackError(label, f"zip member {info.filename!r} {reason}")
        kind = stat.S_IFMT(info.external_attr >> 16)  # 0 when the zip records permissions only
        if kind not in (0, stat.S_IFREG, stat.S_IFDIR):
            raise ClaimpackError(label, f"zip member {info.filename!r} is a link or special file")
        target = folder / info.filename
        try:
            if info.is_dir():
                target.mkdir(parents=True, exist_ok=True)
                continue
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(read_member(archive, info.filename, label))
        except OSError as error:
            raise ClaimpackError(label, f"cannot unpack {info.filename!r}: {error.strerror}") from None


COMPRESSED_SUFFIXES = {".gz": "gz", ".zip": "zip", ".bz2": "bz2", ".xz": "xz"}


def check_compressed(path: Path, compression: str | None, label: str | Path, max_total: int = MAX_TOTAL) -> None:
    """A compressed resource ('data/t.csv.gz', or `compression: gz`) is decompressed by the reader
    as it goes: measure it first, streaming and bounded, by the same limits as a zip."""
    kind = compression or COMPRESSED_SUFFIXES.get(path.suffix.lower())
    if kind is None or not path.is_file():
        return
    if kind == "zip":
        with open_zip(path, label, max_total):
            return
    import bz2
    import gzip
    import lzma

    def opener(source: Path) -> gzip.GzipFile | bz2.BZ2File | lzma.LZMAFile:
        if kind == "gz":
            return gzip.GzipFile(source, "rb")
        if kind == "bz2":
            return bz2.BZ2File(source, "rb")
        return lzma.LZMAFile(source, "rb")

    if kind not in ("gz", "bz2", "xz"):
        return  # frictionless reports a compression it does not know
    packed = path.stat().st_size
    limit = max_total if packed * MAX_RATIO < RATIO_FLOOR else min(max_total, packed * MAX_RATIO)
    total = 0
    try:
        with opener(path) as stream:
            while block := stream.read(1 << 20):
                total += len(block)
                if total > max(limit, RATIO_FLOOR):
                    raise ClaimpackError(
                        label, f"{path.name} expands past {total:,} bytes; refusing a decompression bomb"
                    )
    except (OSError, EOFError, lzma.LZMAError) as error:
        raise ClaimpackError(label, f"{path.name} is not readable {kind} data: {error}") from None
