"""The result of a validation: findings, the rules that ran, the rules skipped and why.

Invalid data is a Report, not an exception (frictionless' `Report`); renderers in `render/` turn
it into text, JSON, JUnit, GitHub annotations and SARIF. A streamed run (`validation()` in
runner.py) keeps no findings, only their `Tally`, so a report of millions of findings is written
as it comes and never held."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from claimpack.validation.finding import SEVERITIES, FailOn, Finding, severity_rank


@dataclass
class Tally:
    """Counts of findings: what the report's stats, verdict and summaries need."""

    total: int = 0
    severities: Counter[str] = field(default_factory=Counter)
    unreviewed: Counter[str] = field(default_factory=Counter)  # by severity
    reviewed: int = 0
    stale: int = 0  # reviewed, but the finding changed since: it counts as unreviewed
    rules: Counter[str] = field(default_factory=Counter)

    def add(self, finding: Finding) -> None:
        self.total += 1
        self.severities[finding.severity] += 1
        self.rules[finding.rule] += 1
        if finding.review and finding.review.stale:
            self.stale += 1
        if finding.accepted:
            self.reviewed += 1
        else:
            self.unreviewed[finding.severity] += 1

    @classmethod
    def of(cls, findings: list[Finding]) -> Tally:
        tally = cls()
        for finding in findings:
            tally.add(finding)
        return tally


def fails(finding: Finding, fail_on: FailOn) -> bool:
    """An unreviewed finding at or above `fail_on`; a reviewed finding fails only when its review
    is stale."""
    return fail_on != "never" and not finding.accepted and severity_rank(finding.severity) >= severity_rank(fail_on)


@dataclass
class Report:
    package: str
    findings: list[Finding] = field(default_factory=list)
    rules: list[str] = field(default_factory=list)  # rule ids that ran
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (rule id, reason)
    seconds: float = 0.0
    engine: str = "frictionless"  # the structural engine that ran
    rules_engine: str = "pandas"  # what ran the consistency and row rules: pandas, or a columnar engine
    streamed: Tally | None = None  # set while findings stream past instead of being kept

    @property
    def tally(self) -> Tally:
        return self.streamed if self.streamed is not None else Tally.of(self.findings)

    def failing(self, fail_on: FailOn = "error") -> list[Finding]:
        """Unreviewed findings at or above `fail_on`, of the findings kept."""
        return [f for f in self.findings if fails(f, fail_on)]

    def failed(self, fail_on: FailOn = "error") -> bool:
        if fail_on == "never":
            return False
        level = severity_rank(fail_on)
        return any(count for severity, count in self.tally.unreviewed.items() if severity_rank(severity) >= level)

    @property
    def valid(self) -> bool:
        """No unreviewed error: what frictionless would call valid."""
        return not self.failed("error")

    @property
    def stats(self) -> dict[str, Any]:
        tally = self.tally
        return {
            "findings": tally.total,
            **{severity: tally.severities.get(severity, 0) for severity in SEVERITIES},
            "reviewed": tally.reviewed,
            "stale": tally.stale,
            "rules": len(self.rules),
            "skipped": len(self.skipped),
            "seconds": round(self.seconds, 3),
        }

    def projection(self) -> list[tuple[str, str | None, str | None]]:
        """(rule, row key, field) per finding: the compact form tests assert on."""
        return sorted((f.rule, f.location.key, f.location.field) for f in self.findings)

    def for_rule(self, rule: str) -> list[Finding]:
        return [f for f in self.findings if f.rule == rule]

    def summary(self, fail_on: FailOn = "error") -> dict[str, Any]:
        """Everything but the findings: what a streamed report writes after them."""
        return {
            "package": self.package,
            "valid": self.valid,
            "failed": self.failed(fail_on),
            "fail_on": fail_on,
            "engine": self.engine,
            "rules_engine": self.rules_engine,
            "stats": self.stats,
            "rules": list(self.rules),
            "skipped": [{"rule": rule, "reason": reason} for rule, reason in self.skipped],
        }

    def to_dict(self, fail_on: FailOn = "error") -> dict[str, Any]:
        return {**self.summary(fail_on), "findings": [f.to_dict() for f in self.findings]}
