"""The readr code the data README shows, generated from the Table Schemas, runs in R and reads
every column with the type and values `claimpack.load()` gives: claimpack's own package and the
third-party fixture (formats, decimal and group characters, units after numbers)."""

from __future__ import annotations

import math
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pandas as pd
import pytest

import claimpack
from claimpack.publishing.rcode import column_type, readr_call
from claimpack.publishing.readme import render_readme
from claimpack.tableschema import storage
from claimpack.version.snapshot import open_snapshot

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = {
    "claimpack": ROOT / "datapackage",
    "kommunebudsjett": ROOT / "tests" / "data" / "thirdparty" / "kommunebudsjett",
}
R_CLASS = {"integer": "integer", "float": "numeric", "boolean": "logical", "date": "Date", "datetime": "POSIXct"}

DUMP = r"""
for (name in ls()) {
  frame <- get(name)
  if (!is.data.frame(frame)) next
  for (column in names(frame)) {
    x <- frame[[column]]
    text <- if (inherits(x, "POSIXct")) format(x, "%Y-%m-%dT%H:%M:%S", tz = "UTC")
      else if (inherits(x, "Date")) format(x, "%Y-%m-%d")
      else if (is.double(x)) sprintf("%.17g", x) else as.character(x)
    text[is.na(x)] <- "<NA>"
    cat(name, column, class(x)[1], paste(text, collapse = "\x1f"), sep = "\t")
    cat("\n")
  }
}
"""


def rscript() -> str:
    path = shutil.which("Rscript")
    if path is None:
        pytest.skip("Rscript is not installed (.ci/run installs r-cran-readr)")
    probe = subprocess.run([path, "-e", "library(readr)"], capture_output=True, timeout=120)
    if probe.returncode != 0:
        pytest.skip("R's readr package is not installed (.ci/run installs r-cran-readr)")
    return path


def expected_class(field: dict[str, Any]) -> str:
    collector = column_type(field)[0]
    if collector.startswith("col_factor"):
        return "factor"
    if collector == "col_character()":
        return "character"
    if collector == "col_number()":
        return "numeric"
    return R_CLASS[storage(field)]


def same(r_text: str, value: Any, field: dict[str, Any], r_class: str) -> bool:
    if r_text == "<NA>" or value is None or value is pd.NA or (not isinstance(value, str) and pd.isna(value)):
        return r_text == "<NA>" and (value is None or value is pd.NA or pd.isna(value))
    kind = storage(field)
    if r_class in ("integer", "numeric"):
        return math.isclose(float(r_text), float(value), rel_tol=1e-12)
    if kind == "boolean" and r_class == "logical":
        return r_text == ("TRUE" if value else "FALSE")
    if kind == "date":
        return r_text == value.date().isoformat()
    if kind == "datetime":
        return r_text == value.tz_convert("UTC").strftime("%Y-%m-%dT%H:%M:%S")
    return r_text == str(value)


@pytest.mark.parametrize("name", list(PACKAGES))
def test_generated_readr_code_reads_what_load_reads(name: str, tmp_path: Path) -> None:
    r = rscript()
    folder = tmp_path / name
    shutil.copytree(PACKAGES[name], folder)
    snapshot = open_snapshot(folder)
    code = "\n\n".join(readr_call(res, snapshot.schema(res)) for res in snapshot.resources())
    script = tmp_path / "load.R"
    script.write_text("suppressMessages(library(readr))\n" + code + "\n" + DUMP, encoding="utf-8")
    result = subprocess.run([r, str(script)], cwd=folder, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr[-2000:]
    read = {}
    for line in result.stdout.splitlines():
        table, column, r_class, values = line.split("\t")
        read[(table, column)] = (r_class, values.split("\x1f") if values else [])
    frames = claimpack.load(folder)
    checked = 0
    for resource in snapshot.resources():
        variable = readr_call(resource, snapshot.schema(resource)).split(" <- ")[0]
        frame = frames[resource["name"]]
        for field in snapshot.schema(resource)["fields"]:
            r_class, values = read[(variable, field["name"])]
            assert r_class == expected_class(field), (name, field["name"])
            if column_type(field)[1] or "missingValues" in field:
                continue  # readr cannot say this field's own true/false or missing values: read as text
            assert len(values) == len(frame)
            mismatched = [
                (r_text, value)
                for r_text, value in zip(values, frame[field["name"]], strict=True)
                if not same(r_text, value, field, r_class)
            ]
            assert mismatched == [], (name, field["name"])
            checked += len(values)
    assert checked > 0


def test_the_data_readme_shows_the_generated_code() -> None:
    snapshot = open_snapshot(ROOT / "datapackage")
    readme = render_readme(snapshot)
    assert "library(frictionless)" in readme and "library(readr)" in readme
    for resource in snapshot.resources():
        assert readr_call(resource, snapshot.schema(resource)) in readme
    assert readme == (ROOT / "datapackage" / "README.md").read_text(encoding="utf-8")
