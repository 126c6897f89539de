"""The result of a validation: findings, the rules that ran, the rules skipped and why.

Invalid data is a Report, not an exception (frictionless' `Report`); renderers in `render/` turn
it into text, JSON, JUnit, GitHub annotations and SARIF."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from claimpack.validation.finding import SEVERITIES, Finding, severity_rank


@dataclass
class Report:
    package: str
    findings: list[Finding] = field(default_factory=list)
    rules: list[str] = field(default_factory=list)  # rule ids that ran
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (rule id, reason)
    seconds: float = 0.0

    def failing(self, fail_on: str = "error") -> list[Finding]:
        """Unreviewed findings at or above `fail_on`; a reviewed finding fails only when its review
        is stale."""
        if fail_on == "never":
            return []
        level = severity_rank(fail_on)
        return [f for f in self.findings if not f.accepted and severity_rank(f.severity) >= level]

    def failed(self, fail_on: str = "error") -> bool:
        return bool(self.failing(fail_on))

    @property
    def valid(self) -> bool:
        """No unreviewed error: what frictionless would call valid."""
        return not self.failed("error")

    @property
    def stats(self) -> dict[str, Any]:
        counts = Counter(f.severity for f in self.findings)
        return {
            "findings": len(self.findings),
            **{severity: counts.get(severity, 0) for severity in SEVERITIES},
            "reviewed": sum(1 for f in self.findings if f.accepted),
            "stale": sum(1 for f in self.findings if f.review and f.review.stale),
            "rules": len(self.rules),
            "skipped": len(self.skipped),
            "seconds": round(self.seconds, 3),
        }

    def projection(self) -> list[tuple[str, str | None, str | None]]:
        """(rule, row key, field) per finding: the compact form tests assert on."""
        return sorted((f.rule, f.location.key, f.location.field) for f in self.findings)

    def for_rule(self, rule: str) -> list[Finding]:
        return [f for f in self.findings if f.rule == rule]

    def to_dict(self, fail_on: str = "error") -> dict[str, Any]:
        return {
            "package": self.package,
            "valid": self.valid,
            "failed": self.failed(fail_on),
            "fail_on": fail_on,
            "stats": self.stats,
            "rules": list(self.rules),
            "skipped": [{"rule": rule, "reason": reason} for rule, reason in self.skipped],
            "findings": [f.to_dict() for f in self.findings],
        }
