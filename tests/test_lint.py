"""Hygiene runs with the suite, so CI's one test command covers it: ruff (lint and format) and mypy."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
TOOLS = Path(sys.executable).parent


def _run(*command: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=False)


@pytest.mark.parametrize(
    "command",
    [("ruff", "check", "claimpack", "tests", "benchmarks"), ("ruff", "format", "--check", "claimpack", "tests")],
    ids=["ruff-check", "ruff-format"],
)
def test_ruff(command: tuple[str, ...]) -> None:
    tool = shutil.which(command[0], path=str(TOOLS)) or shutil.which(command[0])
    if tool is None:
        pytest.skip("ruff is not installed (pip install -e '.[test]')")
    arguments = [
        part for part in command[1:] if part.startswith("-") or part in ("check", "format") or (ROOT / part).exists()
    ]
    result = _run(tool, *arguments)
    assert result.returncode == 0, result.stdout + result.stderr


def test_mypy_strict() -> None:
    result = _run(sys.executable, "-m", "mypy", "--strict")
    assert result.returncode == 0, result.stdout + result.stderr
