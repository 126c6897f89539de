"""The layers in pyproject.toml's import-linter contract hold, and the contract can fail: a module
that imports upward (a segmenter reaching for the CLI) breaks it."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
LINT = shutil.which("lint-imports", path=str(Path(sys.executable).parent)) or shutil.which("lint-imports")

pytestmark = pytest.mark.skipif(LINT is None, reason="import-linter is not installed (pip install -e '.[test]')")


def _lint(root: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(root)}
    return subprocess.run([str(LINT), "--no-cache"], cwd=root, env=env, capture_output=True, text=True, timeout=300)


def test_layers_hold() -> None:
    result = _lint(ROOT)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "claimpack layers KEPT" in result.stdout
    assert "evaluation scores raw extraction KEPT" in result.stdout


def _lint_with(tmp_path: Path, module: str, source: str) -> subprocess.CompletedProcess[str]:
    """The contract checked on a copy of the package with one module added."""
    shutil.copytree(ROOT / "claimpack", tmp_path / "claimpack", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    (tmp_path / "claimpack" / module).write_text(source, encoding="utf-8")
    return _lint(tmp_path)


def test_evaluation_importing_corrections_breaks_the_contract(tmp_path: Path) -> None:
    result = _lint_with(tmp_path, "evaluation/leak.py", "import claimpack.correcting\n")
    assert result.returncode != 0
    assert "evaluation scores raw extraction BROKEN" in result.stdout


def test_an_upward_import_breaks_the_contract(tmp_path: Path) -> None:
    result = _lint_with(tmp_path, "segment/upward.py", "import claimpack.cli\n")
    assert result.returncode != 0
    assert "claimpack.segment.upward -> claimpack.cli" in result.stdout


def test_extraction_loads_no_pandas() -> None:
    """The root is lazy: the extractor alone imports neither pandas nor pandera nor jsonschema."""
    code = (
        "import sys, claimpack.extract.figures; print(sorted({'pandas', 'pandera', 'jsonschema'} & set(sys.modules)))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT)
    assert result.stdout.strip() == "[]"


def test_no_function_shadows_its_subpackage() -> None:
    code = (
        "import claimpack, claimpack.validation as v, claimpack.publishing as p, claimpack.building as b;"
        "import types; print(all(isinstance(m, types.ModuleType) for m in (v, p, b)), callable(claimpack.validate),"
        " callable(claimpack.build), callable(claimpack.load))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT)
    assert result.stdout.strip() == "True True True True"
