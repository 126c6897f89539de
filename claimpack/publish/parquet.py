"""A folder of Parquet files, one per table, with the Table Schema's types; each file also carries
its Table Schema (key `frictionless:schema` in the file metadata) so descriptions travel along."""

from __future__ import annotations

import json
import shutil
import tempfile
from pathlib import Path

import pandas as pd
import pyarrow.parquet as pq

from claimpack.load import retype
from claimpack.publish.values import to_arrow
from claimpack.version.snapshot import Snapshot

SCHEMA_KEY = b"frictionless:schema"


def write(snapshot: Snapshot, tables: dict[str, pd.DataFrame], target: str) -> None:
    folder = Path(target)
    folder.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=".parquet-", dir=folder))
    try:
        for resource in snapshot.resources():
            schema = snapshot.schema(resource)
            table = to_arrow(tables[resource["name"]], schema)
            meta = {**(table.schema.metadata or {}), SCHEMA_KEY: json.dumps(schema, ensure_ascii=False).encode()}
            pq.write_table(table.replace_schema_metadata(meta), staging / f"{resource['name']}.parquet")
        for path in sorted(staging.iterdir()):
            path.replace(folder / path.name)
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def read(target: str, snapshot: Snapshot) -> dict[str, pd.DataFrame]:
    tables: dict[str, pd.DataFrame] = {}
    for resource in snapshot.resources():
        schema = snapshot.schema(resource)
        frame = pq.read_table(Path(target) / f"{resource['name']}.parquet").to_pandas()
        tables[resource["name"]] = retype(frame, schema)
    return tables
