"""Replace a folder's generated files all at once, or not at all.

The new package is written to a sibling temporary folder (files the build does not own, such as
CHANGELOG.md, are carried over), then swapped in with two renames. A failure before the swap
leaves the old package untouched.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

GENERATED = ("datapackage.json", "data")


def write_folder(target: Path, files: dict[str, bytes]) -> None:
    """Make `target` hold `files` (relative path -> bytes) plus its other existing files."""
    target = target.resolve()
    target.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{target.name}.new-", dir=target.parent))
    try:
        if target.exists():
            for item in target.iterdir():
                if item.name in GENERATED:
                    continue
                destination = staging / item.name
                if item.is_dir():
                    shutil.copytree(item, destination)
                else:
                    shutil.copy2(item, destination)
        for relative, data in files.items():
            path = staging / relative
            path.parent.mkdir(parents=True, exist_ok=True)
            with path.open("wb") as handle:
                handle.write(data)
                handle.flush()
                os.fsync(handle.fileno())
        os.chmod(staging, 0o755)
        if target.exists():
            retired = Path(tempfile.mkdtemp(prefix=f".{target.name}.old-", dir=target.parent))
            retired.rmdir()
            os.rename(target, retired)
            os.rename(staging, target)
            shutil.rmtree(retired, ignore_errors=True)
        else:
            os.rename(staging, target)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
