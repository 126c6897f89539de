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

from claimpack.scale.session import Columnar
from claimpack.validation.context import Context
from claimpack.validation.engines import run_engine
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
