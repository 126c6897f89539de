"""A folder of Parquet files, one per table, with the Table Schema's types; each file also carries
its Table Schema (key `frictionless:schema` in the file metadata) so descriptions travel along.

Files are written only inside the target folder, named after resources whose names are safe file
names (publish/about.py checks them), and replace only Parquet files an earlier publish wrote."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from claimpack.errors import ClaimpackError
from claimpack.lazy import pd
from claimpack.loading import retype
from claimpack.publishing.values import to_arrow
from claimpack.safety.paths import inside
from claimpack.version.snapshot import Snapshot
from claimpack.write.atomic import StagedFolder

SCHEMA_KEY = b"frictionless:schema"
MARKER_KEY = b"claimpack:package"


def is_ours(path: Path) -> bool:
    """A Parquet file whose metadata carries the keys an earlier publish wrote."""
    try:
        metadata = pq.read_metadata(path).metadata or {}
    except (pa.ArrowException, OSError):
        return False
    return MARKER_KEY in metadata or SCHEMA_KEY in metadata


def write(snapshot: Snapshot, tables: dict[str, pd.DataFrame], target: str, force: bool = False) -> None:
    """All the tables appear at once: the folder is staged beside the target and swapped in whole
    (write/atomic.py), so a reader never sees new and old tables mixed."""
    folder = Path(target)
    names = {r["name"]: inside(folder, f"{r['name']}.parquet", "file").name for r in snapshot.resources()}
    _check_folder(folder, force)
    try:
        with StagedFolder(folder, owned=tuple(names.values())) as staged:
            for resource in snapshot.resources():
                schema = snapshot.schema(resource)
                table = to_arrow(tables[resource["name"]], schema)
                meta = {
                    **(table.schema.metadata or {}),
                    SCHEMA_KEY: json.dumps(schema, ensure_ascii=False).encode(),
                    MARKER_KEY: str(snapshot.descriptor.get("name", "")).encode(),
                }
                handle = staged.open(names[resource["name"]])
                try:
                    pq.write_table(table.replace_schema_metadata(meta), handle)
                finally:
                    staged.close(handle)
            staged.commit()
    except (OSError, pa.ArrowException) as error:
        raise ClaimpackError(folder, f"cannot write Parquet: {error}") from None


def _check_folder(folder: Path, force: bool) -> None:
    """A Parquet target holds the package's tables only: an existing folder with other files (or
    Parquet files an earlier publish did not write) is replaced only with --force."""
    if os.path.lexists(folder) and (folder.is_symlink() or not folder.is_dir()):
        raise ClaimpackError(folder, "exists and is not a folder; Parquet is written into a folder")
    if folder.parent.exists() and not folder.parent.is_dir():
        raise ClaimpackError(folder, f"cannot write here: {folder.parent} is a file, not a folder")
    if not folder.is_dir() or force:
        return
    for item in folder.iterdir():
        if item.name.startswith("."):
            continue
        if item.suffix != ".parquet" or item.is_symlink() or not item.is_file() or not is_ours(item):
            raise ClaimpackError(
                folder, f"holds {item.name!r}, which claimpack did not write; pass --force, or choose an empty folder"
            )


def read(target: str, snapshot: Snapshot) -> dict[str, pd.DataFrame]:
    tables: dict[str, pd.DataFrame] = {}
    for resource in snapshot.resources():
        schema = snapshot.schema(resource)
        frame = pq.read_table(inside(Path(target), f"{resource['name']}.parquet", "file")).to_pandas()
        tables[resource["name"]] = retype(frame, schema)
    return tables
