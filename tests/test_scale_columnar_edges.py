"""The columnar engine agrees with frictionless on the cells and files where Python's parsers and
DuckDB's reader part ways: Unicode digits, underscores in numbers, URI schemes, a final newline
under a pattern, CRLF, empty lines, unterminated quotes, bytes that are not UTF-8, renamed headers
and rows longer than the spare columns. Each case is one mutation of the repository's package."""

from __future__ import annotations

import csv
import hashlib
import io
import json
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from claimpack.scale import session
from claimpack.scale.session import Columnar
from claimpack.validation import validate
from claimpack.validation.context import Context
from claimpack.validation.engines import run_engine
from claimpack.validation.limits import duckdb_database
from claimpack.validation.suite import Suite

ROOT = Path(__file__).resolve().parent.parent
Mutation = Callable[[Path], None]


def _cell(resource: str, field: str, value: str) -> Mutation:
    def mutate(package: Path) -> None:
        path = package / "data" / f"{resource}.csv"
        rows = list(csv.reader(io.StringIO(path.read_text("utf-8"), newline="")))
        rows[1][rows[0].index(field)] = value
        buffer = io.StringIO()
        csv.writer(buffer, lineterminator="\n").writerows(rows)
        path.write_text(buffer.getvalue(), "utf-8")

    return mutate


def _bytes(resource: str, change: Callable[[bytes], bytes]) -> Mutation:
    def mutate(package: Path) -> None:
        path = package / "data" / f"{resource}.csv"
        path.write_bytes(change(path.read_bytes()))

    return mutate


def _empty_line(data: bytes) -> bytes:
    cut = data.index(b"\n", data.index(b"\n") + 1) + 1
    return data[:cut] + b"\n" + data[cut:]


CASES: dict[str, Mutation] = {
    "arabic-indic integer": _cell("claims", "paragraph", "١٢"),
    "devanagari number": _cell("claims", "value", "१२"),
    "underscore after point": _cell("claims", "value", "1._5"),
    # the edges of the digits-only fast path (columnar._digits) and just past them
    "number ending in a point": _cell("claims", "value", "12."),
    "number starting with a point": _cell("claims", "value", ".5"),
    "number of two points": _cell("claims", "value", "1.2.3"),
    "integer with leading zeros": _cell("claims", "paragraph", "007"),
    "integer of nineteen digits": _cell("claims", "paragraph", "1234567890123456789"),
    "integer with a space": _cell("claims", "paragraph", " 12"),
    "leading underscore": _cell("claims", "value", "_1"),
    "double underscore integer": _cell("claims", "paragraph", "1__0"),
    "underscore in inf": _cell("claims", "value", "in_f"),
    "fullwidth date": _cell("articles", "published", "２０１６-01-05"),
    "scheme starting with a digit": _cell("articles", "url", "1http://x"),
    "no scheme": _cell("articles", "url", "://x"),
    "pattern with final newline": _cell("articles", "language", "nb\n"),
    "pattern with two final newlines": _cell("articles", "language", "nb\n\n"),
    "hash with final newline": _cell("articles", "source_sha256", "a" * 64 + "\n"),
    "crlf": _bytes("claims", lambda b: b.replace(b"\n", b"\r\n")),
    "empty line": _bytes("claims", _empty_line),
    "trailing empty line": _bytes("claims", lambda b: b + b"\n"),
    "unterminated quote": _bytes("images", lambda b: b + b'x,"abc\n'),
    "latin-1 byte": _bytes("images", lambda b: b.replace(b"Foto", b"F\xf8to", 1)),
    "renamed header": _bytes("claims", lambda b: b.replace(b"paragraph", b"para", 1)),
    "thirty extra cells": _bytes("images", lambda b: b + b"x" + b",y" * 40 + b"\n"),
}


def _redeclare(package: Path) -> dict:
    """Declare the mutated files' bytes and hashes, so only the cell and file errors remain."""
    descriptor = json.loads((package / "datapackage.json").read_text("utf-8"))
    for resource in descriptor["resources"]:
        data = (package / resource["path"]).read_bytes()
        resource["bytes"], resource["hash"] = len(data), "sha256:" + hashlib.sha256(data).hexdigest()
    (package / "datapackage.json").write_text(json.dumps(descriptor), "utf-8")
    return descriptor


@pytest.mark.parametrize("case", sorted(CASES))
def test_same_errors_as_frictionless(case: str, tmp_path: Path) -> None:
    package = tmp_path / "datapackage"
    shutil.copytree(ROOT / "datapackage", package, ignore=shutil.ignore_patterns("*.md"))
    CASES[case](package)
    descriptor = _redeclare(package)
    path = package / "datapackage.json"
    reference = {e.key() for e in run_engine("frictionless", path, descriptor)}
    assert {e.key() for e in run_engine("duckdb", path, descriptor)} == reference


def test_duckdb_spills_into_a_private_temporary_folder_not_the_working_directory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # DuckDB's default for an in-memory database is '.tmp' in the working directory
    monkeypatch.chdir(tmp_path)
    run = Columnar(Context.from_frames({}, {}, Suite()))
    spill = run.con.execute("SELECT current_setting('temp_directory')").fetchone()
    assert spill is not None and Path(spill[0]).name.startswith("claimpack-duckdb-")
    run.close()
    assert not Path(spill[0]).exists() and list(tmp_path.iterdir()) == []


def test_a_package_larger_than_half_the_buffer_pool_is_kept_in_a_database_file(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("CLAIMPACK_DUCKDB_MEMORY", "1GB")
    assert duckdb_database("/spill", 400 * 10**6) == ":memory:"
    assert duckdb_database("/spill", 600 * 10**6) == "/spill/package.duckdb"
    monkeypatch.setenv("CLAIMPACK_DUCKDB_MEMORY", "2GiB")
    assert duckdb_database("/spill", 600 * 10**6) == ":memory:"
    monkeypatch.setenv("CLAIMPACK_DUCKDB_MEMORY", "80%")  # DuckDB reads it; kept in memory
    assert duckdb_database("/spill", 600 * 10**6) == ":memory:"


def test_the_database_file_gives_the_same_report_and_goes_with_the_folder(
    gold_package: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    in_memory = validate(gold_package, engine="duckdb")
    monkeypatch.setenv("CLAIMPACK_DUCKDB_MEMORY", "1KB")  # any package is larger than half of it
    used: list[str] = []
    real = session.duckdb_database

    def database(spill: str, data_bytes: int) -> str:
        used.append(real(spill, data_bytes))
        monkeypatch.setenv("CLAIMPACK_DUCKDB_MEMORY", "1GB")  # DuckDB itself needs more to run
        return used[-1]

    monkeypatch.setattr(session, "duckdb_database", database)
    in_file = validate(gold_package, engine="duckdb")
    assert used and used[0].endswith("package.duckdb") and not Path(used[0]).parent.exists()
    assert in_file.rules_engine == "duckdb"
    assert [f.to_dict() for f in in_file.findings] == [f.to_dict() for f in in_memory.findings]
