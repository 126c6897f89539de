"""Run the registered rules over a package: the library behind `claimpack validate`.

Rules run one at a time in report order (most severe first, then by id), and each rule's findings
come out sorted, so a report can be written while it is made (`validation()`): nothing but the
counts stays in memory. An engine with columnar rules (claimpack/scale/) runs them over the
whole package in DuckDB when the package is clean; the pandas rules are the reference."""

from __future__ import annotations

import tempfile
import time
import zipfile
from collections.abc import Callable, Iterable, Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import replace
from itertools import chain, islice
from pathlib import Path

from claimpack.errors import ClaimpackError
from claimpack.safety import archive
from claimpack.validation.context import Context
from claimpack.validation.engines import ColumnarUnavailable, columnar
from claimpack.validation.finding import Finding, Severity, place, severity_rank
from claimpack.validation.report import Report, Tally
from claimpack.validation.rules import Rule, load_rules
from claimpack.validation.suite import Suite

Progress = Callable[[int, int, str], None]  # (rules done, rules in all, the rule now running)


def validate(
    package: str | Path,
    suite: Suite | None = None,
    *,
    engine: str = "auto",
    rules: Iterable[str] | None = None,
    allow_remote: bool = False,
) -> Report:
    """Validate the package folder, descriptor file or zip `package` with `suite` (default: every
    rule at its default severity). Remote resources are refused unless `allow_remote`. Raises
    ClaimpackError only for unusable input."""
    with validation(package, suite, engine=engine, rules=rules, allow_remote=allow_remote) as (report, found):
        report.findings = list(found)
    report.streamed = None
    return report


@contextmanager
def validation(
    package: str | Path,
    suite: Suite | None = None,
    *,
    engine: str = "auto",
    rules: Iterable[str] | None = None,
    allow_remote: bool = False,
    progress: Progress | None = None,
) -> Iterator[tuple[Report, Iterator[Finding]]]:
    """`validate`, streamed: the Report (counts only) and the findings in report order, made as
    they are consumed. The Report is complete once the iterator is exhausted."""
    path = Path(package)
    with ExitStack() as stack:
        if path.is_file() and zipfile.is_zipfile(path):
            scratch = stack.enter_context(tempfile.TemporaryDirectory(prefix="claimpack-zip-"))
            folder = Path(scratch) / "package"
            with archive.open_zip(path, path) as zipped:
                archive.extract(zipped, folder, path)
            context = Context.open(_zipped_descriptor(folder, path), suite or Suite(), engine, allow_remote)
        else:
            context = Context.open(package, suite or Suite(), engine, allow_remote)
        report, found = stream_rules(context, str(package), rules=rules, progress=progress)
        stack.callback(getattr(found, "close", lambda: None))
        yield report, found


def _zipped_descriptor(folder: Path, label: Path) -> Path:
    """The zip's datapackage.json: at the top, or in the one folder the package was zipped in."""
    found = sorted(folder.rglob("datapackage.json"), key=lambda p: len(p.parts))
    if not found:
        raise ClaimpackError(label, "the zip holds no datapackage.json")
    return found[0]


def run_rules(
    context: Context, name: str, *, rules: Iterable[str] | None = None, layers: Iterable[str] | None = None
) -> Report:
    """Every enabled rule whose resources are present, findings kept; the rest listed as skipped."""
    report, found = stream_rules(context, name, rules=rules, layers=layers)
    report.findings = list(found)
    report.streamed = None
    return report


def stream_rules(
    context: Context,
    name: str,
    *,
    rules: Iterable[str] | None = None,
    layers: Iterable[str] | None = None,
    progress: Progress | None = None,
) -> tuple[Report, Iterator[Finding]]:
    """The Report (counts only) and an iterator of the findings, rule by rule in report order."""
    registry = load_rules()
    wanted = set(rules) if rules is not None else None
    report = Report(name, engine=context.engine, streamed=Tally())
    selected: list[Rule] = []
    for rule in registry.values():
        if (wanted is not None and rule.id not in wanted) or (layers is not None and rule.layer not in layers):
            continue
        reason = _skip_reason(context, rule.id, rule.needs, rule.layer)
        if reason:
            report.skipped.append((rule.id, reason))
            continue
        selected.append(rule)
    return report, _stream(context, report, selected, progress)


def _stream(context: Context, report: Report, selected: list[Rule], progress: Progress | None) -> Iterator[Finding]:
    started = time.perf_counter()
    if context.columnar is None and context.descriptor_path is not None and selected:
        factory = columnar(context.engine)
        context.columnar = factory(context) if factory is not None else None
    tally = report.streamed if report.streamed is not None else Tally()
    ran: set[str] = set()
    ordered = sorted(selected, key=lambda r: (-severity_rank(_severity(context, r)), r.id))
    try:
        for done, rule in enumerate(ordered):
            if progress is not None:
                progress(done, len(ordered), rule.id)
            found = _run(context, rule, report)
            if found is None:
                continue
            ran.add(rule.id)
            for finding in found:
                tally.add(finding)
                yield finding
        if progress is not None:
            progress(len(ordered), len(ordered), "")
        report.rules = [rule.id for rule in selected if rule.id in ran]
        report.engine = context.engine_ran
    finally:
        if context.columnar is not None:
            context.columnar.close()
            context.columnar = None
        report.seconds = time.perf_counter() - started


def _severity(context: Context, rule: Rule) -> Severity:
    return context.suite.severities.get(rule.id, rule.severity)


def _run(context: Context, rule: Rule, report: Report) -> Iterator[Finding] | None:
    """The rule's findings in report order; None when it cannot run (a missing column)."""
    severity = _severity(context, rule)
    runner = context.columnar
    if runner is not None and runner.usable():
        check = runner.check(rule.id)
        if check is not None:
            try:
                found = iter(check(context))
                first = list(islice(found, 1))  # a query the engine cannot run fails here, before any finding
            except ColumnarUnavailable:
                pass
            else:
                report.rules_engine = runner.engine
                return _ties_sorted(_own(context, rule, severity, f) for f in chain(first, found))
    try:
        found_all = [_own(context, rule, severity, f) for f in rule.check(context)]
    except KeyError as missing:  # a column the Table Schema promised is absent: table-schema says so
        if not any(rule.id == skipped for skipped, _ in report.skipped):
            report.skipped.append((rule.id, f"column {missing} is missing"))
        return None
    return iter(sorted(found_all, key=_order))


def _own(context: Context, rule: Rule, severity: Severity, finding: Finding) -> Finding:
    """The finding as the run reports it: the rule's id, the suite's severity, any review."""
    where, related, code, article = finding.location, finding.related, finding.code, finding.article
    return _reviewed(
        context, Finding(finding.message, where, related, code, article, rule.id, severity, finding.review)
    )


def _ties_sorted(findings: Iterable[Finding]) -> Iterator[Finding]:
    """Findings that come sorted by place (path, line, column, key), in full report order: only
    runs of equal places are sorted, so memory holds one run."""
    run: list[Finding] = []
    current: tuple[str, int, int, str] | None = None
    for finding in findings:
        here = place(finding)
        if run and here != current:
            yield from sorted(run, key=_order)
            run = []
        run.append(finding)
        current = here
    yield from sorted(run, key=_order)


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


def _order(finding: Finding) -> tuple[object, ...]:
    """Report order: most severe first, then rule, place, and what tells two findings apart."""
    where = finding.location
    return (
        -severity_rank(finding.severity),
        finding.rule,
        *place(finding),
        where.field or "",
        finding.related,
        finding.code or "",
        finding.message,
    )
