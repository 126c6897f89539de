"""The synthetic corpus looks like the gold corpora to the validator: findings, claims, quotes and
conflicts per article each within TOLERANCE of the gold articles' (claimpack/evaluation/profile.py),
so the archive-scale benchmarks measure the load real articles give."""

from __future__ import annotations

from pathlib import Path

from claimpack.building import build
from claimpack.evaluation.profile import TOLERANCE, off_by, profile
from claimpack.synth import synthesize


def test_synth_matches_the_gold_corpora(gold_package: Path, tmp_path: Path) -> None:
    synthesize(400, 1, tmp_path / "seeds")
    build(tmp_path / "seeds", tmp_path / "datapackage", workers=2)
    gold, synthetic = profile(gold_package), profile(tmp_path / "datapackage")
    assert gold["findings per article"] > 1 and gold["conflicts per article"] > 0
    off = off_by(synthetic, gold)
    assert set(off) == set(gold)
    far = {name: (round(synthetic[name], 3), round(gold[name], 3)) for name, share in off.items() if share > TOLERANCE}
    assert not far, f"synthetic vs gold beyond ±{TOLERANCE:.0%}: {far}"
