"""Replace a folder's generated files all at once, or not at all.

The new package is written to a sibling temporary folder (files the build does not own, such as
CHANGELOG.md, are carried over), then swapped in with two renames. A failure before the swap
leaves the old package untouched. `StagedFolder` lets a build stream large files into the staging
folder instead of holding them in memory; `write_folder` is the all-in-memory shortcut.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path
from types import TracebackType
from typing import BinaryIO

GENERATED = ("datapackage.json", "data")


class StagedFolder:
    """A sibling staging folder that becomes `target` on `commit()`, or vanishes on error."""

    def __init__(self, target: Path) -> None:
        self.target = target.resolve()
        self.target.parent.mkdir(parents=True, exist_ok=True)
        self.path = Path(tempfile.mkdtemp(prefix=f".{self.target.name}.new-", dir=self.target.parent))
        self.committed = False
        try:
            self._carry_over()
        except BaseException:
            self.discard()
            raise

    def _carry_over(self) -> None:
        if not self.target.exists():
            return
        for item in self.target.iterdir():
            if item.name in GENERATED:
                continue
            destination = self.path / item.name
            if item.is_dir():
                shutil.copytree(item, destination)
            else:
                shutil.copy2(item, destination)

    def open(self, relative: str) -> BinaryIO:
        """A new file in the staging folder; close it with `close()` so it reaches the disk."""
        path = self.path / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        return path.open("wb")

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
        os.chmod(self.path, 0o755)
        if self.target.exists():
            retired = Path(tempfile.mkdtemp(prefix=f".{self.target.name}.old-", dir=self.target.parent))
            retired.rmdir()
            os.rename(self.target, retired)
            os.rename(self.path, self.target)
            shutil.rmtree(retired, ignore_errors=True)
        else:
            os.rename(self.path, self.target)
        self.committed = True

    def discard(self) -> None:
        shutil.rmtree(self.path, ignore_errors=True)

    def __enter__(self) -> StagedFolder:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        if not self.committed:
            self.discard()


def write_folder(target: Path, files: dict[str, bytes]) -> None:
    """Make `target` hold `files` (relative path -> bytes) plus its other existing files."""
    with StagedFolder(target) as staged:
        for relative, data in files.items():
            staged.write(relative, data)
        staged.commit()
