"""Packages claimpack did not make: the structural layer runs, the claimpack rules are skipped with
a reason, and whatever frictionless reports, we report too."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
import yaml
from frictionless import Package

from claimpack.validation import RULES, validate
from claimpack.validation.package import find_descriptor

PACKAGES = Path(__file__).resolve().parent / "data" / "packages"
GENERIC_RULES = {"table-schema", "primary-key", "foreign-key", "resource-integrity"}


def frictionless_errors(package: Path) -> set[tuple[str, int | None, str | None, str]]:
    """What frictionless itself reports (YAML read here: frictionless wants '.yaml', not '.yml')."""
    path = find_descriptor(package)
    descriptor: dict[str, Any] = yaml.safe_load(path.read_text(encoding="utf-8"))
    report = Package.from_descriptor(descriptor, basepath=str(path.parent)).validate()
    return {
        (task.name, getattr(e, "row_number", None), getattr(e, "field_name", None), e.type)
        for task in report.tasks
        for e in task.errors
    }


def ours(package: Path | str) -> set[tuple[str, int | None, str | None, str]]:
    report = validate(package)
    return {(f.location.resource or "", f.location.row, f.location.field, f.code or "") for f in report.findings}


@pytest.mark.parametrize("name", ["gdp", "country-codes"])
def test_structural_layer_only(name: str) -> None:
    report = validate(PACKAGES / name)
    assert set(report.rules) == GENERIC_RULES
    assert {rule for rule, _ in report.skipped} == set(RULES) - GENERIC_RULES
    assert all("not a claimpack package" in reason for _, reason in report.skipped)
    assert report.valid


def test_descriptor_file_works_too() -> None:
    assert validate(PACKAGES / "gdp" / "datapackage.json").valid


@pytest.mark.parametrize(
    ("name", "path", "old", "new"),
    [
        ("gdp", "data/gdp.csv", "Afghanistan,AFG,2001,", "Afghanistan,AFG,twenty,"),
        ("gdp", "data/top-economies.csv", "\n", "\nextra,cell,here,too\n"),
        ("country-codes", "data/country-codes.csv", "\n", "\n,\n"),
    ],
)
def test_we_report_what_frictionless_reports(name: str, path: str, old: str, new: str, tmp_path: Path) -> None:
    package = tmp_path / name
    shutil.copytree(PACKAGES / name, package)
    target = package / path
    target.write_text(target.read_text(encoding="utf-8").replace(old, new, 1), encoding="utf-8")
    expected = frictionless_errors(package)
    assert expected  # the corruption is one frictionless sees
    assert expected <= ours(package)
