"""A package's tables as the diff sees them: each row as its CSV strings, keyed by primary key,
plus a short fingerprint per row (all a release record keeps)."""

from __future__ import annotations

import csv
import hashlib
import io
import json
from dataclasses import dataclass, field
from typing import Any

from claimpack.errors import ClaimpackError
from claimpack.tableschema import primary_key
from claimpack.version.snapshot import Snapshot

Row = dict[str, str]


@dataclass
class Table:
    name: str
    schema: dict[str, Any]
    rows: dict[str, Row] | None  # primary key -> row; None when only fingerprints are known
    fingerprints: dict[str, str] = field(default_factory=dict)  # primary key -> row fingerprint


def row_fingerprint(row: Row) -> str:
    return hashlib.sha256(json.dumps(row, sort_keys=True, ensure_ascii=False).encode("utf-8")).hexdigest()[:16]


def parse_rows(label: str, data: bytes, schema: dict[str, Any]) -> dict[str, Row]:
    """CSV bytes as rows keyed by the primary key (by row number when the table has none)."""
    try:
        rows = [dict(row) for row in csv.DictReader(io.StringIO(data.decode("utf-8-sig"), newline=""))]
    except (UnicodeDecodeError, csv.Error) as error:
        raise ClaimpackError(label, f"cannot read CSV: {error}") from None
    fields = primary_key(schema)
    keyed: dict[str, Row] = {}
    for number, row in enumerate(rows, start=2):
        key = ",".join(row.get(f) or "" for f in fields) if fields else f"row {number}"
        keyed[key if key not in keyed else f"{key} (row {number})"] = row
    return keyed


def tables_of(snapshot: Snapshot) -> dict[str, Table]:
    """Every resource with a path, read and keyed."""
    tables: dict[str, Table] = {}
    for resource in snapshot.resources():
        path = resource.get("path")
        if not isinstance(path, str):
            continue
        schema = snapshot.schema(resource)
        rows = parse_rows(f"{snapshot.label}/{path}", snapshot.read(path), schema)
        tables[resource["name"]] = Table(
            resource["name"], schema, rows, {k: row_fingerprint(r) for k, r in rows.items()}
        )
    return tables
