"""The package writer: deterministic, atomic, self-contained, valid, and every span traceable."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import frictionless
import pytest
from click.testing import CliRunner

from claimpack import build
from claimpack.cli import main
from claimpack.errors import ClaimpackError
from claimpack.write import atomic

ROOT = Path(__file__).resolve().parent.parent
SPAN_TABLES = ("mentions", "statements", "claims", "images", "dates")


def _files(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


def _rows(folder: Path, resource: str) -> list[dict[str, str]]:
    text = (folder / "data" / f"{resource}.csv").read_text("utf-8")
    return list(csv.DictReader(io.StringIO(text)))


@pytest.fixture
def package(seed_copy: Path, tmp_path: Path) -> Path:
    out = tmp_path / "datapackage"
    build(seed_copy, out)
    return out


def test_committed_package_is_up_to_date() -> None:
    result = build(ROOT / "seeds", ROOT / "datapackage", check=True)
    assert result.stale == [], "run 'claimpack build' and commit datapackage/"


def test_rebuild_is_byte_identical(seed_copy: Path, package: Path) -> None:
    before = _files(package)
    result = build(seed_copy, package)
    assert result.stale == []
    assert _files(package) == before


def test_check_reports_stale_and_writes_nothing(seed_copy: Path, package: Path) -> None:
    (package / "data" / "claims.csv").write_text("claim_id\n", "utf-8")
    before = _files(package)
    runner = CliRunner()
    result = runner.invoke(main, ["build", str(seed_copy), "--out", str(package), "--check"])
    assert result.exit_code == 1
    assert "stale" in result.stderr and "data/claims.csv" in result.stderr
    assert _files(package) == before
    assert runner.invoke(main, ["build", str(seed_copy), "--out", str(package)]).exit_code == 0
    assert runner.invoke(main, ["build", str(seed_copy), "--out", str(package), "--check"]).exit_code == 0


def test_failed_write_leaves_previous_package(seed_copy: Path, package: Path, monkeypatch) -> None:
    before = _files(package)
    (seed_copy / "000_ce1b982170328aa1.txt").write_text("Ny tekst med 12 personer.\n", "utf-8")

    def broken_fsync(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(atomic.os, "fsync", broken_fsync)
    with pytest.raises(ClaimpackError, match="No space left"):
        build(seed_copy, package)
    assert _files(package) == before
    assert sorted(p.name for p in package.parent.iterdir()) == ["datapackage", "seeds"]


def test_files_the_build_does_not_own_are_kept(seed_copy: Path, package: Path) -> None:
    (package / "CHANGELOG.md").write_text("# Changelog\n", "utf-8")
    (seed_copy / "000_ce1b982170328aa1.txt").write_text("Minst 12 personer er skadd.\n", "utf-8")
    build(seed_copy, package)
    assert (package / "CHANGELOG.md").read_text("utf-8") == "# Changelog\n"


def test_package_is_valid_frictionless(package: Path) -> None:
    report = frictionless.validate(str(package / "datapackage.json"))
    assert report.valid, report.flatten(["rowNumber", "fieldName", "type", "note"])


def test_descriptor_is_self_contained_and_fingerprinted(package: Path) -> None:
    descriptor = json.loads((package / "datapackage.json").read_text("utf-8"))
    assert descriptor["version"] == "1.0.0"
    assert descriptor["licenses"][0]["name"] == "CC-BY-4.0"
    assert descriptor["sources"][0]["claimpack:sha256"] == (
        "cf4f76d9a99208428d5f9f25fb5545c72d017298d7cecc9ce60594096d7c940b"
    )
    for resource in descriptor["resources"]:
        assert not resource["path"].startswith(("/", "..")) and (package / resource["path"]).is_file()
        assert resource["bytes"] == (package / resource["path"]).stat().st_size
        assert resource["hash"].startswith("sha256:")


@pytest.mark.parametrize("resource", SPAN_TABLES)
def test_every_span_is_the_seed_text(package: Path, resource: str) -> None:
    seed = (ROOT / "seeds" / "000_ce1b982170328aa1.txt").read_text("utf-8")
    rows = _rows(package, resource)
    assert rows
    for row in rows:
        assert seed[int(row["char_start"]) : int(row["char_end"])] == row["text"], row


def test_ids_survive_an_edit_to_another_paragraph(seed_copy: Path, package: Path) -> None:
    text_path = seed_copy / "000_ce1b982170328aa1.txt"
    text = text_path.read_text("utf-8")
    blocks = text.split("\n\n")
    before = {r["claim_id"]: r["text"] for r in _rows(package, "claims")}
    blocks[2] = blocks[2].replace("over 50.000", "over 60.000")  # the UN paragraph
    text_path.write_text("\n\n".join(blocks), "utf-8")
    build(seed_copy, package)
    after = {r["claim_id"]: r["text"] for r in _rows(package, "claims")}
    assert after.keys() == before.keys()
    assert {k for k in after if after[k] != before[k]} == {"000_ce1b982170328aa1:c2.1"}


def test_multiple_articles_share_one_package(seed_copy: Path, package: Path) -> None:
    (seed_copy / "zz_extra.txt").write_text("Politiet sier at 12 personer er skadd.\n", "utf-8")
    meta = json.loads((seed_copy / "000_ce1b982170328aa1.meta.json").read_text("utf-8"))
    (seed_copy / "zz_extra.meta.json").write_text(json.dumps({**meta, "notes": "test"}), "utf-8")
    build(seed_copy, package)
    articles = [r["article_id"] for r in _rows(package, "articles")]
    assert articles == ["000_ce1b982170328aa1", "zz_extra"]
    assert {r["article_id"] for r in _rows(package, "claims")} == set(articles)
