"""The report for people (text, grouped by severity) and for programs (JSON, described by
schemas/report.schema.json)."""

from __future__ import annotations

import json

from claimpack.safety.messages import printable
from claimpack.validation.finding import SEVERITIES, Finding
from claimpack.validation.report import Report


def where(finding: Finding) -> str:
    """'seeds/x.txt:3:13 claims[…:c1.2].value', or as much of it as is known."""
    loc = finding.location
    place = ":".join(str(p) for p in (loc.path, loc.line, loc.column) if p is not None)
    row = f"{loc.resource or ''}[{loc.key}]" if loc.key else (loc.resource or "")
    if loc.field:
        row = f"{row}.{loc.field}" if row else loc.field
    return " ".join(p for p in (place, row) if p)


def render_text(report: Report, fail_on: str = "error") -> str:
    lines = [f"claimpack validate {report.package}"]
    for severity in SEVERITIES:
        found = [f for f in report.findings if f.severity == severity]
        if not found:
            continue
        lines.append("")
        lines.append(f"{severity.upper()}S ({len(found)})" if severity != "info" else f"INFO ({len(found)})")
        for finding in found:
            lines.append(f"  {where(finding)}")
            lines.append(f"    [{finding.rule}] {finding.message}")
            if finding.review:
                review = finding.review
                stale = "STALE (the finding changed since; review it again) " if review.stale else ""
                lines.append(f"    {stale}reviewed {review.date}: {review.decision} — {review.note}")
    if report.skipped:
        lines.append("")
        lines.append(f"SKIPPED ({len(report.skipped)})")
        lines.extend(f"  {rule}: {reason}" for rule, reason in report.skipped)
    stats = report.stats
    verdict = "FAILED" if report.failed(fail_on) else "passed"
    lines.append("")
    lines.append(
        f"{verdict} (fail on {fail_on}): {stats['error']} errors, {stats['warning']} warnings, {stats['info']} info, "
        f"{stats['reviewed']} reviewed, {stats['stale']} stale; {stats['rules']} rules run, {stats['skipped']} skipped"
    )
    return "\n".join(printable(line).replace("\n", "\\n") for line in lines) + "\n"


def render_json(report: Report, fail_on: str = "error") -> str:
    return json.dumps(report.to_dict(fail_on), indent=2, ensure_ascii=False) + "\n"
