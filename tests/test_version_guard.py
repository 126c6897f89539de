"""The CI guard `unreleased-change`: content that changed since the last release record without the
bump the policy requires fails validation, naming the bump that is due."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from validate_helpers import ROOT, copy_package, descriptor, read_rows, set_cells, write_descriptor, write_rows

from claimpack.validate import RULES, validate
from claimpack.version.release import release


def _guard(package: Path) -> list[tuple[str, str | None, str]]:
    report = validate(package, rules=["unreleased-change"])
    assert report.rules == ["unreleased-change"]  # ran, not skipped
    return [(f.severity, f.code, f.message) for f in report.findings]


@pytest.fixture
def released(tmp_path: Path) -> Path:
    package = copy_package(tmp_path)
    release(package)
    return package


def test_registered_as_a_structural_error() -> None:
    guard = RULES["unreleased-change"]
    assert (guard.severity, guard.layer) == ("error", "structure")


def test_the_committed_package_matches_its_release_record() -> None:
    assert (ROOT / "validate" / "releases").is_dir(), "run 'claimpack release' once to record the current package"
    assert _guard(ROOT / "datapackage") == []


def test_unreleased_correction_needs_a_patch(released: Path) -> None:
    set_cells(released, "claims", ":c0.2", value="3100")
    [(severity, code, message)] = _guard(released)
    assert (severity, code) == ("error", "patch")
    assert "a patch release is due" in message and "claims: 1 changed" in message
    release(released)
    assert _guard(released) == []


def test_too_small_a_bump_names_the_one_due(released: Path) -> None:
    rows = read_rows(released, "claims")
    write_rows(released, "claims", [{**row, "checked": "false"} for row in rows])
    data = descriptor(released)
    data["resources"][4]["schema"]["fields"].append({"name": "checked", "type": "boolean"})
    data["version"] = "1.0.1"
    write_descriptor(released, data)
    [(_, code, message)] = _guard(released)
    assert code == "minor"
    assert "1.0.0 -> 1.0.1 is a patch bump" in message and "need a minor release" in message
    data["version"] = "1.1.0"
    write_descriptor(released, data)
    assert _guard(released) == []


def test_a_package_without_records_passes(tmp_path: Path) -> None:
    package = copy_package(tmp_path)
    set_cells(package, "claims", ":c0.2", value="3100")
    assert _guard(package) == []


def test_unreadable_record_is_not_a_crash(released: Path) -> None:
    record = released.parent / "validate" / "releases" / "1.0.0.json"
    assert json.loads(record.read_text(encoding="utf-8"))["version"] == "1.0.0"
    record.write_text("{", encoding="utf-8")
    assert _guard(released) == []
