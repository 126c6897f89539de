"""Property: whatever typed values a table holds (nulls, unicode, extreme numbers, dates), every
file-based target reads back exactly what `claimpack.load` read from the CSV."""

from __future__ import annotations

import csv
import io
import json
import tempfile
from datetime import date
from pathlib import Path
from typing import Any

import pandas.testing as pdt
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claimpack.loading import load
from claimpack.publishing import in_key_order, module
from claimpack.version.snapshot import open_snapshot

SCHEMA: dict[str, Any] = {
    "fields": [
        {"name": "id", "type": "string", "constraints": {"required": True}},
        {"name": "count", "type": "integer"},
        {"name": "value", "type": "number"},
        {"name": "flag", "type": "boolean"},
        {"name": "day", "type": "date"},
        {"name": "kind", "type": "string", "constraints": {"enum": ["a", "b", "ø"]}},
        {"name": "text", "type": "string"},
    ],
    "primaryKey": ["id"],
    "missingValues": [""],
}
text = st.text(st.characters(blacklist_categories=("Cs", "Cc")), min_size=1, max_size=12)
row = st.fixed_dictionaries(
    {
        "count": st.none() | st.integers(-(2**53), 2**53),
        # Excel writes 17 significant digits, so the largest doubles would come back as inf there
        "value": st.none() | st.floats(min_value=-1e300, max_value=1e300, allow_nan=False),
        "flag": st.none() | st.booleans(),
        "day": st.none() | st.dates(date(1900, 1, 1), date(2100, 12, 31)),
        "kind": st.none() | st.sampled_from(["a", "b", "ø"]),
        "text": st.none() | text.filter(lambda t: t.strip() == t),
    }
)


def write_package(folder: Path, rows: list[dict[str, Any]]) -> None:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow([f["name"] for f in SCHEMA["fields"]])
    for number, cells in enumerate(rows):
        values = [cells[f["name"]] for f in SCHEMA["fields"][1:]]
        writer.writerow([f"r{number}", *("" if v is None else _text(v) for v in values)])
    (folder / "data").mkdir(parents=True)
    (folder / "data" / "t.csv").write_text(out.getvalue(), encoding="utf-8")
    descriptor = {"name": "t", "version": "1.0.0", "resources": [{"name": "t", "path": "data/t.csv", "schema": SCHEMA}]}
    (folder / "datapackage.json").write_text(json.dumps(descriptor), encoding="utf-8")


def _text(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return repr(value)
    return str(value)


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(row, min_size=0, max_size=6))
def test_every_file_target_round_trips(rows: list[dict[str, Any]]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "package"
        write_package(folder, rows)
        snapshot = open_snapshot(folder)
        want = in_key_order(load(folder)["t"], SCHEMA)
        for kind, name in (("sqlite", "t.sqlite"), ("parquet", "pq"), ("duckdb", "t.duckdb"), ("excel", "t.xlsx")):
            target = str(Path(tmp) / name)
            module(kind).write(snapshot, {"t": load(folder)["t"]}, target)
            got = in_key_order(module(kind).read(target, snapshot)["t"], SCHEMA)
            pdt.assert_frame_equal(got, want, check_exact=True, obj=kind)
