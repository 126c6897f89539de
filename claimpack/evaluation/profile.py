"""What a corpus looks like to the validator: findings, claims, quotes and conflicts per article.

The synthetic corpus (`claimpack synth`) is made to look like the gold corpora by these numbers,
so archive-scale benchmarks measure the load real articles give (tests/test_synth_realism.py
holds it within TOLERANCE of them)."""

from __future__ import annotations

from pathlib import Path

from claimpack.loading import load
from claimpack.validation import validate

TOLERANCE = 0.25  # each figure of the synthetic corpus within ±25 % of the gold corpora's
QUOTE_KINDS = ("direct_quote", "indirect", "mixed")


def profile(package: str | Path) -> dict[str, float]:
    """Per article: findings (every rule, default suite), claims and conflicting counts; and the
    share of statements that are quotes."""
    report = validate(package)
    tables = load(package, verify=False)
    articles = max(1, len(tables["articles"]))
    statements = tables["statements"]
    return {
        "findings per article": report.stats["findings"] / articles,
        "claims per article": len(tables["claims"]) / articles,
        "quote share": float(statements["kind"].isin(QUOTE_KINDS).mean()) if len(statements) else 0.0,
        "conflicts per article": len(report.for_rule("conflicting-count")) / articles,
    }


def off_by(synthetic: dict[str, float], gold: dict[str, float]) -> dict[str, float]:
    """Each figure's relative difference from the gold corpora's."""
    return {name: abs(synthetic[name] - value) / value for name, value in gold.items() if value}
