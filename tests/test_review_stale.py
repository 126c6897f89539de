"""A review holds only for what it saw: when the finding's message or rows change (the claim
behind it was corrected, or the extractor changed), the review is stale and the finding fails
again, in every report format."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from claimpack import build, validate
from claimpack.validation import Report, Suite
from claimpack.validation.render import RENDERERS

ROOT = Path(__file__).resolve().parent.parent
A = "000_ce1b982170328aa1"
CONFLICT = "7b8b209d70bc951685e5"  # conflicting-count: Røde Kors' 3.000 against the ministry's 6.400


@pytest.fixture
def repo(reviewed_repo: Path) -> Path:
    return reviewed_repo


def _report(repo: Path) -> Report:
    build(repo / "seeds", repo / "datapackage")
    return validate(repo / "datapackage", Suite.load(repo / "validate" / "suite.yaml"))


def _conflict(report: Report):  # type: ignore[no-untyped-def]
    return next(f for f in report.findings if f.fingerprint == CONFLICT)


def test_reviews_of_the_unchanged_seed_hold(repo: Path) -> None:
    report = _report(repo)
    reviewed = [f for f in report.findings if f.review]
    assert len(reviewed) == 4 and all(f.accepted for f in reviewed)
    assert report.stats["stale"] == 0 and not report.failed("warning")


def test_a_changed_finding_makes_its_review_stale(repo: Path) -> None:
    (repo / "seeds" / f"{A}.corrections.yaml").write_text(
        f"corrections:\n  - id: fix-1\n    row: {A}:c0.2\n    expect: '3.000'\n    set: {{value: 3100}}\n"
        "    reason: a test\n",
        "utf-8",
    )
    report = _report(repo)
    finding = _conflict(report)
    assert "(3,100)" in finding.message  # same finding (fingerprint), other words: the review saw 3,000
    assert finding.review is not None and finding.review.stale and not finding.accepted
    assert report.stats["stale"] == 1 and report.stats["reviewed"] == 3
    assert report.failing("warning") == [finding]
    assert "STALE" in RENDERERS["text"](report, "warning")
    sarif = json.loads(RENDERERS["sarif"](report, "warning"))
    suppressed = {
        r["partialFingerprints"]["claimpackFingerprint/v1"] for r in sarif["runs"][0]["results"] if "suppressions" in r
    }
    assert CONFLICT not in suppressed and len(suppressed) == 3
    data = json.loads(RENDERERS["json"](report, "warning"))
    entry = next(f for f in data["findings"] if f["fingerprint"] == CONFLICT)
    assert entry["review"]["stale"] is True and entry["seen"] != entry["review"]["seen"]


def test_recording_the_new_seen_hash_renews_the_review(repo: Path) -> None:
    test_a_changed_finding_makes_its_review_stale(repo)
    seen = _conflict(_report(repo)).seen
    reviewed = repo / "validate" / "reviewed.yaml"
    text = reviewed.read_text("utf-8").replace("seen: 8add3a2b22c2db427f07", f"seen: {seen}")
    reviewed.write_text(text, "utf-8")
    report = _report(repo)
    assert _conflict(report).accepted and not report.failed("warning")


def test_a_review_that_does_not_say_what_it_saw_is_stale(repo: Path) -> None:
    reviewed = repo / "validate" / "reviewed.yaml"
    reviewed.write_text(reviewed.read_text("utf-8").replace("    seen: 8add3a2b22c2db427f07\n", ""), "utf-8")
    finding = _conflict(_report(repo))
    assert finding.review is not None and finding.review.stale
