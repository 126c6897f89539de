"""SARIF 2.1.0 for code scanning: each finding a result on the seed's (or data file's) lines, the
rules in tool.driver.rules, our fingerprint as a partialFingerprint so alerts survive rebuilds,
and reviewed findings as accepted suppressions. Paths are relative to the working directory
(the repository root in CI) when the file lies inside it (`Context.shown`).

Plain dicts, not `sarif-om`: its classes serialise only through `jschema-to-python` (with
jsonpickle and pbr), and neither has had a release since 2019; the dicts below are the dozen
properties code scanning reads, and tests/test_validate_reports.py checks their shape."""

from __future__ import annotations

import json
from collections.abc import Iterable
from importlib.metadata import PackageNotFoundError, version
from typing import Any, TextIO

from claimpack.safety.messages import json_text
from claimpack.validation.finding import FailOn, Finding
from claimpack.validation.report import Report
from claimpack.validation.rules import RULES

SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
_LEVEL = {"error": "error", "warning": "warning", "info": "note"}


def _version() -> str:
    try:
        return version("claimpack")
    except PackageNotFoundError:
        return "0"


def _rule(rule_id: str) -> dict[str, Any]:
    rule = RULES[rule_id]
    return {
        "id": rule.id,
        "name": "".join(part.capitalize() for part in rule.id.split("-")),
        "shortDescription": {"text": rule.title},
        "fullDescription": {"text": rule.description},
        "help": {"text": rule.description},
        "defaultConfiguration": {"level": _LEVEL[rule.severity]},
        "properties": {"layer": rule.layer, "tags": [rule.layer]},
    }


def _result(finding: Finding, index: dict[str, int], fallback_path: str) -> dict[str, Any]:
    loc = finding.location
    region: dict[str, int] = {}
    if loc.line is not None:
        region["startLine"] = loc.line
        if loc.column is not None:
            region["startColumn"] = loc.column
        if loc.end_line is not None and loc.end_column is not None:
            region["endLine"] = loc.end_line
            region["endColumn"] = loc.end_column
    physical: dict[str, Any] = {"artifactLocation": {"uri": loc.path or fallback_path, "uriBaseId": "%SRCROOT%"}}
    if region:
        physical["region"] = region
    location: dict[str, Any] = {"physicalLocation": physical}
    if loc.resource:
        name = "/".join(str(p) for p in (loc.resource, loc.key, loc.field) if p)
        location["logicalLocations"] = [{"fullyQualifiedName": name, "kind": "object"}]
    result: dict[str, Any] = {
        "ruleId": finding.rule,
        "ruleIndex": index[finding.rule],
        "level": _LEVEL[finding.severity],
        "message": {"text": finding.message},
        "locations": [location],
        "partialFingerprints": {"claimpackFingerprint/v1": finding.fingerprint},
    }
    if finding.related:
        result["properties"] = {"related": list(finding.related)}
    if finding.review is not None and finding.accepted:
        result["suppressions"] = [
            {
                "kind": "external",
                "status": "accepted",
                "justification": f"{finding.review.decision} ({finding.review.date}): {finding.review.note}",
            }
        ]
    return result


def write_sarif(report: Report, findings: Iterable[Finding], fail_on: FailOn, out: TextIO) -> None:
    """The SARIF log with its results written one a line as the findings come."""
    ids = list(RULES)
    index = {rule_id: i for i, rule_id in enumerate(ids)}
    fallback = report.package.rstrip("/")
    tool = {
        "driver": {
            "name": "claimpack",
            "version": _version(),
            "informationUri": "https://claimpack.example/",
            "rules": [_rule(rule_id) for rule_id in ids],
        }
    }
    head = {"$schema": SARIF_SCHEMA, "version": "2.1.0"}
    out.write(json.dumps(head, indent=2).removesuffix("\n}") + ',\n  "runs": [\n    {\n')
    out.write('      "tool": ' + json_text(tool, indent=2).replace("\n", "\n      ") + ",\n")
    out.write('      "columnKind": "unicodeCodePoints",\n      "results": [')
    for i, finding in enumerate(findings):
        result = json_text(_result(finding, index, fallback))
        out.write(("," if i else "") + "\n        " + result)
    out.write("\n      ]\n    }\n  ]\n}\n")
