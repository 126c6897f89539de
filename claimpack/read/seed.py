"""Read a seed article and refuse what offsets could not point into: every character offset in
the package indexes the exact text read here, so the bytes must be clean UTF-8 with LF lines.
"""

from __future__ import annotations

import hashlib
import re
from functools import cache
from pathlib import Path

from claimpack.errors import ClaimpackError
from claimpack.model import Seed
from claimpack.read.sidecar import read_sidecar, sidecar_path
from claimpack.resources import load_schema
from claimpack.safety.paths import read_bytes, regular_file

MAX_BYTES = 2_000_000  # a long feature is ~60 kB; anything this big is not one article
BOM = b"\xef\xbb\xbf"
NUL = b"\x00"
CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f]")  # below U+0020 but tab and line feed


@cache
def _article_id_pattern() -> re.Pattern[str]:
    """The article_id pattern of articles.schema.json: a seed name the validator would reject is
    refused at build time instead."""
    fields = load_schema("articles.schema.json")["fields"]
    field = next(f for f in fields if f["name"] == "article_id")
    return re.compile(field["constraints"]["pattern"])


def check_article_id(path: Path) -> str:
    article_id = path.name[: -len(".txt")]
    if not _article_id_pattern().fullmatch(article_id):
        raise ClaimpackError(
            path,
            f"seed name {article_id[:80]!r} is not a valid article id (letters, digits, '_', '.', '-'; "
            "starting with a letter or digit)",
        )
    return article_id


def discover_seeds(folder: Path) -> list[Path]:
    """The '*.txt' seeds in a folder, sorted by name; an orphan sidecar, a seed name the schema
    rejects and a symlink that leads out of the project root (the folder's parent) are errors."""
    if not folder.is_dir():
        raise ClaimpackError(folder, "seeds folder not found")
    root = folder.resolve().parent
    try:
        candidates = sorted(p for p in folder.iterdir() if p.suffix == ".txt")
    except OSError as error:
        raise ClaimpackError(folder, f"cannot list the seeds folder: {error.strerror}") from None
    texts = []
    for path in candidates:
        resolved = path.resolve()
        if root not in resolved.parents:
            raise ClaimpackError(path, f"seed is a symlink that leads outside {root}; refusing to read it")
        if resolved.is_dir():
            continue
        check_article_id(path)
        texts.append(path)
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
    control = CONTROL.search(text)
    if control:
        raise ClaimpackError(path, f"contains control character U+{ord(control.group()):04X}; expected plain text")
    return text


def read_seed(path: Path, root: Path | None = None, max_bytes: int = MAX_BYTES) -> Seed:
    """Read and check one seed and its sidecar. `root` makes `source_path` relative (the project root)."""
    article_id = check_article_id(path)
    base = (root if root is not None else path.parent.parent).resolve()
    for file in (path, sidecar_path(path)):
        if file.exists() and base not in file.resolve().parents:
            raise ClaimpackError(file, f"leads outside {base} (a symlink?); refusing to read it")
    size = regular_file(path, "seed").st_size
    if size > max_bytes:
        raise ClaimpackError(path, f"file is {size:,} bytes; the limit for one article is {max_bytes:,}")
    data = read_bytes(path, max_bytes, "seed")
    text = decode_text(path, data, max_bytes)
    meta = read_sidecar(sidecar_path(path))
    source_path = path.resolve().relative_to(base).as_posix()
    return Seed(
        article_id=article_id,
        path=path,
        source_path=source_path,
        text=text,
        sha256=hashlib.sha256(data).hexdigest(),
        size=len(data),
        meta=meta,
    )
