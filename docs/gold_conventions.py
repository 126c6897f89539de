"""Where the gold annotators split: the paragraph right after a reported lead.

For each gold article whose lead (paragraph 0) reports someone (an indirect or mixed attribution),
the paragraph after it, when it has figures and no cue of its own: does the gold give its
figures to the lead's speaker (CARRY) or to the narrator (NARR)? Reads the gold files only, never
the sealed set.

    python docs/gold_conventions.py            # tests/data/holdout* and ../shared/corpus/dev
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent


def verdict(gold: dict) -> str | None:
    attributions = gold.get("attributions") or []
    lead = {a["speaker"] for a in attributions if a["para"] == 0 and a["kind"] in ("indirect", "mixed")}
    claims = [c for c in gold.get("claims") or [] if c["para"] == 1]
    if not lead or not claims or any(a["para"] == 1 and a.get("cue") for a in attributions):
        return None
    carried = sum(c["source"] in lead for c in claims)
    return "CARRY" if carried == len(claims) else "NARR" if carried == 0 else "MIXED"


def main(folders: list[Path]) -> None:
    totals: Counter[str] = Counter()
    for folder in folders:
        for path in sorted(folder.glob("*.gold.yaml")):
            found = verdict(yaml.safe_load(path.read_text("utf-8")))
            if found:
                totals[found] += 1
                print(f"{found:6} {folder.name:10} {path.name}")
    print(dict(totals))


if __name__ == "__main__":
    default = [p for p in sorted((ROOT / "tests" / "data").iterdir()) if p.is_dir() and p.name.startswith("holdout")]
    default.append(ROOT.parent / "shared" / "corpus" / "dev")
    main([Path(a) for a in sys.argv[1:]] or default)
