"""Docs match the code: every command, option and lexicon is documented, and the README's commands
are the ones CI runs."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from claimpack.cli import main

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text("utf-8")
COMMANDS = sorted(main.commands)


def test_ci_runs_the_readme_test_command() -> None:
    blocks = re.findall(r"```bash\n(.*?)\n```", README, re.S)
    test_command = next(b for b in blocks if b.rstrip().endswith("pytest"))
    ci_lines = (ROOT / ".ci" / "run").read_text("utf-8").strip().splitlines()
    assert ci_lines[-1] == test_command.strip()


def test_readme_main_command_builds_and_validates() -> None:
    blocks = re.findall(r"```bash\n(.*?)\n```", README, re.S)
    assert any("claimpack build" in b and "claimpack validate" in b and "pip install" in b for b in blocks)


@pytest.mark.parametrize("name", COMMANDS)
def test_every_command_is_in_the_readme(name: str) -> None:
    assert f"`claimpack {name}" in README, f"document 'claimpack {name}' in README.md"


@pytest.mark.parametrize("name", COMMANDS)
def test_every_command_and_option_has_help(name: str) -> None:
    command = main.commands[name]
    assert command.help, name
    for parameter in command.params:
        if isinstance(parameter, click.Option) and parameter.name != "help":
            assert parameter.help, f"claimpack {name} {parameter.opts[0]} has no help text"
    result = CliRunner().invoke(main, [name, "--help"])
    assert result.exit_code == 0 and "Usage:" in result.output


def test_module_entry_point_and_version() -> None:
    result = subprocess.run([sys.executable, "-m", "claimpack", "--version"], capture_output=True, text=True)
    assert result.returncode == 0 and "claimpack" in result.stdout


def test_unknown_command_is_a_usage_error() -> None:
    result = CliRunner().invoke(main, ["nonsense"])
    assert result.exit_code == 2


def test_every_lexicon_says_what_it_holds() -> None:
    for path in sorted((ROOT / "claimpack" / "lexicons").iterdir()):
        if path.suffix not in (".txt", ".tsv"):
            continue  # the loaders beside the data
        first = path.read_text("utf-8").splitlines()[0]
        assert first.startswith("#"), f"{path.name} should start with a '# …' comment saying what it holds"


def _code(line: str) -> str:
    return line.split("  #")[0].strip()


def test_readme_python_examples_are_the_tested_ones() -> None:
    """Every line of the README's Python examples runs in tests/test_load_examples.py."""
    tested = {_code(line) for line in (ROOT / "tests" / "test_load_examples.py").read_text("utf-8").splitlines()}
    section = README[README.index("## Loading the data") :]
    for block in re.findall(r"```python\n(.*?)\n```", section, re.S):
        for line in block.splitlines():
            code = _code(line)
            if code and not code.startswith("#"):
                assert code in tested, f"README example line not run by tests/test_load_examples.py: {code!r}"


def test_the_api_mirrors_the_cli() -> None:
    import claimpack

    for name in claimpack.__all__:
        assert callable(getattr(claimpack, name)), name
    assert {"build", "evaluate", "validate", "diff", "release", "publish", "load", "synthesize"} <= set(
        claimpack.__all__
    )
