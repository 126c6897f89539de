"""The GitLab CI example in the README runs: its script (but the install) in a copy of the
repository writes the JUnit report its `artifacts:reports:junit` names, one test case per rule."""

from __future__ import annotations

import shlex
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import yaml

from claimpack.validation import RULES

ROOT = Path(__file__).resolve().parent.parent


def gitlab_job() -> dict[str, Any]:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    block = readme.split("### GitLab CI", 1)[1].split("```yaml", 1)[1].split("```", 1)[0]
    jobs = yaml.safe_load(block)
    job: dict[str, Any] = jobs["claimpack"]
    return job


def test_the_gitlab_example_writes_the_junit_report_it_names(tmp_path: Path) -> None:
    job = gitlab_job()
    report = job["artifacts"]["reports"]["junit"]
    assert job["artifacts"]["when"] == "always"
    for folder in ("seeds", "datapackage", "validate"):
        shutil.copytree(ROOT / folder, tmp_path / folder, ignore=shutil.ignore_patterns("__pycache__"))
    for line in job["script"]:
        words = shlex.split(line)
        if words[:2] == ["pip", "install"]:
            continue  # the suite's environment has claimpack already
        assert words[0] == "claimpack", line
        result = subprocess.run(
            [sys.executable, "-m", "claimpack", *words[1:]], cwd=tmp_path, capture_output=True, text=True, timeout=300
        )
        assert result.returncode == 0, (line, result.stdout[-1000:], result.stderr[-1000:])
    cases = {case.get("name") for case in ET.parse(tmp_path / report).getroot().iter("testcase")}
    assert cases == set(RULES)
