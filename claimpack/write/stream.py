"""Append rows to each resource's CSV as articles arrive, hashing while writing.

Memory stays flat however large the archive: only the running sha256, byte and row counts of each
table are kept. With no staging folder (`claimpack build --check`) nothing is written, but the
digests are the same, so staleness is decided without a second pass."""

from __future__ import annotations

import hashlib
from typing import Any, BinaryIO

from claimpack.write.atomic import StagedFolder
from claimpack.write.tables import render_header


class TableStream:
    def __init__(self, resources: tuple[str, ...], staged: StagedFolder | None) -> None:
        self.staged = staged
        self.hashes = {name: hashlib.sha256() for name in resources}
        self.sizes = dict.fromkeys(resources, 0)
        self.rows = dict.fromkeys(resources, 0)
        self.handles: dict[str, BinaryIO] = {}
        for name in resources:
            if staged is not None:
                self.handles[name] = staged.open(f"data/{name}.csv")
            self._append(name, render_header(name))

    def _append(self, name: str, data: bytes) -> None:
        self.hashes[name].update(data)
        self.sizes[name] += len(data)
        if name in self.handles:
            self.handles[name].write(data)

    def add(self, fragments: dict[str, bytes], rows: dict[str, int]) -> None:
        """One article's CSV lines per resource."""
        for name, data in fragments.items():
            self._append(name, data)
            self.rows[name] += rows[name]

    def close(self) -> dict[str, tuple[int, str]]:
        """Flush to disk; returns (bytes, sha256 hex) per 'data/<resource>.csv'."""
        for handle in self.handles.values():
            StagedFolder.close(handle)
        self.handles.clear()
        return {f"data/{name}.csv": (self.sizes[name], digest.hexdigest()) for name, digest in self.hashes.items()}

    def abort(self) -> None:
        for handle in self.handles.values():
            handle.close()
        self.handles.clear()

    def __enter__(self) -> TableStream:
        return self

    def __exit__(self, *exc: Any) -> None:
        self.abort()
