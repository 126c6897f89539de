"""The CI guard `unreleased-change`: content that changed since the last release record without the
bump the policy requires fails validation, naming the bump that is due."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from validate_helpers import ROOT, copy_package, descriptor, read_rows, set_cells, write_descriptor, write_rows

from claimpack.releasing import release
from claimpack.validation import RULES, validate


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


@pytest.mark.parametrize("broken", ["{broken", "[1, 2]", '{"version": "1.0.0", "resources": []}', '"1.0.0"'])
def test_an_unreadable_record_is_an_error_not_a_silent_pass(released: Path, broken: str) -> None:
    record = released.parent / "validate" / "releases" / "1.0.0.json"
    assert json.loads(record.read_text(encoding="utf-8"))["version"] == "1.0.0"
    record.write_text(broken, encoding="utf-8")
    [(severity, code, message)] = _guard(released)
    assert (severity, code) == ("error", "record")
    assert "cannot check the version" in message and "1.0.0.json" in message


def test_a_pre_release_is_not_a_release(released: Path) -> None:
    set_cells(released, "claims", ":c0.2", value="3100")
    data = descriptor(released)
    data["version"] = "1.0.0-rc.1"  # the profile accepts it; it sorts before 1.0.0
    write_descriptor(released, data)
    [(_, code, message)] = _guard(released)
    assert code == "patch" and "still 1.0.0-rc.1" in message
    data["version"] = "1.0.1-rc.1"
    write_descriptor(released, data)
    assert _guard(released) == []


def test_a_version_the_profile_rejects_does_not_switch_the_guard_off(released: Path) -> None:
    set_cells(released, "claims", ":c0.2", value="3100")
    data = descriptor(released)
    data["version"] = "01.0.1"
    write_descriptor(released, data)
    [(severity, _, message)] = _guard(released)
    assert severity == "error" and "not a semantic version" in message
