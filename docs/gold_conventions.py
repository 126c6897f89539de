"""Where the gold annotators split: the paragraph right after a reported lead.

For each gold article whose lead (paragraph 0) reports someone (an indirect or mixed attribution),
the paragraph after it, when it has figures and no cue of its own: does the gold give its
figures to the lead's speaker (CARRY) or to the narrator (NARR)? Reads the gold files only, never
the sealed set.

    python docs/gold_conventions.py            # tests/data/holdout* and ../shared/corpus/dev
    python docs/gold_conventions.py --after-report   # the same for every later paragraph after a reported one
    python docs/gold_conventions.py --comparisons    # paragraphs opening «Det er 18 færre enn …» after a sourced one
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent


def verdict(gold: dict[str, Any]) -> str | None:
    attributions = gold.get("attributions") or []
    lead = {a["speaker"] for a in attributions if a["para"] == 0 and a["kind"] in ("indirect", "mixed")}
    claims = [c for c in gold.get("claims") or [] if c["para"] == 1]
    if not lead or not claims or any(a["para"] == 1 and a.get("cue") for a in attributions):
        return None
    carried = sum(c["source"] in lead for c in claims)
    return "CARRY" if carried == len(claims) else "NARR" if carried == 0 else "MIXED"


def verdicts_after_report(gold: dict[str, Any]) -> list[tuple[int, str]]:
    """Each paragraph from the third on with figures and no cue of its own, after a paragraph that
    reports someone: (paragraph, CARRY / NARR / MIXED), as `verdict` does for the lead."""
    attributions = gold.get("attributions") or []
    claims = gold.get("claims") or []
    found = []
    for para in sorted({c["para"] for c in claims if c["para"] >= 2}):
        if any(a["para"] == para and a.get("cue") for a in attributions):
            continue
        before = {a["speaker"] for a in attributions if a["para"] == para - 1 and a["kind"] in ("indirect", "mixed")}
        if not before - {None}:
            continue
        carried = [c["source"] in before for c in claims if c["para"] == para]
        found.append((para, "CARRY" if all(carried) else "NARR" if not any(carried) else "MIXED"))
    return found


# «Det er 18 færre enn året før.»: a paragraph that compares with the figures just given
COMPARISON = re.compile(
    r"(?:Det|Dette) (?:er|var)\b(?=(?:\s+\S+){0,5}?\s+(?:færre|flere|mer|mindre|høyere|lavere|økning"
    r"|nedgang|oppgang|reduksjon|dobbelt|ganger|halvparten|enn)\b)"
)


def verdicts_on_comparisons(gold: dict[str, Any], text: str) -> list[tuple[int, str]]:
    """Each paragraph that opens on a comparison, has figures and no cue of its own, after a
    paragraph whose last figure has a source: does its first figure keep that source?"""
    blocks = [b for b in text.split("\n\n") if b.strip()]
    attributions = gold.get("attributions") or []
    claims = gold.get("claims") or []
    found = []
    for para in range(1, len(blocks)):
        own = [c for c in claims if c["para"] == para]
        before = [c for c in claims if c["para"] == para - 1]
        if not COMPARISON.match(blocks[para].strip()) or not own or not before or before[-1]["source"] is None:
            continue
        if any(a["para"] == para and a.get("cue") for a in attributions):
            continue
        source = own[0]["source"]
        found.append((para, "CARRY" if source == before[-1]["source"] else "NARR" if source is None else "OTHER"))
    return found


def main(folders: list[Path], after_report: bool = False, comparisons: bool = False) -> None:
    totals: Counter[str] = Counter()
    for folder in folders:
        for path in sorted(folder.glob("*.gold.yaml")):
            gold = yaml.safe_load(path.read_text("utf-8"))
            if comparisons:
                text_path = path.with_name(path.name.removesuffix(".gold.yaml") + ".txt")
                found = verdicts_on_comparisons(gold, text_path.read_text("utf-8")) if text_path.exists() else []
            elif after_report:
                found = verdicts_after_report(gold)
            else:
                found = [(1, v) for v in [verdict(gold)] if v]
            for para, kind in found:
                totals[kind] += 1
                print(f"{kind:6} {folder.name:10} {path.name} para {para}")
    print(dict(totals))


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if a not in ("--after-report", "--comparisons")]
    default = [p for p in sorted((ROOT / "tests" / "data").iterdir()) if p.is_dir() and p.name.startswith("holdout")]
    default.append(ROOT.parent / "shared" / "corpus" / "dev")
    main([Path(a) for a in args] or default, "--after-report" in sys.argv, "--comparisons" in sys.argv)
