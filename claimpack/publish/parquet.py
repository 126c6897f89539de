"""A folder of Parquet files, one per table, with the Table Schema's types; each file also carries
its Table Schema (key `frictionless:schema` in the file metadata) so descriptions travel along.

Files are written only inside the target folder, named after resources whose names are safe file
names (publish/about.py checks them), and replace only Parquet files an earlier publish wrote."""

from __future__ import annotations

import json
import shutil
import tempfile
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from claimpack.errors import ClaimpackError
from claimpack.load import retype
from claimpack.publish.target import check_file_target, folder_target
from claimpack.publish.values import to_arrow
from claimpack.safety.paths import inside
from claimpack.version.snapshot import Snapshot

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
    folder = folder_target(Path(target))
    files = {
        resource["name"]: inside(folder, f"{resource['name']}.parquet", "file") for resource in snapshot.resources()
    }
    for path in files.values():
        check_file_target(path, "parquet", is_ours, force)
    staging = Path(tempfile.mkdtemp(prefix=".parquet-", dir=folder))
    try:
        for resource in snapshot.resources():
            schema = snapshot.schema(resource)
            table = to_arrow(tables[resource["name"]], schema)
            meta = {
                **(table.schema.metadata or {}),
                SCHEMA_KEY: json.dumps(schema, ensure_ascii=False).encode(),
                MARKER_KEY: str(snapshot.descriptor.get("name", "")).encode(),
            }
            pq.write_table(table.replace_schema_metadata(meta), staging / files[resource["name"]].name)
        for path in files.values():
            (staging / path.name).replace(path)
    except (OSError, pa.ArrowException) as error:
        raise ClaimpackError(folder, f"cannot write Parquet: {error}") from None
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def read(target: str, snapshot: Snapshot) -> dict[str, pd.DataFrame]:
    tables: dict[str, pd.DataFrame] = {}
    for resource in snapshot.resources():
        schema = snapshot.schema(resource)
        frame = pq.read_table(inside(Path(target), f"{resource['name']}.parquet", "file")).to_pandas()
        tables[resource["name"]] = retype(frame, schema)
    return tables
