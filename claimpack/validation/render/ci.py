"""CI formats: JUnit XML (one test case per rule, failing when the rule has failing findings) and
GitHub workflow commands (`::warning file=…,line=…,col=…,title=…::message`)."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from claimpack.safety.messages import printable
from claimpack.validation.finding import Finding, severity_rank
from claimpack.validation.render.text import where
from claimpack.validation.report import Report

_GITHUB_LEVEL = {"error": "error", "warning": "warning", "info": "notice"}


def render_junit(report: Report, fail_on: str = "error") -> str:
    failing = {id(f) for f in report.failing(fail_on)}
    suite = ET.Element("testsuite", name="claimpack.validate", tests=str(len(report.rules) + len(report.skipped)))
    failures = 0
    for rule in report.rules:
        case = ET.SubElement(suite, "testcase", classname="claimpack.validate", name=rule)
        found = report.for_rule(rule)
        bad = [f for f in found if id(f) in failing]
        if bad:
            failures += 1
            failure = ET.SubElement(case, "failure", message=f"{len(bad)} finding(s) at or above {fail_on}", type=rule)
            failure.text = "\n".join(f"{where(f)}: {f.message}" for f in bad)
        others = [f for f in found if id(f) not in failing]
        if others:
            ET.SubElement(case, "system-out").text = "\n".join(
                f"{f.severity} {where(f)}: {f.message}"
                + (f" (reviewed: {f.review.decision})" if f.review and f.accepted else "")
                for f in others
            )
    for rule, reason in report.skipped:
        case = ET.SubElement(suite, "testcase", classname="claimpack.validate", name=rule)
        ET.SubElement(case, "skipped", message=reason)
    suite.set("failures", str(failures))
    suite.set("skipped", str(len(report.skipped)))
    suite.set("errors", "0")
    ET.indent(suite)
    return '<?xml version="1.0" encoding="utf-8"?>\n' + printable(ET.tostring(suite, encoding="unicode")) + "\n"


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


def render_github(report: Report, fail_on: str = "error") -> str:
    """One annotation per finding, most severe first; reviewed findings become notices."""
    findings = sorted(report.findings, key=lambda f: -severity_rank(f.severity))
    return "".join(github_line(f) + "\n" for f in findings)
