"""Read a seed article and refuse what offsets could not point into: every character offset in
the package indexes the exact text read here, so the bytes must be clean UTF-8 with LF lines.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from claimpack.errors import ClaimpackError
from claimpack.model import Seed
from claimpack.read.sidecar import read_sidecar, sidecar_path

MAX_BYTES = 2_000_000  # a long feature is ~60 kB; anything this big is not one article
BOM = b"\xef\xbb\xbf"
NUL = b"\x00"


def discover_seeds(folder: Path) -> list[Path]:
    """The '*.txt' seeds in a folder, sorted by name; an orphan sidecar is an error."""
    if not folder.is_dir():
        raise ClaimpackError(folder, "seeds folder not found")
    texts = sorted(p for p in folder.iterdir() if p.suffix == ".txt" and p.is_file())
    for sidecar in sorted(folder.glob("*.meta.json")):
        if not sidecar.with_name(sidecar.name[: -len(".meta.json")] + ".txt").exists():
            raise ClaimpackError(sidecar, "sidecar has no seed text beside it")
    if not texts:
        raise ClaimpackError(folder, "no '*.txt' seed articles found")
    return texts


def decode_text(path: Path, data: bytes, max_bytes: int = MAX_BYTES) -> str:
    """The seed's text, or a ClaimpackError saying exactly what is wrong with its bytes."""
    if len(data) > max_bytes:
        raise ClaimpackError(path, f"file is {len(data):,} bytes; the limit for one article is {max_bytes:,}")
    if data.startswith(BOM):
        raise ClaimpackError(path, "starts with a UTF-8 byte-order mark; save it without BOM so offsets match")
    if NUL in data:
        raise ClaimpackError(path, f"binary file (NUL byte at offset {data.index(NUL)}); expected UTF-8 text")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise ClaimpackError(
            path, f"not valid UTF-8 (byte 0x{data[error.start]:02x} at offset {error.start}); re-encode it as UTF-8"
        ) from None
    if "\r" in text:
        line = text[: text.index("\r")].count("\n") + 1
        raise ClaimpackError(path, f"has CR line endings (line {line}); convert to LF so offsets match")
    if not text.strip():
        raise ClaimpackError(path, "is empty")
    controls = [c for c in text if ord(c) < 32 and c not in "\n\t"]
    if controls:
        raise ClaimpackError(path, f"contains control character U+{ord(controls[0]):04X}; expected plain text")
    return text


def read_seed(path: Path, root: Path | None = None, max_bytes: int = MAX_BYTES) -> Seed:
    """Read and check one seed and its sidecar. `root` makes `source_path` relative (the project root)."""
    try:
        data = path.read_bytes()
    except OSError as error:
        raise ClaimpackError(path, f"cannot read: {error.strerror}") from None
    text = decode_text(path, data, max_bytes)
    meta = read_sidecar(sidecar_path(path))
    base = root if root is not None else path.parent.parent
    try:
        source_path = path.resolve().relative_to(base.resolve()).as_posix()
    except ValueError:
        source_path = f"{path.parent.name}/{path.name}"
    return Seed(
        article_id=path.stem,
        path=path,
        source_path=source_path,
        text=text,
        sha256=hashlib.sha256(data).hexdigest(),
        size=len(data),
        meta=meta,
    )
