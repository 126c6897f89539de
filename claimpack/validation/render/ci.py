"""CI formats, written as the findings come: JUnit XML (one test case per rule, failing when the
rule has failing findings) and GitHub workflow commands (`::warning file=…,line=…,col=…,title=…::message`).

A rule's findings arrive together, so JUnit spools one rule's text at a time (to disk beyond a
megabyte) and the test cases to a temporary file until the totals for <testsuite> are known."""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Iterable
from typing import IO, TextIO
from xml.sax.saxutils import escape, quoteattr

from claimpack.safety.messages import printable
from claimpack.validation.finding import FailOn, Finding
from claimpack.validation.render.text import where
from claimpack.validation.report import Report, fails

_GITHUB_LEVEL = {"error": "error", "warning": "warning", "info": "notice"}
SPOOL = 1 << 20
CLASS = quoteattr("claimpack.validate")


def _text(text: str) -> str:
    return escape(printable(text))


class _Case:
    """One rule's test case: its failing findings and the others, spooled."""

    def __init__(self, rule: str, fail_on: FailOn) -> None:
        self.rule, self.fail_on = rule, fail_on
        # closed by write(), once the rule's findings are all in
        self.bad: IO[str] = tempfile.SpooledTemporaryFile(SPOOL, mode="w+", encoding="utf-8")  # noqa: SIM115
        self.other: IO[str] = tempfile.SpooledTemporaryFile(SPOOL, mode="w+", encoding="utf-8")  # noqa: SIM115
        self.failing = self.others = 0

    def add(self, finding: Finding) -> None:
        if fails(finding, self.fail_on):
            self.bad.write(("\n" if self.failing else "") + _text(f"{where(finding)}: {finding.message}"))
            self.failing += 1
        else:
            reviewed = f" (reviewed: {finding.review.decision})" if finding.accepted and finding.review else ""
            line = f"{finding.severity} {where(finding)}: {finding.message}{reviewed}"
            self.other.write(("\n" if self.others else "") + _text(line))
            self.others += 1

    def write(self, out: IO[str]) -> bool:
        """Write the test case; True when it failed."""
        out.write(f"  <testcase classname={CLASS} name={quoteattr(self.rule)}>\n")
        if self.failing:
            message = quoteattr(f"{self.failing} finding(s) at or above {self.fail_on}")
            out.write(f"    <failure message={message} type={quoteattr(self.rule)}>")
            self.bad.seek(0)
            shutil.copyfileobj(self.bad, out)
            out.write("</failure>\n")
        if self.others:
            out.write("    <system-out>")
            self.other.seek(0)
            shutil.copyfileobj(self.other, out)
            out.write("</system-out>\n")
        out.write("  </testcase>\n")
        self.bad.close()
        self.other.close()
        return bool(self.failing)


def write_junit(report: Report, findings: Iterable[Finding], fail_on: FailOn, out: TextIO) -> None:
    failures = 0
    done: set[str] = set()
    with tempfile.TemporaryFile(mode="w+", encoding="utf-8") as body:
        case: _Case | None = None
        for finding in findings:
            if case is None or case.rule != finding.rule:
                if case is not None:
                    failures += case.write(body)
                case = _Case(finding.rule, fail_on)
                done.add(finding.rule)
            case.add(finding)
        if case is not None:
            failures += case.write(body)
        for rule in report.rules:
            if rule not in done:
                body.write(f"  <testcase classname={CLASS} name={quoteattr(rule)} />\n")
        for rule, reason in report.skipped:
            body.write(
                f"  <testcase classname={CLASS} name={quoteattr(rule)}>\n"
                f"    <skipped message={quoteattr(printable(reason))} />\n  </testcase>\n"
            )
        tests = len(report.rules) + len(report.skipped)
        out.write('<?xml version="1.0" encoding="utf-8"?>\n')
        out.write(
            f"<testsuite name={CLASS} tests={quoteattr(str(tests))} failures={quoteattr(str(failures))} "
            f'skipped={quoteattr(str(len(report.skipped)))} errors="0">\n'
        )
        body.seek(0)
        shutil.copyfileobj(body, out)
        out.write("</testsuite>\n")


def _escape_data(text: str) -> str:
    return printable(text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A"))


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


def github_line(finding: Finding) -> str:
    loc = finding.location
    props = []
    if loc.path:
        props.append(f"file={_escape_property(loc.path)}")
        for name, value in (("line", loc.line), ("col", loc.column)):
            if value is not None:
                props.append(f"{name}={value}")
    props.append(f"title={_escape_property(finding.rule)}")
    level = _GITHUB_LEVEL[finding.severity]
    if finding.accepted:
        level = "notice"
    return f"::{level} {','.join(props)}::{_escape_data(finding.message)}"


def write_github(report: Report, findings: Iterable[Finding], fail_on: FailOn, out: TextIO) -> None:
    """One annotation per finding, most severe first (the report's order); reviewed ones as notices."""
    for finding in findings:
        out.write(github_line(finding) + "\n")
