"""Per-article rules run a chunk of articles at a time on large packages: the same findings as on
whole tables, row numbers included, and no chunking when the structure is broken."""

from __future__ import annotations

import importlib
from pathlib import Path

import pytest

from claimpack.building import build
from claimpack.synth import synthesize
from claimpack.validation import validate
from claimpack.validation.finding import Finding

chunks = importlib.import_module("claimpack.validation.chunks")  # `claimpack.validate` is also a function


@pytest.fixture(scope="module")
def package(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("chunks")
    synthesize(23, 5, root / "seeds")
    build(root / "seeds", root / "datapackage")
    return root / "datapackage"


def _findings(package: Path, size: int, monkeypatch: pytest.MonkeyPatch) -> list[tuple[object, ...]]:
    monkeypatch.setenv("CLAIMPACK_CHUNK_ARTICLES", str(size))
    report = validate(package, engine="duckdb")
    return sorted(_key(f) for f in report.findings)


def _key(finding: Finding) -> tuple[object, ...]:
    where = finding.location
    return (finding.rule, finding.message, where.resource, where.key, where.row, where.line, where.column)


def test_chunks_give_the_findings_of_whole_tables(package: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    whole = _findings(package, 10_000, monkeypatch)
    assert whole, "the synthetic package should have consistency findings to compare"
    sizes: list[int] = []
    original = chunks.article_chunks
    monkeypatch.setattr(chunks, "article_chunks", lambda ctx, size: sizes.append(size) or original(ctx, size))
    assert _findings(package, 4, monkeypatch) == whole
    assert sizes == [4]  # the chunked path ran, 23 articles in 6 chunks


def test_a_row_check_reports_the_row_of_the_file(package: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    claims = package / "data" / "claims.csv"
    lines = claims.read_text("utf-8").splitlines(keepends=True)
    header = lines[0].rstrip("\n").split(",")
    last = len(lines) - 1  # a row in the last chunk
    cells = lines[last].rstrip("\n").split(",")
    if len(cells) != len(header):
        pytest.skip("the last claim row has quoted commas")
    cells[header.index("value_low")], cells[header.index("value_high")] = "9", "1"
    cells[header.index("qualifier")] = "range"
    lines[last] = ",".join(cells) + "\n"
    claims.write_text("".join(lines), "utf-8")
    monkeypatch.setenv("CLAIMPACK_CHUNK_ARTICLES", str(4))
    report = validate(package, engine="duckdb")
    rows = {f.location.row for f in report.findings if f.rule == "value-bounds"}
    assert rows == {last + 1}  # header is row 1


def test_no_chunks_when_the_structure_is_broken(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    synthesize(9, 2, tmp_path / "seeds")
    build(tmp_path / "seeds", tmp_path / "datapackage")
    claims = tmp_path / "datapackage" / "data" / "claims.csv"
    claims.write_text(claims.read_text("utf-8") + "not,a,claim\n", "utf-8")
    monkeypatch.setenv("CLAIMPACK_CHUNK_ARTICLES", str(2))
    called: list[int] = []
    original = chunks.article_chunks
    monkeypatch.setattr(chunks, "article_chunks", lambda *a, **k: called.append(1) or original(*a, **k))
    report = validate(tmp_path / "datapackage", engine="duckdb")
    assert any(f.rule == "table-schema" for f in report.findings)
    assert not called
