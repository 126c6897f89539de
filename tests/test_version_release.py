"""`claimpack release`: the version the policy requires, a new `created`, true hashes, a dated
CHANGELOG entry, a release record, and refusals (invalid package, nothing changed, bump too small)."""

from __future__ import annotations

import json
from pathlib import Path

import frictionless
import pytest
from click.testing import CliRunner
from validate_helpers import copy_package, descriptor, set_cells

from claimpack.cli.release import command
from claimpack.releasing import ReleaseRefused, release
from claimpack.validation import validate

EPOCH = "1780000000"  # 2026-05-28T20:26:40Z


@pytest.fixture
def package(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", EPOCH)
    folder = copy_package(tmp_path)
    for leftover in ("CHANGELOG.md",):
        (folder / leftover).unlink(missing_ok=True)
    release(folder)  # the first release: records 1.0.0 as built
    return folder


def test_first_release_keeps_the_descriptor_and_records_it(tmp_path: Path) -> None:
    folder = copy_package(tmp_path)
    (folder / "CHANGELOG.md").unlink(missing_ok=True)
    before = (folder / "datapackage.json").read_bytes()
    done = release(folder)
    assert (done.version, done.previous, done.record.name) == ("1.0.0", None, "1.0.0.json")
    assert (folder / "datapackage.json").read_bytes() == before
    assert "## 1.0.0 — " in (folder / "CHANGELOG.md").read_text(encoding="utf-8")
    record = json.loads(done.record.read_text(encoding="utf-8"))
    assert record["resources"]["claims"]["rows"] == len(record["resources"]["claims"]["fingerprints"])


def test_corrected_figure_is_a_patch_release(package: Path) -> None:
    set_cells(package, "claims", ":c0.2", value="3100")
    done = release(package)
    data = descriptor(package)
    assert (done.version, done.bump, data["version"], data["created"]) == (
        "1.0.1",
        "patch",
        "1.0.1",
        "2026-05-28T20:26:40Z",
    )
    changelog = (package / "CHANGELOG.md").read_text(encoding="utf-8")
    assert changelog.index("## 1.0.1 — 2026-05-28") < changelog.index("## 1.0.0")
    assert (
        "- claims: rows 1 changed.\n  - changed claims 000_ce1b982170328aa1:c0.2\n" in changelog  # record: no cells
    )
    assert validate(package).valid
    assert frictionless.validate(str(package / "datapackage.json")).valid
    assert (package.parent / "validate" / "releases" / "1.0.1.json").is_file()


def test_explicit_bump_may_be_larger_but_not_smaller(package: Path) -> None:
    data = descriptor(package)
    data["resources"][4]["schema"]["fields"][0]["constraints"]["pattern"] = ".+"  # narrowed: major
    (package / "datapackage.json").write_text(json.dumps(data, indent=2), encoding="utf-8")
    with pytest.raises(ReleaseRefused, match=r"need a major release, not minor"):
        release(package, "minor")
    assert descriptor(package)["version"] == "1.0.0"
    assert release(package, "major").version == "2.0.0"


def test_nothing_to_release(package: Path) -> None:
    with pytest.raises(ReleaseRefused, match=r"nothing changed since 1\.0\.0"):
        release(package)


def test_against_a_folder(package: Path, tmp_path: Path) -> None:
    old = copy_package(tmp_path / "old")
    set_cells(package, "dates", ":d3.1", date="2016-12-01")
    assert release(package, against=str(old)).version == "1.0.1"
    changelog = (package / "CHANGELOG.md").read_text(encoding="utf-8")
    assert "  - changed dates 000_ce1b982170328aa1:d3.1: date '2016-12-15' → '2016-12-01'\n" in changelog


def test_cli_refuses_an_invalid_package(package: Path) -> None:
    set_cells(package, "claims", ":c3.2", source_id="000_ce1b982170328aa1:nobody")
    result = CliRunner().invoke(command, ["--package", str(package)])
    assert result.exit_code == 1
    assert "release refused" in result.output and "foreign-key" in result.output
    assert descriptor(package)["version"] == "1.0.0"


def test_cli_release(package: Path) -> None:
    set_cells(package, "claims", ":c0.2", value="3100")
    result = CliRunner().invoke(command, ["--package", str(package), "--bump", "minor"])
    assert (result.exit_code, result.output.strip()) == (0, f"{package} released as 1.1.0 (minor release after 1.0.0)")
