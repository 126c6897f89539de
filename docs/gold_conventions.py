"""Where the gold annotators split: the paragraph right after a reported lead.

For each gold article whose lead (paragraph 0) reports someone (an indirect or mixed attribution),
the paragraph after it, when it has figures and no cue of its own: does the gold give its
figures to the lead's speaker (CARRY) or to the narrator (NARR)? Reads the gold files only, never
the sealed set.

    python docs/gold_conventions.py            # tests/data/holdout* and ../shared/corpus/dev
    python docs/gold_conventions.py --after-report   # the same for every later paragraph after a reported one
"""

from __future__ import annotations

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


def main(folders: list[Path], after_report: bool = False) -> None:
    totals: Counter[str] = Counter()
    for folder in folders:
        for path in sorted(folder.glob("*.gold.yaml")):
            gold = yaml.safe_load(path.read_text("utf-8"))
            found = verdicts_after_report(gold) if after_report else [(1, v) for v in [verdict(gold)] if v]
            for para, kind in found:
                totals[kind] += 1
                print(f"{kind:6} {folder.name:10} {path.name} para {para}")
    print(dict(totals))


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if a != "--after-report"]
    default = [p for p in sorted((ROOT / "tests" / "data").iterdir()) if p.is_dir() and p.name.startswith("holdout")]
    default.append(ROOT.parent / "shared" / "corpus" / "dev")
    main([Path(a) for a in args] or default, after_report="--after-report" in sys.argv)
