"""The incremental build cache: one file per extracted seed, keyed by what the rows depend on.

The key hashes the seed's bytes, its sidecar's bytes, its corrections file's bytes, its id and
source path, and the extractor version. The version is a hash of the code and data that make rows
(segment, extract, resolve, pipeline, corrections, model, the CSV writer, lexicons and the
schemas), computed from the files themselves so nobody has to remember to bump it."""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from functools import cache
from pathlib import Path

from claimpack.resources import schema_dir

PACKAGE = Path(__file__).resolve().parent.parent
VERSIONED = (
    "segment",
    "extract",
    "resolve",
    "lexicons",
    "pipeline.py",
    "correcting",
    "model.py",
    "write/tables.py",
    "read/seed.py",
)


@cache
def extractor_version() -> str:
    digest = hashlib.sha256()
    files: list[Path] = []
    for name in VERSIONED:
        path = PACKAGE / name
        files.extend(
            sorted(p for p in path.rglob("*") if p.is_file() and p.suffix != ".pyc") if path.is_dir() else [path]
        )
    files.extend(sorted(schema_dir().glob("*.schema.json")))
    for path in files:
        digest.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def cache_key(seed_sha256: str, sidecar: bytes, article_id: str, source_path: str, corrections: bytes = b"") -> str:
    """`corrections` is the corrections file's bytes (empty when the seed has none)."""
    digests = (hashlib.sha256(sidecar).hexdigest(), hashlib.sha256(corrections).hexdigest())
    parts = (extractor_version(), seed_sha256, *digests, article_id, source_path)
    return hashlib.sha256("\0".join(parts).encode()).hexdigest()


def _path(folder: Path, key: str) -> Path:
    return folder / key[:2] / f"{key}.rows"


def load(folder: Path, key: str) -> tuple[dict[str, bytes], dict[str, int]] | None:
    """(CSV lines, row count) per resource, or None on a miss or an unreadable entry."""
    try:
        data = _path(folder, key).read_bytes()
        head, _, body = data.partition(b"\n")
        index = json.loads(head)
        fragments: dict[str, bytes] = {}
        offset = 0
        for name, length in index["lengths"].items():
            fragments[name] = body[offset : offset + length]
            offset += length
        if offset != len(body):
            return None
        return fragments, {name: int(n) for name, n in index["rows"].items()}
    except (OSError, ValueError, KeyError, TypeError, AttributeError, RecursionError):
        return None


def store(folder: Path, key: str, fragments: dict[str, bytes], rows: dict[str, int]) -> None:
    """Write an entry atomically (workers may race on the same key; last one wins, same bytes)."""
    path = _path(folder, key)
    path.parent.mkdir(parents=True, exist_ok=True)
    head = json.dumps({"rows": rows, "lengths": {name: len(data) for name, data in fragments.items()}})
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".tmp-")
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(head.encode() + b"\n" + b"".join(fragments.values()))
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
