"""Score the consistency rules against the gold corpus's `expected_findings` and `not_findings`.

Each gold article is extracted as it would be for a package, the consistency rules run on the
tables in memory, and a reported finding matches an expected one when the rule agrees and it is
about the same rows: gold claim ids are mapped to extracted claims (same paragraph, overlapping
span, as in score.py), paragraph indexes to the paragraph of the reported row. Every narrator
claim is expected to have an unattributed-figure finding (corpus README). A `not_findings` entry
is checkable when it names claims (no pair rule may relate the first one named to another one
named, or touch a lone one) or a paragraph and a quote.

`claimpack evaluate --findings` prints the scores; `on="gold"` runs the claim rules on the gold
claims themselves, which separates the rules' mistakes from the extractor's."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from claimpack.evaluation.gold import Gold, find_gold_files, load_gold
from claimpack.model import ArticleTables
from claimpack.pipeline import extract_article
from claimpack.resources import load_schema
from claimpack.segment import split_blocks
from claimpack.validation import Finding, Suite, run_rules
from claimpack.validation.context import Context
from claimpack.validation.package import read_table
from claimpack.write import render_csv

GOLD_RULES = (
    "conflicting-count",
    "unattributed-figure",
    "relative-claim-mismatch",
    "part-exceeds-whole",
    "unconfirmed-figure",
    "image-without-credit",
    "quote-without-speaker",
)
PAIR_RULES = ("conflicting-count", "relative-claim-mismatch", "part-exceeds-whole")


@dataclass
class RuleScore:
    """Precision over reported findings (each matching some expected finding), recall over
    expected findings (each matched by some reported one): two quotes in one paragraph may both
    answer one expected quote-without-speaker."""

    correct: int = 0  # reported findings that match an expected one
    predicted: int = 0
    found: int = 0  # expected findings that were reported
    expected: int = 0

    @property
    def precision(self) -> float:
        return self.correct / self.predicted if self.predicted else 1.0

    @property
    def recall(self) -> float:
        return self.found / self.expected if self.expected else 1.0

    def add(self, other: RuleScore) -> None:
        self.correct += other.correct
        self.predicted += other.predicted
        self.found += other.found
        self.expected += other.expected


@dataclass
class FindingScore:
    rules: dict[str, RuleScore] = field(default_factory=lambda: {rule: RuleScore() for rule in GOLD_RULES})
    not_findings_checked: int = 0
    not_findings_violated: int = 0
    errors: list[str] = field(default_factory=list)  # misses, extras and violated traps, for -v

    def total(self) -> RuleScore:
        total = RuleScore()
        for score in self.rules.values():
            total.add(score)
        return total

    def to_dict(self) -> dict[str, Any]:
        def one(score: RuleScore) -> dict[str, Any]:
            return {**score.__dict__, "precision": score.precision, "recall": score.recall}

        return {
            "rules": {rule: one(score) for rule, score in self.rules.items()},
            "total": one(self.total()),
            "not_findings": {"checked": self.not_findings_checked, "violated": self.not_findings_violated},
            "errors": self.errors,
        }


def frames_of(tables: ArticleTables) -> dict[str, Any]:
    """The tables as the DataFrames a package on disk would give (same CSV, same typing)."""
    return {
        name: read_table(render_csv(name, rows), load_schema(f"{name}.schema.json"))
        for name, rows in tables.rows().items()
    }


def claim_map(gold: Gold, tables: ArticleTables, text: str) -> dict[str, str]:
    """Gold claim id -> extracted claim_id: same paragraph, largest span overlap, one-to-one."""
    blocks = split_blocks(text)
    mapping: dict[str, str] = {}
    used: set[str] = set()
    for claim in gold.data["claims"]:
        if claim["para"] >= len(blocks):
            continue
        block = blocks[claim["para"]]
        pattern = r"(?<!\w)" + re.escape(claim["text"]) + r"(?!\w)"
        spans = [(block.start + m.start(), block.start + m.end()) for m in re.finditer(pattern, block.text)]
        best, overlap = None, 0
        for row in tables.claims:
            if row.claim_id in used or row.paragraph != claim["para"]:
                continue
            for start, end in spans:
                shared = min(end, row.char_end) - max(start, row.char_start)
                if shared > overlap:
                    best, overlap = row.claim_id, shared
        if best is not None:
            mapping[claim["id"]] = best
            used.add(best)
    return mapping


def _paragraphs(tables: ArticleTables) -> dict[str, int]:
    """Row key -> paragraph, for every table with spans."""
    keys = {"statements": "statement_id", "claims": "claim_id", "images": "image_id"}
    return {getattr(row, key): row.paragraph for name, key in keys.items() for row in tables.rows()[name]}


def _rows(finding: Finding) -> frozenset[str]:
    return frozenset(k for k in (finding.location.key, *finding.related) if k)


def gold_context(gold: Gold, suite: Suite | None = None) -> Context:
    """The gold claims themselves as claims and sources frames (counted → subject, source name →
    source_id), to score the rules apart from the extractor."""
    seed = gold.seed()
    rows = []
    for index, claim in enumerate(gold.data["claims"]):
        low, high = claim.get("range") or (None, None)
        rows.append(
            {
                "claim_id": claim["id"], "statement_id": f"s{index}", "article_id": gold.name,
                "paragraph": claim["para"], "text": claim["text"], "char_start": index, "char_end": index + 1,
                "value": claim.get("value"), "value_low": low, "value_high": high, "qualifier": claim["qualifier"],
                "unit": claim.get("unit"), "subject": claim.get("counted"), "event": claim.get("event"),
                "part_of": claim.get("part_of"), "relative_to": claim.get("relative_to"),
                "factor": claim.get("factor"), "source_id": claim.get("source"),
                "unconfirmed": bool(claim.get("unconfirmed", False)), "evidence": None,
            }
        )  # fmt: skip
    names = sorted({r["source_id"] for r in rows if r["source_id"]})
    sources = [
        {"source_id": n, "article_id": gold.name, "name": n, "kind": "person", "role": None, "affiliation_id": None}
        for n in names
    ]
    frames = {
        "claims": read_table(render_csv("claims", rows), load_schema("claims.schema.json")),
        "sources": read_table(render_csv("sources", sources), load_schema("sources.schema.json")),
    }
    return Context.from_frames(frames, {gold.name: seed.text}, suite or Suite())


def score_findings(gold: Gold, suite: Suite | None = None, *, on: str = "extracted") -> FindingScore:
    """Score one article; `on="gold"` runs the claim rules on the gold claims instead."""
    seed = gold.seed()
    tables = extract_article(seed)
    if on == "gold":
        context = gold_context(gold, suite)
        mapping = {c["id"]: c["id"] for c in gold.data["claims"]}
    else:
        context = Context.from_frames(frames_of(tables), {seed.article_id: seed.text}, suite or Suite())
        mapping = claim_map(gold, tables, seed.text)
    report = run_rules(context, gold.name, rules=GOLD_RULES)
    paragraphs = _paragraphs(tables)
    expected = list(gold.data.get("expected_findings") or [])
    listed = {c for e in expected if e["rule"] == "unattributed-figure" for c in e["about"]}
    expected += [
        {"rule": "unattributed-figure", "about": [c["id"]]}
        for c in gold.data["claims"]
        if c.get("source") is None and c["id"] not in listed
    ]
    expected = [e for e in expected if e["rule"] in report.rules]
    score = FindingScore()
    reported = [f for f in report.findings if f.rule in GOLD_RULES]
    for entry in expected:
        score.rules[entry["rule"]].expected += 1
        if any(f.rule == entry["rule"] and _about(entry, f, mapping, paragraphs) for f in reported):
            score.rules[entry["rule"]].found += 1
        else:
            score.errors.append(f"{gold.name}: finding missed: {entry['rule']} {entry['about']}")
    matched: list[Finding] = []
    for finding in reported:
        score.rules[finding.rule].predicted += 1
        if any(e["rule"] == finding.rule and _about(e, finding, mapping, paragraphs) for e in expected):
            score.rules[finding.rule].correct += 1
            matched.append(finding)
        else:
            score.errors.append(f"{gold.name}: finding extra: {finding.rule} {finding.location.key}: {finding.message}")
    # an expected finding breaks no trap: 'C1 is not unattributed' holds beside C1's expected conflict
    _check_traps(gold, [f for f in report.findings if f not in matched], mapping, paragraphs, score)
    return score


def _about(entry: dict[str, Any], finding: Finding, mapping: dict[str, str], paragraphs: dict[str, int]) -> bool:
    about = entry["about"]
    if all(isinstance(a, int) for a in about):
        return paragraphs.get(finding.location.key or "") in about
    wanted = {mapping.get(str(a)) for a in about}
    return None not in wanted and wanted == set(_rows(finding))


def _check_traps(
    gold: Gold, findings: list[Finding], mapping: dict[str, str], paragraphs: dict[str, int], score: FindingScore
) -> None:
    for trap in gold.data.get("not_findings") or []:
        named = [mapping.get(c) for c in re.findall(r"\bC\d+\b", trap)]
        ids = {c for c in named if c}
        para = re.match(r"para (\d+)\b.*quote", trap)
        if len(ids) >= 2 and named[0]:  # the first claim named is what the trap is about
            first = named[0]
            bad = [f for f in findings if f.rule in PAIR_RULES and first in _rows(f) and len(_rows(f) & ids) >= 2]
        elif len(ids) == 1:
            bad = [f for f in findings if f.rule in PAIR_RULES and _rows(f) & ids]
        elif para:
            number = int(para.group(1))
            bad = [
                f
                for f in findings
                if f.rule == "quote-without-speaker" and paragraphs.get(f.location.key or "") == number
            ]
        else:
            continue
        score.not_findings_checked += 1
        if bad:
            score.not_findings_violated += 1
            score.errors.append(f"{gold.name}: trap reported: {trap!r} by {bad[0].rule}: {bad[0].message}")


def evaluate_findings(
    paths: list[Path | str], seeds_dir: Path | str = "seeds", suite: Suite | None = None, *, on: str = "extracted"
) -> FindingScore:
    """Precision and recall of the consistency rules over every gold file under `paths`, on the
    extracted tables (the default) or on the gold claims (`on="gold"`: the rules alone)."""
    total = FindingScore()
    for path in find_gold_files([Path(p) for p in paths]):
        one = score_findings(load_gold(path, Path(seeds_dir)), suite, on=on)
        for rule, value in one.rules.items():
            total.rules[rule].add(value)
        total.not_findings_checked += one.not_findings_checked
        total.not_findings_violated += one.not_findings_violated
        total.errors.extend(one.errors)
    return total


def summary(score: FindingScore) -> str:
    lines = [f"{'rule':26} {'P':>6} {'R':>6} {'ok/pred':>8} {'found/gold':>11}"]
    for rule, value in [*score.rules.items(), ("TOTAL", score.total())]:
        lines.append(
            f"{rule:26} {value.precision:6.3f} {value.recall:6.3f} {value.correct:>3}/{value.predicted:<4} "
            f"{value.found:>5}/{value.expected:<5}"
        )
    lines.append(
        f"not_findings: {score.not_findings_violated} of {score.not_findings_checked} checkable traps reported"
    )
    return "\n".join(lines)


__all__ = ["FindingScore", "RuleScore", "evaluate_findings", "score_findings", "summary"]
