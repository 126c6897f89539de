"""Run the registered rules over a package: the library behind `claimpack validate`."""

from __future__ import annotations

import tempfile
import time
import zipfile
from collections.abc import Iterable
from dataclasses import replace
from pathlib import Path

from claimpack.errors import ClaimpackError
from claimpack.safety import archive
from claimpack.validation.context import Context
from claimpack.validation.finding import Finding, severity_rank
from claimpack.validation.limits import chunk_articles
from claimpack.validation.report import Report
from claimpack.validation.rules import Rule, load_rules
from claimpack.validation.suite import Suite


def validate(
    package: str | Path,
    suite: Suite | None = None,
    *,
    engine: str = "frictionless",
    rules: Iterable[str] | None = None,
    allow_remote: bool = False,
) -> Report:
    """Validate the package folder, descriptor file or zip `package` with `suite` (default: every
    rule at its default severity). Remote resources are refused unless `allow_remote`. Raises
    ClaimpackError only for unusable input."""
    path = Path(package)
    if path.is_file() and zipfile.is_zipfile(path):
        with tempfile.TemporaryDirectory(prefix="claimpack-zip-") as scratch:
            folder = Path(scratch) / "package"
            with archive.open_zip(path, path) as zipped:
                archive.extract(zipped, folder, path)
            descriptor = _zipped_descriptor(folder, path)
            context = Context.open(descriptor, suite or Suite(), engine, allow_remote)
            return run_rules(context, str(package), rules=rules)
    context = Context.open(package, suite or Suite(), engine, allow_remote)
    return run_rules(context, str(package), rules=rules)


def _zipped_descriptor(folder: Path, label: Path) -> Path:
    """The zip's datapackage.json: at the top, or in the one folder the package was zipped in."""
    found = sorted(folder.rglob("datapackage.json"), key=lambda p: len(p.parts))
    if not found:
        raise ClaimpackError(label, "the zip holds no datapackage.json")
    return found[0]


def run_rules(
    context: Context, name: str, *, rules: Iterable[str] | None = None, layers: Iterable[str] | None = None
) -> Report:
    """Every enabled rule whose resources are present; the rest are listed as skipped."""
    registry = load_rules()
    wanted = set(rules) if rules is not None else None
    started = time.perf_counter()
    report = Report(name)
    selected: list[Rule] = []
    for rule in registry.values():
        if (wanted is not None and rule.id not in wanted) or (layers is not None and rule.layer not in layers):
            continue
        reason = _skip_reason(context, rule.id, rule.needs, rule.layer)
        if reason:
            report.skipped.append((rule.id, reason))
            continue
        selected.append(rule)
    chunked = _in_chunks(context, selected)
    for rule in selected:
        if chunked and rule.per_article:
            continue
        _run(context, rule, report)
    if chunked:
        from claimpack.validation import chunks

        per_article = [rule for rule in selected if rule.per_article]
        for chunk in chunks.article_chunks(context, chunk_articles()):
            for rule in per_article:
                _run(chunk, rule, report)
        ran = set(report.rules)
        report.rules = [rule.id for rule in selected if rule.id in ran]
    report.findings.sort(key=_order)
    report.seconds = time.perf_counter() - started
    return report


def _run(context: Context, rule: Rule, report: Report) -> None:
    severity = context.suite.severities.get(rule.id, rule.severity)
    try:
        found = [_reviewed(context, replace(f, severity=severity)) for f in rule.check(context)]
    except KeyError as missing:  # a column the Table Schema promised is absent: table-schema says so
        if not any(rule.id == skipped for skipped, _ in report.skipped):
            report.skipped.append((rule.id, f"column {missing} is missing"))
        return
    if rule.id not in report.rules:
        report.rules.append(rule.id)
    report.findings.extend(found)


def _in_chunks(context: Context, rules: list[Rule]) -> bool:
    """Large packages the columnar engine found structurally clean run their per-article rules a
    chunk of articles at a time (claimpack/validation/chunks.py): bounded memory, same findings."""
    if context.engine != "duckdb" or context.descriptor_path is None or not any(r.per_article for r in rules):
        return False
    if context.table_errors:  # runs the engine first: a missing extra is a clear error, not an import
        return False
    from claimpack.validation import chunks

    return chunks.article_count(context) > chunk_articles()


def _skip_reason(context: Context, rule: str, needs: tuple[str, ...], layer: str) -> str | None:
    if not context.suite.is_enabled(rule):
        return "disabled in the suite"
    missing = [name for name in needs if not context.has(name)]
    if missing:
        return f"the package has no {', '.join(repr(m) for m in missing)} resource (not a claimpack package)"
    if layer == "structure" and context.descriptor_path is None:
        return "no package on disk to check"
    return None


def _reviewed(context: Context, finding: Finding) -> Finding:
    """The finding with its review; a review of another message or other rows is stale."""
    entry = context.suite.reviewed.get(finding.fingerprint)
    if entry and entry[0] == finding.rule:
        review = entry[1]
        return replace(finding, review=replace(review, stale=review.seen != finding.seen))
    return finding


def _order(finding: Finding) -> tuple[int, str, str, int, int, str]:
    where = finding.location
    return (
        -severity_rank(finding.severity),
        finding.rule,
        where.path or "",
        where.line or 0,
        where.column or 0,
        where.key or "",
    )
