"""Check a file against the `bytes` and `hash` its descriptor declares ('sha256:…', or a bare
hex digest, which the Data Package spec says is MD5). Only the algorithms the spec names are
accepted: an unknown one is a problem to report, not a crash."""

from __future__ import annotations

import hashlib
from typing import Any

ALGORITHMS = ("md5", "sha1", "sha256", "sha512")


def mismatch(data: bytes, resource: dict[str, Any]) -> str | None:
    """Why `data` is not the file `resource` describes, or None when it is."""
    declared = resource.get("hash")
    if declared:
        text = str(declared)
        algorithm, _, digest = text.partition(":") if ":" in text else ("md5", "", text)
        if algorithm not in ALGORITHMS:
            return f"declares a hash with an unknown algorithm {algorithm[:20]!r} (one of {', '.join(ALGORITHMS)})"
        if hashlib.new(algorithm, data).hexdigest() != digest.lower():
            return "does not match the hash in the descriptor (edited after the release?)"
    size = resource.get("bytes")
    if size is not None and size != len(data):
        return f"has {len(data)} bytes, the descriptor says {size}"
    return None
