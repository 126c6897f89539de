"""The columnar engine finds exactly what frictionless finds, including what DuckDB's own casts
would hide («3.5» and «0x1F» in integer columns, «"1,000"» in a number column)."""

from __future__ import annotations

import csv
import io
import json
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from claimpack.validation.engines import run_engine

ROOT = Path(__file__).resolve().parent.parent
Rows = list[list[str]]


def _edit(package: Path, resource: str, change: Callable[[Rows], None]) -> None:
    path = package / "data" / f"{resource}.csv"
    rows = list(csv.reader(io.StringIO(path.read_text("utf-8"))))
    change(rows)
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\n").writerows(rows)
    path.write_text(buffer.getvalue(), "utf-8")


def _set(rows: Rows, row: int, field: str, value: str) -> None:
    rows[row - 1][rows[0].index(field)] = value  # frictionless numbering: header is row 1


def _claims(rows: Rows) -> None:
    base = list(rows[6])
    _set(rows, 2, "paragraph", "3.5")
    _set(rows, 2, "value", "1,000")
    _set(rows, 3, "char_start", "0x1F")
    _set(rows, 3, "unconfirmed", "yes")
    _set(rows, 4, "qualifier", "roughly")
    _set(rows, 4, "char_end", "0")
    _set(rows, 5, "text", "")
    _set(rows, 6, "claim_id", rows[1][0])
    _set(rows, 7, "statement_id", "nope")
    _set(rows, 8, "part_of", "nope")
    rows.append(rows[4][:5])  # row 10: missing cells
    rows.append([*base[:1], *base[1:], "x", "y"])  # row 11: extra cells, duplicate key
    rows.append([""] * len(rows[0]))  # row 12: blank
    lenient = {"paragraph": "+5", "char_start": " 7", "char_end": "1_000", "value": "1e3", "factor": ".5"}
    rows.append([lenient.get(name, cell) for name, cell in zip(rows[0], base, strict=True)])
    rows[-1][0] = "lenient-1"
    odd = {"value": "NaN", "value_low": "-inf", "unconfirmed": "TRUE", "value_high": "1.", "paragraph": "05"}
    rows.append([odd.get(name, cell) for name, cell in zip(rows[0], base, strict=True)])
    rows[-1][0] = "lenient-2"
    bad = {"unconfirmed": " true", "char_start": "1 000", "value": "1.2.3", "paragraph": "-1"}
    rows.append([bad.get(name, cell) for name, cell in zip(rows[0], base, strict=True)])
    rows[-1][0] = ""


def _articles(rows: Rows) -> None:
    _set(rows, 2, "published", "2016-13-01")
    _set(rows, 2, "source_sha256", "XYZ")
    _set(rows, 2, "url", "not a url")
    for n, (published, url) in enumerate(
        (("2016-1-5", "mailto:x"), ("2016-02-30", "http://a b"), ("0000-01-01", "")), 1
    ):
        row = list(rows[1])
        row[0], row[3], row[5] = f"extra-{n}", published, url
        rows.append(row)


def _dates(rows: Rows) -> None:
    _set(rows, 2, "date", "16.12.2016")
    _set(rows, 3, "date", "2016-12-16T00:00:00")


def _sources(rows: Rows) -> None:
    _set(rows, 2, "affiliation_id", "missing")
    _set(rows, 3, "kind", "")


@pytest.fixture(scope="module")
def injected(tmp_path_factory: pytest.TempPathFactory) -> Path:
    package = tmp_path_factory.mktemp("inj") / "datapackage"
    shutil.copytree(ROOT / "datapackage", package)
    for resource, change in (("claims", _claims), ("articles", _articles), ("dates", _dates), ("sources", _sources)):
        _edit(package, resource, change)
    return package / "datapackage.json"


def _keys(engine: str, descriptor: Path) -> set[tuple[str, int | None, str | None, str]]:
    return {e.key() for e in run_engine(engine, descriptor, json.loads(descriptor.read_text("utf-8")))}


PLANTED = {
    ("claims", 2, "paragraph", "type-error"),  # 3.5 in an integer column
    ("claims", 2, "value", "type-error"),  # "1,000" in a number column
    ("claims", 3, "char_start", "type-error"),  # 0x1F
    ("claims", 3, "unconfirmed", "type-error"),
    ("claims", 4, "qualifier", "constraint-error"),  # enum
    ("claims", 4, "char_end", "constraint-error"),  # minimum
    ("claims", 5, "text", "constraint-error"),  # required
    ("claims", 6, None, "primary-key"),
    ("claims", 6, "claim_id", "unique-error"),
    ("claims", 7, None, "foreign-key"),
    ("claims", 8, None, "foreign-key"),  # self-reference
    ("claims", 10, "unconfirmed", "missing-cell"),
    ("claims", 11, "", "extra-cell"),
    ("claims", 12, None, "blank-row"),
    ("articles", 2, "published", "type-error"),
    ("articles", 2, "source_sha256", "constraint-error"),  # pattern
    ("articles", 2, "url", "type-error"),
    ("dates", 2, "date", "type-error"),
    ("sources", 2, None, "foreign-key"),  # broken self-reference
    ("sources", 3, "kind", "constraint-error"),
    ("claims", None, None, "hash-count"),
}


def test_same_errors_as_frictionless(injected: Path) -> None:
    reference = _keys("frictionless", injected)
    assert reference >= PLANTED
    assert _keys("duckdb", injected) == reference


def test_clean_package_has_no_errors() -> None:
    assert _keys("duckdb", ROOT / "datapackage" / "datapackage.json") == set()


def test_columnar_validation_imports_neither_pandas_nor_numpy(tmp_path: Path) -> None:
    """The default `validate` of a claimpack package runs without pandas and numpy: half a second
    of start-up, a quarter of the whole run on a small package (DuckDB and pyarrow use pandas
    whenever it is imported, so one stray attribute read anywhere loads it)."""
    report = tmp_path / "report.json"
    probe = (
        "import atexit, runpy, sys\n"
        "atexit.register(lambda: print(sorted({'pandas', 'numpy'} & set(sys.modules))))\n"
        f"sys.argv = ['claimpack', 'validate', {str(ROOT / 'datapackage')!r}, '-q', '--format', 'json', "
        f"'-o', {str(report)!r}]\n"
        "runpy.run_module('claimpack', run_name='__main__')\n"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=False, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert json.loads(report.read_text("utf-8"))["engine"] == "duckdb"
    assert done.stdout.strip() == "[]"
