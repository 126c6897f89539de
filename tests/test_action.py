"""The composite GitHub Action (action.yml) run as a runner runs it: each step's `if`, its `env`
evaluated from the inputs, its script under `bash -eo pipefail` with GITHUB_OUTPUT, in a copy of
the repository. The `uses:` steps (setup-python, upload-sarif) are GitHub's own and are not run,
and neither is the pip install: the suite's environment has claimpack already. Every expression
in action.yml must be one this runner understands, so none is silently skipped."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
ACTION = yaml.safe_load((ROOT / "action.yml").read_text(encoding="utf-8"))
EXPRESSION = re.compile(r"\$\{\{\s*(.+?)\s*\}\}")


@dataclass
class Run:
    exit_code: int
    stdout: str
    outputs: dict[str, dict[str, str]] = field(default_factory=dict)
    ran: list[str] = field(default_factory=list)  # names of the steps that ran, `uses:` steps included


def value(expression: str, context: dict[str, Any]) -> str:
    """`inputs.x`, `github.action_path` or `steps.id.outputs.x`."""
    parts = expression.split(".")
    if parts[0] == "inputs" and len(parts) == 2:
        return str(context["inputs"][parts[1]])
    if expression == "github.action_path":
        return str(ROOT)
    if parts[0] == "steps" and len(parts) == 4 and parts[2] == "outputs":
        return context["steps"].get(parts[1], {}).get(parts[3], "")
    raise AssertionError(f"action.yml uses an expression this test cannot evaluate: {expression}")


def condition(text: str, context: dict[str, Any]) -> bool:
    """`always()`, `A == 'x'` and `A != 'x'`, joined by `&&`."""
    result = True
    for term in (t.strip() for t in text.split("&&")):
        if term == "always()":
            continue
        match = re.fullmatch(r"(\S+)\s*(==|!=)\s*'([^']*)'", term)
        assert match, f"action.yml has a condition this test cannot evaluate: {term}"
        left = value(match[1], context)
        result &= (left == match[3]) if match[2] == "==" else (left != match[3])
    return result


def run_action(repo: Path, tmp_path: Path, **given: str) -> Run:
    inputs = {name: str(spec.get("default", "")) for name, spec in ACTION["inputs"].items()}
    assert set(given) <= set(inputs), set(given) - set(inputs)
    inputs.update(given)
    context: dict[str, Any] = {"inputs": inputs, "steps": {}}
    run = Run(0, "")
    failed = False
    for number, step in enumerate(ACTION["runs"]["steps"]):
        name = step.get("name") or step.get("uses")
        if "if" in step and "always()" not in step["if"] and failed:
            continue
        if failed and "if" not in step:
            continue
        if "if" in step and not condition(step["if"], context):
            continue
        run.ran.append(name)
        if "uses" in step or name == "Install claimpack":
            continue
        assert "${{" not in step["run"], f"{name}: inputs reach scripts through env only"
        env = {key: EXPRESSION.sub(lambda m: value(m[1], context), str(v)) for key, v in step.get("env", {}).items()}
        outputs = tmp_path / f"output-{number}"
        outputs.write_text("")
        script = tmp_path / f"step-{number}.sh"
        script.write_text(step["run"])
        result = subprocess.run(
            ["bash", "--noprofile", "--norc", "-eo", "pipefail", str(script)],
            cwd=repo,
            env={**os.environ, **env, "GITHUB_OUTPUT": str(outputs)},
            capture_output=True,
            text=True,
            timeout=300,
        )
        run.stdout += result.stdout
        if "id" in step:
            lines = outputs.read_text().splitlines()
            context["steps"][step["id"]] = dict(line.split("=", 1) for line in lines if "=" in line)
        if result.returncode != 0:
            run.exit_code, failed = result.returncode, True
    run.outputs = context["steps"]
    return run


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    """A repository as a user of the action has it: seeds, the package, the validation suite."""
    root = tmp_path / "repo"
    for folder in ("seeds", "datapackage", "validate"):
        shutil.copytree(ROOT / folder, root / folder, ignore=shutil.ignore_patterns("__pycache__"))
    return root


def test_the_action_is_composite_with_the_documented_inputs() -> None:
    assert ACTION["runs"]["using"] == "composite"
    assert {"package", "fail-on", "format", "sarif"} <= set(ACTION["inputs"])
    uses = [step["uses"] for step in ACTION["runs"]["steps"] if "uses" in step]
    assert any(u.startswith("github/codeql-action/upload-sarif@") for u in uses)
    assert all("shell" in step for step in ACTION["runs"]["steps"] if "run" in step)  # composite steps need one


def test_a_valid_package_passes_and_uploads_sarif(repo: Path, tmp_path: Path) -> None:
    run = run_action(repo, tmp_path)
    assert run.exit_code == 0, run.stdout[-2000:]
    assert run.outputs["validate"]["sarif-file"] == "claimpack.sarif"
    sarif = json.loads((repo / "claimpack.sarif").read_text(encoding="utf-8"))
    assert sarif["version"] == "2.1.0" and sarif["runs"][0]["tool"]["driver"]["name"] == "claimpack"
    assert "Upload findings to code scanning" in run.ran
    assert "::" in run.stdout  # workflow annotations (format github) in the log


def test_fail_on_fails_the_job_but_the_findings_are_still_uploaded(repo: Path, tmp_path: Path) -> None:
    (repo / "validate" / "reviewed.yaml").write_text("reviewed: []\n")  # the findings are new again
    run = run_action(repo, tmp_path, **{"fail-on": "info"})
    assert run.exit_code == 1
    assert (repo / "claimpack.sarif").is_file()
    assert run.ran[-1] == "Upload findings to code scanning"


def test_a_stale_package_fails_before_validation(repo: Path, tmp_path: Path) -> None:
    seed = next((repo / "seeds").glob("*.txt"))
    seed.write_text(seed.read_text(encoding="utf-8") + "\nNye tall: 12 personer er evakuert.\n", encoding="utf-8")
    run = run_action(repo, tmp_path)
    assert run.exit_code == 1
    assert "Validate" not in run.ran and not (repo / "claimpack.sarif").exists()


def test_format_and_no_sarif(repo: Path, tmp_path: Path) -> None:
    run = run_action(repo, tmp_path, format="junit", sarif="false", seeds="")
    assert run.exit_code == 0
    assert run.stdout.lstrip().startswith("<?xml") and "<testsuite" in run.stdout
    assert not (repo / "claimpack.sarif").exists()
    assert "The package is up to date with its seeds" not in run.ran
    assert "Upload findings to code scanning" not in run.ran


def test_findings_point_at_repository_files_when_the_package_is_not_at_the_root(tmp_path: Path) -> None:
    """Annotations and code scanning resolve paths from the repository root (the job's working
    directory), not from the package folder's parent."""
    repo = tmp_path / "repo"
    for folder in ("seeds", "datapackage", "validate"):
        shutil.copytree(ROOT / folder, repo / "data" / folder, ignore=shutil.ignore_patterns("__pycache__"))
    run = run_action(repo, tmp_path, package="data/datapackage", seeds="data/seeds", **{"fail-on": "never"})
    assert run.exit_code == 0, run.stdout[-2000:]
    annotated = set(re.findall(r"^::\w+ file=([^,]+),", run.stdout, flags=re.M))
    sarif = json.loads((repo / "claimpack.sarif").read_text(encoding="utf-8"))
    uris = {
        location["physicalLocation"]["artifactLocation"]["uri"]
        for result in sarif["runs"][0]["results"]
        for location in result["locations"]
    }
    assert annotated and uris
    assert all((repo / path).is_file() for path in annotated | uris), annotated | uris


def test_the_readme_workflow_uses_this_action() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    block = readme.split("### In CI (GitHub Actions)", 1)[1].split("```yaml", 1)[1].split("```", 1)[0]
    workflow = yaml.safe_load(block)
    steps = workflow["jobs"]["validate"]["steps"]
    ours = [s for s in steps if str(s.get("uses", "")).startswith("./")]
    assert ours and set(ours[0].get("with", {})) <= set(ACTION["inputs"])
    assert workflow["jobs"]["validate"]["permissions"]["security-events"] == "write"
