"""The pytest plugin: opt-in, one item per rule, -k selection and junit output."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from importlib.metadata import entry_points
from pathlib import Path

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
