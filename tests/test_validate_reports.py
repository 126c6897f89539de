"""Report formats: JSON against its schema, JUnit that parses, SARIF's shape, GitHub lines; and
reviewed findings, which stay in the report but do not fail."""

from __future__ import annotations

import json
import re
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from jsonschema import Draft202012Validator

from claimpack.resources import load_schema
from claimpack.validation import RULES, Finding, Location, Report, Suite, validate
from claimpack.validation.render import RENDERERS

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def report() -> Report:
    return validate(ROOT / "datapackage", Suite.load(ROOT / "validate" / "suite.yaml"))


def test_json_matches_its_schema(report: Report) -> None:
    data = json.loads(RENDERERS["json"](report, "warning"))
    Draft202012Validator(load_schema("report.schema.json")).validate(data)
    assert data["findings"] and all("fingerprint" in f for f in data["findings"])


def test_json_schema_accepts_a_report_with_skips_and_errors(tmp_path: Path) -> None:
    """A generic package skips the claimpack rules; a year that is no number is an error."""
    shutil.copytree(ROOT / "tests" / "data" / "packages" / "gdp", tmp_path / "gdp")
    table = tmp_path / "gdp" / "data" / "top-economies.csv"
    table.write_text(table.read_text("utf-8").replace("United States,2001,", "United States,twothousand,", 1), "utf-8")
    generic = validate(tmp_path / "gdp")
    assert generic.skipped and generic.stats["error"]
    rendered = json.loads(RENDERERS["json"](generic, "error"))
    Draft202012Validator(load_schema("report.schema.json")).validate(rendered)
    assert rendered["skipped"] and any(f["severity"] == "error" for f in rendered["findings"])


def test_junit_has_one_case_per_rule(report: Report) -> None:
    suite = ET.fromstring(RENDERERS["junit"](report, "info"))
    names = [case.get("name") for case in suite.iter("testcase")]
    assert sorted(names) == sorted(RULES)
    assert suite.get("failures") == "0"  # everything on the seed is reviewed


def test_sarif_shape(report: Report) -> None:
    sarif = json.loads(RENDERERS["sarif"](report, "error"))
    assert sarif["version"] == "2.1.0"
    run = sarif["runs"][0]
    rules = [rule["id"] for rule in run["tool"]["driver"]["rules"]]
    assert rules == list(RULES)
    assert len(run["results"]) == len(report.findings)
    for result in run["results"]:
        assert rules[result["ruleIndex"]] == result["ruleId"]
        physical = result["locations"][0]["physicalLocation"]
        assert physical["artifactLocation"]["uri"].startswith("seeds/")
        assert physical["region"]["startLine"] >= 1 and physical["region"]["startColumn"] >= 1
        assert re.fullmatch(r"[0-9a-f]{20}", result["partialFingerprints"]["claimpackFingerprint/v1"])
        assert result["suppressions"][0]["status"] == "accepted"  # all reviewed


def test_github_lines(report: Report) -> None:
    lines = RENDERERS["github"](report, "error").splitlines()
    assert len(lines) == len(report.findings)
    pattern = r"::(error|warning|notice) file=seeds/[^,]+,line=\d+,col=\d+,title=[a-z-]+::.+"
    assert all(re.fullmatch(pattern, line) for line in lines), lines


def test_text_groups_by_severity(report: Report) -> None:
    text = RENDERERS["text"](report, "warning")
    assert text.index("WARNINGS") < text.index("INFO")
    assert "seeds/000_ce1b982170328aa1.txt:1:111" in text
    assert "passed (fail on warning)" in text


def test_reviewed_findings_do_not_fail(report: Report) -> None:
    assert report.findings and all(f.review is not None for f in report.findings)
    assert not report.failed("info")
    unreviewed = validate(ROOT / "datapackage")
    assert unreviewed.failed("warning") and not unreviewed.failed("error")


def test_fingerprints_ignore_messages_and_row_numbers(report: Report, tmp_path: Path) -> None:
    from validate_helpers import copy_package, edit_rows

    package = copy_package(tmp_path)
    edit_rows(package, "claims", lambda rows: rows.reverse())  # every row number changes
    again = validate(package)
    assert {f.fingerprint for f in again.findings} == {f.fingerprint for f in report.findings}


@pytest.mark.parametrize("fmt", ["json", "sarif"])
def test_machine_reports_escape_what_could_drive_a_terminal(fmt: str) -> None:
    """A package's text reaches JSON and SARIF reports. C1 controls (CSI, \\x9b) and direction
    overrides (U+202E) are written as \\u escapes: the same JSON value, but `cat report.json`
    cannot be steered by the package. Norwegian letters stay readable."""
    hostile = "«Bjørn\x9b31m sier\u202e 3.000»"
    finding = Finding(hostile, Location(resource="claims", key="a:c1"), rule="unattributed-figure", severity="warning")
    out = RENDERERS[fmt](Report("pkg", findings=[finding]), "error")
    assert "\x9b" not in out and "\u202e" not in out
    assert "\\u009b" in out and "\\u202e" in out and "Bjørn" in out
    assert hostile in json.dumps(json.loads(out), ensure_ascii=False)
