"""`claimpack validate` and `claimpack rules`: exit codes 0/1/2, no tracebacks, every rule listed."""

from __future__ import annotations

import json
import os
from pathlib import Path

import click
import pytest
from click.testing import CliRunner, Result
from validate_helpers import copy_package, set_cells

from claimpack.cli import Group
from claimpack.cli import build as build_cli
from claimpack.cli import rules as rules_cli
from claimpack.cli import validate as validate_cli
from claimpack.validation import RULES

ROOT = Path(__file__).resolve().parent.parent


def run(*args: str, cwd: Path = ROOT) -> Result:
    """Our commands under claimpack's Group, which turns ClaimpackError into exit 2."""
    group = Group("claimpack", commands={"validate": validate_cli.command, "rules": rules_cli.command})
    old = Path.cwd()
    os.chdir(cwd)
    try:
        return CliRunner().invoke(group, list(args))
    finally:
        os.chdir(old)


def test_committed_package_passes_its_suite() -> None:
    result = run("validate")
    assert result.exit_code == 0, result.output
    assert "passed (fail on warning)" in result.output


def test_findings_at_fail_level_exit_1(tmp_path: Path) -> None:
    package = copy_package(tmp_path)
    assert (
        run("validate", str(package), "--fail-on", "warning", "--suite", str(ROOT / "validate/suite.yaml")).exit_code
        == 0
    )
    assert run("validate", str(package), "--fail-on", "warning", cwd=tmp_path).exit_code == 1  # no suite: unreviewed
    set_cells(package, "claims", ":c0.1", value_low="9999", value_high="2000")
    result = run("validate", str(package), cwd=tmp_path)
    assert result.exit_code == 1
    assert "value-bounds" in result.output
    assert run("validate", str(package), "--fail-on", "never", cwd=tmp_path).exit_code == 0


@pytest.mark.parametrize("problem", ["missing", "broken-json", "not-a-package", "bad-suite", "unknown-engine"])
def test_unusable_input_exits_2_without_traceback(problem: str, tmp_path: Path) -> None:
    args = ["validate", str(tmp_path / "nowhere")]
    if problem == "broken-json":
        (tmp_path / "datapackage.json").write_text("{not json", encoding="utf-8")
        args = ["validate", str(tmp_path)]
    elif problem == "not-a-package":
        args = ["validate", str(tmp_path)]
    elif problem == "bad-suite":
        (tmp_path / "suite.yaml").write_text("rules: {no-such-rule: {enabled: false}}\n", encoding="utf-8")
        args = ["validate", str(ROOT / "datapackage"), "--suite", str(tmp_path / "suite.yaml")]
    elif problem == "unknown-engine":
        args = ["validate", str(ROOT / "datapackage"), "--engine", "abacus"]
    result = run(*args)
    assert result.exit_code == 2, result.output
    assert "Traceback" not in result.output
    # an unknown engine is a usage error: click names the choices
    expected = "Invalid value for '--engine'" if problem == "unknown-engine" else "claimpack: error:"
    assert expected in result.output


def test_output_file_and_format(tmp_path: Path) -> None:
    out = tmp_path / "report.sarif"
    result = run("validate", "--format", "sarif", "--output", str(out))
    assert result.exit_code == 0
    assert json.loads(out.read_text(encoding="utf-8"))["version"] == "2.1.0"


def test_rules_lists_every_rule_with_its_description() -> None:
    text = run("rules").output
    for rule in RULES.values():
        assert rule.id in text and rule.title in text
    listed = json.loads(run("rules", "--format", "json").output)
    assert [r["id"] for r in listed] == list(RULES)
    assert all(r["description"] for r in listed)


def test_commands_only_parse_and_render() -> None:
    assert isinstance(validate_cli.command, click.Command) and isinstance(rules_cli.command, click.Command)
    assert len((ROOT / "claimpack/cli/validate.py").read_text(encoding="utf-8").splitlines()) < 80


def test_a_package_built_inside_its_seed_folder_finds_its_seeds(tmp_path: Path) -> None:
    """'claimpack build real84 --out real84/pkg': the seed paths say 'real84/ID.txt' and the
    package's parent is that folder, so seed-file finds every seed and reports none missing (and
    still reports one that is gone)."""
    folder = tmp_path / "real84"
    folder.mkdir()
    for seed in (ROOT / "seeds").glob("*.txt"):
        for file in (seed, seed.with_suffix(".meta.json")):
            (folder / file.name).write_bytes(file.read_bytes())
    group = Group("claimpack", commands={"build": build_cli.command})
    built = CliRunner().invoke(group, ["build", str(folder), "--out", str(folder / "pkg"), "--workers", "1", "-q"])
    assert built.exit_code == 0, built.output

    def rules() -> set[str]:
        result = run("validate", str(folder / "pkg"), "--format", "json", "--fail-on", "never", cwd=tmp_path)
        return {f["rule"] for f in json.loads(result.output)["findings"]}

    assert "seed-file" not in rules()
    for seed in folder.glob("*.txt"):
        seed.unlink()
    assert "seed-file" in rules()
