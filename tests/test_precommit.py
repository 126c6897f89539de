"""The pre-commit hooks (.pre-commit-hooks.yaml), run for real: `pre-commit try-repo` installs
claimpack from this repository into a fresh environment of pre-commit's own (about a minute: it
cannot be cached, try-repo uses a new store each time) and runs both hooks in a temporary git
repository that holds a data package."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
HOOKS = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))


def git(repo: Path, *args: str) -> None:
    subprocess.run(["git", *args], cwd=repo, check=True, capture_output=True, timeout=60)


def try_repo(repo: Path, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    """Every hook of this repository, on every file of `repo`."""
    env = {**os.environ, "PRE_COMMIT_HOME": str(tmp_path / "pre-commit"), "PIP_DISABLE_PIP_VERSION_CHECK": "1"}
    command = [sys.executable, "-m", "pre_commit", "try-repo", str(ROOT), "--all-files", "--verbose"]
    return subprocess.run(command, cwd=repo, env=env, capture_output=True, text=True, timeout=900)


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    if shutil.which("git") is None:
        pytest.skip("git is not installed (.ci/run installs it)")
    root = tmp_path / "data-repo"
    for folder in ("seeds", "datapackage", "validate"):
        shutil.copytree(ROOT / folder, root / folder, ignore=shutil.ignore_patterns("__pycache__"))
    git(root, "init", "-q")
    git(root, "add", ".")
    git(root, "-c", "user.name=t", "-c", "user.email=t@example.invalid", "commit", "-q", "-m", "data")
    return root


def test_the_hooks_are_the_documented_ones() -> None:
    assert [hook["id"] for hook in HOOKS] == ["claimpack-build-check", "claimpack-validate"]
    assert all(hook["language"] == "python" and hook["pass_filenames"] is False for hook in HOOKS)


def test_both_hooks_pass_on_a_good_package(repo: Path, tmp_path: Path) -> None:
    result = try_repo(repo, tmp_path)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-2000:]
    assert result.stdout.count("Passed") == 2, result.stdout[-3000:]


def test_the_hooks_fail_on_a_stale_and_invalid_package(repo: Path, tmp_path: Path) -> None:
    seed = next((repo / "seeds").glob("*.txt"))
    seed.write_text(seed.read_text(encoding="utf-8") + "\nNye tall: 12 personer er evakuert.\n", encoding="utf-8")
    result = try_repo(repo, tmp_path)
    assert result.returncode == 1
    assert result.stdout.count("Failed") == 2, result.stdout[-3000:]
    assert "stale" in result.stdout  # build --check
    assert "seed-file" in result.stdout  # validate: the seed no longer matches its sha256
