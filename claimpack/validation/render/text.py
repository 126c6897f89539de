"""The report for people (text, grouped by severity) and for programs (JSON, described by
schemas/report.schema.json), both written as the findings come.

Text summarises a big run: the first `limit` findings of each rule, a count per rule, and how to
get everything; it holds only those few findings. JSON writes every finding as it arrives and the
verdict and stats after them."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TextIO

from claimpack.safety.messages import json_text, printable
from claimpack.validation.finding import SEVERITIES, FailOn, Finding
from claimpack.validation.report import Report

LIMIT = 20  # findings of each rule the text report shows


def where(finding: Finding) -> str:
    """'seeds/x.txt:3:13 claims[…:c1.2].value', or as much of it as is known."""
    loc = finding.location
    place = ":".join(str(p) for p in (loc.path, loc.line, loc.column) if p is not None)
    row = f"{loc.resource or ''}[{loc.key}]" if loc.key else (loc.resource or "")
    if loc.field:
        row = f"{row}.{loc.field}" if row else loc.field
    return " ".join(p for p in (place, row) if p)


class TextWriter:
    """Text with at most `limit` findings per rule (0: all of them)."""

    def __init__(self, limit: int = LIMIT) -> None:
        self.limit = limit

    def __call__(self, report: Report, findings: Iterable[Finding], fail_on: FailOn, out: TextIO) -> None:
        shown: dict[str, list[Finding]] = {}
        for finding in findings:
            kept = shown.setdefault(finding.rule, [])
            if not self.limit or len(kept) < self.limit:
                kept.append(finding)
        tally = report.tally
        lines = [f"claimpack validate {report.package}"]
        cut = False
        for severity in SEVERITIES:
            rules = [rule for rule, kept in shown.items() if kept and kept[0].severity == severity]
            if not rules:
                continue
            count = sum(tally.rules[rule] for rule in rules)
            lines += ["", f"{severity.upper()}S ({count})" if severity != "info" else f"INFO ({count})"]
            for rule in rules:
                for finding in shown[rule]:
                    lines.append(f"  {where(finding)}")
                    lines.append(f"    [{finding.rule}] {finding.message}")
                    if finding.review:
                        review = finding.review
                        stale = "STALE (the finding changed since; review it again) " if review.stale else ""
                        lines.append(f"    {stale}reviewed {review.date}: {review.decision} — {review.note}")
                more = tally.rules[rule] - len(shown[rule])
                if more > 0:
                    cut = True
                    lines.append(f"  … and {more:,} more {rule} findings")
        if report.skipped:
            lines += ["", f"SKIPPED ({len(report.skipped)})"]
            lines.extend(f"  {rule}: {reason}" for rule, reason in report.skipped)
        if cut:
            lines += ["", "BY RULE"]
            lines.extend(f"  {rule}: {count:,}" for rule, count in sorted(tally.rules.items()))
            lines.append(
                f"  (the first {self.limit} of each rule are shown; --max-per-rule 0 shows every finding, "
                "--format json writes them all)"
            )
        stats = report.stats
        verdict = "FAILED" if report.failed(fail_on) else "passed"
        lines.append("")
        lines.append(
            f"{verdict} (fail on {fail_on}): {stats['error']} errors, {stats['warning']} warnings, "
            f"{stats['info']} info, {stats['reviewed']} reviewed, {stats['stale']} stale; {stats['rules']} rules run, "
            f"{stats['skipped']} skipped; engine {report.engine}, rules in {report.rules_engine}"
        )
        out.write("\n".join(printable(line).replace("\n", "\\n") for line in lines) + "\n")


def write_json(report: Report, findings: Iterable[Finding], fail_on: FailOn, out: TextIO) -> None:
    """One finding a line inside "findings", then the verdict, stats and rules."""
    out.write('{\n  "findings": [')
    for index, finding in enumerate(findings):
        out.write(("," if index else "") + "\n    " + json_text(finding.to_dict()))
    out.write("\n  ],\n")
    summary = json_text(report.summary(fail_on), indent=2)
    out.write(summary.removeprefix("{\n") + "\n")
