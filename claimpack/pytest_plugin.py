"""Run a validation suite under pytest: `validate/suite.yaml` becomes one test item per rule, so
CI gets pytest's junit output, `-k` selection and xdist for free.

Opt-in, never auto-loaded (there is no pytest11 entry point). Either name it on the command line,
for one run::

    pytest -p claimpack.pytest_plugin validate/

or let a folder's conftest.py import the hooks, which pytest then applies to that folder only::

    from claimpack.pytest_plugin import pytest_addoption, pytest_collect_file  # noqa: F401

An item fails when its rule has unreviewed findings at or above the suite's fail_on; a rule the
package cannot run (or the suite disables) is skipped with the reason, reported at the rule: its
line in suite.yaml when the suite configures it, else the rule's definition. The package is the
folder `datapackage/` beside the suite's folder, or `--claimpack-package`.
"""

from __future__ import annotations

import inspect
import re
from pathlib import Path
from typing import Any

import pytest

from claimpack.validation import RULES, Report, Suite, validate
from claimpack.validation.render.text import where

SUITE_NAME = "suite.yaml"
_REPORTS: dict[tuple[Path, Path], tuple[Suite, Report]] = {}


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--claimpack-package", default=None, help="package folder to validate (default: datapackage/)")


def pytest_collect_file(file_path: Path, parent: pytest.Collector) -> pytest.Collector | None:
    if file_path.name == SUITE_NAME:
        return SuiteFile.from_parent(parent, path=file_path)
    return None


class RuleFailed(Exception):
    """A rule's failing findings, rendered by `RuleItem.repr_failure`."""


def _run(config: pytest.Config, suite_path: Path) -> tuple[Suite, Report]:
    """One validation per suite and process: every item of the suite reads the same report."""
    option = config.getoption("--claimpack-package", default=None)
    package = Path(option) if option else suite_path.parent.parent / "datapackage"
    key = (suite_path.resolve(), package.resolve())
    if key not in _REPORTS:
        suite = Suite.load(suite_path)
        _REPORTS[key] = (suite, validate(package, suite))
    return _REPORTS[key]


class SuiteFile(pytest.File):
    def collect(self) -> Any:
        for rule_id in RULES:
            yield RuleItem.from_parent(self, name=rule_id)


class RuleItem(pytest.Item):
    def runtest(self) -> None:
        suite, report = _run(self.config, self.path)
        reasons = dict(report.skipped)
        if self.name in reasons:
            # reported at reportinfo() (the rule), not at this line of the plugin
            raise pytest.skip.Exception(reasons[self.name], _use_item_location=True)
        failing = [f for f in report.failing(suite.fail_on) if f.rule == self.name]
        if failing:
            raise RuleFailed(
                "\n".join(f"{f.severity} {where(f)}: {f.message} [fingerprint {f.fingerprint}]" for f in failing)
            )

    def repr_failure(self, excinfo: pytest.ExceptionInfo[BaseException], style: Any = None) -> Any:
        if isinstance(excinfo.value, RuleFailed):
            return f"rule {self.name} has unreviewed findings:\n{excinfo.value}"
        return super().repr_failure(excinfo)

    def reportinfo(self) -> tuple[Path, int, str]:
        """Where the rule is: its line in suite.yaml (0-based), else the function that defines it."""
        configured = re.compile(rf"^\s+{re.escape(self.name)}\s*:")
        for number, line in enumerate(self.path.read_text(encoding="utf-8").splitlines()):
            if configured.match(line):
                return self.path, number, f"claimpack rule {self.name}"
        check = inspect.unwrap(RULES[self.name].check)
        source, first = inspect.getsourcefile(check), inspect.getsourcelines(check)[1]
        return Path(source or self.path), first - 1, f"claimpack rule {self.name}"
