"""The pytest plugin: opt-in, one item per rule, -k selection and junit output."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from importlib.metadata import entry_points
from pathlib import Path

import pytest
from validate_helpers import copy_package, set_cells

from claimpack.validation import RULES

ROOT = Path(__file__).resolve().parent.parent


def _pytest(cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "pytest", "-p", "no:cacheprovider", "-p", "no:xdist", "validate/", *args]
    return subprocess.run(command, cwd=cwd, capture_output=True, text=True, check=False, timeout=120)


def _project(tmp_path: Path) -> Path:
    package = copy_package(tmp_path)
    # without the release records: these tests edit the data on purpose, which the version guard would flag
    ignore = shutil.ignore_patterns("__pycache__", "releases")
    shutil.copytree(ROOT / "validate", tmp_path / "validate", ignore=ignore)
    return package


def test_the_plugin_is_not_auto_loaded() -> None:
    assert not [ep for ep in entry_points(group="pytest11") if ep.value.startswith("claimpack")]


def test_suite_runs_as_pytest_items(tmp_path: Path) -> None:
    package = _project(tmp_path)
    junit = tmp_path / "junit.xml"
    result = _pytest(tmp_path, "-q", f"--junitxml={junit}")
    assert result.returncode == 0, result.stdout + result.stderr
    cases = {case.get("name") for case in ET.parse(junit).getroot().iter("testcase")}
    assert cases == set(RULES)

    selected = _pytest(tmp_path, "-q", "-k", "conflicting")
    assert "1 passed" in selected.stdout and "deselected" in selected.stdout

    set_cells(package, "images", ":i7", photographer="", agency="")
    failed = _pytest(tmp_path, "-q")
    assert failed.returncode == 1
    assert "FAILED validate/suite.yaml::image-without-credit" in failed.stdout
    assert "1 failed" in failed.stdout


def test_named_with_p_it_runs_without_a_conftest_and_skips_at_the_rule(tmp_path: Path) -> None:
    """`pytest -p claimpack.pytest_plugin` is the documented one-off form; a rule the package
    cannot run is skipped at its line in suite.yaml, or at its definition, never in the plugin."""
    gdp = ROOT.parent / "shared" / "realworld-packages" / "gdp"
    if not gdp.exists():
        pytest.skip("../shared/realworld-packages is not beside the checkout")
    shutil.copytree(gdp, tmp_path / "datapackage")
    (tmp_path / "validate").mkdir()
    shutil.copy(ROOT / "validate" / "suite.yaml", tmp_path / "validate" / "suite.yaml")
    shutil.copy(ROOT / "validate" / "reviewed.yaml", tmp_path / "validate" / "reviewed.yaml")
    result = _pytest(tmp_path, "-p", "claimpack.pytest_plugin", "-rs", "-q")
    assert result.returncode == 0, result.stdout + result.stderr
    skips = [line for line in result.stdout.splitlines() if line.startswith("SKIPPED")]
    assert len(skips) == len(RULES) - 4  # the four structural rules run on any package
    assert not [line for line in skips if "pytest_plugin" in line]
    assert "SKIPPED [1] validate/suite.yaml:8: the package has no 'claims', 'sources' resource" in result.stdout
    assert [line for line in skips if "claimpack/validation/editorial.py:" in line]
